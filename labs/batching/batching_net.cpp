// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "batching/batching_net.h"

#include <Eigen/Dense>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "amp/sim/rng.h"

namespace amp::labs::batching {

namespace {

/// A uniform float in [−scale, scale) from a splitmix64 stream.
float uniformFloat(std::uint64_t& state, float scale) {
  const std::uint64_t bits = sim::splitmix64(state) >> 40;  // 24 bits: exact in a float
  return (static_cast<float>(bits) / static_cast<float>(1 << 24) * 2.0f - 1.0f) * scale;
}

}  // namespace

struct DenseNet::Impl {
  Eigen::MatrixXf w1, w2;  // column-major: w1 is hidden × inputs, w2 outputs × hidden
  Eigen::VectorXf b1, b2;
  Eigen::MatrixXf x, h, y;  // one batch: a column per request
  std::uint64_t seed = 0;
};

DenseNet::DenseNet(std::uint64_t seed) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.seed = seed;
  std::uint64_t s = seed;
  // Scaled like He initialisation so the hidden layer neither dies nor explodes.
  const float s1 = std::sqrt(6.0f / kInputs), s2 = std::sqrt(6.0f / kHidden);
  m.w1.resize(kHidden, kInputs);
  m.w2.resize(kOutputs, kHidden);
  m.b1.resize(kHidden);
  m.b2.resize(kOutputs);
  for (Eigen::Index i = 0; i < m.w1.size(); ++i) m.w1.data()[i] = uniformFloat(s, s1);
  for (Eigen::Index i = 0; i < m.w2.size(); ++i) m.w2.data()[i] = uniformFloat(s, s2);
  for (Eigen::Index i = 0; i < m.b1.size(); ++i) m.b1[i] = uniformFloat(s, 0.1f);
  for (Eigen::Index i = 0; i < m.b2.size(); ++i) m.b2[i] = uniformFloat(s, 0.1f);
  reserve(8);
}

DenseNet::~DenseNet() = default;

void DenseNet::reserve(int maxBatch) {
  const int cols = std::max(2, maxBatch);
  Impl& m = *impl_;
  if (m.x.cols() >= cols) return;
  m.x.resize(kInputs, cols);
  m.h.resize(kHidden, cols);
  m.y.resize(kOutputs, cols);
}

void DenseNet::input(std::uint64_t id, float* out) const {
  std::uint64_t s = impl_->seed * 0x9E3779B97F4A7C15ULL ^ (id + 1) * 0xD1B54A32D192ED03ULL;
  for (int i = 0; i < kInputs; ++i) out[i] = uniformFloat(s, 1.0f);
}

void DenseNet::infer(const std::uint64_t* ids, int k, int* classes) {
  Impl& m = *impl_;
  reserve(k);
  const int cols = std::max(2, k);
  for (int j = 0; j < k; ++j) input(ids[j], m.x.col(j).data());
  if (k == 1) m.x.col(1).setZero();
  auto x = m.x.leftCols(cols);
  auto h = m.h.leftCols(cols);
  auto y = m.y.leftCols(cols);
  h.noalias() = m.w1 * x;
  h = (h.colwise() + m.b1).cwiseMax(0.0f);
  y.noalias() = m.w2 * h;
  y.colwise() += m.b2;
  for (int j = 0; j < k; ++j) {
    Eigen::Index best = 0;
    y.col(j).maxCoeff(&best);
    classes[j] = static_cast<int>(best);
  }
}

std::string DenseNet::kernelName() {
  return "Eigen " + std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) + "." +
         std::to_string(EIGEN_MINOR_VERSION) + " (" + Eigen::SimdInstructionSetsInUse() + ")";
}

int DenseNet::reference(std::uint64_t id) const {
  const Impl& m = *impl_;
  std::vector<float> in(kInputs), hidden(kHidden);
  input(id, in.data());
  for (int r = 0; r < kHidden; ++r) {
    double sum = m.b1[r];
    for (int c = 0; c < kInputs; ++c) sum += double(m.w1(r, c)) * in[c];
    hidden[r] = static_cast<float>(std::max(0.0, sum));
  }
  int best = 0;
  double bestValue = -std::numeric_limits<double>::infinity();
  for (int r = 0; r < kOutputs; ++r) {
    double sum = m.b2[r];
    for (int c = 0; c < kHidden; ++c) sum += double(m.w2(r, c)) * hidden[c];
    if (sum > bestValue) {
      bestValue = sum;
      best = r;
    }
  }
  return best;
}

Calibration fitLine(const std::vector<int>& x, const std::vector<double>& yMs) {
  Calibration c;
  c.sizes = x;
  c.timesMs = yMs;
  const double n = static_cast<double>(x.size());
  if (x.size() < 2) return c;
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sx += x[i];
    sy += yMs[i];
    sxx += double(x[i]) * x[i];
    sxy += x[i] * yMs[i];
  }
  const double den = n * sxx - sx * sx;
  if (den <= 0) return c;
  c.s1Ms = (n * sxy - sx * sy) / den;
  c.s0Ms = (sy - c.s1Ms * sx) / n;
  double sq = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double rel = (yMs[i] - (c.s0Ms + c.s1Ms * x[i])) / yMs[i];
    sq += rel * rel;
  }
  c.rmsRelError = std::sqrt(sq / n);
  return c;
}

Calibration calibrate(DenseNet& net, int maxBatch, int reps) {
  using Clock = std::chrono::steady_clock;
  std::vector<int> sizes;
  // Up to 16 at least: over 1…8 alone the per-request cost s1 is a small part of the setup time s0
  // and a host's hiccup can tip the fitted slope below zero.
  for (int k : {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64})
    if (k <= std::max(16, maxBatch)) sizes.push_back(k);
  net.reserve(sizes.back());
  std::vector<std::uint64_t> ids(static_cast<std::size_t>(sizes.back()));
  for (std::size_t i = 0; i < ids.size(); ++i) ids[i] = i;
  std::vector<int> classes(ids.size());
  std::vector<double> best(sizes.size(), std::numeric_limits<double>::infinity());
  // Sizes interleaved within each round, so a slow spell of the host spreads over all of them.
  net.infer(ids.data(), sizes.back(), classes.data());  // warm the caches and the pages
  for (int r = 0; r < reps; ++r) {
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      const auto t0 = Clock::now();
      net.infer(ids.data(), sizes[i], classes.data());
      best[i] = std::min(best[i], std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
  }
  return fitLine(sizes, best);
}

}  // namespace amp::labs::batching
