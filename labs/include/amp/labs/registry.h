// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "amp/run/lab.h"

namespace amp::labs {

/// Every lab, in LABS.md order. The list is explicit in registry.cpp (no static registration).
const std::vector<std::unique_ptr<run::Lab>>& allLabs();
/// nullptr when no lab has this id.
const run::Lab* findLab(const std::string& id);

/// The four categories, in display order.
const std::vector<std::string>& categories();

}  // namespace amp::labs
