// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/runtime.h"

#include <sys/prctl.h>

#include <algorithm>
#include <exception>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>

#include "amp/real/placement.h"
#include "drive_load.h"

namespace amp::real {
namespace {

// An idle thread re-checks its flags at least this often even if a wake-up were lost; far
// below the 100 ms cancel bound, far above the cost of a futex round trip.
constexpr std::int64_t kIdleSliceNs = 20'000'000;

}  // namespace

Runtime::Runtime(RuntimeConfig config, RuntimeHooks hooks)
    : cfg_(std::move(config)), hooks_(std::move(hooks)), log_(cfg_.logCapacity), input_(cfg_.inputCapacity) {
  cfg_.workers = std::max(1, cfg_.workers);
  if (cfg_.dispatch == Dispatch::Shared)
    shared_ = std::make_unique<SpmcQueue<std::uint64_t>>(cfg_.ringCapacity);
  for (int w = 0; w < cfg_.workers; ++w) {
    auto worker = std::make_unique<Worker>();
    if (cfg_.dispatch != Dispatch::Shared)
      worker->ring = std::make_unique<SpscRing<std::uint64_t>>(cfg_.ringCapacity);
    workers_.push_back(std::move(worker));
  }
  pushed_.assign(static_cast<std::size_t>(cfg_.workers), 0);
  HarnessConfig hc = cfg_.harness;
  hc.lead = std::chrono::nanoseconds(0);  // items carry their own times; start when placed
  harness_ = std::make_unique<Harness>(std::move(hc));
  // Unpinned placements stay unpinned: the harness chooses only where the lab said nothing.
  auto cpuOr = [](int cpu) { return cpu >= 0 ? cpu : kUnpinned; };
  harness_->addSeat(threadSeat(
      "master", [this](Seat& s) { masterLoop(s); }, cpuOr(cfg_.placement.masterCpu)));
  for (int w = 0; w < cfg_.workers; ++w) {
    const auto i = static_cast<std::size_t>(w);
    const int cpu = i < cfg_.placement.workerCpus.size() ? cfg_.placement.workerCpus[i] : -1;
    harness_->addSeat(threadSeat(
        "worker " + std::to_string(w), [this, w](Seat& s) { workerLoop(w, s); }, cpuOr(cpu)));
  }
}

Runtime::~Runtime() {
  if (started_ && !joined_) cancel();
}

void Runtime::start() {
  if (started_) return;
  started_ = true;
  harness_->start();  // returns once every seat is pinned and at the barrier
}

void RuntimeConfig::placeOn(HostState host, int workerCount, std::chrono::nanoseconds lead) {
  workers = std::max(1, workerCount);
  placement = planPlacement(host.topo, workers, PlacementPolicy::MasterApart);
  // Polling threads sharing a core would steal it from the thread doing the work.
  spinNs = sharesCores(placement, static_cast<int>(host.topo.usableCpus().size())) ? 0 : 500'000;
  epoch = Clock::now() + lead;
  harness.host = std::move(host);
}

void Runtime::addGenerator(std::vector<std::int64_t> scheduleNs, std::int64_t lateThresholdNs) {
  OpenLoopOptions options;
  options.endLoad = cfg_.harness.feed != nullptr ? &cfg_.harness.feed->endFlag() : nullptr;
  // Where the seats share cores (none polls), the generator shares one too: it sleeps into each
  // arrival rather than spinning on the CPU a busy seat needs.
  if (cfg_.spinNs == 0) options.spinNs = 0;
  SeatSpec g = openLoopSeat(
      std::move(scheduleNs), cfg_.epoch, lateThresholdNs,
      [this](std::size_t i, std::int64_t) { return submit(i); }, &generatorStats_, std::move(options));
  g.cpu = cfg_.placement.lightCpu >= 0 ? cfg_.placement.lightCpu : kUnpinned;
  generatorSeat_ = harness_->addSeat(std::move(g));
}

void Runtime::receiveOnMaster(std::vector<std::int64_t> scheduleNs) {
  receiver_ = std::make_unique<ScheduledReceiver>(
      std::move(scheduleNs), cfg_.inputFull == FullPolicy::Drop ? cfg_.inputCapacity : 0);
}

void Runtime::setWorkerStations(std::vector<std::uint16_t> stationOfWorker) {
  workerStations_ = std::move(stationOfWorker);
}

void Runtime::sampleDepths(observe::ObservationSink* live, std::uint16_t masterStation, int workersStation) {
  if (live == nullptr) return;
  if (workerStations_.empty() && workersStation >= 0)
    workerStations_.assign(static_cast<std::size_t>(cfg_.workers),
                           static_cast<std::uint16_t>(workersStation));
  harness_->setSampler(
      live, [this, masterStation, workersStation](std::int64_t, observe::ObservationSink& out) {
        const std::int64_t now = nowNs();  // the stream's clock: the runtime's epoch
        const Depths d = depths();
        out.observe(gauge(now, masterStation, static_cast<double>(d.master)));
        if (workersStation >= 0)
          out.observe(
              gauge(now, static_cast<std::uint16_t>(workersStation), static_cast<double>(d.workersQueued)));
        // Busy CPUs, each a lane of its station on the CPU its seat is pinned to. Relaxed loads: a
        // sample for the eye, not a measurement.
        std::vector<SeatBusy> seats{
            {masterStation, cfg_.placement.masterCpu,
             masterTaken_.load(std::memory_order_relaxed) != processed_.load(std::memory_order_relaxed)}};
        for (std::size_t w = 0; w < workerStations_.size() && w < workers_.size(); ++w)
          seats.push_back({workerStations_[w],
                           w < cfg_.placement.workerCpus.size() ? cfg_.placement.workerCpus[w] : -1,
                           workers_[w]->busy()});
        observeBusy(out, now, seats);
      });
}

DriveResult Runtime::drive(double drainLimitS) {
  const auto loadRunning = [this] {
    // acquire: pairs with the receiving master's release, so its stats are complete after.
    return receiver_ ? !loadDone_.load(std::memory_order_acquire)
                     : generatorSeat_ >= 0 && !harness_->seatReturned(generatorSeat_);
  };
  return driveLoad(*this, *harness_, loadRunning, cfg_.harness.cancel, drainLimitS, generatorStats_,
                   [this](std::int64_t ns) { return waitFor(ns); });
}

bool Runtime::submit(std::uint64_t id) {
  const std::atomic<bool>& stop = harness_->stopFlag();
  const std::int64_t t = nowNs();
  if (id < log_.size()) {
    log_[id].submitted = t;
    log_[id].submitCpu = static_cast<std::int16_t>(currentCpu());
  }
  if (!input_.push(id, cfg_.inputFull, &stop)) {
    if (id < log_.size() && !stopping()) log_[id].dropped = 1;
    return false;
  }
  input_.doorbell().notify();
  return true;
}

void Runtime::closeInput() {
  inputClosed_.store(true, std::memory_order_release);  // release: every submit happened before
  input_.doorbell().notifyAll();
}

template <class HasWork>
void Runtime::idle(Doorbell& bell, HasWork hasWork, const std::atomic<bool>& closed) {
  // acquire on `closed`: pairs with its release store, so the final items are seen too.
  pollThenSleep(
      bell, [&] { return hasWork() || closed.load(std::memory_order_acquire) || stopping(); }, cfg_.spinNs,
      kIdleSliceNs);
}

bool Runtime::dispatch(std::uint64_t id, int& worker) {
  const int n = cfg_.workers;
  switch (cfg_.dispatch) {
    case Dispatch::Shared:
      worker = -1;
      if (!shared_->push(id, cfg_.ringFull, &harness_->stopFlag())) return false;
      shared_->doorbell().notify();
      return true;
    case Dispatch::RoundRobin:
      worker = static_cast<int>(nextWorker_++ % static_cast<std::uint64_t>(n));
      break;
    case Dispatch::ShortestQueue: {
      worker = 0;
      std::uint64_t best = std::numeric_limits<std::uint64_t>::max();
      for (int w = 0; w < n; ++w) {
        const std::uint64_t o = outstanding(w);
        if (o < best) {
          best = o;
          worker = w;
        }
      }
      break;
    }
    case Dispatch::Chosen:
      worker = hooks_.route ? hooks_.route(id) : 0;
      if (worker < 0 || worker >= n)
        throw std::out_of_range("route chose worker " + std::to_string(worker) + " of " + std::to_string(n));
      break;
  }
  Worker& wk = *workers_[static_cast<std::size_t>(worker)];
  if (cfg_.ringLimit > 0 && wk.ring->sizeApprox() >= cfg_.ringLimit) {
    // The master's own pushes are all counted in the size, so it only errs towards "full" by
    // the pops the worker has not published yet.
    if (cfg_.ringFull == FullPolicy::Drop) {
      ++limitDrops_;
      return false;
    }
    Backoff backoff;
    while (wk.ring->sizeApprox() >= cfg_.ringLimit) {
      if (stopping()) return false;
      backoff.pause();
    }
  }
  if (!wk.ring->push(id, cfg_.ringFull, &harness_->stopFlag())) return false;
  ++pushed_[static_cast<std::size_t>(worker)];
  wk.ring->doorbell().notify();
  return true;
}

void Runtime::masterLoop(Seat& seat) {
  // The harness catches what a hook throws and fails the run with it; the workers must still
  // learn that no more items come, so the end is announced on every way out.
  struct Announce {
    Runtime* rt;
    ~Announce() {
      rt->masterDone_.store(true, std::memory_order_release);  // release: all pushes happened before
      rt->wakeAll();
    }
  } announce{this};
  if (receiver_) {
    receiveLoop(seat);
    return;
  }
  std::uint64_t id = 0;
  while (!stopping()) {
    const bool closed = inputClosed_.load(std::memory_order_acquire);  // before the pop: see below
    if (!input_.tryPop(id)) {
      // Closed was read before this empty pop, so every submitted item has been taken.
      if (closed) break;
      idle(
          input_.doorbell(), [this] { return !input_.emptyApprox(); }, inputClosed_);
      continue;
    }
    if (!serve(seat, id)) break;
  }
}

void Runtime::receiveLoop(Seat& seat) {
  // The idle wait ends in a sleep where the seats share cores: the default 50 µs timer slack
  // would make every such arrival that much late. This thread only; it ends with the run.
  prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
  ScheduledReceiver& rx = *receiver_;
  const std::atomic<bool>* endLoad = cfg_.harness.feed != nullptr ? &cfg_.harness.feed->endFlag() : nullptr;
  LoadStats stats;
  // The load is over once its last arrival has come (or the feed ended it): from then on the
  // driver's drain limit applies to what still waits, as after a generator's last emit.
  const auto noteLoadOver = [&] {
    stats.emitted = rx.comingTotal();
    stats.rejected = rx.drops();
    generatorStats_ = stats;
    loadDone_.store(true, std::memory_order_release);  // release: generatorStats_ is complete
  };
  while (!stopping()) {
    const std::int64_t now = nowNs();
    if (endLoad != nullptr && !stats.endedEarly && !loadDone_.load(std::memory_order_relaxed) &&
        endLoad->load(std::memory_order_relaxed)) {
      stats.endedEarly = true;
      stats.endedAtNs = now;
      rx.endAt(now);
    }
    if (!loadDone_.load(std::memory_order_relaxed) && now >= rx.lastDueNs()) noteLoadOver();
    if (const std::optional<std::uint64_t> id = rx.take(now)) {
      if (*id < log_.size()) {
        log_[*id].submitted = rx.dueNs(*id);  // it arrived when the schedule says
        log_[*id].submitCpu = -1;
      }
      if (!serve(seat, *id)) break;
      continue;
    }
    if (rx.exhausted()) break;
    // Nothing due: poll where the master has its core, sleep where the seats share cores; in
    // slices, so a stop or the feed's end is seen within a millisecond.
    const std::int64_t wait = rx.nextDueNs() - nowNs();
    if (wait > cfg_.spinNs)
      std::this_thread::sleep_for(
          std::chrono::nanoseconds(std::min<std::int64_t>(wait - cfg_.spinNs, 1'000'000)));
    else
      cpuRelax();
  }
  if (!loadDone_.load(std::memory_order_relaxed)) {  // stopped before the last arrival
    stats.stopped = stopping();
    noteLoadOver();
  }
  for (std::size_t i = 0; i < log_.size() && i < rx.decided(); ++i)
    if (log_[i].submitted < 0) {  // never taken: it arrived to a full ring
      log_[i].submitted = rx.dueNs(i);
      log_[i].dropped = 1;
    }
}

bool Runtime::serve(Seat& seat, std::uint64_t id) {
  // relaxed: read by the live sampler only.
  masterTaken_.store(masterTaken_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  const std::int64_t t0 = nowNs();
  const int cpu = seat.noteCpu();
  if (hooks_.master) hooks_.master(id);
  if (stopping()) return false;  // the work was cut short: no finish to record
  const std::int64_t t1 = nowNs();
  int worker = -1;
  const bool ok = dispatch(id, worker);
  const std::int64_t t2 = nowNs();
  if (ok) {
    handoffSumNs_ += static_cast<double>(t2 - t1);
    ++handoffs_;
  }
  if (id < log_.size()) {
    ItemTimes& it = log_[id];
    it.masterStart = t0;
    it.masterFinish = t1;
    it.masterCpu = static_cast<std::int16_t>(cpu);
    if (ok) {
      it.handedOff = t2;
    } else if (!stopping()) {
      it.dropped = 2;
      it.handedOff = t2;
    }
    if (worker >= 0) it.worker = static_cast<std::int16_t>(worker);  // shared: the worker writes it
  }
  // relaxed: a progress counter; nothing is published through it.
  processed_.store(processed_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  return true;
}

void Runtime::wakeAll() {
  input_.doorbell().notifyAll();
  if (shared_) shared_->doorbell().notifyAll();
  for (auto& w : workers_)
    if (w->ring) w->ring->doorbell().notifyAll();
}

void Runtime::workerLoop(int w, Seat& seat) {
  Worker& me = *workers_[static_cast<std::size_t>(w)];
  Doorbell& bell = shared_ ? shared_->doorbell() : me.ring->doorbell();
  auto pop = [&](std::uint64_t& id) { return shared_ ? shared_->tryPop(id) : me.ring->tryPop(id); };
  auto hasWork = [&] { return shared_ ? !shared_->emptyApprox() : !me.ring->emptyApprox(); };
  {
    std::uint64_t id = 0;
    while (!stopping()) {
      const bool closed = masterDone_.load(std::memory_order_acquire);  // before the pop, as in masterLoop
      if (!pop(id)) {
        if (closed) break;
        idle(bell, hasWork, masterDone_);
        continue;
      }
      // relaxed: counters for monitoring and the master's shortest-queue hint.
      me.started.store(me.started.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      const std::int64_t t0 = nowNs();
      const int cpu = seat.noteCpu();
      if (hooks_.worker) hooks_.worker(w, id);
      if (stopping()) break;  // cut short: not a completed item
      const std::int64_t t1 = nowNs();
      if (id < log_.size()) {
        ItemTimes& it = log_[id];
        it.workerStart = t0;
        it.workerFinish = t1;
        it.workerCpu = static_cast<std::int16_t>(cpu);
        if (shared_) it.worker = static_cast<std::int16_t>(w);
      }
      me.finished.store(me.finished.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      // The sojourn from submit to finish: the submit happened before the ring's pop.
      if (cfg_.harness.feed != nullptr && id < log_.size() && log_[id].submitted >= 0)
        cfg_.harness.feed->add(t1 - log_[id].submitted);
      if (hooks_.done) hooks_.done(w, id, t1);
    }
  }
}

bool Runtime::waitFor(std::int64_t timeoutNs) {
  const auto deadline = Clock::now() + std::chrono::nanoseconds(timeoutNs);
  if (harness_->waitFor(timeoutNs)) return true;
  // A failed or stopped run is over once its seats have returned (they poll the stop flag).
  while (stopping() && !harness_->seatsReturned() && Clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  return stopping() && harness_->seatsReturned();
}

void Runtime::join() {
  if (joined_ || !started_) return;
  harness_->finish(0);
  joined_ = true;
}

void Runtime::cancel() { cancel_(); }

void Runtime::cancel_() {
  if (!started_ || joined_) return;
  harness_->requestStop();
  wakeAll();  // sleepers learn of the stop now, not at their next idle slice
  harness_->cancel();
  joined_ = true;
}

bool Runtime::failed() const { return !harness_->error().empty(); }

std::string Runtime::error() const { return harness_->error(); }

Runtime::Depths Runtime::depths() const {
  Depths d;
  d.master = receiver_ ? receiver_->waiting(nowNs()) : input_.sizeApprox();
  if (shared_) d.workersQueued = shared_->sizeApprox();
  for (const auto& w : workers_) {
    if (w->ring) d.workersQueued += w->ring->sizeApprox();
    const std::uint64_t s = w->started.load(std::memory_order_relaxed);
    const std::uint64_t f = w->finished.load(std::memory_order_relaxed);
    if (s > f) ++d.workersBusy;
  }
  return d;
}

std::vector<run::ThreadPlacement> Runtime::placements() const {
  std::vector<run::ThreadPlacement> out;
  for (const auto& p : harness_->placements())
    if (p.thread == "master" || p.thread.rfind("worker ", 0) == 0) out.push_back(p);
  return out;
}

double Runtime::meanHandoffNs() const {
  return handoffs_ == 0 ? 0.0 : handoffSumNs_ / static_cast<double>(handoffs_);
}

std::uint64_t Runtime::inputDrops() const { return receiver_ ? receiver_->drops() : input_.drops(); }

std::uint64_t Runtime::outstanding(int worker) const {
  // relaxed: a hint; the worst a stale count does is make a worker look a little busier.
  return pushed_[static_cast<std::size_t>(worker)] -
         workers_[static_cast<std::size_t>(worker)]->finished.load(std::memory_order_relaxed);
}

std::uint64_t Runtime::ringDrops() const {
  std::uint64_t n = limitDrops_ + (shared_ ? shared_->drops() : 0);
  for (const auto& w : workers_)
    if (w->ring) n += w->ring->drops();
  return n;
}

std::uint64_t Runtime::completed() const {
  std::uint64_t n = 0;
  for (const auto& w : workers_) n += w->finished.load(std::memory_order_relaxed);
  return n;
}

double Runtime::meanMasterServiceNs() const {
  double sum = 0.0;
  std::uint64_t served = 0;
  for (const auto& it : log_)
    if (it.masterFinish >= 0 && it.masterStart >= 0) {
      sum += static_cast<double>(it.masterFinish - it.masterStart);
      ++served;
    }
  return served == 0 ? 0.0 : sum / static_cast<double>(served);
}

void Runtime::reportMasterFacts(RunReport& report) const {
  report.facts["master_handoff_ns"] = meanHandoffNs();
  const double service = meanMasterServiceNs();
  if (service <= 0) return;
  report.facts["master_service_measured_ns"] = service;
  report.facts["master_ceiling_per_s"] = 1e9 / (service + meanHandoffNs());
}

}  // namespace amp::real
