// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>

#include "amp/real/harness.h"
#include "amp/real/load_generator.h"
#include "amp/real/runtime.h"

namespace amp::real {

/// The usual life of a run fed by a generator seat, for the runtime and the symmetric pool alike:
/// wait for the schedule to end (or a cancel, or a failure), close the input, let what is in the
/// system drain for up to `drainLimitS` (an overloaded system never drains), stop, and join.
/// `waitFor(ns)` is the system's own: true once every seat has ended.
/// `loadRunning()` is true while the schedule is still being emitted.
template <class System, class LoadRunning, class WaitFor>
DriveResult driveLoad(System& system, Harness& harness, LoadRunning loadRunning,
                      const std::atomic<bool>* cancel, double drainLimitS, const LoadStats& generatorStats,
                      WaitFor waitFor) {
  DriveResult r;
  auto cancelled = [cancel] { return cancel != nullptr && cancel->load(std::memory_order_relaxed); };
  // The schedule runs on its seat; the harness meanwhile supervises (faults, deaths).
  while (loadRunning() && !cancelled() && !system.stopping()) harness.waitFor(2'000'000);
  if (cancelled() || system.stopping()) {
    r.cancelled = cancelled();
    system.cancel();
  } else {
    system.closeInput();
    const auto deadline = Clock::now() + std::chrono::duration<double>(drainLimitS);
    while (!waitFor(2'000'000)) {
      if (cancelled()) {
        r.cancelled = true;
        break;
      }
      if (Clock::now() > deadline) break;
    }
    system.cancel();  // joins; a no-op stop when everything already ended
  }
  r.load = generatorStats;  // complete: the seat that emitted it has been joined
  if (!r.cancelled && system.completed() < r.load.emitted) r.unfinished = r.load.emitted - system.completed();
  return r;
}

}  // namespace amp::real
