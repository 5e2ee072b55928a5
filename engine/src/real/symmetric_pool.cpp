// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/symmetric_pool.h"

#include <algorithm>
#include <string>
#include <thread>

#include "amp/real/placement.h"
#include "drive_load.h"

namespace amp::real {
namespace {

// As in Runtime: an idle worker re-checks its flags at least this often even if a wake-up were
// lost, far below the 100 ms cancel bound.
constexpr std::int64_t kIdleSliceNs = 20'000'000;

}  // namespace

void SymmetricPoolConfig::placeOn(HostState host, int workerCount, std::chrono::nanoseconds lead) {
  workers = std::max(1, workerCount);
  const Placement p = planPlacement(host.topo, workers, PlacementPolicy::Symmetric);
  workerCpus = p.workerCpus;
  lightCpu = p.lightCpu;
  std::vector<run::ThreadPlacement> busy;
  for (std::size_t w = 0; w < workerCpus.size(); ++w)
    busy.push_back({"worker " + std::to_string(w), workerCpus[w], false, {}});
  // Polling workers sharing a core would steal it from the one holding the lock.
  const int cores = static_cast<int>(host.topo.usableCpus().size());
  spinNs = checkOversubscription(busy, cores).oversubscribed ? 0 : 500'000;
  epoch = Clock::now() + lead;
  harness.host = std::move(host);
}

SymmetricPool::SymmetricPool(SymmetricPoolConfig config, SymmetricPoolHooks hooks)
    : cfg_(std::move(config)), hooks_(std::move(hooks)), log_(cfg_.logCapacity), input_(cfg_.inputCapacity) {
  cfg_.workers = std::max(1, cfg_.workers);
  for (int w = 0; w < cfg_.workers; ++w) workers_.push_back(std::make_unique<Worker>());
  HarnessConfig hc = cfg_.harness;
  hc.lead = std::chrono::nanoseconds(0);  // items carry their own times; start when placed
  harness_ = std::make_unique<Harness>(std::move(hc));
  for (int w = 0; w < cfg_.workers; ++w) {
    const auto i = static_cast<std::size_t>(w);
    const int cpu = i < cfg_.workerCpus.size() && cfg_.workerCpus[i] >= 0 ? cfg_.workerCpus[i] : kUnpinned;
    harness_->addSeat(threadSeat(
        "worker " + std::to_string(w), [this, w](Seat& s) { workerLoop(w, s); }, cpu));
  }
}

SymmetricPool::~SymmetricPool() {
  if (started_ && !joined_) cancel_();
}

void SymmetricPool::start() {
  if (started_) return;
  started_ = true;
  harness_->start();
}

void SymmetricPool::addGenerator(std::vector<std::int64_t> scheduleNs, std::int64_t lateThresholdNs) {
  OpenLoopOptions options;
  options.endLoad = cfg_.harness.feed != nullptr ? &cfg_.harness.feed->endFlag() : nullptr;
  // Where the seats share cores (none polls), the generator shares one too: it sleeps into each
  // arrival rather than spinning on the CPU a busy seat needs.
  if (cfg_.spinNs == 0) options.spinNs = 0;
  SeatSpec g = openLoopSeat(
      std::move(scheduleNs), cfg_.epoch, lateThresholdNs,
      [this](std::size_t i, std::int64_t) { return submit(i); }, &generatorStats_, std::move(options));
  g.cpu = cfg_.lightCpu >= 0 ? cfg_.lightCpu : kUnpinned;
  generatorSeat_ = harness_->addSeat(std::move(g));
}

void SymmetricPool::sampleDepths(observe::ObservationSink* live, std::uint16_t lockStation,
                                 std::uint16_t workersStation) {
  if (live == nullptr) return;
  harness_->setSampler(live, [this, lockStation, workersStation](std::int64_t,
                                                                 observe::ObservationSink& out) {
    const std::int64_t now = nowNs();  // the stream's clock: the pool's epoch
    // relaxed: a gauge for the animation; nothing is published through it.
    out.observe(gauge(now, lockStation, static_cast<double>(lockWaiting_.load(std::memory_order_relaxed))));
    out.observe(gauge(now, workersStation, static_cast<double>(input_.sizeApprox())));
    std::vector<SeatBusy> seats;
    for (std::size_t w = 0; w < workers_.size(); ++w)
      seats.push_back(
          {workersStation, w < cfg_.workerCpus.size() ? cfg_.workerCpus[w] : -1, workers_[w]->busy()});
    observeBusy(out, now, seats);
  });
}

bool SymmetricPool::submit(std::uint64_t id) {
  const std::int64_t t = nowNs();
  if (id < log_.size()) {
    log_[id].submitted = t;
    log_[id].submitCpu = static_cast<std::int16_t>(currentCpu());
  }
  // The input holds what the lab sized it for; a full one waits (the model's queue is unbounded).
  if (!input_.push(id, FullPolicy::Wait, &harness_->stopFlag())) return false;
  input_.doorbell().notify();
  return true;
}

void SymmetricPool::closeInput() {
  inputClosed_.store(true, std::memory_order_release);  // release: every submit happened before
  input_.doorbell().notifyAll();
}

void SymmetricPool::workerLoop(int w, Seat& seat) {
  Worker& me = *workers_[static_cast<std::size_t>(w)];
  const bool stepFirst = cfg_.order == StepOrder::StepFirst;
  std::uint64_t id = 0;
  while (!stopping()) {
    // acquire, read before the pop: pairs with closeInput's release, so an empty pop after a
    // closed input is final.
    const bool closed = inputClosed_.load(std::memory_order_acquire);
    if (!input_.tryPop(id)) {
      if (closed) break;
      pollThenSleep(
          input_.doorbell(),
          [&] { return !input_.emptyApprox() || inputClosed_.load(std::memory_order_acquire) || stopping(); },
          cfg_.spinNs, kIdleSliceNs);
      continue;
    }
    // relaxed: counters for monitoring and the drain.
    me.started.store(me.started.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    PoolItemTimes t;
    t.taken = nowNs();
    t.cpu = static_cast<std::int16_t>(seat.noteCpu());
    t.worker = static_cast<std::int16_t>(w);
    auto part = [&] {
      t.partStart = nowNs();
      if (hooks_.part) hooks_.part(w, id);
      t.partFinish = nowNs();
    };
    auto step = [&] {
      lockWaiting_.fetch_add(1, std::memory_order_relaxed);
      t.lockAsked = nowNs();
      std::lock_guard guard(lock_);
      t.lockAcquired = nowNs();
      lockWaiting_.fetch_sub(1, std::memory_order_relaxed);
      // Who released last, and when: written by the previous holder under this same lock.
      ++stats_.acquisitions;
      waitSumNs_ += static_cast<double>(t.lockAcquired - t.lockAsked);
      if (lastReleaseNs_ > t.lockAsked) {
        ++stats_.contended;
        if (lastHolder_ != w) {
          const double gap = static_cast<double>(t.lockAcquired - lastReleaseNs_);
          ++stats_.handOvers;
          handOverSumNs_ += gap;
          stats_.maxHandOverNs = std::max(stats_.maxHandOverNs, gap);
        }
      }
      if (hooks_.step) hooks_.step(w, id);
      // Read before unlock(): the hand-over then includes the unlock's own wake-up call.
      t.lockReleased = nowNs();
      holdSumNs_ += static_cast<double>(t.lockReleased - t.lockAcquired);
      lastReleaseNs_ = t.lockReleased;
      lastHolder_ = w;
    };
    if (stepFirst) {
      step();
      if (stopping()) break;  // cut short: not a completed item
      part();
    } else {
      part();
      if (stopping()) break;
      step();
    }
    if (stopping()) break;
    t.finished = nowNs();
    if (id < log_.size()) {
      t.submitted = log_[id].submitted;  // the producer's fields, written before the push
      t.submitCpu = log_[id].submitCpu;
      log_[id] = t;
      // The sojourn, live for a precision-driven run.
      if (cfg_.harness.feed != nullptr && t.submitted >= 0) cfg_.harness.feed->add(t.finished - t.submitted);
    }
    me.finished.store(me.finished.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  }
}

DriveResult SymmetricPool::drive(double drainLimitS) {
  const auto loadRunning = [this] { return generatorSeat_ >= 0 && !harness_->seatReturned(generatorSeat_); };
  return driveLoad(*this, *harness_, loadRunning, cfg_.harness.cancel, drainLimitS, generatorStats_,
                   [this](std::int64_t ns) { return waitFor(ns); });
}

bool SymmetricPool::waitFor(std::int64_t timeoutNs) {
  const auto deadline = Clock::now() + std::chrono::nanoseconds(timeoutNs);
  if (harness_->waitFor(timeoutNs)) return true;
  while (stopping() && !harness_->seatsReturned() && Clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  return stopping() && harness_->seatsReturned();
}

void SymmetricPool::cancel() { cancel_(); }

void SymmetricPool::cancel_() {
  if (!started_ || joined_) return;
  harness_->requestStop();
  input_.doorbell().notifyAll();  // sleepers learn of the stop now, not at their next idle slice
  harness_->cancel();
  joined_ = true;
}

std::uint64_t SymmetricPool::completed() const {
  std::uint64_t n = 0;
  for (const auto& w : workers_) n += w->finished.load(std::memory_order_relaxed);
  return n;
}

LockStats SymmetricPool::lockStats() const {
  LockStats s = stats_;
  const auto per = [](double sum, std::uint64_t n) { return n == 0 ? 0.0 : sum / static_cast<double>(n); };
  s.meanHandOverNs = per(handOverSumNs_, s.handOvers);
  s.meanHoldNs = per(holdSumNs_, s.acquisitions);
  s.meanWaitNs = per(waitSumNs_, s.acquisitions);
  return s;
}

void SymmetricPool::reportLockFacts(RunReport& report) const {
  const LockStats s = lockStats();
  report.facts["lock_acquisitions"] = static_cast<double>(s.acquisitions);
  report.facts["lock_contended_share"] =
      s.acquisitions == 0 ? 0.0 : static_cast<double>(s.contended) / static_cast<double>(s.acquisitions);
  report.facts["lock_handovers"] = static_cast<double>(s.handOvers);
  report.facts["lock_wait_mean_ns"] = s.meanWaitNs;
  if (s.handOvers > 0) {
    report.facts["lock_handoff_ns"] = s.meanHandOverNs;
    report.facts["lock_handoff_max_ns"] = s.maxHandOverNs;
  }
  if (s.meanHoldNs <= 0) return;
  report.facts["lock_service_measured_ns"] = s.meanHoldNs;
  report.facts["lock_ceiling_per_s"] = 1e9 / (s.meanHoldNs + s.meanHandOverNs);
  if (s.handOvers == 0)
    report.labels["lock_handoff"] =
        "no hand-over measured: the lock was never taken by one worker while another held it "
        "(one worker, or too little load to contend)";
}

namespace {

using observe::ObsKind;

ItemRecords recordsOf(std::uint64_t id, std::int64_t sched, const PoolItemTimes& t, const PoolStations& st) {
  ItemRecords r;
  if (t.submitted < 0) return r;  // never emitted: the run ended before its arrival
  r.add(sched, id, ObsKind::Arrive, st.source, 0, t.submitCpu);
  r.add(sched, id, ObsKind::Enqueue, st.workers, 0, t.submitCpu);
  if (t.taken < 0) return r;
  r.add(t.taken, id, ObsKind::Start, st.workers, static_cast<double>(t.taken - sched), t.cpu);
  if (t.finished < 0) return r;  // the log holds finished items only; kept for safety
  // Whichever part came first, the lock's records fall between the worker's start and finish:
  // LockedServers' convention is a worker busy from taking the item to the end of both parts
  // (lock wait included), its Finish value its own part alone.
  r.add(t.lockAsked, id, ObsKind::Enqueue, st.lock, 0, t.cpu);
  r.add(t.lockAcquired, id, ObsKind::Start, st.lock, static_cast<double>(t.lockAcquired - t.lockAsked),
        t.cpu);
  r.add(t.lockReleased, id, ObsKind::Finish, st.lock, static_cast<double>(t.lockReleased - t.lockAcquired),
        t.cpu);
  r.add(t.finished, id, ObsKind::Finish, st.workers, static_cast<double>(t.partFinish - t.partStart), t.cpu);
  const std::int64_t from = st.measureFromStep ? t.lockAsked : sched;
  r.add(t.finished, id, ObsKind::Depart, st.sink, static_cast<double>(t.finished - from), t.cpu);
  return r;
}

}  // namespace

std::int64_t replayPool(const std::vector<std::int64_t>& scheduleNs, const std::vector<PoolItemTimes>& log,
                        const PoolStations& stations, observe::Recorder& rec) {
  return replayItems(
      scheduleNs, log.size(), [&](std::size_t i) { return recordsOf(i, scheduleNs[i], log[i], stations); },
      rec);
}

}  // namespace amp::real
