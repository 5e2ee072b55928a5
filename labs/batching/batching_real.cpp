// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
//
// The real face: a generator replays the Poisson schedule, the master forms batches by the
// policy, and the accelerator seat — a CPU core standing in for an accelerator — runs each batch
// through a real dense network (batching_net.h). Before the load the network's batch times are
// measured at several sizes and a line s0 + s1·k is fitted: the s0 and s1 of this machine.
#include <sys/prctl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "amp/real/doorbell.h"
#include "amp/real/harness.h"
#include "amp/real/load_generator.h"
#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"
#include "batching/batching_lab.h"
#include "batching/batching_net.h"

namespace amp::labs {

namespace {

using Clock = std::chrono::steady_clock;
using observe::ObsKind;

constexpr std::int64_t kLateNs = 200'000;
// A seat that found nothing to do sleeps at most this long before it looks again (stop, end).
constexpr std::int64_t kIdleWaitNs = 5'000'000;
// A longer schedule is cut, to keep the per-request log in memory.
constexpr std::size_t kMaxRequests = std::size_t{1} << 20;
// Answers checked against the unbatched reference (a plain loop, ~ms each).
constexpr std::size_t kReferenceChecks = 16;
// Past this relative RMS error the batch times are too far from a line to call them s0 + s1·k.
constexpr double kFitWarning = 0.15;

/// One request's life; each field is written by one seat and read after the run.
struct RequestLog {
  std::int64_t submitted = -1;  // generator
  std::int64_t started = -1;    // accelerator: its batch started
  std::int64_t done = -1;       // accelerator: its batch ended, the answer is there
  int answers = 0;              // accelerator: how often it was answered (must end at 1)
  int cls = -1;                 // the answer: the network's class for it
};

struct BatchLog {
  std::int64_t start = 0, end = 0;
  std::uint64_t first = 0;
  int size = 0;
  int cpu = -1;
};

enum class Policy { Full, Greedy, Timeout };

class BatchingRun {
 public:
  BatchingRun(const run::Params& p, const run::RealControl& ctl)
      : ctl_(ctl), batchMax_(static_cast<std::uint64_t>(std::max(1, p.integer("batch_max")))) {
    const std::string policy = p.text("batch_policy");
    timeoutNs_ = static_cast<std::int64_t>(p.num("batch_timeout_ms") * 1e6);
    policy_ = policy == "full"                        ? Policy::Full
              : policy == "timeout" && timeoutNs_ > 0 ? Policy::Timeout
                                                      : Policy::Greedy;
    draws_ = sim::ArrivalStream(ctl.seed, sim::ArrivalStream::Process::Poisson, p.num("arrival_rate"), {})
                 .until(ctl.durationS);
    if (draws_.size() > kMaxRequests) {
      draws_.resize(kMaxRequests);
      warnings_.push_back(run::phrase("the schedule was cut to %1 requests to keep their log in memory",
                                      {std::to_string(kMaxRequests)}));
    }
    log_.resize(draws_.size());
    batches_.reserve(draws_.size());
  }

  run::RealOutcome go(observe::Recorder& rec) {
    real::HarnessConfig cfg;
    cfg.host = real::HostState::probe();  // before our own threads exist
    cfg.cancel = ctl_.cancel;
    cfg.feed = ctl_.feed;
    cfg.seed = ctl_.seed;
    // The machine's own s0 and s1, before the load (the network's weights are made here too).
    calibration_ = batching::calibrate(net_, static_cast<int>(batchMax_));
    net_.reserve(static_cast<int>(batchMax_));

    real::Harness harness(std::move(cfg));
    harness_ = &harness;
    // The master only counts arrivals and runs timers, asleep in between: a helper that may share a
    // core (with the generator), so the accelerator has one to itself where the host has two.
    real::SeatSpec master = real::threadSeat("master", [this](real::Seat& s) { masterLoop(s); });
    master.role = real::SeatRole::Helper;
    harness.addSeat(std::move(master));
    harness.addSeat(real::threadSeat("accelerator", [this](real::Seat& s) { acceleratorLoop(s); }));
    real::LoadStats load;
    harness.addSeat(real::openLoopSeat(
        real::scheduleNs(draws_), {}, kLateNs, [this](std::size_t i, std::int64_t) { return submit(i); },
        &load, {ctl_.feed != nullptr ? &ctl_.feed->endFlag() : nullptr, [this] { closeInput(); }}));
    if (ctl_.live != nullptr) {
      harness.setSampler(ctl_.live, [this](std::int64_t t, observe::ObservationSink& live) {
        const double waiting = static_cast<double>(arrived_.load(std::memory_order_relaxed) -
                                                   batched_.load(std::memory_order_relaxed));
        live.observe(real::gauge(t, BatchingLab::kQueue, std::max(0.0, waiting)));
        live.observe(
            real::gauge(t, BatchingLab::kAccel, accelFree_.load(std::memory_order_relaxed) ? 0.0 : 1.0));
      });
    }
    harness.start();

    const auto drainLimit = harness.epoch() +
                            std::chrono::nanoseconds(static_cast<std::int64_t>(ctl_.durationS * 1e9)) +
                            std::chrono::seconds(std::clamp(static_cast<int>(ctl_.durationS), 1, 5));
    bool cancelled = false, drainCut = false;
    while (!harness.waitFor(2'000'000)) {
      if (!harness.error().empty()) break;
      if (ctl_.cancelled()) {
        cancelled = true;
        break;
      }
      if (Clock::now() > drainLimit) {
        drainCut = true;
        break;
      }
    }
    harness.finish(0);
    const std::int64_t endNs = harness.nowNs();
    if (!harness.error().empty()) {
      run::RealOutcome out;
      out.error = harness.error();
      return out;
    }
    emitStream(rec);
    real::HonestOutcome& honest = harness.outcome();
    honest.noteLoad(load, kLateNs, "requests");
    return finishOutcome(honest, cancelled, drainCut, endNs);
  }

 private:
  bool submit(std::size_t i) {
    log_[i].submitted = harness_->nowNs();
    // release: the master that sees the count also sees this request's arrival time.
    arrived_.store(i + 1, std::memory_order_release);
    masterBell_.notify();
    return true;
  }

  void closeInput() {
    if (inputClosed_.exchange(true, std::memory_order_acq_rel)) return;
    masterBell_.notifyAll();
  }

  /// The master: when the accelerator is free, form the next batch from the oldest requests by
  /// the policy, as sim::BatchServer does: full waits for b, greedy takes what waits, timeout waits
  /// up to T from when the accelerator was free and a request waited. At the end of the load the
  /// last requests leave as a smaller batch, so every request is answered.
  void masterLoop(real::Seat& seat) {
    // The master sleeps into its timers: the default 50 µs timer slack would add to every timeout.
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    std::uint64_t next = 0;
    while (!seat.stopping()) {
      if (!accelFree_.load(std::memory_order_acquire)) {
        real::pollThenSleep(
            masterBell_, [&] { return accelFree_.load(std::memory_order_acquire) || seat.stopping(); }, 0,
            kIdleWaitNs);
        continue;
      }
      // Closed first: once it is seen, the count read after it is final.
      const bool closed = inputClosed_.load(std::memory_order_acquire);
      const std::uint64_t waiting = arrived_.load(std::memory_order_acquire) - next;
      if (waiting == 0 && closed) break;
      std::uint64_t k = 0;
      std::int64_t waitUntil = seat.nowNs() + kIdleWaitNs;
      if (waiting >= batchMax_ || (closed && waiting > 0)) {
        k = std::min(waiting, batchMax_);
      } else if (waiting > 0 && policy_ == Policy::Greedy) {
        k = waiting;
      } else if (waiting > 0 && policy_ == Policy::Timeout) {
        const std::int64_t deadline =
            std::max(freeSinceNs_.load(std::memory_order_relaxed), log_[next].submitted) + timeoutNs_;
        if (seat.nowNs() >= deadline) k = waiting;
        waitUntil = deadline;
      }
      if (k == 0) {
        const std::uint64_t enough = waiting == 0 ? next + 1 : next + batchMax_;
        real::pollThenSleep(
            masterBell_,
            [&] {
              return arrived_.load(std::memory_order_acquire) >= enough ||
                     inputClosed_.load(std::memory_order_acquire) || seat.stopping() ||
                     seat.nowNs() >= waitUntil;
            },
            0, std::max<std::int64_t>(0, waitUntil - seat.nowNs()));
        continue;
      }
      seat.noteCpu();
      batchFirst_ = next;
      batchSize_ = k;
      next += k;
      batched_.store(next, std::memory_order_relaxed);
      accelFree_.store(false, std::memory_order_relaxed);
      // release: the accelerator that sees the batch also sees its first request and size.
      batchReady_.store(true, std::memory_order_release);
      accelBell_.notify();
    }
    // release: the accelerator that sees this has had every batch.
    masterDone_.store(true, std::memory_order_release);
    accelBell_.notifyAll();
  }

  /// The accelerator: runs each batch through the network and answers its requests.
  void acceleratorLoop(real::Seat& seat) {
    std::vector<std::uint64_t> ids(batchMax_);
    std::vector<int> classes(batchMax_);
    while (!seat.stopping()) {
      if (!batchReady_.load(std::memory_order_acquire)) {
        if (masterDone_.load(std::memory_order_acquire)) break;
        real::pollThenSleep(
            accelBell_,
            [&] {
              return batchReady_.load(std::memory_order_acquire) ||
                     masterDone_.load(std::memory_order_acquire) || seat.stopping();
            },
            0, kIdleWaitNs);
        continue;
      }
      const std::uint64_t first = batchFirst_;
      const int k = static_cast<int>(batchSize_);
      BatchLog b;
      b.first = first;
      b.size = k;
      b.cpu = seat.noteCpu();
      b.start = seat.nowNs();
      for (int i = 0; i < k; ++i) ids[static_cast<std::size_t>(i)] = first + static_cast<std::uint64_t>(i);
      net_.infer(ids.data(), k, classes.data());
      b.end = seat.nowNs();
      for (int i = 0; i < k; ++i) {
        RequestLog& r = log_[first + static_cast<std::uint64_t>(i)];
        r.started = b.start;
        r.done = b.end;
        r.cls = classes[static_cast<std::size_t>(i)];
        ++r.answers;
        if (ctl_.feed != nullptr) ctl_.feed->add(r.done - r.submitted);
      }
      batches_.push_back(b);
      batchReady_.store(false, std::memory_order_relaxed);
      freeSinceNs_.store(b.end, std::memory_order_relaxed);
      // release: the master that sees the accelerator free also sees when it became free.
      accelFree_.store(true, std::memory_order_release);
      masterBell_.notify();
    }
  }

  /// The whole stream, in time order, into the recorder (one thread, after the run). A request's
  /// wait ends when its batch starts; the batch's run shows at the accelerator.
  void emitStream(observe::Recorder& rec) const {
    std::vector<observe::Observation> obs;
    obs.reserve(log_.size() * 5 + batches_.size() * 3);
    auto add = [&](std::int64_t t, std::uint64_t id, std::uint16_t st, int core, double v, ObsKind k) {
      obs.push_back({t, id, v, st, static_cast<std::int16_t>(core), k, 0});
    };
    for (std::size_t id = 0; id < log_.size(); ++id) {
      if (log_[id].submitted < 0) continue;
      add(log_[id].submitted, id, BatchingLab::kSource, -1, 0.0, ObsKind::Arrive);
      add(log_[id].submitted, id, BatchingLab::kQueue, -1, 0.0, ObsKind::Enqueue);
    }
    for (const BatchLog& b : batches_) {
      add(b.start, b.first, BatchingLab::kAccel, -1, 0.0, ObsKind::Enqueue);
      add(b.start, b.first, BatchingLab::kAccel, b.cpu, 0.0, ObsKind::Start);
      add(b.end, b.first, BatchingLab::kAccel, b.cpu, double(b.end - b.start), ObsKind::Finish);
      for (int i = 0; i < b.size; ++i) {
        const std::uint64_t id = b.first + static_cast<std::uint64_t>(i);
        const RequestLog& r = log_[id];
        add(r.started, id, BatchingLab::kQueue, b.cpu, double(r.started - r.submitted), ObsKind::Start);
        add(r.started, id, BatchingLab::kQueue, b.cpu, 0.0, ObsKind::Finish);
        add(r.done, id, BatchingLab::kSink, -1, double(r.done - r.submitted), ObsKind::Depart);
      }
      rec.outputs().sample("batch_size", b.size);
    }
    std::stable_sort(
        obs.begin(), obs.end(),
        [](const observe::Observation& a, const observe::Observation& b) { return a.timeNs < b.timeNs; });
    for (const auto& o : obs) rec.record(o);
  }

  run::RealOutcome finishOutcome(real::HonestOutcome& honest, bool cancelled, bool drainCut,
                                 std::int64_t endNs) {
    real::RunReport& r = honest.report();
    std::uint64_t emitted = 0, once = 0, twice = 0, unanswered = 0;
    for (const RequestLog& q : log_) {
      if (q.submitted < 0) continue;
      ++emitted;
      once += q.answers == 1 ? 1 : 0;
      twice += q.answers > 1 ? 1 : 0;
      unanswered += q.answers == 0 ? 1 : 0;
    }
    // Batched answers against the network run on one request alone, spread over the run.
    std::uint64_t checked = 0, matched = 0;
    const std::size_t step = std::max<std::size_t>(1, log_.size() / kReferenceChecks);
    for (std::size_t id = 0; id < log_.size() && checked < kReferenceChecks; id += step) {
      if (log_[id].answers == 0) continue;
      ++checked;
      matched += net_.reference(id) == log_[id].cls ? 1 : 0;
    }
    double batchSum = 0.0, sizeSum = 0.0;
    for (const BatchLog& b : batches_) {
      batchSum += static_cast<double>(b.end - b.start);
      sizeSum += b.size;
    }
    const batching::Calibration& c = calibration_;
    r.facts["s0_ms"] = std::max(0.0, c.s0Ms);
    r.facts["s1_ms"] = c.s1Ms;
    r.facts["s_fit_error_pct"] = c.rmsRelError * 100.0;
    r.facts["requests_emitted"] = static_cast<double>(emitted);
    r.facts["requests_answered_once"] = static_cast<double>(once);
    r.facts["answered_once"] = once == emitted && twice == 0 ? 1.0 : 0.0;
    r.facts["answers_checked"] = static_cast<double>(checked);
    r.facts["answers_match_reference"] = static_cast<double>(matched);
    r.facts["batches"] = static_cast<double>(batches_.size());
    if (!batches_.empty()) {
      const double meanSize = sizeSum / static_cast<double>(batches_.size());
      r.facts["batch_ms_mean"] = batchSum / static_cast<double>(batches_.size()) / 1e6;
      const double fit = c.s0Ms + c.s1Ms * meanSize;
      const double measured = batchSum / static_cast<double>(batches_.size()) / 1e6;
      r.facts["batch_ms_fit"] = fit;
      // The run's own batches all had the sizes the policy chose (under full, all b): they cannot
      // split s0 from s1, but they say how much slower (or faster) the host ran the network than
      // during the calibration. The line scaled by that is what the run's batches cost.
      if (fit > 0.0 && c.affine()) {
        r.facts["s0_run_ms"] = std::max(0.0, c.s0Ms) * measured / fit;
        r.facts["s1_run_ms"] = c.s1Ms * measured / fit;
      }
    }
    std::string points;
    for (std::size_t i = 0; i < c.sizes.size(); ++i)
      points +=
          (i > 0 ? ", " : "") + std::to_string(c.sizes[i]) + ": " + run::significant(c.timesMs[i], 3) + " ms";
    r.labels["accelerator"] =
        "a CPU core running a dense network " + std::to_string(batching::DenseNet::kInputs) + " → " +
        std::to_string(batching::DenseNet::kHidden) + " → " + std::to_string(batching::DenseNet::kOutputs) +
        " in batches (" + batching::DenseNet::kernelName() + "): a stand-in for an accelerator, no GPU";
    r.labels["calibration"] = "batch times by size (the least of several runs each): " + points +
                              "; fitted s0 = " + run::significant(c.s0Ms, 3) +
                              " ms, s1 = " + run::significant(c.s1Ms, 3) + " ms, RMS error " +
                              run::significant(c.rmsRelError * 100.0, 2) + "%";
    r.labels["last_batch"] =
        "when the load ends, the requests still waiting leave as one smaller batch, whatever "
        "the policy: every request is answered";
    if (!c.affine() || c.rmsRelError > kFitWarning)
      r.warnings.push_back(run::phrase(
          "the network's batch times are far from a line s0 + s1·k on this machine (RMS error %1%): the model at "
          "the measured s0, s1 is rough",
          {run::significant(c.rmsRelError * 100.0, 2)}));
    if (c.s0Ms < 0.0)
      r.warnings.push_back(run::phrase("the fitted setup time was negative and is shown as 0"));
    if (auto it = r.facts.find("batch_ms_fit");
        it != r.facts.end() && r.facts["batch_ms_mean"] > 1.2 * it->second)
      r.warnings.push_back(run::phrase(
          "the network ran %1× slower during the run than during its calibration (other programs on its core): "
          "the model is evaluated at the calibrated line scaled by that (facts s0_run_ms, s1_run_ms)",
          {run::significant(r.facts["batch_ms_mean"] / it->second, 2)}));
    if (twice > 0 || (unanswered > 0 && !cancelled && !drainCut))
      r.warnings.push_back(run::phrase("%1 requests answered more than once, %2 not at all",
                                       {std::to_string(twice), std::to_string(unanswered)}));
    if (checked > matched)
      r.warnings.push_back(
          run::phrase("%1 of %2 batched answers differ from the network run on the request alone",
                      {std::to_string(checked - matched), std::to_string(checked)}));
    if (cancelled) r.warnings.push_back(run::phrase("cancelled: requests still waiting were not answered"));
    if (drainCut && unanswered > 0)
      r.warnings.push_back(
          run::phrase("overloaded: %1 requests were still waiting when the drain limit was reached",
                      {std::to_string(unanswered)}));
    for (auto& w : warnings_) r.warnings.push_back(std::move(w));
    run::RealOutcome out(honest.finish());
    out.endNs = endNs;
    return out;
  }

  const run::RealControl& ctl_;
  const std::uint64_t batchMax_;
  Policy policy_ = Policy::Full;
  std::int64_t timeoutNs_ = 0;
  std::vector<sim::ArrivalDraw> draws_;
  std::vector<RequestLog> log_;
  std::vector<BatchLog> batches_;  // the accelerator's
  std::vector<std::string> warnings_;
  batching::DenseNet net_;
  batching::Calibration calibration_;
  const real::Harness* harness_ = nullptr;

  // Generator → master.
  alignas(real::kCacheLine) std::atomic<std::uint64_t> arrived_{0};
  std::atomic<bool> inputClosed_{false};
  real::Doorbell masterBell_;
  // Master → accelerator: one batch in flight at a time.
  alignas(real::kCacheLine) std::uint64_t batchFirst_ = 0, batchSize_ = 0;
  std::atomic<std::uint64_t> batched_{0};  // requests given to batches (for the live view)
  std::atomic<bool> batchReady_{false};
  std::atomic<bool> masterDone_{false};
  real::Doorbell accelBell_;
  // Accelerator → master.
  alignas(real::kCacheLine) std::atomic<bool> accelFree_{true};
  std::atomic<std::int64_t> freeSinceNs_{0};
};

}  // namespace

run::RealOutcome BatchingLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                      observe::Recorder& rec) const {
  BatchingRun run(p, ctl);
  return run.go(rec);
}

}  // namespace amp::labs
