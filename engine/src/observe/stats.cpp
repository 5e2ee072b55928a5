// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/observe/stats.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace amp::observe {

// ---------------------------------------------------------------------------------------------
// Welford

void Welford::merge(const Welford& other) {
  if (other.n_ == 0) {
    return;
  }
  if (n_ == 0) {
    *this = other;
    return;
  }
  // Chan, Golub & LeVeque: combine means and centred sums of squares of two partitions, then
  // keep the result centred on its own mean (sum 0, sum of squares = the centred sum).
  const auto na = static_cast<double>(n_);
  const auto nb = static_cast<double>(other.n_);
  const double n = na + nb;
  const double meanA = mean();
  const double delta = other.mean() - meanA;
  const double m2 = centredSumSq() + other.centredSumSq() + delta * delta * na * nb / n;
  shift_ = meanA + delta * nb / n;
  sum_ = 0.0;
  sumSq_ = m2;
  n_ += other.n_;
}

double Welford::mean() const {
  return n_ == 0 ? 0.0 : shift_ + sum_ / static_cast<double>(static_cast<std::int64_t>(n_));
}

double Welford::centredSumSq() const {
  if (n_ == 0) {
    return 0.0;
  }
  // Rounding can leave it a hair below zero for constant input.
  return std::max(0.0, sumSq_ - sum_ * sum_ / static_cast<double>(n_));
}

double Welford::variance() const {
  if (n_ < 2) {
    return 0.0;
  }
  return centredSumSq() / static_cast<double>(n_ - 1);
}

double Welford::stddev() const { return std::sqrt(variance()); }

// ---------------------------------------------------------------------------------------------
// TimeAverage

void TimeAverage::reset(double t) {
  start_ = t;
  last_ = t;
  area_ = 0.0;
}

double TimeAverage::average(double t) const {
  const double span = t - start_;
  if (!(span > 0.0)) {
    return value_;
  }
  return (area_ + value_ * (t - last_)) / span;
}

// ---------------------------------------------------------------------------------------------
// CountAverage

double CountAverage::average(double t) const {
  const double span = t - start_;
  if (!(span > 0.0)) {
    return static_cast<double>(count_);
  }
  const double area = t * static_cast<double>(count_) - start_ * static_cast<double>(startCount_) + steps_;
  return area / span;
}

// ---------------------------------------------------------------------------------------------
// LogHistogram

LogHistogram::LogHistogram(double relError)
    : relError_(relError),
      min_(std::numeric_limits<double>::infinity()),
      max_(-std::numeric_limits<double>::infinity()) {
  if (!(relError_ >= 1e-6 && relError_ < 0.5)) {
    throw std::invalid_argument("LogHistogram: relError must be in [1e-6, 0.5)");
  }
  // The least m with 1 + 2^-m <= gamma, i.e. 2^-m <= gamma - 1 = 2e/(1-e); counted up rather
  // than taken from a logarithm so that rounding cannot land on the wrong side.
  const double gammaMinus1 = 2.0 * relError_ / (1.0 - relError_);
  int m = 0;
  while (std::ldexp(1.0, -m) > gammaMinus1) {
    ++m;
  }
  shift_ = 52 - m;
}

void LogHistogram::growTo(std::int64_t key) {
  // Grow with slack so a slowly widening range does not reallocate on every new bucket.
  const std::int64_t slack = std::int64_t{1} << (52 - shift_);  // one octave
  if (counts_.empty()) {
    offset_ = key - slack / 2;
    counts_.assign(static_cast<std::size_t>(slack), 0);
    return;
  }
  const std::int64_t lo = offset_;
  const std::int64_t hi = offset_ + static_cast<std::int64_t>(counts_.size());  // exclusive
  if (key < lo) {
    const std::int64_t newLo = key - std::max(slack, (hi - lo) / 2);
    counts_.insert(counts_.begin(), static_cast<std::size_t>(lo - newLo), 0);
    offset_ = newLo;
  } else if (key >= hi) {
    const std::int64_t newHi = key + 1 + std::max(slack, (hi - lo) / 2);
    counts_.resize(static_cast<std::size_t>(newHi - lo), 0);
  }
}

double LogHistogram::bucketLower(std::int64_t key) const {
  return std::bit_cast<double>(static_cast<std::uint64_t>(key) << shift_);
}
double LogHistogram::bucketUpper(std::int64_t key) const { return bucketLower(key + 1); }

double LogHistogram::representative(std::int64_t key) const {
  // The point of [lo, hi) with the same relative distance to both ends.
  const double lo = bucketLower(key);
  const double hi = bucketUpper(key);
  return 2.0 * lo * hi / (lo + hi);
}

void LogHistogram::merge(const LogHistogram& other) {
  if (other.relError_ != relError_) {  // the same error means the same buckets
    throw std::invalid_argument("LogHistogram::merge: different relError");
  }
  if (other.count_ == 0) {
    return;
  }
  if (!other.counts_.empty()) {
    const std::int64_t olo = other.offset_;
    const std::int64_t ohi = other.offset_ + static_cast<std::int64_t>(other.counts_.size()) - 1;
    growTo(olo);
    growTo(ohi);
    for (std::size_t j = 0; j < other.counts_.size(); ++j) {
      counts_[static_cast<std::size_t>(olo + static_cast<std::int64_t>(j) - offset_)] += other.counts_[j];
    }
  }
  zeros_ += other.zeros_;
  count_ += other.count_;
  min_ = std::min(min_, other.min_);
  max_ = std::max(max_, other.max_);
}

double LogHistogram::quantile(double q) const {
  if (count_ == 0) {
    return 0.0;
  }
  if (!(q > 0.0)) {
    return min_;
  }
  if (q >= 1.0) {
    return max_;
  }
  // The value of 0-based rank floor(q·(n-1)) in sorted order, as DDSketch defines it.
  const double rank = q * static_cast<double>(count_ - 1);
  std::uint64_t seen = zeros_;
  if (static_cast<double>(seen) > rank) {
    return std::clamp(0.0, min_, max_);
  }
  for (std::size_t j = 0; j < counts_.size(); ++j) {
    seen += counts_[j];
    if (static_cast<double>(seen) > rank) {
      return std::clamp(representative(offset_ + static_cast<std::int64_t>(j)), min_, max_);
    }
  }
  return max_;
}

std::vector<LogHistogram::Bucket> LogHistogram::buckets() const {
  std::vector<Bucket> out;
  if (zeros_ > 0) {
    out.push_back(Bucket{0.0, kTiny, zeros_});
  }
  for (std::size_t j = 0; j < counts_.size(); ++j) {
    if (counts_[j] == 0) {
      continue;
    }
    const std::int64_t i = offset_ + static_cast<std::int64_t>(j);
    out.push_back(Bucket{bucketLower(i), bucketUpper(i), counts_[j]});
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Student's t and intervals

double studentT975(std::uint64_t dof) {
  if (dof == 0) {
    return std::numeric_limits<double>::infinity();
  }
  // Exact to the digits shown for small dof, where the expansion below converges poorly.
  static constexpr double kTable[] = {
      12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
      2.262157163,  2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
      2.109815578,  2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
      2.059538553,  2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456};
  if (dof <= std::size(kTable)) {
    return kTable[dof - 1];
  }
  // Cornish–Fisher expansion of t in powers of 1/dof around the normal quantile; with dof > 30
  // the first omitted term is below 1e-7.
  const double z = 1.959963984540054;
  const auto v = static_cast<double>(dof);
  const double z2 = z * z;
  const double z3 = z2 * z;
  const double z5 = z3 * z2;
  const double z7 = z5 * z2;
  const double z9 = z7 * z2;
  const double g1 = (z3 + z) / 4.0;
  const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96.0;
  const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384.0;
  const double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160.0;
  return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
}

Interval tInterval(const Welford& samples) {
  Interval r;
  r.n = samples.count();
  r.mean = samples.mean();
  r.lo = r.hi = r.mean;
  if (r.n < 2) {
    return r;
  }
  const double hw = studentT975(r.n - 1) * samples.stddev() / std::sqrt(static_cast<double>(r.n));
  r.lo = r.mean - hw;
  r.hi = r.mean + hw;
  return r;
}

Interval tInterval(const std::vector<double>& samples) {
  Welford w;
  for (double x : samples) {
    w.add(x);
  }
  return tInterval(w);
}

// ---------------------------------------------------------------------------------------------
// BatchMeans

BatchMeans::BatchMeans(std::size_t maxBatches)
    : maxBatches_(std::max<std::size_t>(2, maxBatches & ~std::size_t{1})) {
  // Even, so that a full store halves into pairs; reserved once, so memory is flat from here on.
  means_.reserve(maxBatches_);
}

void BatchMeans::closeBatch() {
  means_.push_back(partialSum_ / static_cast<double>(batchSize_));
  partialSum_ = 0.0;
  partialN_ = 0;
  if (means_.size() < maxBatches_) {
    return;
  }
  const std::size_t half = means_.size() / 2;
  for (std::size_t i = 0; i < half; ++i) {
    means_[i] = 0.5 * (means_[2 * i] + means_[2 * i + 1]);
  }
  means_.resize(half);
  batchSize_ *= 2;
}

Interval BatchMeans::interval(std::size_t batches, std::size_t skipBatches) const {
  if (skipBatches >= means_.size()) {
    return Interval{};
  }
  const std::size_t m = means_.size() - skipBatches;
  const std::size_t groups = (batches >= 2 && batches <= m) ? batches : m;
  const std::size_t per = m / groups;
  // Any remainder is dropped from the front: the oldest batches are the likeliest to carry
  // warm-up bias.
  const std::size_t first = skipBatches + (m - per * groups);
  Welford w;
  for (std::size_t g = 0; g < groups; ++g) {
    double sum = 0.0;
    for (std::size_t j = 0; j < per; ++j) {
      sum += means_[first + g * per + j];
    }
    w.add(sum / static_cast<double>(per));
  }
  return tInterval(w);
}

// ---------------------------------------------------------------------------------------------
// MSER-5

std::size_t mser5Truncation(const std::vector<double>& series) {
  constexpr std::size_t kBatch = 5;
  const std::size_t b = series.size() / kBatch;
  if (b < 2) {
    return 0;
  }
  std::vector<double> z(b);
  for (std::size_t j = 0; j < b; ++j) {
    double s = 0.0;
    for (std::size_t k = 0; k < kBatch; ++k) {
      s += series[j * kBatch + k];
    }
    z[j] = s / kBatch;
  }
  // Walk d from the back so suffix sums give each candidate's statistic in O(1):
  // MSER(d) = sum_{j>=d} (z_j - mean_d)^2 / (b-d)^2 = (S2 - S1^2/m) / m^2 with m = b-d.
  std::vector<double> score(b / 2 + 1);
  double s1 = 0.0;
  double s2 = 0.0;
  const double shift = z[b - 1];  // centring keeps S2 - S1^2/m from cancelling catastrophically
  for (std::size_t d = b; d-- > 0;) {
    const double y = z[d] - shift;
    s1 += y;
    s2 += y * y;
    if (d <= b / 2) {
      const auto m = static_cast<double>(b - d);
      score[d] = std::max(0.0, s2 - s1 * s1 / m) / (m * m);
    }
  }
  std::size_t best = 0;
  for (std::size_t d = 1; d <= b / 2; ++d) {
    if (score[d] < score[best]) {
      best = d;
    }
  }
  return best * kBatch;
}

}  // namespace amp::observe
