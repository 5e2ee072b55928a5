// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/result.h"

namespace amp::run {

const char* modeName(Mode m) {
  switch (m) {
    case Mode::Model:
      return "model";
    case Mode::Sim:
      return "sim";
    case Mode::Real:
      return "real";
  }
  return "sim";
}

bool parseMode(const std::string& s, Mode& out) {
  if (s == "model") {
    out = Mode::Model;
  } else if (s == "sim" || s == "simulation") {
    out = Mode::Sim;
  } else if (s == "real") {
    out = Mode::Real;
  } else {
    return false;
  }
  return true;
}

const char* statusName(RunStatus s) {
  switch (s) {
    case RunStatus::Ok:
      return "ok";
    case RunStatus::Cancelled:
      return "cancelled";
    case RunStatus::Failed:
      return "failed";
  }
  return "ok";
}

}  // namespace amp::run
