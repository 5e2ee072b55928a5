// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "amp/real/cpu_topology.h"
#include "amp/run/result.h"

namespace amp::real {

struct LoadStats;
struct Oversubscription;
class SpeedModel;
class WorkKernel;

/// What a real run reports besides its observation stream: where its threads ran, what the host
/// did to them, and the lab's own facts. run::RealOutcome is this plus the run's end time.
struct RunReport {
  std::vector<run::ThreadPlacement> placements;
  bool oversubscribed = false;
  std::map<std::string, double> facts;
  std::map<std::string, std::string> labels;
  std::vector<std::string> warnings;
  std::string error;  ///< non-empty = the run failed, with this message
};

/// The host before the run's own threads exist: how busy it already is matters.
struct HostState {
  CpuTopology topo;
  double otherRunnable = -1.0;  ///< threads of other programs ready to run, -1 = unknown
  static HostState probe();
};

/// The honest outcome of a real run, computed in one place for every lab, so the same host gets
/// the same warnings and labels whatever the lab: placements and pin misses, oversubscription,
/// late arrivals, the hypervisor, a busy host, the work kernel's calibration, unfinished work,
/// background load, and asymmetry read from the topology (never a literal).
class HonestOutcome {
 public:
  explicit HonestOutcome(HostState host);

  /// Seats that do the measured work (they count against the cores) and light helpers
  /// (generator, sampler, link emulator), which may share a core and are named when they do.
  void setPlacements(std::vector<run::ThreadPlacement> busy, std::vector<run::ThreadPlacement> helpers = {});
  /// Arrivals of an open-loop generator; `what` names them ("arrivals", "packets").
  void noteLoad(const LoadStats& load, std::int64_t lateThresholdNs, const std::string& what = "arrivals");
  /// The work kernel's calibration, per busy seat from the CPU it ran on (call after the seats
  /// are placed and joined). Under the work clock each such CPU is measured again (~50 ms) and
  /// the drift since the calibration and the error at the run's own service times are
  /// reported, with a warning past a few percent.
  void noteKernel(const WorkKernel& kernel);
  /// Emulated little cores, if the lab has any; real big/little is read from the placements.
  void noteSpeed(const SpeedModel& speed);
  /// Work still in the system `drainLimitS` after the load ended.
  void noteUnfinished(std::uint64_t count, const std::string& what, double drainLimitS);
  void noteBackgroundLoad(int hogs, const std::string& kind);
  /// A seat asked for SCHED_FIFO and did (not) get it.
  void noteRealtime(const std::string& seat, bool granted);

  /// The lab's own facts, labels and warnings.
  RunReport& report() { return report_; }
  const HostState& host() const { return host_; }

  /// The report with the host's warnings first, in a fixed order, then the lab's.
  RunReport finish() const;

 private:
  std::vector<std::string> hostWarnings(const Oversubscription& over) const;
  std::string asymmetryLabel() const;

  HostState host_;
  RunReport report_;
  std::vector<run::ThreadPlacement> busy_, helpers_;
  std::vector<std::string> loadWarnings_, kernelWarnings_, drainWarnings_, setupWarnings_;
  std::string speedLabel_ = "none";
};

/// "%.1f"-style formatting for messages.
std::string formatFixed(double v, int decimals);

}  // namespace amp::real
