// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/model/absorbing_ctmc.h"

#include <cmath>
#include <stdexcept>
#include <utility>

namespace amp::model {

AbsorbingCtmc::AbsorbingCtmc(int transient, int absorbing)
    : n_(transient),
      a_(absorbing),
      q_(static_cast<std::size_t>(transient) * transient, 0.0),
      r_(static_cast<std::size_t>(transient) * absorbing, 0.0) {
  if (transient < 1 || absorbing < 1)
    throw std::invalid_argument("a chain needs a transient and an absorbing state");
}

void AbsorbingCtmc::addRate(int from, int to, double rate) {
  if (from == to) return;  // a self-loop changes nothing in a CTMC
  q_[static_cast<std::size_t>(from) * n_ + from] += rate;
  q_[static_cast<std::size_t>(from) * n_ + to] -= rate;
}

void AbsorbingCtmc::addAbsorbingRate(int from, int to, double rate) {
  q_[static_cast<std::size_t>(from) * n_ + from] += rate;
  r_[static_cast<std::size_t>(from) * a_ + to] += rate;
}

namespace {

/// LU of an n×n row-major matrix in place, with its row permutation.
void factor(std::vector<double>& m, int n, std::vector<int>& perm) {
  perm.resize(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) perm[static_cast<std::size_t>(i)] = i;
  for (int k = 0; k < n; ++k) {
    int pivot = k;
    for (int i = k + 1; i < n; ++i)
      if (std::abs(m[i * n + k]) > std::abs(m[pivot * n + k])) pivot = i;
    // −Q_T is singular exactly when a set of transient states never leaves itself.
    if (m[pivot * n + k] == 0.0) throw std::domain_error("a transient state never reaches absorption");
    if (pivot != k) {
      for (int j = 0; j < n; ++j) std::swap(m[k * n + j], m[pivot * n + j]);
      std::swap(perm[static_cast<std::size_t>(k)], perm[static_cast<std::size_t>(pivot)]);
    }
    for (int i = k + 1; i < n; ++i) {
      const double f = m[i * n + k] / m[k * n + k];
      m[i * n + k] = f;
      if (f == 0.0) continue;
      for (int j = k + 1; j < n; ++j) m[i * n + j] -= f * m[k * n + j];
    }
  }
}

std::vector<double> solveWith(const std::vector<double>& lu, int n, const std::vector<int>& perm,
                              const std::vector<double>& b) {
  std::vector<double> x(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    double s = b[static_cast<std::size_t>(perm[static_cast<std::size_t>(i)])];
    for (int j = 0; j < i; ++j) s -= lu[i * n + j] * x[static_cast<std::size_t>(j)];
    x[static_cast<std::size_t>(i)] = s;
  }
  for (int i = n - 1; i >= 0; --i) {
    double s = x[static_cast<std::size_t>(i)];
    for (int j = i + 1; j < n; ++j) s -= lu[i * n + j] * x[static_cast<std::size_t>(j)];
    x[static_cast<std::size_t>(i)] = s / lu[i * n + i];
  }
  return x;
}

}  // namespace

AbsorptionResult AbsorbingCtmc::solve() const {
  std::vector<double> lu = q_;
  std::vector<int> perm;
  factor(lu, n_, perm);
  const auto n = static_cast<std::size_t>(n_);
  AbsorptionResult out;
  out.meanTime = solveWith(lu, n_, perm, std::vector<double>(n, 1.0));
  out.probability.assign(n, std::vector<double>(static_cast<std::size_t>(a_), 0.0));
  out.meanTimeGiven.assign(n, std::vector<double>(static_cast<std::size_t>(a_), NAN));
  for (int a = 0; a < a_; ++a) {
    std::vector<double> rate(n);
    for (std::size_t i = 0; i < n; ++i)
      rate[i] = r_[i * static_cast<std::size_t>(a_) + static_cast<std::size_t>(a)];
    const std::vector<double> h = solveWith(lu, n_, perm, rate);
    const std::vector<double> g = solveWith(lu, n_, perm, h);
    for (std::size_t i = 0; i < n; ++i) {
      out.probability[i][static_cast<std::size_t>(a)] = h[i];
      if (h[i] > 0.0) out.meanTimeGiven[i][static_cast<std::size_t>(a)] = g[i] / h[i];
    }
  }
  return out;
}

}  // namespace amp::model
