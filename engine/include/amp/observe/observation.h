// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>

namespace amp::observe {

/// What happened to an entity (a request, a packet, a transaction) at a station.
enum class ObsKind : std::uint8_t {
  Arrive,   ///< entered the system (station = entry station)
  Enqueue,  ///< joined a station's queue
  Start,    ///< service started; value = time waited in that queue [ns]
  Finish,   ///< service finished; value = service time [ns]
  Depart,   ///< left the system; value = sojourn since Arrive [ns]
  Drop,     ///< rejected (full queue/ring); value unused
  Handoff,  ///< moved between stations (real mode); value = hand-off time [ns]
  State,    ///< a gauge sample; value = the gauge (queue depth, cwnd, ...)
  Fault,    ///< a fault was injected (entity = seat index; value = sim::FaultKind)
  Detect,   ///< a fault was noticed (entity = seat index; value = ns since the fault)
};

/// The kind's name as files and traces spell it ("arrive", "enqueue", ...).
constexpr const char* kindName(ObsKind k) {
  switch (k) {
    case ObsKind::Arrive:
      return "arrive";
    case ObsKind::Enqueue:
      return "enqueue";
    case ObsKind::Start:
      return "start";
    case ObsKind::Finish:
      return "finish";
    case ObsKind::Depart:
      return "depart";
    case ObsKind::Drop:
      return "drop";
    case ObsKind::Handoff:
      return "handoff";
    case ObsKind::State:
      return "state";
    case ObsKind::Fault:
      return "fault";
    case ObsKind::Detect:
      return "detect";
  }
  return "?";
}

/// One fixed-size record of the observation stream. The simulator and the real engine emit the
/// same records, so everything downstream never asks which engine produced them.
/// Durations travel in `value` (computed by the engine, which knows the entity's timestamps),
/// so consumers need no per-entity state.
struct Observation {
  std::int64_t timeNs = 0;    ///< simulated time, or steady_clock since the run started
  std::uint64_t entity = 0;   ///< request id
  double value = 0.0;         ///< kind-specific, see ObsKind
  std::uint16_t station = 0;  ///< index into the lab's topology stations
  std::int16_t core = -1;     ///< server index (sim) or CPU from sched_getcpu() (real)
  ObsKind kind = ObsKind::State;
  std::uint8_t cls = 0;  ///< request class (0 = the only class; a lab's classes() names them)
};
static_assert(sizeof(Observation) == 32, "records are fixed-size; keep them one half cache line");

/// Receives the stream. One call per record keeps the interface narrow (STYLE.md 5).
class ObservationSink {
 public:
  virtual ~ObservationSink() = default;
  virtual void observe(const Observation& obs) = 0;
};

}  // namespace amp::observe
