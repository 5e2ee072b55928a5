// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <map>
#include <string>
#include <vector>

#include "amp/run/lab.h"

namespace amp::run {

/// A lab's text with its numbers filled in from its model, so that no number a student reads can
/// drift from the code: `{{key}}` is the model's value of `key` (a metric or a named model value)
/// at the lab's defaults, `{{key | workers=8, arrival_rate=9.5}}` at the defaults with those
/// settings; a numeric parameter's key gives its value (the defaults a text quotes); three
/// significant figures ("918", "18.2", "0.533"). A placeholder that names an
/// unknown key or a bad setting stays as it is and is described in `problems` (one line each).
std::string fillModelNumbers(const Lab& lab, const std::string& text, std::string& problems);

/// v to `digits` significant figures, as a text states it ("1900", "18.2", "0.533"; 250000 in
/// full, since such numbers are read as rates); a whole number below a million in full (4096).
std::string significant(double v, int digits = 3);
inline std::string threeFigures(double v) { return significant(v, 3); }

/// The lab's defaults with `setup` applied (the settings an exercise makes); a bad setting is
/// left out (exercises are checked by the labs' tests).
Params paramsWith(const std::vector<ParamSpec>& specs, const std::map<std::string, std::string>& setup);
/// The model's value of `key` at the lab's defaults with `setup` applied (throws when it has none).
double modelAt(const Lab& lab, const std::map<std::string, std::string>& setup, const std::string& key);

}  // namespace amp::run
