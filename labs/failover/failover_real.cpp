// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "amp/real/harness.h"
#include "amp/real/work_kernel.h"
#include "amp/run/phrase.h"
#include "failover/failover_lab.h"

namespace amp::labs::failover {

namespace {

// A sleeping seat looks at its stop flag at least this often.
constexpr std::int64_t kSliceNs = 5'000'000;
// A suspected master is confirmed dead when its process has exited; one killed an instant ago
// gets this long to finish dying before the alarm counts as false.
constexpr int kConfirmMs = 2;
// The most the detector waits past a beat's due time before it counts a miss.
constexpr double kGraceS = 0.002;

/// The heartbeat word, in the harness's shared memory: the master process writes the number of
/// each beat it sends, the worker threads read it.
struct Beat {
  std::atomic<std::int64_t> seq{0};
};

/// The workers' side of the incident (threads of the lab's process): the protocol's barrier,
/// its checks, and the timeline, all under one mutex.
struct Protocol {
  std::mutex mu;
  std::condition_variable cv;
  bool detected = false, over = false, safe = false;
  std::int64_t detectNs = -1, endNs = -1, stepStartNs = 0;
  int step = 0, arrived = 0, alive = 0, falseAlarms = 0;
  std::vector<std::int64_t> missed;   // the beats the detectors counted as missed, in order
  std::int64_t lastAlarm = 0;         // the beat of the last false alarm counted
  std::vector<int> released;          // per step: how often it ended
  std::vector<std::vector<int>> ran;  // [worker][step]: how often the worker did it
  std::vector<bool> failed, waiting;  // per worker
  std::vector<observe::TimelineEvent> events;
  std::atomic<int> masterPid{0};
};

void sleepUntil(const real::Seat& seat, std::int64_t dueNs) {
  for (std::int64_t now = seat.nowNs(); now < dueNs && !seat.stopping(); now = seat.nowNs())
    std::this_thread::sleep_for(std::chrono::nanoseconds(std::min(kSliceNs, dueNs - now)));
}

/// True while the master's process has not exited (a zombie has exited: its pidfd is readable).
bool masterAlive(int pid) {
  if (pid <= 0) return true;
  const int fd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (fd < 0) return false;  // already reaped
  pollfd p{fd, POLLIN, 0};
  const bool exited = poll(&p, 1, kConfirmMs) > 0;
  close(fd);
  return !exited;
}

class Workers {
 public:
  Workers(const Setup& s, std::vector<double> durations, std::uint64_t seed, const real::WorkKernel& kernel,
          bool spin, Beat& beat)
      : s_(s), d_(std::move(durations)), seed_(seed), kernel_(kernel), spin_(spin), beat_(beat) {
    pr.alive = s.workers;
    pr.released.assign(d_.size(), 0);
    pr.ran.assign(static_cast<std::size_t>(s.workers), std::vector<int>(d_.size(), 0));
    pr.failed.assign(static_cast<std::size_t>(s.workers), false);
    pr.waiting.assign(static_cast<std::size_t>(s.workers), false);
  }

  void run(real::Seat& seat, int w) {
    seat.noteCpu();
    if (!watch(seat)) return;
    const double after = failAfterS(s_, w, seed_);
    std::int64_t failAt = INT64_MAX;
    {
      std::lock_guard lk(pr.mu);
      if (std::isfinite(after)) failAt = pr.detectNs + static_cast<std::int64_t>(after * 1e9);
    }
    for (std::size_t i = 0; i < d_.size(); ++i) {
      std::int64_t end = 0;
      {
        std::lock_guard lk(pr.mu);
        if (pr.over) return;
        end = pr.stepStartNs + static_cast<std::int64_t>(d_[i] * 1e9);
      }
      // The step's real work, cut short where this worker's failure comes first.
      const std::int64_t until = std::min(end, failAt);
      if (spin_) {
        for (std::int64_t now = seat.nowNs(); now < until && !seat.stopping(); now = seat.nowNs())
          kernel_.run(until - now, &seat.stopFlag());
      } else {
        sleepUntil(seat, until);
      }
      if (seat.stopping()) return;
      std::unique_lock lk(pr.mu);
      if (seat.nowNs() >= failAt) return fail(w, seat.nowNs());
      ++pr.ran[static_cast<std::size_t>(w)][i];
      ++pr.arrived;
      pr.waiting[static_cast<std::size_t>(w)] = true;
      if (pr.arrived == pr.alive) release(seat.nowNs());
      while (!pr.over && pr.step == static_cast<int>(i) && !seat.stopping()) {
        const std::int64_t now = seat.nowNs();
        if (now >= failAt) return fail(w, now);
        pr.cv.wait_for(lk, std::chrono::nanoseconds(std::min(kSliceNs, failAt - now)));
      }
      pr.waiting[static_cast<std::size_t>(w)] = false;
    }
  }

  Protocol pr;

 private:
  /// Beat by beat until the master is gone (true) or the run stops (false). Every worker keeps
  /// its own detector; the first to confirm the master dead wakes the others.
  bool watch(real::Seat& seat) {
    Detector det(s_.missLimit);
    for (std::int64_t j = 1;; ++j) {
      const std::int64_t due = static_cast<std::int64_t>((j * s_.beatS + s_.graceS) * 1e9);
      {
        std::unique_lock lk(pr.mu);
        for (std::int64_t now = seat.nowNs(); !pr.detected && !seat.stopping() && now < due;
             now = seat.nowNs())
          pr.cv.wait_for(lk, std::chrono::nanoseconds(std::min(kSliceNs, due - now)));
        if (seat.stopping()) return false;
        if (pr.detected) return true;
      }
      // acquire: pairs with the master's release store of the beat's number.
      const bool received = beat_.seq.load(std::memory_order_acquire) >= j;
      const bool alarm = det.tick(received);
      const std::int64_t now = seat.nowNs();
      // Every worker sees the same beats: the first to reach a beat tells the timeline.
      if (!received) {
        std::lock_guard lk(pr.mu);
        if (pr.missed.empty() || pr.missed.back() < j) {
          pr.missed.push_back(j);
          pr.events.push_back({{}, now / 1e9, now / 1e9, "miss"});
        }
      }
      if (!det.suspects()) continue;
      if (masterAlive(pr.masterPid.load(std::memory_order_acquire))) {
        std::lock_guard lk(pr.mu);
        if (alarm && pr.lastAlarm < j) {
          pr.lastAlarm = j;
          ++pr.falseAlarms;
          pr.events.push_back({{}, now / 1e9, now / 1e9, "alarm"});
        }
        continue;
      }
      std::lock_guard lk(pr.mu);
      if (!pr.detected) {
        pr.detected = true;
        pr.detectNs = pr.stepStartNs = seat.nowNs();
        pr.events.push_back({{}, pr.detectNs / 1e9, pr.detectNs / 1e9, "detect"});
        pr.cv.notify_all();
      }
      return true;
    }
  }

  /// Under pr.mu: the step every live worker has done ends; the next begins, or the system is safe.
  void release(std::int64_t now) {
    const auto i = static_cast<std::size_t>(pr.step);
    ++pr.released[i];
    pr.events.push_back({{}, pr.stepStartNs / 1e9, now / 1e9, "step"});
    pr.arrived = 0;
    ++pr.step;
    pr.stepStartNs = now;
    if (pr.step == static_cast<int>(d_.size())) {
      pr.over = pr.safe = true;
      pr.endNs = now;
      pr.events.push_back({{}, now / 1e9, now / 1e9, "safe"});
    }
    pr.cv.notify_all();
  }

  /// Under pr.mu: worker w fails (its thread stops here). Below the quorum the shutdown has failed;
  /// otherwise the others may have been waiting only for it.
  void fail(int w, std::int64_t now) {
    const auto iw = static_cast<std::size_t>(w);
    pr.failed[iw] = true;
    --pr.alive;
    if (pr.waiting[iw]) --pr.arrived;
    pr.events.push_back({{}, now / 1e9, now / 1e9, "fail"});
    if (pr.alive < s_.quorum) {
      pr.over = true;
      pr.endNs = now;
      pr.events.push_back({{}, now / 1e9, now / 1e9, "unsafe"});
    } else if (pr.arrived > 0 && pr.arrived == pr.alive) {
      release(now);
    }
    pr.cv.notify_all();
  }

  Setup s_;
  std::vector<double> d_;
  std::uint64_t seed_;
  const real::WorkKernel& kernel_;
  bool spin_;
  Beat& beat_;
};

/// The master: a process that beats every H until it is killed. A lost beat is not written.
void masterBody(real::Seat& seat, const Setup& s, Beat& beat) {
  seat.noteCpu();
  const auto h = static_cast<std::int64_t>(s.beatS * 1e9);
  for (std::int64_t j = 1;; ++j) {
    sleepUntil(seat, j * h);
    if (seat.stopping()) return;
    const bool lost = seat.dropMessage("heartbeats");
    if (!lost) beat.seq.store(j, std::memory_order_release);  // release: a reader sees the beat's number
    seat.record(real::gauge(seat.nowNs(), FailoverLab::kMaster, lost ? 0.0 : 1.0));
  }
}

}  // namespace

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  Setup s = setupOf(p);
  // The detector looks for beat j a little after it is due: the master's wake-up and the word's
  // travel must fit in that grace, or a late beat counts as lost. It adds to every detection, so
  // it is kept short (a VM's wake-ups reach a few ms only rarely).
  s.graceS = std::min(s.beatS / 5.0, kGraceS);
  const int beatsBefore = s.missLimit + 2;
  const double panic = panicS(s, beatsBefore, ctl.seed);
  const std::vector<double> durations = stepDurations(s, ctl.seed);
  double protocolS = 0.0;
  for (double d : durations) protocolS += d;

  real::HarnessConfig cfg;
  cfg.host = real::HostState::probe();
  cfg.cancel = ctl.cancel;
  cfg.seed = ctl.seed;
  // The incident as the fault schedule says it: "kill master@t; drop heartbeats ℓ".
  sim::Fault kill;
  kill.kind = sim::FaultKind::Kill;
  kill.target = "master";
  kill.atS = panic;
  cfg.faults.add(kill);
  if (s.loss > 0) {
    sim::Fault drop;
    drop.kind = sim::FaultKind::Drop;
    drop.target = "heartbeats";
    drop.probability = s.loss;
    cfg.faults.add(drop);
  }
  cfg.horizonS = panic + 1.0;
  cfg.sharedBytes = sizeof(Beat) + 2 * real::kCacheLine;
  real::Harness harness(std::move(cfg));
  Beat& beat = *harness.arena().make<Beat>();
  const real::WorkKernel kernel = real::WorkKernel::calibrated().withClock(ctl.serviceClock);
  // Workers with a core each spin through a step; sharing cores, a spinning worker would see its
  // step's end only at its next time slice (milliseconds late), so they sleep through it instead.
  const bool spin = s.workers + 1 <= static_cast<int>(harness.outcome().host().topo.usableCpus().size());
  Workers workers(s, durations, ctl.seed, kernel, spin, beat);

  real::SeatSpec master =
      real::processSeat("master", [&beat, s](real::Seat& seat) { masterBody(seat, s, beat); });
  master.logCapacity = 4096;
  // A heartbeat is only as punctual as the master's wake-up: under SCHED_FIFO (where allowed) a
  // busy host delays it less, so fewer beats miss the detector's grace.
  master.realtime = true;
  const int masterSeat = harness.addSeat(std::move(master));
  for (int w = 0; w < s.workers; ++w)
    harness.addSeat(real::threadSeat("worker " + std::to_string(w),
                                     [&workers, w](real::Seat& seat) { workers.run(seat, w); }));
  harness.start();
  // release: the workers read it only when they suspect the master, beats later.
  workers.pr.masterPid.store(harness.pid(masterSeat), std::memory_order_release);
  const double limitS = panic + (2.0 * s.missLimit + 4) * s.beatS + 50.0 * protocolS + 2.0;
  const bool done = harness.waitFor(static_cast<std::int64_t>(limitS * 1e9));
  harness.finish(0.5);
  if (!harness.error().empty()) {
    run::RealOutcome failed;
    failed.error = harness.error();
    return failed;
  }
  harness.mergeLogs(rec);
  const auto panicNs = static_cast<std::int64_t>(panic * 1e9);
  Protocol& pr = workers.pr;
  observe::LabOutputs& out = rec.outputs();
  real::RunReport& report = harness.outcome().report();
  int sent = 0, lost = 0;
  std::vector<bool> beatSent;  // by beat number − 1: the master logs one record per beat, in order
  for (std::size_t i = 0; i < harness.logSize(masterSeat); ++i) {
    const observe::Observation& o = harness.log(masterSeat)[i];
    const bool ok = o.value > 0.5;
    (ok ? sent : lost) += 1;
    beatSent.push_back(ok);
    pr.events.push_back({{}, o.timeNs / 1e9, o.timeNs / 1e9, ok ? "beat" : "lost"});
  }
  pr.events.push_back({{}, panic, panic, "panic"});
  addTimeline(std::move(pr.events), out);

  bool stepsOk = true;
  for (std::size_t i = 0; i < durations.size(); ++i) {
    // A step ends once, in order, and only if the run got that far.
    const bool reached = static_cast<int>(i) < pr.step;
    stepsOk = stepsOk && pr.released[i] == (reached ? 1 : 0);
    for (std::size_t w = 0; w < pr.ran.size(); ++w)
      stepsOk = stepsOk && pr.ran[w][i] <= 1 && (pr.failed[w] || !reached || pr.ran[w][i] == 1);
  }
  const bool finished = done && !ctl.cancelled() && pr.over;
  if (finished) {
    out.set("detect_ms", static_cast<double>(pr.detectNs - panicNs) / 1e6);
    out.set("p_safe", pr.safe ? 1.0 : 0.0);
    if (pr.safe) out.sample("time_to_safe_ms", static_cast<double>(pr.endNs - panicNs) / 1e6);
    out.set("false_alarms_per_hour", pr.falseAlarms * 3600.0 / panic);
    out.set("steps_ok", stepsOk ? 1.0 : 0.0);
  }
  // A beat the master sent that the detector still missed came after its grace: it counted as lost.
  int late = 0;
  for (std::int64_t j : pr.missed)
    late += j >= 1 && j <= static_cast<std::int64_t>(beatSent.size()) &&
            beatSent[static_cast<std::size_t>(j - 1)];
  report.facts["late_beats"] = late;
  if (late > 0)
    report.warnings.push_back(run::phrase(
        "%1 heartbeat(s) the master sent came after the detector's grace of %2 ms (the master woke late) "
        "and counted as lost: detection came earlier, and false alarms more often, than the model's loss "
        "rate says",
        {std::to_string(late), real::formatFixed(s.graceS * 1000.0, 2)}));
  report.facts["detect_grace_ms"] = s.graceS * 1000.0;
  report.facts["beats_sent"] = sent;
  report.facts["beats_lost"] = lost;
  report.facts["panic_at_ms"] = panic * 1000.0;
  report.facts["false_alarms"] = pr.falseAlarms;
  report.labels["panic"] =
      "the master is a process of its own, killed by SIGKILL at " + real::formatFixed(panic * 1000.0, 1) +
      " ms; it wrote each heartbeat's number into shared memory, " + std::to_string(lost) + " of " +
      std::to_string(sent + lost) + " lost on purpose (hb_loss)";
  report.labels["detector"] =
      "each worker looks for beat j at j·H + " + real::formatFixed(s.graceS * 1000.0, 2) +
      " ms (a grace for the master's wake-up); after k misses it confirms the death through the master's "
      "process (pidfd) before acting, and an alarm while the master lives counts as false";
  report.labels["false_alarms"] =
      "counted over the " + std::to_string(sent + lost) +
      " beats before the panic only (the simulation watches 20 000): a rough count of a "
      "rare event, not a rate to hold against the model";
  report.labels["worker_failures"] =
      "emulated: a worker fails by stopping its thread at an exponential time after detection (μ per worker, "
      "from the seed, as in the simulation)";
  report.labels["steps"] =
      spin ? "each worker spins real work (a calibrated kernel) for each step's time, on a core of "
             "its own"
           : "more workers than free cores: each worker sleeps until each step's time is up "
             "instead of spinning (spinning workers sharing a core end a step a time slice late)";
  if (!stepsOk) report.warnings.push_back(run::phrase("a protocol step was lost or run twice"));
  if (!finished && !ctl.cancelled())
    report.warnings.push_back(
        run::phrase("the incident did not end within %1 s", {real::formatFixed(limitS, 1)}));
  run::RealOutcome result(harness.outcome().finish());
  result.endNs = pr.endNs > 0 ? pr.endNs : harness.nowNs();
  return result;
}

}  // namespace amp::labs::failover
