// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <climits>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "amp/observe/aggregator.h"
#include "amp/observe/observation.h"
#include "amp/real/honest_outcome.h"
#include "amp/real/pin.h"
#include "amp/real/run_feed.h"
#include "amp/real/shared_arena.h"
#include "amp/real/wakeup.h"
#include "amp/sim/fault_schedule.h"

namespace amp::real {

using Clock = std::chrono::steady_clock;

enum class SeatKind {
  Thread,   ///< a thread of this process
  Process,  ///< a forked child: its own address space, limits and syscall filter
};

enum class SeatRole {
  Busy,    ///< does the measured work: counts against the cores
  Helper,  ///< mostly asleep (generator, link emulator): may share a core, named when it does
  Hog,     ///< background load the lab asked for
};

/// A seat's CPU: a number, or one of these.
inline constexpr int kPlaceAuto = -2;  ///< the harness chooses (busy seats apart, helpers where least busy)
inline constexpr int kUnpinned = -1;   ///< the kernel chooses

/// Limits a process seat runs under (0 = none).
struct ProcessLimits {
  double cpuSeconds = 0;              ///< RLIMIT_CPU: the kernel kills the seat past this
  std::size_t addressSpaceBytes = 0;  ///< RLIMIT_AS
  /// Syscalls the seat may make after its body starts (by name); anything else kills it with
  /// SIGSYS. Empty = no filter. Needs libseccomp (see seccompAvailable()).
  std::vector<std::string> allowSyscalls;
};

/// True when this build can filter a process seat's syscalls.
bool seccompAvailable();

class Seat;

struct SeatSpec {
  std::string name;  ///< "master", "worker 2", "generator"
  SeatKind kind = SeatKind::Thread;
  SeatRole role = SeatRole::Busy;
  int cpu = kPlaceAuto;
  bool realtime = false;        ///< run under SCHED_FIFO (said in the outcome when refused)
  std::size_t logCapacity = 0;  ///< observations this seat may record (in shared memory)
  ProcessLimits limits;         ///< process seats only
  /// The seat's work. Runs after the start barrier; should return soon after stopping() turns
  /// true (thread seats cannot be killed). Exceptions fail the run with their message.
  std::function<void(Seat&)> body;
};

/// A busy thread seat / a busy process seat, placed by the harness unless `cpu` says otherwise.
SeatSpec threadSeat(std::string name, std::function<void(Seat&)> body, int cpu = kPlaceAuto);
SeatSpec processSeat(std::string name, std::function<void(Seat&)> body, int cpu = kPlaceAuto);

/// What a seat's body sees. Everything it writes that the harness reads lives in shared memory,
/// so the same calls work in a thread and in a process seat.
class Seat {
 public:
  const std::string& name() const { return name_; }
  int index() const { return index_; }
  /// ns since the harness's epoch.
  std::int64_t nowNs() const { return (Clock::now() - epoch_).count(); }
  Clock::time_point epoch() const { return epoch_; }
  /// The run is ending, or a fault killed this (thread) seat.
  bool stopping() const;
  /// The flag to hand to work kernels and ring pushes.
  const std::atomic<bool>& stopFlag() const;
  /// Honour a stall fault on a thread seat (a process seat is stopped by the kernel instead).
  void checkpoint();
  /// Record an observation (dropped and counted when the log is full).
  void record(const observe::Observation& o);
  /// Note the CPU this seat runs on now (for the placement read-back); returns it.
  int noteCpu();
  /// True when a message on `channel` should be lost (the fault schedule's drop faults).
  bool dropMessage(const std::string& channel);

  struct Shared;  ///< the harness's side of a seat, in shared memory (defined in harness.cpp)

 private:
  friend class Harness;
  std::string name_;
  int index_ = 0;
  Clock::time_point epoch_;
  Shared* shared_ = nullptr;
  std::vector<std::pair<std::string, double>> dropChannels_;
  std::uint64_t rng_ = 0;
};

/// A gauge record (ObsKind::State) for a live sampler or a seat's log.
observe::Observation gauge(std::int64_t timeNs, std::uint16_t station, double value, int core = -1);
/// One seat as a live sample sees it: busy or not, shown as a lane of `station` on `cpu`.
struct SeatBusy {
  std::uint16_t station = 0;
  int cpu = -1;  ///< where it is pinned; -1 = unpinned, no lane
  bool busy = false;
};
/// The seats' busy-CPU gauges (core = the CPU): idle seats first, so that a CPU several seats
/// share shows busy when any of them is.
void observeBusy(observe::ObservationSink& out, std::int64_t timeNs, const std::vector<SeatBusy>& seats);

/// Background load: hogs that keep cores busy, to show what a busy host does to latency.
struct BackgroundLoad {
  int hogs = 0;
  bool memory = false;  ///< stream through 32 MiB each instead of spinning in registers
  bool pinned = true;   ///< on the CPUs of the busy seats (round-robin) rather than free
};

struct HarnessConfig {
  /// Between start() and the epoch, so no seat starts late only because threads were starting.
  std::chrono::nanoseconds lead{std::chrono::milliseconds(20)};
  sim::FaultSchedule faults;
  std::uint64_t seed = 1;  ///< rate faults and drops draw from it (same seed as a twin simulation)
  double horizonS = 0;     ///< faults beyond this are not scheduled (0 = none scheduled)
  BackgroundLoad background;
  /// Live samples for the animation, taken by ONE sampler thread at `sampleHz`.
  observe::ObservationSink* live = nullptr;
  std::function<void(std::int64_t nowNs, observe::ObservationSink& live)> sample;
  double sampleHz = 60;
  const std::atomic<bool>* cancel = nullptr;  ///< the run's cancel flag
  /// The runner's live feed of a precision-driven run (RealControl::feed): seats add each
  /// completion's key value, generators stop when it ends the load. May be null.
  RunFeed* feed = nullptr;
  /// Extra shared memory for the lab's own rings and counters (process seats share it).
  std::size_t sharedBytes = 0;
  /// Busy seats with kPlaceAuto are placed apart (one per physical core) where the host allows.
  HostState host;
};

/// How a harness run ended.
struct HarnessEnd {
  bool cancelled = false;
  bool failed = false;
  bool drained = true;  ///< every busy seat returned within the drain limit
};

/// Runs a lab's seats: placement and pin read-back, one epoch and start barrier, one sampler,
/// cancel within 100 ms (thread and process seats), a drain limit, faults on schedule,
/// background load, per-seat logs merged in time order, and the honest outcome.
class Harness {
 public:
  explicit Harness(HarnessConfig config);
  ~Harness();  ///< cancels and reaps whatever still runs
  Harness(const Harness&) = delete;
  Harness& operator=(const Harness&) = delete;

  /// Before start(). Returns the seat's index.
  int addSeat(SeatSpec spec);
  /// Shared memory for the lab (rings, counters) that process seats see too; before start().
  SharedArena& arena();
  /// The one live sampler (before start()): `sample` runs at the configured rate, on its own
  /// thread, from the epoch to the end of the run.
  void setSampler(observe::ObservationSink* live,
                  std::function<void(std::int64_t nowNs, observe::ObservationSink& live)> sample);

  /// Place, fork process seats, start threads; returns once every seat is pinned and waiting at
  /// the barrier, with the epoch set `lead` ahead. Bodies start at the epoch.
  void start();
  Clock::time_point epoch() const { return epoch_; }
  std::int64_t nowNs() const { return (Clock::now() - epoch_).count(); }

  /// Supervise until every busy seat's body returned, the cancel flag, a failure, or
  /// `timeoutNs`; executes faults and notices dead process seats meanwhile. True when done.
  bool waitFor(std::int64_t timeoutNs);
  /// The load is over: wait up to `drainLimitS` for the busy seats to finish what is in flight
  /// (0 = not at all: what is left is dropped, and the lab counts it), then stop everything. Joins
  /// and reaps.
  HarnessEnd finish(double drainLimitS);
  /// Stop now (cancel): every seat ends within 100 ms; process seats that do not are killed.
  HarnessEnd cancel();
  /// Ask every seat to stop (from any thread); finish() or cancel() then joins.
  void requestStop();
  bool stopping() const { return stop_.load(std::memory_order_relaxed); }
  /// The run's stop flag for thread seats and the lab's own threads; the same object from
  /// construction on (process seats watch a copy in shared memory and their own flags).
  const std::atomic<bool>& stopFlag() const { return stop_; }

  /// True once seat `i`'s body returned (or its process exited).
  bool seatReturned(int i) const;
  /// True once every busy seat's body returned.
  bool seatsReturned() const { return busyDone(); }
  /// After finish()/cancel(): where each seat ran (hogs left out), in the order they were added.
  const std::vector<run::ThreadPlacement>& placements() const { return placements_; }

  /// After finish()/cancel(): every seat's log in time order (seat index breaks ties).
  /// Records after `untilNs` are left out (a full log cuts every seat's statistics at the same moment).
  void mergeLogs(observe::Recorder& rec, std::int64_t untilNs = INT64_MAX) const;
  /// Records in seat `i`'s log and those lost because it was full.
  std::size_t logSize(int i) const;
  std::uint64_t logDropped(int i) const;
  /// When seat `i`'s log first refused a record (INT64_MAX: never).
  std::int64_t logFullAtNs(int i) const;
  const observe::Observation* log(int i) const;

  /// The honest outcome, with placements from the read-back; add the lab's facts, then finish().
  HonestOutcome& outcome() { return outcome_; }
  /// First failure ("worker 2: killed by signal 9"), empty if none.
  std::string error() const;
  /// Process id of a process seat while it runs (tests).
  pid_t pid(int seat) const;
  std::size_t seats() const;

 private:
  struct SeatState;
  void placeSeats();
  void makeSeatArena();
  void forkSeat(SeatState& s);
  void runThreadSeat(SeatState& s);
  void startSampler();
  void supervise();
  void injectFault(const sim::Fault& f);
  void reap(SeatState& s, bool expected);
  /// A process seat ended with `status`: a fault's kill is detected, anything else unexpected fails the run.
  void noteExit(SeatState& s, int status, bool expected);
  void stopAll();
  void fail(const std::string& message);
  void joinAll();
  void collectPlacements();
  bool busyDone() const;

  HarnessConfig cfg_;
  std::unique_ptr<SharedArena> arena_;      // the lab's (rings, counters)
  std::unique_ptr<SharedArena> seatArena_;  // the seats' states and logs, the control words
  std::size_t arenaBytes_ = 0;
  std::vector<SeatSpec> specs_;
  std::vector<std::unique_ptr<SeatState>> seats_;
  std::atomic<bool> stop_{false};
  std::atomic<bool>* sharedStop_ = nullptr;  // in the arena: what process seats read
  std::atomic<int>* barrier_ = nullptr;      // in the arena
  std::atomic<std::int64_t>* epochNs_ = nullptr;
  Clock::time_point epoch_;
  std::vector<sim::Fault> timeline_;
  std::vector<observe::Observation> harnessLog_;  // faults and detections, supervisor thread only
  std::size_t nextFault_ = 0;
  std::vector<std::pair<std::int64_t, int>> stallEnds_;  // process seats to resume (ns, seat)
  std::thread sampler_;
  std::atomic<bool> samplerStop_{false};
  HonestOutcome outcome_;
  std::vector<run::ThreadPlacement> placements_;
  std::string error_;
  bool started_ = false, finished_ = false;
  pid_t self_ = 0;
};

}  // namespace amp::real
