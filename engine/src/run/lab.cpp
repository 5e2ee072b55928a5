// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/lab.h"

namespace amp::run {

RealOutcome Lab::runReal(const Params&, const RealControl&, observe::Recorder&) const {
  RealOutcome out;
  out.error = "the lab '" + info().id + "' has no real mode";
  return out;
}

void Lab::customMetrics(const Params&, const observe::Aggregator&, Mode,
                        std::map<std::string, double>&) const {}

std::string Lab::likelyDeviation(const Params&, Mode mode) const {
  if (mode == Mode::Real) {
    return "real mode adds hand-off costs, scheduling and OS noise that the model leaves out";
  }
  return "the run may be too short for its variability, or the model is an approximation here";
}

}  // namespace amp::run
