// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/model/locked_servers.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace amp::model {

namespace {

/// A small dense matrix (the chain's blocks are at most 2c + 1 square).
struct Mat {
  int rows = 0, cols = 0;
  std::vector<double> a;
  Mat(int r, int c) : rows(r), cols(c), a(static_cast<std::size_t>(r) * c, 0.0) {}
  double& operator()(int i, int j) { return a[static_cast<std::size_t>(i) * cols + j]; }
  double operator()(int i, int j) const { return a[static_cast<std::size_t>(i) * cols + j]; }
};

Mat operator*(const Mat& x, const Mat& y) {
  Mat r(x.rows, y.cols);
  for (int i = 0; i < x.rows; ++i)
    for (int k = 0; k < x.cols; ++k) {
      const double v = x(i, k);
      if (v == 0.0) continue;
      for (int j = 0; j < y.cols; ++j) r(i, j) += v * y(k, j);
    }
  return r;
}

Mat operator+(Mat x, const Mat& y) {
  for (std::size_t i = 0; i < x.a.size(); ++i) x.a[i] += y.a[i];
  return x;
}

Mat scaled(Mat x, double s) {
  for (double& v : x.a) v *= s;
  return x;
}

/// Gauss–Jordan with partial pivoting; the blocks here are nonsingular (sub-generators).
Mat inverse(Mat x) {
  const int n = x.rows;
  Mat inv(n, n);
  for (int i = 0; i < n; ++i) inv(i, i) = 1.0;
  for (int col = 0; col < n; ++col) {
    int pivot = col;
    for (int r = col + 1; r < n; ++r)
      if (std::abs(x(r, col)) > std::abs(x(pivot, col))) pivot = r;
    for (int j = 0; j < n; ++j) {
      std::swap(x(col, j), x(pivot, j));
      std::swap(inv(col, j), inv(pivot, j));
    }
    const double d = x(col, col);
    for (int j = 0; j < n; ++j) {
      x(col, j) /= d;
      inv(col, j) /= d;
    }
    for (int r = 0; r < n; ++r) {
      if (r == col || x(r, col) == 0.0) continue;
      const double f = x(r, col);
      for (int j = 0; j < n; ++j) {
        x(r, j) -= f * x(col, j);
        inv(r, j) -= f * inv(col, j);
      }
    }
  }
  return inv;
}

std::vector<double> operator*(const std::vector<double>& v, const Mat& m) {
  std::vector<double> r(static_cast<std::size_t>(m.cols), 0.0);
  for (int i = 0; i < m.rows; ++i)
    for (int j = 0; j < m.cols; ++j)
      r[static_cast<std::size_t>(j)] += v[static_cast<std::size_t>(i)] * m(i, j);
  return r;
}

double dot(const std::vector<double>& v, const std::vector<double>& w) {
  double s = 0.0;
  for (std::size_t i = 0; i < v.size(); ++i) s += v[i] * w[i];
  return s;
}

/// The chain. A state is (n jobs, k servers at the lock, f: the holder is still in its hand-over);
/// its phase within level n is 0 for k = 0, else 1 + 2(k − 1) + f, so a level has 1 + 2·min(n, c)
/// (f and the factor 2 drop out without a hand-over).
class Chain {
 public:
  explicit Chain(const LockedServersModel& m)
      : m_(m), c_(m.servers), holderStates_(m.handover > 0.0 ? 2 : 1) {}

  int phases(int n) const { return 1 + holderStates_ * std::min(n, c_); }

  /// The blocks of the generator: from level n to level n + dn (dn = −1, 0, +1); the diagonal
  /// (dn = 0) holds minus every rate out of the state.
  Mat block(int n, int dn) const {
    Mat b(phases(n), phases(n + dn));
    for (int k = 0; k <= std::min(n, c_); ++k)
      for (int f = 0; f < (k > 0 ? holderStates_ : 1); ++f) {
        const int from = phase(k, f);
        moves(n, k, f, [&](int toN, int toK, int toF, double rate) {
          if (dn == 0) b(from, from) -= rate;
          if (toN - n == dn) b(from, phase(toK, toF)) += rate;
        });
      }
    return b;
  }

  /// Vectors over the phases of a level from c on: the lock held, servers waiting for it.
  std::vector<double> lockHeld(int n) const {
    return byK(n, [](int k) { return k > 0 ? 1.0 : 0.0; });
  }
  std::vector<double> lockQueue(int n) const {
    return byK(n, [](int k) { return k > 1 ? static_cast<double>(k - 1) : 0.0; });
  }

 private:
  int phase(int k, int f) const { return k == 0 ? 0 : 1 + holderStates_ * (k - 1) + f; }

  std::vector<double> byK(int n, const std::function<double(int)>& value) const {
    std::vector<double> v(static_cast<std::size_t>(phases(n)));
    for (int k = 0; k <= std::min(n, c_); ++k)
      for (int f = 0; f < (k > 0 ? holderStates_ : 1); ++f)
        v[static_cast<std::size_t>(phase(k, f))] = value(k);
    return v;
  }

  /// Calls go(n', k', f', rate) for every transition out of (n, k, f).
  template <typename Go>
  void moves(int n, int k, int f, Go go) const {
    const int busy = std::min(n, c_);
    const int inPart = busy - k;
    const double c = static_cast<double>(c_);
    const bool handovers = holderStates_ == 2;
    const double partRate = inPart / m_.part;
    // A server joins the lock's queue. Finding it free, it takes it, and pays a hand-over first
    // when the lock last belonged to another server: (c − 1)/c of the time.
    const auto lockJoined = [&](int toN, double rate) {
      if (k > 0) {
        go(toN, k + 1, f, rate);
      } else if (handovers) {
        go(toN, 1, 1, rate * (c - 1.0) / c);
        go(toN, 1, 0, rate / c);
      } else {
        go(toN, 1, 0, rate);
      }
    };
    // The holder, its step done, leaves the lock: it passes to a waiting server, which starts with
    // the hand-over (the lock changed core), or falls free.
    const auto lockLeft = [&](int toN, double rate) { go(toN, k - 1, k - 1 > 0 && handovers ? 1 : 0, rate); };
    const double stepRate = f == 0 ? 1.0 / m_.step : 0.0;  // in the hand-over, the step waits
    if (k > 0 && f == 1) go(n, k, 0, 1.0 / m_.handover);   // hand-over done: the step begins
    if (m_.stepFirst) {
      if (n < c_)
        lockJoined(n + 1, m_.lambda);  // a free server takes the job and asks for the lock
      else
        go(n + 1, k, f, m_.lambda);
      if (k > 0 && f == 0) lockLeft(n, stepRate);  // the holder goes on to its own part
      if (inPart > 0) {
        if (n > c_)
          lockJoined(n - 1, partRate);  // done; the server takes a waiting job and asks for the lock
        else
          go(n - 1, k, f, partRate);  // done; the server falls idle
      }
    } else {
      go(n + 1, k, f, m_.lambda);                      // a free server starts its own part, or the job waits
      if (inPart > 0) lockJoined(n, partRate);         // own part done: the server asks for the lock
      if (k > 0 && f == 0) lockLeft(n - 1, stepRate);  // done; the server takes a waiting job or falls idle
    }
  }

  LockedServersModel m_;
  int c_;
  int holderStates_;  // in its hand-over or in its step; one state when there is no hand-over
};

/// Stationary distribution of a generator (rows sum to 0): π Q = 0, π·1 = 1, by replacing one
/// balance equation with the normalization.
std::vector<double> stationary(const Mat& q) {
  const int n = q.rows;
  Mat t(n, n);  // transpose, last row all ones
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) t(j, i) = q(i, j);
  for (int j = 0; j < n; ++j) t(n - 1, j) = 1.0;
  const Mat inv = inverse(t);
  std::vector<double> pi(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) pi[static_cast<std::size_t>(i)] = inv(i, n - 1);
  return pi;
}

}  // namespace

LockedServersMetrics lockedServers(const LockedServersModel& m) {
  LockedServersMetrics r;
  const Chain chain(m);
  const int c = m.servers;
  // Levels above c are alike: A0 up, A1 within, A2 down, each (2c + 1) square.
  const Mat a0 = chain.block(c + 1, +1), a1 = chain.block(c + 1, 0), a2 = chain.block(c + 1, -1);
  const int p = a1.rows;
  // Every server busy: the phases alone, whose rate down is the most the servers can pass.
  const std::vector<double> full = stationary(a0 + a1 + a2);
  const std::vector<double> ones(static_cast<std::size_t>(p), 1.0);
  r.ceiling = dot(full * a2, ones);
  if (!(m.lambda < r.ceiling)) return r;
  r.stable = true;

  // R, the minimal solution of A0 + R·A1 + R²·A2 = 0, by the monotone iteration
  // R ← −A0·(A1 + R·A2)⁻¹ from R = 0.
  Mat rate(p, p);
  for (int it = 0; it < 1'000'000; ++it) {
    const Mat next = scaled(a0 * inverse(a1 + rate * a2), -1.0);
    double change = 0.0;
    for (std::size_t i = 0; i < next.a.size(); ++i)
      change = std::max(change, std::abs(next.a[i] - rate.a[i]));
    rate = next;
    if (change < 1e-15) break;
  }
  // The levels below c by level reduction: π_{n+1} = π_n·R_n, R_n = −A0(n)·U_{n+1}⁻¹,
  // U_n = A1(n) + R_n·A2(n + 1), from U_c = A1(c) + R·A2(c + 1).
  std::vector<Mat> down;  // R_0 … R_{c−1}
  Mat u = chain.block(c, 0) + rate * a2;
  for (int n = c - 1; n >= 0; --n) {
    Mat rn = scaled(chain.block(n, +1) * inverse(u), -1.0);
    u = chain.block(n, 0) + rn * chain.block(n + 1, -1);
    down.push_back(std::move(rn));
  }
  std::reverse(down.begin(), down.end());
  std::vector<std::vector<double>> pi{{1.0}};  // level 0 has one phase; normalized below
  for (int n = 0; n < c; ++n) pi.push_back(pi.back() * down[static_cast<std::size_t>(n)]);

  // Levels from c on: Σ_j π_c·R^j = π_c·(I − R)⁻¹, Σ_j j·π_c·R^j = π_c·R·(I − R)⁻².
  Mat eye(p, p);
  for (int i = 0; i < p; ++i) eye(i, i) = 1.0;
  const Mat fund = inverse(eye + scaled(rate, -1.0));
  const std::vector<double> above = pi[static_cast<std::size_t>(c)] * fund;
  const std::vector<double> beyond = pi[static_cast<std::size_t>(c)] * (rate * fund * fund);

  double mass = dot(above, ones), jobs = c * dot(above, ones) + dot(beyond, ones);
  double busy = c * dot(above, ones), waiting = dot(beyond, ones);
  double held = dot(above, chain.lockHeld(c)), queued = dot(above, chain.lockQueue(c));
  for (int n = 0; n < c; ++n) {
    const auto& level = pi[static_cast<std::size_t>(n)];
    const double sum = dot(level, std::vector<double>(level.size(), 1.0));
    mass += sum;
    jobs += n * sum;
    busy += n * sum;
    held += dot(level, chain.lockHeld(n));
    queued += dot(level, chain.lockQueue(n));
  }
  r.sojourn = jobs / mass / m.lambda;
  r.serverWait = waiting / mass / m.lambda;
  r.lockWait = queued / mass / m.lambda;
  r.lockUtil = held / mass;
  r.lockHold = r.lockUtil / m.lambda;
  r.serverUtil = busy / mass / c;
  return r;
}

}  // namespace amp::model
