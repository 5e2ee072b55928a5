// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <ctime>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "amp/real/doorbell.h"
#include "amp/real/harness.h"
#include "amp/real/sandbox.h"
#include "amp/run/phrase.h"
#include "amp/sim/rng.h"
#include "containment/containment_lab.h"

namespace amp::labs::containment {

namespace {

using observe::Observation;
using observe::ObsKind;

// A real run is a job of batches worth about this much untrusted CPU time (a second on one small
// core), within these bounds; the run's duration cuts it short.
constexpr double kJobQuanta = 1000;
constexpr int kMinBatches = 3, kMaxBatches = 200;
// How often the master looks at its tasks' CPU time: the budget is enforced this late at most.
constexpr auto kPoll = std::chrono::microseconds(200);
// After the load: the last batch gets this long to end before the run gives up on it.
constexpr double kAfterLoadS = 10.0;
// What an escalated task tries with its new privileges: a file it has no business with. Its filter
// allows no open, so the kernel kills it (SIGSYS) before the call returns.
constexpr const char* kForbiddenPath = "/etc/passwd";

/// One running untrusted task, in shared memory: the task writes, the master reads after it ended.
struct Slot {
  std::atomic<int> done{0};       // quanta recorded so far
  std::atomic<int> escalated{0};  // 1 once the draws said it escalated (written before it acts)
  std::atomic<int> live{0};       // the master: 1 from its start until it was reaped
  std::int16_t cpu[ContainmentLab::kMaxQuanta] = {};
  std::int64_t endNs[ContainmentLab::kMaxQuanta] = {};
};
struct Shared {
  Slot slots[ContainmentLab::kMaxTasks];
  std::atomic<int> slotsInUse{0};  // of this batch, for the live view
};

/// The lab's n cores, k of them privileged, on this machine's CPUs.
struct Mapping {
  std::vector<int> cpus;  // privileged first
  int privileged = 0;
  bool scaled = false;  // fewer CPUs than cores: k/n kept as well as the CPUs allow
  bool isPrivileged(int cpu) const {
    const auto it = std::find(cpus.begin(), cpus.end(), cpu);
    return it != cpus.end() && it - cpus.begin() < privileged;
  }
  int indexOf(int cpu) const {
    const auto it = std::find(cpus.begin(), cpus.end(), cpu);
    return it == cpus.end() ? -1 : static_cast<int>(it - cpus.begin());
  }
};

Mapping mapCores(const Setup& s, const std::vector<int>& usable) {
  Mapping m;
  const int have = static_cast<int>(usable.size());
  const int n = std::min(s.cores, have);
  m.cpus.assign(usable.begin(), usable.begin() + n);
  m.scaled = n < s.cores;
  if (n < 2) {
    m.privileged = 0;  // one CPU: nothing to keep apart
  } else if (!m.scaled) {
    m.privileged = s.privileged;
  } else {
    const int k = static_cast<int>(std::lround(static_cast<double>(s.privileged) * n / s.cores));
    m.privileged = std::clamp(k, 1, n - 1);
  }
  return m;
}

std::int64_t processCpuNs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/// An untrusted task, in its sandbox: `quanta` quanta of its own CPU time, the CPU read after each,
/// the model's draws on the way; an escalated task then acts, and its filter kills it.
int untrustedTask(Slot& slot, const real::Seat& seat, const Setup& s, const Mapping& map,
                  std::uint64_t seed) {
  sim::Rng rng(seed, 0);
  bool escalated = rng.uniform01() < s.residual;
  const auto quantumNs = static_cast<std::int64_t>(ContainmentLab::kQuantumMs * 1e6);
  const std::int64_t cpu0 = processCpuNs();
  std::uint64_t work = seed;
  for (int j = 0; j < s.quanta; ++j) {
    while (processCpuNs() < cpu0 + (j + 1) * quantumNs)
      for (int i = 0; i < 4096; ++i) work = work * 6364136223846793005ULL + 1442695040888963407ULL;
    const int cpu = sched_getcpu();
    slot.cpu[j] = static_cast<std::int16_t>(cpu);
    slot.endNs[j] = seat.nowNs();
    if (map.isPrivileged(cpu) && rng.uniform01() < s.exploit) escalated = true;
    slot.done.store(j + 1, std::memory_order_release);  // release: its record first
  }
  if (!escalated) return work == 0 ? 1 : 0;  // the work's result is used, so it is not optimised away
  slot.escalated.store(1, std::memory_order_release);
  const int fd = ::open(kForbiddenPath, O_RDONLY);  // SIGSYS here, under the filter
  if (fd >= 0) ::close(fd);
  return 0;
}

/// What the master saw of one untrusted task.
struct TaskRecord {
  std::int64_t spawnNs = 0, endNs = 0;
  int quanta = 0, firstQuantum = 0;  // its quanta in Tally::quanta
  bool escalated = false;
  real::SandboxEnd end = real::SandboxEnd::Running;
  bool overBudget = false;
};
struct QuantumRecord {
  std::int16_t cpu = -1;
  std::int64_t endNs = 0;
};
struct Tally {
  int batches = 0, escalatedBatches = 0;
  std::vector<TaskRecord> tasks;
  std::vector<QuantumRecord> quanta;
  std::string error;
};

/// The master: on a privileged core, it starts each batch's untrusted tasks in their sandboxes,
/// watches their CPU time, kills any over the budget, and reaps them all before the next batch.
void master(real::Seat& seat, const Setup& s, const Mapping& map, double budgetMs, bool filter,
            const run::RealControl& ctl, Shared& sh, Tally& tally) {
  seat.noteCpu();
  sim::Rng draw(ctl.seed, 7);
  const std::int64_t loadEnd = seat.nowNs() + static_cast<std::int64_t>(ctl.durationS * 1e9);
  const auto budgetNs = static_cast<std::int64_t>(budgetMs * 1e6);
  real::SandboxSpec spec;
  spec.filter = filter;
  spec.cpus.assign(map.cpus.begin() + (s.amp ? map.privileged : 0), map.cpus.end());
  const int batches =
      std::clamp(static_cast<int>(std::lround(kJobQuanta / std::max(1e-3, s.tasks * s.untrusted * s.quanta))),
                 kMinBatches, kMaxBatches);
  while (tally.batches < batches && !seat.stopping() && seat.nowNs() < loadEnd &&
         (ctl.feed == nullptr || !ctl.feed->loadEnded())) {
    std::vector<std::unique_ptr<real::Sandbox>> running;
    std::vector<TaskRecord> batch;
    for (int i = 0; i < s.tasks; ++i) {
      if (!(draw.uniform01() < s.untrusted)) continue;
      Slot& slot = sh.slots[running.size()];
      slot.done.store(0, std::memory_order_relaxed);  // fork() orders these before the child runs
      slot.escalated.store(0, std::memory_order_relaxed);
      slot.live.store(1, std::memory_order_relaxed);
      sh.slotsInUse.store(static_cast<int>(running.size()) + 1, std::memory_order_release);
      const std::uint64_t seed = ctl.seed * 1'000'003ULL +
                                 static_cast<std::uint64_t>(tally.batches) * 1'009ULL +
                                 static_cast<std::uint64_t>(i);
      TaskRecord t;
      t.spawnNs = seat.nowNs();
      try {
        running.push_back(std::make_unique<real::Sandbox>(
            spec, [&slot, &seat, &s, &map, seed] { return untrustedTask(slot, seat, s, map, seed); }));
      } catch (const std::exception& e) {
        tally.error = e.what();
        return;
      }
      batch.push_back(t);
    }
    for (;;) {
      bool all = true;
      for (std::size_t t = 0; t < running.size(); ++t) {
        real::Sandbox& box = *running[t];
        if (box.poll()) {
          sh.slots[t].live.store(0, std::memory_order_relaxed);
          if (batch[t].endNs == 0) batch[t].endNs = seat.nowNs();
          continue;
        }
        all = false;
        if (box.cpuNs() > budgetNs && !batch[t].overBudget) {
          batch[t].overBudget = true;
          box.kill();
        }
      }
      if (all) break;
      if (seat.stopping()) return;  // the sandboxes' destructors kill and reap what still runs
      std::this_thread::sleep_for(kPoll);
    }
    bool any = false;
    for (std::size_t t = 0; t < running.size(); ++t) {
      TaskRecord& r = batch[t];
      const Slot& slot = sh.slots[t];
      r.end = running[t]->end();
      r.escalated = slot.escalated.load(std::memory_order_acquire) == 1;
      r.quanta =
          std::min(slot.done.load(std::memory_order_acquire), static_cast<int>(ContainmentLab::kMaxQuanta));
      r.firstQuantum = static_cast<int>(tally.quanta.size());
      for (int j = 0; j < r.quanta; ++j) tally.quanta.push_back({slot.cpu[j], slot.endNs[j]});
      any = any || r.escalated;
      tally.tasks.push_back(r);
    }
    ++tally.batches;
    tally.escalatedBatches += any ? 1 : 0;
  }
  seat.noteCpu();
}

std::string cpuList(const std::vector<int>& cpus) {
  std::string out;
  for (int c : cpus) out += (out.empty() ? "" : ", ") + std::to_string(c);
  return out.empty() ? "none" : out;
}

}  // namespace

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  const Setup s = setupOf(p);
  real::HarnessConfig cfg;
  cfg.host = real::HostState::probe();  // before our own threads exist
  cfg.cancel = ctl.cancel;
  cfg.feed = ctl.feed;
  cfg.seed = ctl.seed;
  cfg.sharedBytes = sizeof(Shared) + 4 * real::kCacheLine;
  const Mapping map = mapCores(s, cfg.host.topo.usableCpus());
  const bool filter = real::syscallFilterAvailable();
  real::Harness harness(std::move(cfg));
  Shared& sh = *harness.arena().make<Shared>();
  Tally tally;
  const int masterCpu = map.cpus.empty() ? real::kPlaceAuto : map.cpus.front();
  const double budgetMs = p.num("cpu_budget_ms");
  harness.addSeat(real::threadSeat(
      "master", [&](real::Seat& seat) { master(seat, s, map, budgetMs, filter, ctl, sh, tally); },
      masterCpu));
  if (ctl.live != nullptr) {
    // The animation: which mapped CPUs run an untrusted task now (each task's latest quantum), and
    // how many more wait for one of them.
    harness.setSampler(ctl.live, [&sh, &map](std::int64_t t, observe::ObservationSink& live) {
      std::vector<int> on(map.cpus.size(), 0);
      const int used = std::min(sh.slotsInUse.load(std::memory_order_acquire), ContainmentLab::kMaxTasks);
      for (int i = 0; i < used; ++i) {
        const Slot& slot = sh.slots[i];
        const int d = slot.done.load(std::memory_order_acquire);
        if (slot.live.load(std::memory_order_relaxed) == 0 || d == 0) continue;
        if (const int c = map.indexOf(slot.cpu[std::min(d, ContainmentLab::kMaxQuanta) - 1]); c >= 0)
          ++on[static_cast<std::size_t>(c)];
      }
      int waiting[2] = {0, 0};
      for (std::size_t c = 0; c < on.size(); ++c) {
        const bool privileged = static_cast<int>(c) < map.privileged;
        const std::uint16_t station = privileged ? ContainmentLab::kPrivileged : ContainmentLab::kSmall;
        const int server = privileged ? static_cast<int>(c) : static_cast<int>(c) - map.privileged;
        live.observe(real::gauge(t, station, on[c] > 0 ? 1.0 : 0.0, server));
        waiting[privileged ? 0 : 1] += std::max(0, on[c] - 1);
      }
      live.observe(real::gauge(t, ContainmentLab::kPrivileged, waiting[0]));
      live.observe(real::gauge(t, ContainmentLab::kSmall, waiting[1]));
    });
  }
  harness.start();
  const bool done = harness.waitFor(static_cast<std::int64_t>((ctl.durationS + kAfterLoadS) * 1e9));
  harness.finish(1.0);
  if (!harness.error().empty()) {
    run::RealOutcome failed;
    failed.error = harness.error();
    return failed;
  }
  if (!tally.error.empty()) {
    run::RealOutcome failed;
    failed.error = run::phrase("an untrusted task could not be started: %1", {tally.error});
    return failed;
  }

  // ---- the stream: each task's quanta where they ran -----------------------------------------------
  std::vector<Observation> stream;
  stream.reserve(tally.quanta.size() * 2 + tally.tasks.size() * 2);
  const int n = static_cast<int>(map.cpus.size());
  std::vector<double> perCore(static_cast<std::size_t>(n), 0.0);
  double privileged = 0, quanta = 0, pool = 0;
  int escalations = 0, byFilter = 0, byBudget = 0, escaped = 0;
  std::int64_t last = 0;
  for (std::size_t id = 0; id < tally.tasks.size(); ++id) {
    const TaskRecord& t = tally.tasks[id];
    const auto obs = [&](std::int64_t ns, std::uint16_t station, int core, ObsKind kind, double value) {
      stream.push_back({ns, id + 1, value, station, static_cast<std::int16_t>(core), kind, 0});
    };
    obs(t.spawnNs, ContainmentLab::kTasks, -1, ObsKind::Arrive, 0.0);
    std::int64_t from = t.spawnNs;
    for (int j = 0; j < t.quanta; ++j) {
      const QuantumRecord& q = tally.quanta[static_cast<std::size_t>(t.firstQuantum + j)];
      const bool onPrivileged = map.isPrivileged(q.cpu);
      const std::uint16_t station = onPrivileged ? ContainmentLab::kPrivileged : ContainmentLab::kSmall;
      const std::int64_t end = std::max(q.endNs, from);
      obs(from, station, q.cpu, ObsKind::Start, 0.0);
      obs(end, station, q.cpu, ObsKind::Finish, static_cast<double>(end - from));
      from = end;
      ++quanta;
      privileged += onPrivileged ? 1 : 0;
      if (const int i = map.indexOf(q.cpu); i >= 0) perCore[static_cast<std::size_t>(i)] += 1;
      if (s.amp && !onPrivileged) ++pool;
    }
    const std::int64_t end = std::max(t.endNs, from);
    obs(end, ContainmentLab::kTasks, -1, ObsKind::Depart, static_cast<double>(end - t.spawnNs));
    last = std::max(last, end);
    escalations += t.escalated ? 1 : 0;
    byFilter += t.end == real::SandboxEnd::KilledByFilter ? 1 : 0;
    byBudget += t.end == real::SandboxEnd::KilledByParent && t.overBudget ? 1 : 0;
    escaped += t.escalated && t.end != real::SandboxEnd::KilledByFilter && !t.overBudget ? 1 : 0;
  }
  std::stable_sort(stream.begin(), stream.end(),
                   [](const Observation& a, const Observation& b) { return a.timeNs < b.timeNs; });
  for (const Observation& o : stream) rec.record(o);

  // ---- what it counted --------------------------------------------------------------------------
  const double batches = std::max(1, tally.batches);
  const double untrusted = std::max<double>(1.0, static_cast<double>(tally.tasks.size()));
  observe::LabOutputs& out = rec.outputs();
  out.set("p_escalation", tally.escalatedBatches / batches);
  out.set(s.amp ? "p_amp" : "p_symmetric", tally.escalatedBatches / batches);  // the other is not run
  out.set("privileged_quanta", privileged / untrusted);
  out.set("privileged_share", quanta > 0 ? privileged / quanta : 0.0);
  out.set("killed_tasks", (byFilter + byBudget) / batches);
  const int usable = s.amp ? n - map.privileged : n;
  out.set("quanta_per_core", usable > 0 ? (s.amp ? pool : quanta) / untrusted / usable : 0.0);
  for (int c = 0; c < n; ++c)
    out.point(ContainmentLab::kQuantaPerCore, c, perCore[static_cast<std::size_t>(c)] / untrusted);

  real::RunReport& report = harness.outcome().report();
  const double share = quanta > 0 ? privileged / quanta : 0.0;
  report.facts["batches"] = tally.batches;
  report.facts["untrusted_tasks"] = static_cast<double>(tally.tasks.size());
  report.facts["quanta_run"] = quanta;
  report.facts["privileged_quanta_total"] = privileged;
  report.facts["escalations"] = escalations;
  report.facts["killed_by_filter"] = byFilter;
  report.facts["killed_by_budget"] = byBudget;
  report.facts["escaped"] = escaped;
  report.facts["mapped_cores"] = n;
  report.facts["mapped_privileged_cores"] = map.privileged;
  report.facts["privileged_share_measured"] = share;
  // The model with the share the kernel really gave, instead of k/n: what the draws should match.
  report.facts["p_escalation_at_measured_share"] = anyOf(s, taskRisk(s, share));
  const std::vector<int> privCpus(map.cpus.begin(), map.cpus.begin() + map.privileged);
  const std::vector<int> smallCpus(map.cpus.begin() + map.privileged, map.cpus.end());
  report.labels["mapping"] =
      map.scaled ? run::phrase(
                       "%1 cores, %2 privileged → mapped onto this machine's %3 CPUs: privileged %4, small "
                       "%5 (k/n = %6 here, %7 in the model)",
                       {std::to_string(s.cores), std::to_string(s.privileged), std::to_string(n),
                        cpuList(privCpus), cpuList(smallCpus),
                        real::formatFixed(static_cast<double>(map.privileged) / std::max(1, n), 2),
                        real::formatFixed(static_cast<double>(s.privileged) / s.cores, 2)})
                 : run::phrase("%1 cores, %2 privileged → CPUs privileged %3, small %4",
                               {std::to_string(s.cores), std::to_string(s.privileged), cpuList(privCpus),
                                cpuList(smallCpus)});
  report.labels["exploit"] =
      "emulated: an escalation is drawn with probability v for each quantum that sched_getcpu() found on a "
      "privileged CPU, and q once per task (seeded); nothing is exploited. What the tasks ran on, the "
      "sandbox and the kills are real";
  report.labels["sandbox"] =
      "each untrusted task is a process of its own, its affinity " +
      std::string(s.amp ? "the small CPUs only" : "every mapped CPU (unpinned pool: the kernel chooses)") +
      (filter
           ? ", under a seccomp filter (exit, time, getcpu, futex, yield, memory and a write to stderr only)"
           : ", NO syscall filter") +
      ", killed by the master past " + real::formatFixed(budgetMs, 0) +
      " ms of CPU; an escalated task then tries to open " + kForbiddenPath;
  report.labels["measured_vs_model"] =
      "privileged share " + real::formatFixed(share, 3) + " (model " +
      real::formatFixed(s.amp ? 0.0 : static_cast<double>(s.privileged) / s.cores, 3) + "); " +
      std::to_string(tally.escalatedBatches) + " of " + std::to_string(tally.batches) +
      " batches escalated (the model at the measured share: " +
      real::formatFixed(report.facts["p_escalation_at_measured_share"], 3) + "); killed " +
      std::to_string(byFilter) + " by their filter, " + std::to_string(byBudget) + " over the budget";
  if (map.scaled)
    report.warnings.push_back(run::phrase("this machine has fewer CPUs than the lab's %1 cores: %2",
                                          {std::to_string(s.cores), report.labels["mapping"]}));
  if (map.privileged == 0)
    report.warnings.push_back(run::phrase(
        "one CPU: no privileged core can be kept apart, so the untrusted tasks share it with the master and no "
        "quantum counts as privileged"));
  if (!filter)
    report.warnings.push_back(run::phrase(
        "this build has no syscall filter (libseccomp missing): escalated tasks were not stopped (%1 escaped)",
        {std::to_string(escaped)}));
  if (!done && !ctl.cancelled())
    report.warnings.push_back(run::phrase("the last batch did not end in time: it was killed"));
  run::RealOutcome result(harness.outcome().finish());
  result.endNs = std::max<std::int64_t>(last, 1);
  return result;
}

}  // namespace amp::labs::containment
