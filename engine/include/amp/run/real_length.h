// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "amp/real/run_feed.h"

namespace amp::run {

/// When a precision-driven real run has seen enough. The runner polls the run's live feed (the
/// completions so far and their summed key value) every tenth of a second or so; after the
/// warm-up each poll closes a window; the windows are grouped into a fixed number of batches of
/// consecutive windows, and the 95% t-interval over the batch values is the estimate's
/// precision. Pure logic on whatever clock it is given, so it is tested without timing.
class RealLengthRule {
 public:
  /// Mean: the mean value per completion (a latency). Rate: value per second (a throughput).
  enum class Estimate { Mean, Rate };
  struct Settings {
    double targetRelHalfWidth = 0.05;
    double warmupS = 1.0;  ///< windows that end before this are not measured
    double maxS = 60.0;    ///< the load ends here whatever the precision
    double minMeasuredS = 2.0;
    std::uint64_t minCompletions = 200;
    int batches = 20;
    Estimate estimate = Estimate::Mean;
  };

  explicit RealLengthRule(Settings settings);

  /// The feed's running totals at `tS` seconds since the run's epoch (non-decreasing).
  void observe(double tS, std::uint64_t count, double sum);

  /// The precision target is met, with at least the minimum measured time and completions.
  bool enough() const;
  /// The maximum length has passed (at the last observation).
  bool timeUp() const { return lastT_ >= s_.maxS; }
  /// Nothing was ever fed although the warm-up and the minimum time have passed: the lab does not
  /// feed this run, and only a fixed length makes sense.
  bool silent() const;

  /// Relative half-width of the estimate's 95% CI; infinite while there are too few batches.
  double relHalfWidth() const;
  double estimate() const;  ///< the batch values' mean (in the feed's units, per second for Rate)
  double measuredS() const { return measuredS_; }
  std::uint64_t measuredCompletions() const { return measuredCount_; }
  const Settings& settings() const { return s_; }
  /// "sojourn ±7.3% after 4.2 s (target 5%)" — for the progress line.
  std::string progressText(const std::string& what) const;

 private:
  struct Window {
    double seconds = 0;
    std::uint64_t count = 0;
    double sum = 0;
  };
  std::vector<double> batchValues() const;

  Settings s_;
  std::vector<Window> windows_;
  double lastT_ = 0;
  std::uint64_t lastCount_ = 0;
  double lastSum_ = 0;
  bool started_ = false;  ///< the warm-up is over and the first window is open
  double measuredS_ = 0;
  std::uint64_t measuredCount_ = 0;
  bool seen_ = false;  ///< a completion has been fed: the load has begun
  double firstT_ = 0;  ///< when
};

/// Watches a real run's feed on its own thread while the run goes on, reports the estimate
/// narrowing, and ends the load once the rule has seen enough, the maximum length has passed, or
/// the lab has fed nothing for kSilentS seconds (then the run has the fixed length kSilentS).
class RealLengthWatch {
 public:
  static constexpr double kSilentS = 10.0;
  enum class Ended { Precision, MaxLength, Silent, RunEnded };
  using Progress = std::function<void(double fraction, const std::string& stage)>;

  /// `what` names the key metric in the progress line.
  RealLengthWatch(RealLengthRule::Settings settings, std::string what, Progress progress);
  ~RealLengthWatch();
  RealLengthWatch(const RealLengthWatch&) = delete;
  RealLengthWatch& operator=(const RealLengthWatch&) = delete;

  real::RunFeed& feed() { return feed_; }
  /// After the run returned: stop watching. The rule and how it ended are final after this.
  void stop();
  const RealLengthRule& rule() const { return rule_; }
  Ended ended() const { return ended_; }

 private:
  void watch();

  real::RunFeed feed_;
  RealLengthRule rule_;
  std::string what_;
  Progress progress_;
  std::atomic<bool> done_{false};
  Ended ended_ = Ended::RunEnded;
  std::thread thread_;
};

}  // namespace amp::run
