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
#include <vector>

#include "amp/observe/aggregator.h"
#include "amp/real/harness.h"
#include "amp/real/load_generator.h"
#include "amp/real/runtime.h"
#include "amp/real/runtime_replay.h"
#include "amp/real/spmc_queue.h"

namespace amp::real {

/// Which of an item's two parts a pool worker does first.
enum class StepOrder {
  StepFirst,  ///< the serialized step under the lock, then the worker's own part
  PartFirst,  ///< the own part, then the step (a journal record after the data it describes)
};

/// One item's life in a SymmetricPool: ns since the epoch, CPUs from sched_getcpu(). Each field
/// has one writer thread and is read only after the run.
struct PoolItemTimes {
  std::int64_t submitted = -1;     ///< the producer put it into the shared input
  std::int64_t taken = -1;         ///< a worker took it
  std::int64_t lockAsked = -1;     ///< the worker called lock()
  std::int64_t lockAcquired = -1;  ///< lock() returned
  std::int64_t lockReleased = -1;  ///< the step was done (read just before unlock())
  std::int64_t partStart = -1, partFinish = -1;
  std::int64_t finished = -1;  ///< both parts done
  std::int16_t submitCpu = -1, cpu = -1, worker = -1;
};

struct SymmetricPoolConfig {
  int workers = 1;
  StepOrder order = StepOrder::StepFirst;
  std::size_t inputCapacity = 1 << 16;  ///< the shared input all workers take from
  std::size_t logCapacity = 0;          ///< items with id < logCapacity get a PoolItemTimes entry
  std::vector<int> workerCpus;          ///< -1 or missing = unpinned
  int lightCpu = -1;                    ///< the generator's CPU
  /// How long an idle worker polls the input before it sleeps (0 when workers share cores). The
  /// lock itself is a plain std::mutex: a waiter sleeps in the kernel, as most code's would.
  std::int64_t spinNs = 200'000;
  Clock::time_point epoch = Clock::now();
  HarnessConfig harness;  ///< its lead is ignored, as in Runtime

  /// Place this run on `host`: the workers spread one per physical core first (there is no
  /// master to keep apart), a light CPU for a generator, the epoch `lead` from now.
  void placeOn(HostState host, int workerCount, std::chrono::nanoseconds lead);
};

/// The work, supplied by the lab; hooks run on the pool's threads and may throw (the run then
/// fails with the message). They should poll stopFlag() in long work.
struct SymmetricPoolHooks {
  std::function<void(int worker, std::uint64_t id)> step;  ///< under the one shared lock
  std::function<void(int worker, std::uint64_t id)> part;  ///< outside it
};

/// What the shared lock saw. A hand-over is an acquisition by a worker that was already waiting
/// when another worker released the lock: its cost is the time from that release to this
/// acquisition, the lock standing idle while a waiter wakes and takes it (the futex wake-up,
/// the lock's cache line crossing cores). Uncontended acquisitions cost the lock no capacity and
/// are not hand-overs.
struct LockStats {
  std::uint64_t acquisitions = 0;
  std::uint64_t contended = 0;  ///< the lock was held when the worker asked for it
  std::uint64_t handOvers = 0;  ///< contended, and the previous holder was another worker
  double meanHandOverNs = 0.0;
  double maxHandOverNs = 0.0;
  double meanHoldNs = 0.0;  ///< the serialized step, lock held
  double meanWaitNs = 0.0;  ///< lock() asked to lock() returned, over all acquisitions
};

/// The symmetric baseline of a master: N worker threads, each pinned, take items from one shared
/// FIFO input (the generator is its one producer) and each does the serialized step itself under
/// ONE std::mutex, and its own part outside it. The same seats, generator, sampler, drain and
/// honest outcome as Runtime, without a master.
class SymmetricPool {
 public:
  SymmetricPool(SymmetricPoolConfig config, SymmetricPoolHooks hooks);
  ~SymmetricPool();  ///< cancels and joins if still running
  SymmetricPool(const SymmetricPool&) = delete;
  SymmetricPool& operator=(const SymmetricPool&) = delete;

  Harness& harness() { return *harness_; }
  /// Start and pin the threads; returns when all of them wait for items.
  void start();
  /// Before start(): a generator seat submitting item i at `scheduleNs[i]` (see Runtime).
  void addGenerator(std::vector<std::int64_t> scheduleNs, std::int64_t lateThresholdNs);
  /// Before start(): live depths — workers waiting for the lock at `lockStation`, items no
  /// worker has taken yet at `workersStation` — and busy CPUs: a worker from taking an item until
  /// it has finished it, as a lane of `workersStation` on the CPU it is pinned to.
  void sampleDepths(observe::ObservationSink* live, std::uint16_t lockStation, std::uint16_t workersStation);
  /// Wait for the schedule to end (or a cancel or failure), close the input, drain for up to
  /// `drainLimitS`, stop and join.
  DriveResult drive(double drainLimitS);

  /// Producer side (one thread): hand an item to the pool. False when the pool is stopping.
  bool submit(std::uint64_t id);
  void closeInput();
  /// Stop now and join (within 100 ms when the hooks poll the stop flag).
  void cancel();
  const std::atomic<bool>& stopFlag() const { return harness_->stopFlag(); }
  bool stopping() const { return harness_->stopping(); }
  std::int64_t nowNs() const { return (Clock::now() - cfg_.epoch).count(); }
  const SymmetricPoolConfig& config() const { return cfg_; }

  // ---- after the run ------------------------------------------------------------------------
  const std::vector<PoolItemTimes>& log() const { return log_; }
  std::uint64_t completed() const;
  LockStats lockStats() const;
  /// The lock's facts every lab on the pool reports: acquisitions, contention, the measured
  /// hand-over and hold times, and the ceiling 1/(S_step + hand-over) they give.
  void reportLockFacts(RunReport& report) const;

 private:
  struct alignas(kCacheLine) Worker {
    std::atomic<std::uint64_t> started{0};
    std::atomic<std::uint64_t> finished{0};
    /// Between taking an item and finishing it (relaxed: for a live sample).
    bool busy() const {
      return started.load(std::memory_order_relaxed) != finished.load(std::memory_order_relaxed);
    }
  };
  void workerLoop(int w, Seat& seat);
  void cancel_();
  bool waitFor(std::int64_t timeoutNs);

  SymmetricPoolConfig cfg_;
  SymmetricPoolHooks hooks_;
  std::unique_ptr<Harness> harness_;
  std::vector<PoolItemTimes> log_;
  SpmcQueue<std::uint64_t> input_;
  std::vector<std::unique_ptr<Worker>> workers_;
  alignas(kCacheLine) std::atomic<bool> inputClosed_{false};
  std::atomic<int> lockWaiting_{0};  // for the live view only

  // The shared lock, and what its holders record under it: each field is written only while
  // the lock is held and read after the join, so the mutex itself orders every access.
  alignas(kCacheLine) std::mutex lock_;
  std::int64_t lastReleaseNs_ = -1;
  int lastHolder_ = -1;
  LockStats stats_;
  double handOverSumNs_ = 0.0, holdSumNs_ = 0.0, waitSumNs_ = 0.0;

  int generatorSeat_ = -1;
  LoadStats generatorStats_;
  bool started_ = false, joined_ = false;
};

/// The stations an item of the pool passes, as the simulator's LockedServers names them.
struct PoolStations {
  std::uint16_t source = 0, lock = 1, workers = 2, sink = 3;
  /// The item's sojourn counts from its request for the lock, not its arrival (a journal's
  /// consistency window opens when the record is ready).
  bool measureFromStep = false;
};

/// The pool's per-item log as the observation stream LockedServers emits, in time order: arrive
/// and enqueue at the workers (waits count from the schedule), a worker's start, the lock's
/// enqueue at the request, start (value: the wait for the lock) and finish (value: the step),
/// the worker's finish (value: its own part) and the depart. Returns the last record's time.
std::int64_t replayPool(const std::vector<std::int64_t>& scheduleNs, const std::vector<PoolItemTimes>& log,
                        const PoolStations& stations, observe::Recorder& rec);

}  // namespace amp::real
