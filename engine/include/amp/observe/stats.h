// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
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
    mean_ += d / static_cast<double>(n_);
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
  /// Average over [start, t].
  double average(double t) const;

 private:
  double start_ = 0.0, last_ = 0.0, value_ = 0.0, area_ = 0.0;
};

/// Log-bucketed histogram of positive values; quantiles within `relError` relative error.
class LogHistogram {
 public:
  explicit LogHistogram(double relError = 0.005);
  void add(double x);
  void merge(const LogHistogram& other);  ///< same relError required
  std::uint64_t count() const { return count_; }
  double quantile(double q) const;        ///< q in [0,1]; 0 when empty
  double min() const { return min_; }
  double max() const { return max_; }
  double relError() const { return relError_; }
  /// Non-empty buckets as (lower edge, upper edge, count), for charts.
  struct Bucket { double lo, hi; std::uint64_t count; };
  std::vector<Bucket> buckets() const;

 private:
  double relError_;
  double logGamma_;
  std::int32_t offset_ = 0;           // bucket index of counts_[0]
  std::vector<std::uint64_t> counts_;  // grows to the range seen, not with the count
  std::uint64_t zeros_ = 0;            // values <= tiny
  std::uint64_t count_ = 0;
  double min_ = 0.0, max_ = 0.0;
};

/// A 95% confidence interval.
struct Interval {
  double mean = 0.0, lo = 0.0, hi = 0.0;
  std::uint64_t n = 0;  ///< samples (replications or batches) behind it
  double halfWidth() const { return (hi - lo) / 2.0; }
  bool covers(double x) const { return lo <= x && x <= hi; }
};

/// Two-sided 97.5% quantile of Student's t with `dof` degrees of freedom.
double studentT975(std::uint64_t dof);
/// t-interval over independent samples (replication means); n=1 gives a zero-width interval.
Interval tInterval(const Welford& samples);
Interval tInterval(const std::vector<double>& samples);

/// Batch means in fixed memory: keeps at most `maxBatches` batches; when full, neighbours merge
/// and the batch size doubles, so memory stays flat however long the run.
class BatchMeans {
 public:
  explicit BatchMeans(std::size_t maxBatches = 1024);
  void add(double x);
  /// CI from `batches` equal batches formed from the stored ones (default 20), after dropping
  /// the first `skipBatches` stored batches (warm-up).
  Interval interval(std::size_t batches = 20, std::size_t skipBatches = 0) const;
  const std::vector<double>& means() const { return means_; }  ///< complete batches
  std::uint64_t batchSize() const { return batchSize_; }
  std::uint64_t count() const { return total_; }

 private:
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
