// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QObject>
#include <atomic>
#include <optional>
#include <string>
#include <thread>

#include "amp/run/compare.h"

namespace amp::app {

/// "Is B better than A?" for the compare view: B − A of one metric with its own 95% CI. Two
/// simulations are run again as replication pairs with common random numbers, off the GUI thread
/// (seconds); any other pair of runs is compared from their own CIs at once.
class ComparisonWorker : public QObject {
  Q_OBJECT

 public:
  explicit ComparisonWorker(QObject* parent = nullptr);
  ~ComparisonWorker() override;  ///< cancels a comparison going on and waits for it

  void start(const run::Lab& lab, const run::RunResult& a, const run::RunResult& b, const std::string& key);
  /// Stops a comparison going on (within the runner's 100 ms) and forgets the result.
  void cancel();
  bool running() const { return thread_.joinable() && !result_; }
  const std::optional<run::Difference>& result() const { return result_; }

 signals:
  void finished();

 private:
  std::thread thread_;
  std::atomic<bool> cancel_{false};
  std::optional<run::Difference> result_;
  int generation_ = 0;  ///< a result posted by a cancelled comparison is dropped
};

}  // namespace amp::app
