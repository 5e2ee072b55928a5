// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <vector>

#include "amp/observe/aggregator.h"
#include "amp/run/lab.h"

#if defined(__GNUC__) || defined(__clang__)
#define AMP_SIM_HOT inline __attribute__((always_inline))
#else
#define AMP_SIM_HOT inline
#endif

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
  void push(const Event& ev) {
    const Event e = ev;  // a copy: `ev` may not survive the vector growing
    // Sift up with a hole instead of swaps: one copy per level.
    std::size_t i = heap_.size();
    heap_.push_back(e);  // grows the vector; the element lands where the loop stops
    Event* h = heap_.data();
    while (i > 0) {
      const std::size_t parent = (i - 1) / 2;
      if (!before(e, h[parent])) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = e;
  }
  Event pop() {
    Event* h = heap_.data();
    const Event top = h[0];
    const Event last = h[heap_.size() - 1];
    heap_.pop_back();
    const std::size_t n = heap_.size();
    if (n == 0) return top;
    // Sift the former last element down from the root, again moving a hole.
    std::size_t i = 0;
    for (;;) {
      std::size_t child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && before(h[child + 1], h[child])) ++child;
      if (!before(h[child], last)) break;
      h[i] = h[child];
      i = child;
    }
    h[i] = last;
    return top;
  }
  const Event& top() const { return heap_.front(); }
  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  void reserve(std::size_t n) { heap_.reserve(n); }
  void clear() { heap_.clear(); }

 private:
  static bool before(const Event& a, const Event& b) {
    return a.time < b.time || (a.time == b.time && a.seq < b.seq);
  }
  std::vector<Event> heap_;
};

/// Clears the upper halves of the AVX registers of the calling thread. Code that ran before
/// (loading the Qt libraries does it, and threads inherit it) can leave them dirty; then every
/// legacy-SSE instruction pays a transition penalty, 5-20x on the machines we measured. run()
/// calls it on entry; call it before other floating-point heavy loops on such a thread.
void clearUpperVectorState();

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
  /// Emit a record stamped with the current time. Forced inline: each call site passes a
  /// constant kind, so the aggregator's dispatch on it folds away there.
  AMP_SIM_HOT void emit(observe::ObsKind kind, std::uint64_t entity, std::uint16_t station, std::int16_t core,
                        double value, std::uint8_t cls = 0) {
    rec_.record(observe::Observation{nowNs_, entity, value, station, core, kind, cls});
  }
#ifdef AMP_SIM_RESTORE_EMIT
#pragma pop_macro("emit")
#undef AMP_SIM_RESTORE_EMIT
#endif
  /// Same as emit(), under a name Qt's `emit` macro leaves alone (for code that includes Qt).
  AMP_SIM_HOT void record(observe::ObsKind kind, std::uint64_t entity, std::uint16_t station,
                          std::int16_t core, double value, std::uint8_t cls = 0) {
    rec_.record(observe::Observation{nowNs_, entity, value, station, core, kind, cls});
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
  std::int64_t nowNs_ = 0;  // toNs(now_), once per event rather than once per record
  std::uint64_t seq_ = 0;
  std::uint64_t events_ = 0;
  bool stopRequested_ = false;
};

}  // namespace amp::sim
