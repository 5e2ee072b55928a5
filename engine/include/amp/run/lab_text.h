// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>

#include "amp/run/lab.h"

namespace amp::run {

/// A lab's text with its numbers filled in from its model, so that no number a student reads can
/// drift from the code: `{{key}}` is the model's value of `key` (a metric or a named model value)
/// at the lab's defaults, `{{key | workers=8, arrival_rate=9.5}}` at the defaults with those
/// settings; three significant figures ("918", "18.2", "0.533"). A placeholder that names an
/// unknown key or a bad setting stays as it is and is described in `problems` (one line each).
std::string fillModelNumbers(const Lab& lab, const std::string& text, std::string& problems);

/// v to three significant figures, as a text states it ("1900", "18.2", "0.533").
std::string threeFigures(double v);

}  // namespace amp::run
