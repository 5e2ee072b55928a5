// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "amp/real/doorbell.h"
#include "amp/real/harness.h"
#include "amp/real/load_generator.h"
#include "amp/real/pin.h"
#include "amp/real/placement.h"
#include "amp/real/scheduled_receiver.h"
#include "amp/real/spmc_queue.h"
#include "amp/real/spsc_ring.h"
#include "amp/run/result.h"

namespace amp::real {

using Clock = std::chrono::steady_clock;

/// How the master hands items to workers.
enum class Dispatch {
  Shared,         ///< one FIFO in front of all workers; a free worker takes the oldest item (M/M/c)
  RoundRobin,     ///< one ring per worker, taken in turn
  ShortestQueue,  ///< one ring per worker, the one with the fewest items queued or in service
  Chosen,         ///< one ring per worker, the one RuntimeHooks::route names (hashing, flowlets)
};

/// One item's life in the runtime: times in ns since RuntimeConfig::epoch and CPUs from
/// sched_getcpu(). Each field is written by exactly one thread and read only after the run.
struct ItemTimes {
  std::int64_t submitted = -1;     ///< the producer put it into the master's input
  std::int64_t masterStart = -1;   ///< the master took it
  std::int64_t masterFinish = -1;  ///< the master's own work was done
  std::int64_t handedOff = -1;     ///< the push to a worker (and its wake-up call) returned
  std::int64_t workerStart = -1;
  std::int64_t workerFinish = -1;
  std::int16_t submitCpu = -1, masterCpu = -1, workerCpu = -1;
  std::int16_t worker = -1;
  std::uint8_t dropped = 0;  ///< 1 = master's input was full, 2 = the worker ring was full (FullPolicy::Drop)
};

struct RuntimeConfig {
  int workers = 1;
  Dispatch dispatch = Dispatch::RoundRobin;
  std::size_t inputCapacity = 1 << 16;  ///< producer -> master ring
  std::size_t ringCapacity = 1 << 12;   ///< master -> worker ring (each), or the shared queue
  /// Per-worker rings: full at this many queued items (0 = the ring's power-of-two capacity), so
  /// a lab can model a ring of any size; the ring's capacity must be at least this.
  std::size_t ringLimit = 0;
  FullPolicy inputFull = FullPolicy::Wait;
  FullPolicy ringFull = FullPolicy::Wait;
  Placement placement;          ///< default: nobody pinned
  std::size_t logCapacity = 0;  ///< items with id < logCapacity get an ItemTimes entry
  /// How long an idle thread polls before it sleeps on a futex. Polling hands items over in
  /// well under a microsecond but burns the core: use 0 when threads share cores.
  std::int64_t spinNs = 200'000;
  Clock::time_point epoch = Clock::now();
  /// The harness the runtime's seats run on: the host record, live sampler, cancel flag, faults,
  /// background load. Its lead is ignored: the runtime's threads start as soon as they are placed.
  HarnessConfig harness;

  /// Place this run on `host`: the master apart, `workers` spread over the rest, a light CPU for a
  /// generator, polling only where no two busy seats share a core, the epoch `lead` from now.
  void placeOn(HostState host, int workerCount, std::chrono::nanoseconds lead);
};

/// The work, supplied by the lab. Hooks run on the runtime's threads and may throw: the run
/// then fails with the message and every thread stops.
struct RuntimeHooks {
  std::function<void(std::uint64_t id)> master;
  std::function<void(int worker, std::uint64_t id)> worker;
  /// After a worker finished an item, on that worker's thread (closed-loop clients use it).
  std::function<void(int worker, std::uint64_t id, std::int64_t finishNs)> done;
  /// Dispatch::Chosen: on the master thread after its work, the worker (0 .. workers−1) whose
  /// ring gets this item. outstanding() tells it how busy each worker is.
  std::function<int(std::uint64_t id)> route;
};

/// How Runtime::drive ended.
struct DriveResult {
  LoadStats load;  ///< the generator's
  bool cancelled = false;
  std::uint64_t unfinished = 0;  ///< emitted but not completed when the drain limit passed
};

/// A master thread and N worker threads, each pinned per the placement: a preset of seats on
/// the Harness. Items (8-byte ids) go producer -> master (SPSC ring) -> master's work -> worker
/// (per-worker SPSC rings or one SPMC queue) -> worker's work.
class Runtime {
 public:
  Runtime(RuntimeConfig config, RuntimeHooks hooks);
  ~Runtime();  ///< cancels and joins if still running
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  /// The harness under the runtime: add helper seats (see openLoopSeat) before start(); after
  /// the run, its outcome() holds the placements and the host's warnings.
  Harness& harness() { return *harness_; }

  /// Start and pin the threads; returns when all of them are pinned and waiting for items.
  void start();

  /// Before start(): a generator seat on the placement's light CPU that submits item i at
  /// `scheduleNs[i]` (since the runtime's epoch); late means more than `lateThresholdNs` behind.
  void addGenerator(std::vector<std::int64_t> scheduleNs, std::int64_t lateThresholdNs);
  /// Before start(), instead of a generator: the master receives item i at `scheduleNs[i]` as
  /// from a NIC's receive ring of RuntimeConfig::inputCapacity slots (inputFull Drop: tail drop;
  /// Wait: unbounded) — no generator thread, so no arrival is late, and on a small host no
  /// generator shares a worker's CPU. The master polls for due items (sleeps where the seats
  /// share cores). Ended early by the feed's end flag like a generator.
  void receiveOnMaster(std::vector<std::int64_t> scheduleNs);
  /// Before start(): live samples for the animation — queue depths (the master's input at
  /// `masterStation`, the workers' queues at `workersStation` unless it is negative) and busy
  /// CPUs (the master's at `masterStation`; each worker's at `workersStation`, or where
  /// setWorkerStations says). A seat is busy from taking an item until it has finished it.
  void sampleDepths(observe::ObservationSink* live, std::uint16_t masterStation, int workersStation = -1);
  /// Before start(): the station whose lanes show worker w busy, one entry per worker (a lab whose
  /// workers form several stations: fast and slow clusters, a station per worker).
  void setWorkerStations(std::vector<std::uint16_t> stationOfWorker);
  /// The usual life of a run with the generator: wait for the schedule to end (or a cancel, or a
  /// failure), close the input, let the system drain for up to `drainLimitS`, stop, and join.
  DriveResult drive(double drainLimitS);

  // ---- producer side: one thread at a time --------------------------------------------------
  /// Hand an item to the master, recording when (now) and on which CPU. False when it was
  /// dropped (full input under FullPolicy::Drop) or the runtime is stopping.
  bool submit(std::uint64_t id);
  /// No more items: the threads finish what they have and end.
  void closeInput();

  // ---- control, from any one controlling thread -----------------------------------------------
  /// True once every thread has ended; false after `timeoutNs`.
  bool waitFor(std::int64_t timeoutNs);
  /// Stop now, even with full rings and long work items (hooks should poll stopFlag()), and
  /// join. Returns within 100 ms when the hooks poll the flag.
  void cancel();
  /// Join after the threads ended on their own.
  void join();
  const std::atomic<bool>& stopFlag() const { return harness_->stopFlag(); }
  bool stopping() const { return harness_->stopping(); }
  bool failed() const;
  std::string error() const;

  std::int64_t nowNs() const { return (Clock::now() - cfg_.epoch).count(); }
  const RuntimeConfig& config() const { return cfg_; }

  /// Queue depths for live monitoring (approximate while running).
  struct Depths {
    std::size_t master = 0;         ///< items waiting for the master
    std::size_t workersQueued = 0;  ///< items waiting in worker rings / the shared queue
    int workersBusy = 0;            ///< workers inside their hook
  };
  Depths depths() const;
  /// Items the master has finished with (handed off or dropped); any thread, any time.
  std::uint64_t processed() const { return processed_.load(std::memory_order_relaxed); }
  /// Items handed to `worker` and not finished yet (queued or in service). Master thread only
  /// (e.g. from RuntimeHooks::route).
  std::uint64_t outstanding(int worker) const;

  // ---- after join ---------------------------------------------------------------------------
  std::vector<run::ThreadPlacement> placements() const;  ///< "master", "worker 0", ...
  const std::vector<ItemTimes>& log() const { return log_; }
  /// Mean ns the master spent handing one item to a worker (push + wake-up), and how many.
  double meanHandoffNs() const;
  std::uint64_t handoffs() const { return handoffs_; }
  std::uint64_t inputDrops() const;
  std::uint64_t ringDrops() const;
  std::uint64_t completed() const;
  /// Mean measured master service [ns] over the items it finished (0 if none).
  double meanMasterServiceNs() const;
  /// The master's facts every lab on the runtime reports: hand-off cost, measured service and
  /// the ceiling 1/(S_master + hand-off) they give.
  void reportMasterFacts(RunReport& report) const;

 private:
  struct alignas(kCacheLine) Worker {
    std::unique_ptr<SpscRing<std::uint64_t>> ring;  // per-worker dispatch only
    // Written by the worker; read by the master (shortest queue) and monitors.
    alignas(kCacheLine) std::atomic<std::uint64_t> started{0};
    std::atomic<std::uint64_t> finished{0};
    /// Between taking an item and finishing it (relaxed: for a live sample).
    bool busy() const {
      return started.load(std::memory_order_relaxed) != finished.load(std::memory_order_relaxed);
    }
  };

  void cancel_();
  void masterLoop(Seat& seat);
  void receiveLoop(Seat& seat);
  /// The master's part of one item: its hook, the hand-off, the log. False when stopping.
  bool serve(Seat& seat, std::uint64_t id);
  void workerLoop(int w, Seat& seat);
  bool dispatch(std::uint64_t id, int& worker);
  void wakeAll();
  template <class HasWork>
  void idle(Doorbell& bell, HasWork hasWork, const std::atomic<bool>& closed);

  RuntimeConfig cfg_;
  RuntimeHooks hooks_;
  std::unique_ptr<Harness> harness_;
  std::vector<ItemTimes> log_;
  SpscRing<std::uint64_t> input_;
  std::unique_ptr<SpmcQueue<std::uint64_t>> shared_;
  std::vector<std::unique_ptr<Worker>> workers_;

  alignas(kCacheLine) std::atomic<bool> inputClosed_{false};
  std::atomic<bool> masterDone_{false};

  // Master-private.
  alignas(kCacheLine) std::uint64_t nextWorker_ = 0;
  std::vector<std::uint64_t> pushed_;
  double handoffSumNs_ = 0.0;
  std::uint64_t handoffs_ = 0;
  std::atomic<std::uint64_t> masterTaken_{0};  // items whose service began: busy while > processed_
  std::atomic<std::uint64_t> processed_{0};    // written by the master only; read by monitors
  std::uint64_t limitDrops_ = 0;               // pushes refused at RuntimeConfig::ringLimit

  int generatorSeat_ = -1;
  LoadStats generatorStats_;  // the generator's, or the receiving master's once loadDone_
  std::unique_ptr<ScheduledReceiver> receiver_;
  std::vector<std::uint16_t> workerStations_;  // where each worker's busy lane is shown
  std::atomic<bool> loadDone_{false};          // release: generatorStats_ is complete
  bool started_ = false, joined_ = false;
};

}  // namespace amp::real
