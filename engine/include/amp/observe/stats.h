// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace amp::observe {

/// Streaming mean and variance (Welford), mergeable (Chan et al.).
class Welford {
 public:
  void add(double x) {
    ++n_;
    const double d = x - mean_;
    // Through int64: a signed conversion is one instruction, an unsigned one is a branchy sequence.
    mean_ += d / static_cast<double>(static_cast<std::int64_t>(n_));
    m2_ += d * (x - mean_);
  }
  void merge(const Welford& other);
  std::uint64_t count() const { return n_; }
  double mean() const { return mean_; }
  double variance() const;  ///< sample variance (n-1); 0 when n < 2
  double stddev() const;
  void reset() { *this = Welford{}; }

 private:
  std::uint64_t n_ = 0;
  double mean_ = 0.0;
  double m2_ = 0.0;
};

/// Time-weighted average of a piecewise-constant signal (queue length, busy servers).
class TimeAverage {
 public:
  /// Start (or restart) averaging at time t with the current value.
  void reset(double t);
  /// The signal changes to `value` at time t (t non-decreasing).
  void set(double t, double value) {
    area_ += value_ * (t - last_);
    last_ = t;
    value_ = value;
  }
  double value() const { return value_; }
  /// Average over [start, t]; the current value when the span is empty.
  double average(double t) const;
  double start() const { return start_; }

 private:
  double start_ = 0.0, last_ = 0.0, value_ = 0.0, area_ = 0.0;
};

/// fastLog's bound on |fastLog(x) - ln x|, and its polynomial: the degree-5 minimax polynomial
/// for ln(1+f) on [0,1) (error 8.7e-6, equioscillating). P is increasing, and its error is
/// positive at f=0 and negative at f=1, so fastLog is monotone in x across octaves as well.
inline constexpr double kFastLogError = 1e-5;
inline constexpr std::array<double, 6> kLogPoly = {8.691195443089591e-06, 0.9992995859701906,
                                                   -0.4907431100838083,   0.2867065512893178,
                                                   -0.1332198630751725,   0.03110401645941748};
inline constexpr double kLn2 = 0.69314718055994530942;

/// x = 2^e·(1+f): e and f from the bits (x positive and normal).
inline void splitLog2(double x, double& e, double& f) {
  const auto bits = std::bit_cast<std::uint64_t>(x);
  e = static_cast<double>(static_cast<std::int64_t>(bits >> 52) - 1023);
  f = std::bit_cast<double>((bits & 0x000FFFFFFFFFFFFFULL) | 0x3FF0000000000000ULL) - 1.0;
}

/// c0 + c1·f + ... + c5·f^5 in Estrin's form: three dependent steps instead of Horner's five,
/// which matters on a record path full of other work.
inline double estrin5(const std::array<double, 6>& c, double f) {
  const double f2 = f * f;
  return (c[0] + c[1] * f) + f2 * ((c[2] + c[3] * f) + f2 * (c[4] + c[5] * f));
}

/// Natural logarithm of a positive, finite, normal double within kFastLogError, with no division
/// and no table: x = 2^e·(1+f), ln x = e·ln 2 + P(f). The histogram below absorbs this error
/// exactly into its bucket width. No special cases: callers pass only x > 0.
inline double fastLog(double x) {
  double e;
  double f;
  splitLog2(x, e, f);
  return e * kLn2 + estrin5(kLogPoly, f);
}

/// Log-bucketed histogram of positive values; quantiles within `relError` relative error.
/// Bucket i holds values whose log lies in [i, i+1)·ln(gamma), gamma = (1+e)/(1-e), so
/// reporting 2·upper/(gamma+1) for any value in it is off by at most e (DDSketch's bound).
/// Values <= tinyValue() (zero waits, for instance) are counted in a separate zero bucket.
class LogHistogram {
 public:
  explicit LogHistogram(double relError = 0.005);
  void add(double x) {
    ++count_;
    min_ = x < min_ ? x : min_;
    max_ = x > max_ ? x : max_;
    if (!(x > kTiny)) {  // also catches NaN
      ++zeros_;
      return;
    }
    // ln(x)/ln(gamma) with the scaling folded into the polynomial's coefficients; the bias
    // before truncation makes the conversion a floor for negative indices too.
    double e;
    double f;
    splitLog2(x, e, f);
    const double y = e * ln2Scaled_ + estrin5(polyScaled_, f);
    const auto pos = static_cast<std::uint64_t>(static_cast<std::int64_t>(y + kIndexBias) - biasedOffset_);
    if (pos >= counts_.size()) [[unlikely]] {
      const std::int64_t i =
          static_cast<std::int64_t>(y + kIndexBias) - static_cast<std::int64_t>(kIndexBias);
      growTo(i);
      ++counts_[static_cast<std::size_t>(i - offset_)];
      return;
    }
    ++counts_[pos];
  }
  void merge(const LogHistogram& other);  ///< same relError required
  std::uint64_t count() const { return count_; }
  double quantile(double q) const;                        ///< q in [0,1]; 0 when empty
  double min() const { return count_ > 0 ? min_ : 0.0; }  ///< exact
  double max() const { return count_ > 0 ? max_ : 0.0; }  ///< exact
  double relError() const { return relError_; }
  /// Non-empty buckets as (lower edge, upper edge, count), for charts. The zero bucket, when
  /// present, comes first as (0, tinyValue()).
  struct Bucket {
    double lo, hi;
    std::uint64_t count;
  };
  std::vector<Bucket> buckets() const;
  static constexpr double tinyValue() { return kTiny; }

 private:
  static constexpr double kTiny = 1e-12;
  static constexpr double kIndexBias = 1073741824.0;  // 2^30: > any |index| for relError >= 1e-6
  void growTo(std::int64_t index);
  double bucketLower(std::int64_t i) const;
  double bucketUpper(std::int64_t i) const;
  double representative(std::int64_t i) const;

  double relError_;
  double logGamma_;
  double invLogGamma_;
  double gamma_;
  std::array<double, 6> polyScaled_{};                                 // kLogPoly / ln(gamma)
  double ln2Scaled_;                                                   // ln 2 / ln(gamma)
  std::int64_t offset_ = 0;                                            // bucket index of counts_[0]
  std::int64_t biasedOffset_ = static_cast<std::int64_t>(kIndexBias);  // offset_ + kIndexBias
  std::vector<std::uint64_t> counts_;  // grows to the range seen, not with the count
  std::uint64_t zeros_ = 0;            // values <= tiny
  std::uint64_t count_ = 0;
  double min_, max_;
};

/// A 95% confidence interval.
struct Interval {
  double mean = 0.0, lo = 0.0, hi = 0.0;
  std::uint64_t n = 0;  ///< samples (replications or batches) behind it
  double halfWidth() const { return (hi - lo) / 2.0; }
  bool covers(double x) const { return lo <= x && x <= hi; }
};

/// Two-sided 97.5% quantile of Student's t with `dof` degrees of freedom (+inf for dof 0).
double studentT975(std::uint64_t dof);
/// t-interval over independent samples (replication means); n=1 gives a zero-width interval.
Interval tInterval(const Welford& samples);
Interval tInterval(const std::vector<double>& samples);

/// Batch means in fixed memory: keeps at most `maxBatches` batches; when full, neighbours merge
/// and the batch size doubles, so memory stays flat however long the run.
class BatchMeans {
 public:
  explicit BatchMeans(std::size_t maxBatches = 1024);
  void add(double x) {
    ++total_;
    partialSum_ += x;
    if (++partialN_ == batchSize_) [[unlikely]] {
      closeBatch();
    }
  }
  /// CI from `batches` equal batches formed from the stored ones (default 20), after dropping
  /// the first `skipBatches` stored batches (warm-up). With fewer stored batches than asked
  /// for, each stored batch is its own group.
  Interval interval(std::size_t batches = 20, std::size_t skipBatches = 0) const;
  const std::vector<double>& means() const { return means_; }  ///< complete batches
  std::uint64_t batchSize() const { return batchSize_; }
  std::uint64_t count() const { return total_; }
  std::size_t maxBatches() const { return maxBatches_; }

 private:
  void closeBatch();

  std::size_t maxBatches_;
  std::uint64_t batchSize_ = 1;
  std::vector<double> means_;
  double partialSum_ = 0.0;
  std::uint64_t partialN_ = 0;
  std::uint64_t total_ = 0;
};

/// MSER-5 warm-up truncation: given a series, form batches of 5 and return the number of
/// leading observations to delete (a multiple of 5), searched over the first half.
std::size_t mser5Truncation(const std::vector<double>& series);

}  // namespace amp::observe
