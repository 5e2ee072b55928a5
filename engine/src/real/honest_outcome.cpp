// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/honest_outcome.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "amp/real/load_generator.h"
#include "amp/real/placement.h"
#include "amp/real/speed_model.h"
#include "amp/real/work_kernel.h"
#include "amp/run/phrase.h"

namespace amp::real {
namespace {

// The work kernel's own check missing by more than this is worth a warning.
constexpr double kCalibrationWarn = 0.1;
// A unit of work costing this much more or less after the run than in calibration is worth a
// warning: the work clock's services drifted from what was requested by about as much.
constexpr double kDriftWarn = 0.05;

// "worker 1" -> "worker_1", for fact names.
std::string factName(const std::string& seat) {
  std::string s = seat;
  for (char& ch : s)
    if (ch == ' ') ch = '_';
  return s;
}

std::string cpuList(const std::vector<int>& cpus) {
  std::string s;
  for (int c : cpus) s += (s.empty() ? "" : ", ") + std::to_string(c);
  return s.empty() ? "?" : s;
}

}  // namespace

std::string formatFixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

HostState HostState::probe() {
  HostState h;
  h.otherRunnable = otherRunnableThreads();  // first: our own threads do not exist yet
  h.topo = CpuTopology::probe();
  return h;
}

HonestOutcome::HonestOutcome(HostState host) : host_(std::move(host)) {}

void HonestOutcome::setPlacements(std::vector<run::ThreadPlacement> busy,
                                  std::vector<run::ThreadPlacement> helpers) {
  // Pinned means the affinity held for the whole run, not only at the start.
  auto settle = [](std::vector<run::ThreadPlacement>& v) {
    for (auto& p : v)
      if (p.pinned && (p.cpusSeen.size() != 1 || p.cpusSeen.front() != p.requestedCpu)) p.pinned = false;
  };
  settle(busy);
  settle(helpers);
  busy_ = std::move(busy);
  helpers_ = std::move(helpers);
}

void HonestOutcome::noteLoad(const LoadStats& load, std::int64_t lateThresholdNs, const std::string& what) {
  report_.facts["late_arrivals"] = static_cast<double>(load.late);
  report_.facts["late_arrival_max_us"] = load.maxLatenessNs / 1e3;
  if (load.late == 0) return;
  // The noun inside the template, so that a reader's language has it in its own words.
  const std::string late = std::to_string(load.late), emitted = std::to_string(load.emitted),
                    threshold = formatFixed(lateThresholdNs / 1e3, 0),
                    worst = formatFixed(load.maxLatenessNs / 1e3, 0);
  if (what == "arrivals")
    loadWarnings_.push_back(
        run::phrase("%1 of %2 arrivals left the generator more than %3 µs after their scheduled "
                    "time (worst %4 µs); their waits still count from the scheduled time",
                    {late, emitted, threshold, worst}));
  else if (what == "requests")
    loadWarnings_.push_back(
        run::phrase("%1 of %2 requests left the generator more than %3 µs after their scheduled "
                    "time (worst %4 µs); their waits still count from the scheduled time",
                    {late, emitted, threshold, worst}));
  else if (what == "tasks")
    loadWarnings_.push_back(
        run::phrase("%1 of %2 tasks left the generator more than %3 µs after their scheduled "
                    "time (worst %4 µs); their waits still count from the scheduled time",
                    {late, emitted, threshold, worst}));
  else if (what == "packets")
    loadWarnings_.push_back(
        run::phrase("%1 of %2 packets left the generator more than %3 µs after their scheduled "
                    "time (worst %4 µs); their waits still count from the scheduled time",
                    {late, emitted, threshold, worst}));
  else
    loadWarnings_.push_back(run::phrase(
        "%1 of %2 %3 left the generator more than %4 µs after their scheduled time (worst %5 µs); their waits "
        "still count from the scheduled time",
        {late, emitted, what, threshold, worst}));
}

void HonestOutcome::noteKernel(const WorkKernel& kernel) {
  report_.facts["calibration_error"] = kernel.calibrationError();
  report_.facts["calibration_preempted"] = kernel.calibrationPreempted();
  report_.facts["work_ns_per_unit"] = kernel.nsPerUnit();
  report_.facts["work_ns_per_unit_spread"] = kernel.spread();
  const bool work = kernel.clock() == ServiceClock::Work;
  report_.labels["service_clock"] = work
                                        ? "work: each service does a fixed amount of computation, calibrated "
                                          "on its CPU; interruptions stretch it"
                                        : "time: each service computes until its requested time has passed";
  kernelWarnings_.clear();
  // Under the time clock the calibration does not decide how long a service takes.
  if (work && kernel.calibrationError() > kCalibrationWarn)
    kernelWarnings_.push_back(
        run::phrase("the work kernel missed its requested durations by %1% in calibration",
                    {formatFixed(kernel.calibrationError() * 100, 0)}));

  // The calibration each busy seat's CPU gave it; under the work clock, the same CPU measured
  // again now that the run is over (once per CPU: seats that share one share the check).
  std::map<int, KernelCheck> rechecked;
  std::string record;
  double worstDrift = 0.0, worstError = 0.0;
  for (const auto& p : busy_) {
    const int cpu = p.requestedCpu >= 0 ? p.requestedCpu : p.cpusSeen.size() == 1 ? p.cpusSeen.front() : -1;
    if (cpu < 0) continue;
    const KernelCheck cal = kernel.calibrationOn(cpu);
    const std::string seat = factName(p.thread);
    const double ns = kernel.nsPerUnit(cpu);
    report_.facts["work_ns_per_unit_" + seat] = ns;
    if (cal.cpu >= 0) report_.facts["work_ns_per_unit_spread_" + seat] = cal.spread;
    std::string line =
        p.thread + " CPU " + std::to_string(cpu) + ": " + formatFixed(ns, 1) + " ns/unit" +
        (cal.cpu >= 0 ? " ±" + formatFixed(cal.spread * 100, 1) + "%" : " (not calibrated there)");
    if (work && kernel.services(cpu) > 0) {
      auto it = rechecked.find(cpu);
      if (it == rechecked.end()) it = rechecked.emplace(cpu, kernel.recheck(cpu)).first;
      const KernelCheck& now = it->second;
      if (now.cpu >= 0 && ns > 0) {
        const double drift = now.nsPerUnit / ns - 1.0;
        report_.facts["work_recheck_ns_per_unit_" + seat] = now.nsPerUnit;
        report_.facts["work_drift_" + seat] = drift;
        report_.facts["work_service_ms_" + seat] = static_cast<double>(now.serviceNs) / 1e6;
        report_.facts["work_error_" + seat] = now.error;
        line += ", after the run " + formatFixed(now.nsPerUnit, 1) + " (" + (drift >= 0 ? "+" : "") +
                formatFixed(drift * 100, 1) + "%), error at " +
                formatFixed(static_cast<double>(now.serviceNs) / 1e6, 3) + " ms " +
                formatFixed(now.error * 100, 1) + "%";
        if (std::abs(drift) > std::abs(worstDrift)) worstDrift = drift;
        worstError = std::max(worstError, now.error);
        if (std::abs(drift) > kDriftWarn)
          kernelWarnings_.push_back(
              drift > 0
                  ? run::phrase(
                        "a unit of work on CPU %1 (%2) cost %3% more after the run than in calibration: "
                        "where the host's speed moved like this during the run, its work-clock "
                        "services took longer than requested",
                        {std::to_string(cpu), p.thread, formatFixed(std::abs(drift) * 100, 0)})
                  : run::phrase(
                        "a unit of work on CPU %1 (%2) cost %3% less after the run than in calibration: "
                        "where the host's speed moved like this during the run, its work-clock "
                        "services took less time than requested",
                        {std::to_string(cpu), p.thread, formatFixed(std::abs(drift) * 100, 0)}));
      }
    }
    record += (record.empty() ? "" : "; ") + line;
  }
  if (!rechecked.empty()) {
    report_.facts["work_drift"] = worstDrift;
    report_.facts["work_error_at_service"] = worstError;
    if (worstError > kCalibrationWarn)
      kernelWarnings_.push_back(
          run::phrase("re-checked after the run, the work kernel missed the run's own service times by %1%",
                      {formatFixed(worstError * 100, 0)}));
  }
  if (!record.empty()) report_.labels["work_calibration"] = record;
}

void HonestOutcome::noteSpeed(const SpeedModel& speed) { speedLabel_ = speed.label(); }

void HonestOutcome::noteUnfinished(std::uint64_t count, const std::string& what, double drainLimitS) {
  if (count == 0) return;
  const std::string n = std::to_string(count), limit = formatFixed(drainLimitS, 1);
  if (what == "requests")
    drainWarnings_.push_back(run::phrase(
        "%1 requests were still in the system %2 s after the load ended: the system is overloaded",
        {n, limit}));
  else if (what == "tasks")
    drainWarnings_.push_back(run::phrase(
        "%1 tasks were still in the system %2 s after the load ended: the system is overloaded", {n, limit}));
  else
    drainWarnings_.push_back(
        run::phrase("%1 %2 were still in the system %3 s after the load ended: the system is overloaded",
                    {n, what, limit}));
}

void HonestOutcome::noteBackgroundLoad(int hogs, const std::string& kind) {
  if (hogs <= 0) return;
  report_.facts["background_hogs"] = hogs;
  const std::string n = std::to_string(hogs);
  if (kind == "CPU-spinning")
    setupWarnings_.push_back(run::phrase(
        "%1 background CPU-spinning thread(s) ran beside the lab's seats on purpose: timings include their "
        "interference",
        {n}));
  else if (kind == "memory-streaming")
    setupWarnings_.push_back(run::phrase(
        "%1 background memory-streaming thread(s) ran beside the lab's seats on purpose: timings include their "
        "interference",
        {n}));
  else
    setupWarnings_.push_back(
        run::phrase("%1 background %2 thread(s) ran beside the lab's seats on purpose: timings include their "
                    "interference",
                    {n, kind}));
}

void HonestOutcome::noteRealtime(const std::string& seat, bool granted) {
  if (!granted)
    setupWarnings_.push_back(run::phrase(
        "%1 asked for SCHED_FIFO but the system did not allow it: it ran at normal priority", {seat}));
}

std::string HonestOutcome::asymmetryLabel() const {
  // Cores of unequal capacity in use make this real asymmetry, whether the lab asked or not.
  int lo = 1 << 30, hi = -1;
  for (const auto& p : busy_)
    for (int c : p.cpusSeen)
      if (const CpuInfo* info = host_.topo.find(c); info != nullptr && info->capacity > 0) {
        lo = std::min(lo, info->capacity);
        hi = std::max(hi, info->capacity);
      }
  if (hi > lo) return "real big/little";
  return speedLabel_;
}

std::vector<std::string> HonestOutcome::hostWarnings(const Oversubscription& over) const {
  std::vector<std::string> w;
  const int cores = static_cast<int>(host_.topo.usableCpus().size());
  if (over.oversubscribed) w.push_back(over.message);
  for (const auto* group : {&busy_, &helpers_})
    for (const auto& p : *group)
      if (p.requestedCpu >= 0 && !p.pinned)
        w.push_back(run::phrase("%1 asked for CPU %2 but ran on CPU %3",
                                {p.thread, std::to_string(p.requestedCpu), cpuList(p.cpusSeen)}));
  // A helper that shares a busy seat's CPU takes time from it now and then: name it.
  for (const auto& h : helpers_) {
    if (h.requestedCpu < 0) continue;
    for (const auto& b : busy_)
      if (b.requestedCpu == h.requestedCpu) {
        w.push_back(
            run::phrase("%1 shares CPU %2 with %3", {h.thread, std::to_string(h.requestedCpu), b.thread}));
        break;
      }
  }
  if (host_.topo.hypervisor)
    w.push_back(run::phrase(
        "virtual machine: the hypervisor can stop any thread at any time, so real timings include its noise"));
  if (host_.otherRunnable >= 1.0)
    w.push_back(
        run::phrase("%1 threads of other programs were ready to run on %2 CPUs when the run started: they "
                    "compete with the pinned threads, so real timings include their interference",
                    {formatFixed(host_.otherRunnable, 1), std::to_string(cores)}));
  return w;
}

RunReport HonestOutcome::finish() const {
  RunReport r = report_;
  r.placements = busy_;
  r.placements.insert(r.placements.end(), helpers_.begin(), helpers_.end());
  const Oversubscription over =
      checkOversubscription(busy_, static_cast<int>(host_.topo.usableCpus().size()));
  r.oversubscribed = over.oversubscribed;
  std::vector<std::string> w = hostWarnings(over);
  for (const auto* group : {&setupWarnings_, &loadWarnings_, &kernelWarnings_, &drainWarnings_})
    w.insert(w.end(), group->begin(), group->end());
  w.insert(w.end(), report_.warnings.begin(), report_.warnings.end());
  r.warnings = std::move(w);
  if (host_.otherRunnable >= 0) r.facts["host_other_runnable"] = host_.otherRunnable;
  r.labels["asymmetry"] = asymmetryLabel();
  r.labels["cpu_model"] = host_.topo.modelName;
  std::string where;
  for (const auto& p : r.placements)
    where += (where.empty() ? "" : "; ") + p.thread + " CPU " +
             (p.requestedCpu >= 0 ? std::to_string(p.requestedCpu) : "any (" + cpuList(p.cpusSeen) + ")");
  if (!r.labels.count("placement")) r.labels["placement"] = where;
  return r;
}

}  // namespace amp::real
