// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace amp::real {

/// What a requested service time means in a real run.
enum class ServiceClock {
  Time,  ///< busy, doing real computation, until the deadline on the steady clock: the service
         ///< time is what the model means, whatever interrupts the seat on the way
  Work,  ///< a fixed amount of computation: the host's interruptions stretch it (the lesson of
         ///< a busy host)
};
const char* serviceClockName(ServiceClock c);  ///< "time", "work"
bool parseServiceClock(const std::string& text, ServiceClock& out);

/// What one CPU's speed check found: the calibration before a run, or the re-check after it.
struct KernelCheck {
  int cpu = -1;                ///< where it was measured (a thread pinned there); -1 = not measured
  double nsPerUnit = 0.0;      ///< median of ~1 ms batches
  double spread = 0.0;         ///< inter-quartile range / median of those batches
  std::int64_t serviceNs = 0;  ///< the service time the error below was measured at
  double error = 0.0;          ///< median |measured − requested| / requested of `work` services
  /// Share of batches in which the thread lost its CPU to another thread (its CPU time fell
  /// short of the wall time): left out of the speed, which is the computation's own.
  double preempted = 0.0;
};

/// Busy work that does real computation: a serial multiply-xor checksum over a small buffer
/// per thread (one unit = 32 words), so no compiler or core can skip or overlap it. Under the
/// `work` clock a duration becomes a number of units with the speed measured on the CPU the
/// work runs on; under the `time` clock units run until the deadline.
class WorkKernel {
 public:
  /// The process-wide kernel, calibrated on first use (about 30 ms per CPU, one CPU after the
  /// other on a thread pinned there) and cached after that; its clock is Time.
  static const WorkKernel& calibrated();
  /// Measure again (e.g. for a test); does not replace the cached one.
  static WorkKernel calibrate();

  /// A copy that serves under `clock`.
  WorkKernel withClock(ServiceClock clock) const;
  ServiceClock clock() const { return clock_; }

  /// Median ns per unit over the CPUs (each the median of ~1 ms batches on that CPU).
  double nsPerUnit() const { return nsPerUnit_; }
  /// ns per unit on `cpu` (the median when the CPU was not calibrated).
  double nsPerUnit(int cpu) const;
  /// (slowest − fastest) / median of the per-CPU speeds, and of the batches within a CPU: how
  /// much a unit's cost moves on this host.
  double spread() const { return spread_; }
  /// Median relative error |measured − requested| / requested of `work`-clock test runs at
  /// 100 µs and 1 ms right after calibration, on the CPUs calibrated.
  double calibrationError() const { return calibrationError_; }
  /// What the calibration found on `cpu` (cpu = -1 in the result when it was not calibrated).
  KernelCheck calibrationOn(int cpu) const;
  /// Share of calibration batches, over all CPUs, in which the thread lost its CPU to another:
  /// how busy the host was while it was measured.
  double calibrationPreempted() const { return preempted_; }

  /// The CPUs calibrated, each on a thread pinned there (empty when pinning was refused).
  std::vector<int> calibratedCpus() const;

  /// Work-clock services this kernel (and its copies since withClock) ran on `cpu`, and their
  /// mean requested length: the run's own service times, for the re-check.
  std::uint64_t services(int cpu) const;
  std::int64_t meanServiceNs(int cpu) const;
  /// Measure again on `cpu` now (a thread pinned there, like the calibration): its speed, and
  /// the error of this kernel's units at `serviceNs` (the run's mean service there when 0). The
  /// drift of `nsPerUnit` against nsPerUnit(cpu) is how much a unit's cost moved since the
  /// calibration. Takes about 20 ms plus three services; cpu = -1 when pinning is refused.
  KernelCheck recheck(int cpu, std::int64_t serviceNs = 0) const;

  std::uint64_t unitsFor(std::int64_t ns, int cpu = -1) const;
  /// Serve `ns` (`factor` times as much on an emulated little core) under this kernel's clock.
  /// Stops early when `stop` is set (checked about every microsecond under the time clock, every
  /// 10 µs under the work clock). Returns the checksum.
  std::uint64_t run(std::int64_t ns, const std::atomic<bool>* stop = nullptr, double factor = 1.0) const;
  /// Do exactly `units` units of work.
  static std::uint64_t runUnits(std::uint64_t units, const std::atomic<bool>* stop = nullptr);
  /// Compute until `ns` have passed on the steady clock (the Time clock): the last chunk is cut
  /// to what is left, so the service ends about a unit past the deadline, never before it.
  static std::uint64_t runFor(std::int64_t ns, const std::atomic<bool>* stop = nullptr);

 private:
  WorkKernel() = default;
  double nsPerUnit_ = 1.0;
  std::vector<KernelCheck> checks_;  // by CPU id; cpu = -1 = not calibrated
  double preempted_ = 0.0;
  double spread_ = 0.0;
  double calibrationError_ = 0.0;
  ServiceClock clock_ = ServiceClock::Time;
  struct Usage;
  // Shared by the copies of one withClock(): seats record into their CPU's slot.
  std::shared_ptr<Usage> usage_;
};

}  // namespace amp::real
