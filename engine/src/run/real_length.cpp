// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/real_length.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <sstream>

#include "amp/observe/stats.h"

namespace amp::run {

RealLengthRule::RealLengthRule(Settings settings) : s_(settings) { s_.batches = std::max(s_.batches, 2); }

void RealLengthRule::observe(double tS, std::uint64_t count, double sum) {
  if (tS < lastT_ || count < lastCount_) return;  // a clock or counter that went back: ignore it
  if (!seen_ && count > 0) {
    // The warm-up counts from the load's first completion, not from when the lab began to
    // prepare (a calibration, a database to fill).
    seen_ = true;
    firstT_ = lastT_;
  }
  if (!started_) {
    // The first window opens at the first poll after the warm-up; what came before is deleted.
    if (seen_ && tS - firstT_ >= s_.warmupS) started_ = true;
  } else {
    windows_.push_back({tS - lastT_, count - lastCount_, sum - lastSum_});
    measuredS_ += tS - lastT_;
    measuredCount_ += count - lastCount_;
  }
  lastT_ = tS;
  lastCount_ = count;
  lastSum_ = sum;
}

std::vector<double> RealLengthRule::batchValues() const {
  std::vector<double> values;
  const std::size_t n = windows_.size();
  const auto b = static_cast<std::size_t>(s_.batches);
  if (n < b) return values;
  // Consecutive windows, as evenly shared as the count allows (the first n % b batches get one more).
  std::size_t i = 0;
  for (std::size_t k = 0; k < b; ++k) {
    const std::size_t size = n / b + (k < n % b ? 1 : 0);
    Window sumOf;
    for (std::size_t j = 0; j < size; ++j, ++i) {
      sumOf.seconds += windows_[i].seconds;
      sumOf.count += windows_[i].count;
      sumOf.sum += windows_[i].sum;
    }
    if (s_.estimate == Estimate::Rate) {
      if (sumOf.seconds > 0) values.push_back(sumOf.sum / sumOf.seconds);
    } else if (sumOf.count > 0) {
      values.push_back(sumOf.sum / static_cast<double>(sumOf.count));
    }
  }
  return values;
}

double RealLengthRule::relHalfWidth() const {
  const std::vector<double> values = batchValues();
  // A batch with no completion has no mean: with more than a quarter of them empty, the batches
  // are too short to say anything.
  if (values.size() < 2 || values.size() * 4 < static_cast<std::size_t>(s_.batches) * 3) return INFINITY;
  const observe::Interval ci = observe::tInterval(values);
  if (ci.mean == 0.0) return INFINITY;
  return ci.halfWidth() / std::abs(ci.mean);
}

double RealLengthRule::estimate() const {
  const std::vector<double> values = batchValues();
  if (values.empty()) return NAN;
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

bool RealLengthRule::enough() const {
  if (measuredS_ < s_.minMeasuredS || measuredCount_ < s_.minCompletions) return false;
  return relHalfWidth() <= s_.targetRelHalfWidth;
}

bool RealLengthRule::silent() const { return lastCount_ == 0 && lastT_ >= RealLengthWatch::kSilentS; }

std::string RealLengthRule::progressText(const std::string& what) const {
  std::ostringstream out;
  out.precision(2);
  out << std::fixed;
  if (!started_) {
    out << (seen_ ? "warm-up" : "starting") << " (" << lastT_ << " s)";
    return out.str();
  }
  const double hw = relHalfWidth();
  out << what;
  if (std::isfinite(hw)) {
    out.precision(1);
    out << " ±" << hw * 100 << "%";
  } else {
    out << " (CI not yet known)";
  }
  out.precision(1);
  out << " after " << measuredS_ << " s, " << measuredCount_ << " completions (target ±"
      << s_.targetRelHalfWidth * 100 << "%, at most " << s_.maxS << " s)";
  return out.str();
}

}  // namespace amp::run

namespace amp::run {

RealLengthWatch::RealLengthWatch(RealLengthRule::Settings settings, std::string what, Progress progress)
    : rule_(settings), what_(std::move(what)), progress_(std::move(progress)) {
  thread_ = std::thread([this] { watch(); });
}

RealLengthWatch::~RealLengthWatch() { stop(); }

void RealLengthWatch::stop() {
  done_.store(true, std::memory_order_release);
  if (thread_.joinable()) thread_.join();
}

void RealLengthWatch::watch() {
  using Clock = std::chrono::steady_clock;
  constexpr auto kPoll = std::chrono::milliseconds(100);
  const auto start = Clock::now();
  auto next = start + kPoll;
  while (!done_.load(std::memory_order_acquire)) {
    // Short sleeps: the run may end at any moment and its runner waits for this thread.
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (Clock::now() < next) continue;
    next += kPoll;
    const double t = std::chrono::duration<double>(Clock::now() - start).count();
    rule_.observe(t, feed_.count(), static_cast<double>(feed_.sum()));
    if (progress_) {
      // A CI narrows as 1/√n: (target / now)² is the share of the run behind us.
      const double hw = rule_.relHalfWidth();
      const double byPrecision =
          std::isfinite(hw) ? std::pow(rule_.settings().targetRelHalfWidth / hw, 2) : 0.0;
      progress_(std::clamp(std::max(t / rule_.settings().maxS, byPrecision), 0.0, 0.99),
                rule_.progressText(what_));
    }
    Ended why = Ended::RunEnded;
    if (rule_.enough()) {
      why = Ended::Precision;
    } else if (rule_.timeUp()) {
      why = Ended::MaxLength;
    } else if (rule_.silent()) {
      why = Ended::Silent;
    }
    if (why != Ended::RunEnded) {
      ended_ = why;
      feed_.endLoad();
      return;
    }
  }
}

}  // namespace amp::run
