// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace amp::observe {

/// Streaming mean and variance, mergeable (Chan et al.). Kept as sums of the deviations from a
/// shift, the first value: Welford's update divides on every value, these sums only add and
/// multiply. The shift being one of the values bounds what rounding can do: (shift - mean)^2
/// is at most (n-1)·variance, so the mean is off by at most ~n^1.5·2^-53 standard deviations and
/// the variance by ~n·2^-53 of itself (1e-7 after 10^9 values), where plain sums of squares
/// (shift 0) lose every digit once the mean dwarfs the spread.
class Welford {
 public:
  void add(double x) {
    if (n_ == 0) [[unlikely]] {
      shift_ = x;
    }
    ++n_;
    const double d = x - shift_;
    sum_ += d;
    sumSq_ += d * d;
  }
  void merge(const Welford& other);
  std::uint64_t count() const { return n_; }
  double mean() const;
  double variance() const;  ///< sample variance (n-1); 0 when n < 2
  double stddev() const;
  void reset() { *this = Welford{}; }

 private:
  double centredSumSq() const;  // sum of (x - mean)^2
  std::uint64_t n_ = 0;
  double shift_ = 0.0;
  double sum_ = 0.0;    // sum of (x - shift_)
  double sumSq_ = 0.0;  // sum of (x - shift_)^2
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

/// Time-average of a count that moves in unit steps (jobs waiting, servers busy), integrated by
/// parts: the area under the count N over [a, b] is b·N(b) - a·N(a) - Σ t·ΔN over its steps in
/// between. So a step is one add to a running sum, where TimeAverage::set multiplies, adds and
/// stores three values; and the count is the live count itself, kept once. The sum runs to
/// about N·t, so rounding leaves the area within ~steps·(N/mean N)·2^-53 of itself at worst
/// (1e-6 after 10^9 steps at a count ten times its mean; errors of either sign mostly cancel).
class CountAverage {
 public:
  void up(double t) {
    ++count_;
    steps_ -= t;
  }
  void down(double t) {
    --count_;
    steps_ += t;
  }
  std::int64_t count() const { return count_; }
  /// Start (or restart) averaging at time t, from the current count.
  void reset(double t) {
    start_ = t;
    startCount_ = count_;
    steps_ = 0.0;
  }
  /// Average over [start, t], t at or after the last step; the current count when the span is
  /// empty.
  double average(double t) const;

 private:
  std::int64_t count_ = 0, startCount_ = 0;
  double start_ = 0.0;
  double steps_ = 0.0;  // -Σ t·ΔN since start_
};

/// Histogram of positive values with relative-error quantiles, indexed by the bits of the double:
/// the bucket of x is its exponent and the top `mantissaBits()` bits of its mantissa, one shift of
/// x's bit pattern (positive doubles order like their bit patterns). So each octave [2^k, 2^(k+1))
/// is cut into 2^m equal buckets, each at most 1 + 2^-m wide as a ratio; m is the least that keeps
/// that ratio within gamma = (1+e)/(1-e), and reporting 2·lo·hi/(lo+hi) for any value in a bucket
/// [lo, hi) is off by at most (hi-lo)/(hi+lo) <= e (DDSketch's bound, without a logarithm).
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
    const auto key = static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(x) >> shift_);
    // One compare for both ends: a key below offset_ wraps to a huge position.
    const auto pos = static_cast<std::uint64_t>(key - offset_);
    if (pos >= counts_.size()) [[unlikely]] {
      growTo(key);
      ++counts_[static_cast<std::size_t>(key - offset_)];
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
  /// Buckets per octave = 2^mantissaBits().
  int mantissaBits() const { return 52 - shift_; }
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
  void growTo(std::int64_t key);
  double bucketLower(std::int64_t key) const;
  double bucketUpper(std::int64_t key) const;
  double representative(std::int64_t key) const;

  double relError_;
  int shift_;                          // 52 - mantissa bits kept
  std::int64_t offset_ = 0;            // key of counts_[0]
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
