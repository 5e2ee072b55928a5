// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace amp::real {

/// How much longer the host made one stage's services than the schedule drew them: Σ measured /
/// Σ drawn over the items that finished the stage, 0 when none did. Sampling is not in it: a short
/// run's drawn services average away from the setting by chance (5.37 ms drawn for 5 ms asked),
/// and that is no fault of the host's. `start` and `finish` name the stage's timestamps in the
/// run's per-item log (ItemTimes, PoolItemTimes); item i was drawn `drawnNs[i]`.
template <class Item>
double hostStretch(const std::vector<Item>& log, const std::vector<std::int64_t>& drawnNs,
                   std::int64_t Item::*start, std::int64_t Item::*finish) {
  double measured = 0.0, drawn = 0.0;
  for (std::size_t i = 0; i < log.size() && i < drawnNs.size(); ++i) {
    const Item& it = log[i];
    if (it.*start < 0 || it.*finish < it.*start) continue;  // never started, or not finished
    measured += static_cast<double>(it.*finish - it.*start);
    drawn += static_cast<double>(drawnNs[i]);
  }
  return drawn > 0.0 ? measured / drawn : 0.0;
}

}  // namespace amp::real
