// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <vector>

#include "amp/observe/aggregator.h"
#include "amp/run/lab.h"

namespace amp::sim {

/// A scheduled event. Plain data: the calendar stores events by value, so scheduling never
/// allocates once the heap has grown to the model's working size.
struct Event {
  double time = 0.0;
  std::uint64_t seq = 0;     ///< insertion order: FIFO tie-break for equal times
  std::uint32_t target = 0;  ///< handler index
  std::uint32_t type = 0;    ///< handler-specific
  std::uint64_t data = 0;    ///< handler-specific (a job index, a server index, ...)
};

/// Binary min-heap keyed by (time, seq).
class Calendar {
 public:
  void push(const Event& e);
  Event pop();
  const Event& top() const { return heap_.front(); }
  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  void reserve(std::size_t n) { heap_.reserve(n); }
  void clear() { heap_.clear(); }

 private:
  std::vector<Event> heap_;
};

class EventHandler {
 public:
  virtual ~EventHandler() = default;
  virtual void handle(const Event& e) = 0;
};

/// Clock + calendar + the observation recorder. Custom event logic (TCP, GC, failover) registers
/// its own EventHandler next to the reusable blocks.
class Simulator {
 public:
  explicit Simulator(observe::Recorder& rec) : rec_(rec) {}
  double now() const { return now_; }
  std::uint32_t addHandler(EventHandler* h);
  void schedule(double delay, std::uint32_t target, std::uint32_t type = 0, std::uint64_t data = 0) {
    scheduleAt(now_ + delay, target, type, data);
  }
  void scheduleAt(double t, std::uint32_t target, std::uint32_t type = 0, std::uint64_t data = 0) {
    calendar_.push(Event{t, seq_++, target, type, data});
  }
  /// Run until ctl.horizonS (simulated seconds), cancel, stop() or an empty calendar; returns the
  /// end time in ns: the horizon when it was reached, else the time of the last event handled.
  /// Polls cancel every 4096 events (every event when paced); calls ctl.pacer->pace(t) before
  /// each event when set. Events after the horizon stay scheduled, so run() may be called again
  /// with a later horizon to continue.
  std::int64_t run(const run::SimControl& ctl);
  /// Ask run() to stop after the current event (custom logic: "the safe state is reached").
  void stop() { stopRequested_ = true; }

// Qt's keyword macro `emit` (empty) would erase this member's name in a file that includes Qt
// first (tests, the app); hide the macro here and restore it after.
#ifdef emit
#pragma push_macro("emit")
#undef emit
#define AMP_SIM_RESTORE_EMIT
#endif
  /// Emit a record stamped with the current time.
  void emit(observe::ObsKind kind, std::uint64_t entity, std::uint16_t station, std::int16_t core,
            double value) {
    rec_.record(observe::Observation{toNs(now_), entity, value, station, core, kind});
  }
#ifdef AMP_SIM_RESTORE_EMIT
#pragma pop_macro("emit")
#undef AMP_SIM_RESTORE_EMIT
#endif
  /// Same as emit(), under a name Qt's `emit` macro leaves alone (for code that includes Qt).
  void record(observe::ObsKind kind, std::uint64_t entity, std::uint16_t station, std::int16_t core,
              double value) {
    rec_.record(observe::Observation{toNs(now_), entity, value, station, core, kind});
  }
  /// Seconds to the stream's integer ns, rounded to nearest (times are never negative).
  static std::int64_t toNs(double s) { return static_cast<std::int64_t>(s * 1e9 + 0.5); }
  std::size_t pending() const { return calendar_.size(); }  ///< events scheduled
  observe::Recorder& recorder() { return rec_; }
  std::uint64_t eventsProcessed() const { return events_; }

 private:
  observe::Recorder& rec_;
  Calendar calendar_;
  std::vector<EventHandler*> handlers_;
  double now_ = 0.0;
  std::uint64_t seq_ = 0;
  std::uint64_t events_ = 0;
  bool stopRequested_ = false;
};

}  // namespace amp::sim
