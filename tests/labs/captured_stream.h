// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
// A real run's whole observation stream kept in order, for lab tests that check it event by event.
#include <vector>

#include "amp/observe/observation.h"

namespace amp::testing {

struct CapturedStream : observe::ObservationSink {
  std::vector<observe::Observation> obs;
  void observe(const observe::Observation& o) override { obs.push_back(o); }
};

}  // namespace amp::testing
