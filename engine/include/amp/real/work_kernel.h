// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <cstdint>

namespace amp::real {

/// Busy work that does real computation: a serial multiply-xor checksum over a small buffer
/// per thread (one unit = 32 words), so no compiler or core can skip or overlap it. A duration
/// is turned into a number of units with a speed measured once per process.
class WorkKernel {
 public:
  /// The process-wide kernel, calibrated on first use (about 0.1 s) and cached after that.
  static const WorkKernel& calibrated();
  /// Measure again on the calling thread (e.g. for a test); does not replace the cached one.
  static WorkKernel calibrate();

  double nsPerUnit() const { return nsPerUnit_; }
  /// Median relative error |measured − requested| / requested of test runs at 100 µs and 1 ms
  /// right after calibration, on the calibrating thread.
  double calibrationError() const { return calibrationError_; }

  std::uint64_t unitsFor(std::int64_t ns) const;
  /// Do `ns` of work (`factor` times as much on an emulated little core). Stops early when
  /// `stop` is set (checked about every 10 µs). Returns the checksum.
  std::uint64_t run(std::int64_t ns, const std::atomic<bool>* stop = nullptr, double factor = 1.0) const;
  /// Do exactly `units` units of work.
  static std::uint64_t runUnits(std::uint64_t units, const std::atomic<bool>* stop = nullptr);

 private:
  WorkKernel() = default;
  double nsPerUnit_ = 1.0;
  double calibrationError_ = 0.0;
};

}  // namespace amp::real
