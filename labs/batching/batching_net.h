// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace amp::labs::batching {

/// A small two-layer dense network with fixed seeded weights: 512 inputs → 2048 hidden (ReLU) →
/// 512 outputs, 8 MiB of float weights. A batch of k requests is one matrix product per layer
/// (Eigen's vectorised GEMM), so its cost is a fixed part — streaming and packing the weights,
/// paid once per batch — plus a part per request — the arithmetic: s0 + s1·k, what an accelerator's
/// batch costs too. The answer to a request is the index of its largest output (its class).
class DenseNet {
 public:
  static constexpr int kInputs = 512, kHidden = 2048, kOutputs = 512;

  explicit DenseNet(std::uint64_t seed = 7);
  ~DenseNet();
  DenseNet(const DenseNet&) = delete;
  DenseNet& operator=(const DenseNet&) = delete;

  /// Room for batches of up to `maxBatch` requests (before the timed part: no allocation in it).
  void reserve(int maxBatch);
  /// The input of request `id` (seeded: the same id gives the same input).
  void input(std::uint64_t id, float* out) const;
  /// Runs requests ids[0 .. k) as one batch; classes[i] is request ids[i]'s answer. A batch of one
  /// is computed as two columns (the second empty): Eigen would otherwise switch to its
  /// matrix-vector kernel, and every batch should run the same kernel.
  void infer(const std::uint64_t* ids, int k, int* classes);
  /// "Eigen 3.4.0 (SSE, SSE2)": the library and the vector instructions its kernels use.
  static std::string kernelName();
  /// The same request alone, by a plain loop: the reference a batched answer is checked against.
  int reference(std::uint64_t id) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A least-squares line through measured batch times: t(k) ≈ s0 + s1·k.
struct Calibration {
  double s0Ms = 0, s1Ms = 0;
  double rmsRelError = 0;       ///< root mean square of (measured − fit)/measured over the points
  std::vector<int> sizes;       ///< the batch sizes timed
  std::vector<double> timesMs;  ///< the least time of each size's repetitions
  bool affine() const { return s1Ms > 0; }
};

/// Times batches of 1 … up to `maxBatch` (at least 16) on the calling thread, `reps` times each,
/// keeps each size's least time (the least disturbed by other programs) and fits the line.
Calibration calibrate(DenseNet& net, int maxBatch, int reps = 7);

/// The least-squares line through (x, y) and its relative RMS error.
Calibration fitLine(const std::vector<int>& x, const std::vector<double>& yMs);

}  // namespace amp::labs::batching
