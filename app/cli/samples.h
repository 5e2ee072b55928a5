// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QString>
#include <cstdint>
#include <vector>

#include "amp/observe/observation.h"
#include "amp/run/lab.h"

namespace amp::app {

/// `run --samples FILE.csv`: every observation of the first replication (or real run), for students
/// who analyse in R or Python. Bounded: past `maxRows` records it keeps every 2nd, 4th, ... request
/// (all records of a kept request, chosen by a hash of its id, so requests are not biased by
/// arrival order), and each row carries the weight that undoes the thinning.
class SampleCsv final : public observe::ObservationSink {
 public:
  explicit SampleCsv(std::size_t maxRows = 1'000'000) : maxRows_(maxRows) {}
  void observe(const observe::Observation& o) override;

  /// Writes the CSV: time_s, kind, request, station, core, value, unit, class, weight. Times and
  /// durations are told in the lab's time (× `timeScale` for a real run at 1:k); durations in ms.
  /// Returns "" or the error.
  QString write(const QString& file, const run::Topology& topology, double timeScale) const;
  std::uint64_t seen() const { return seen_; }  ///< records offered
  std::size_t kept() const { return rows_.size(); }
  int keepEvery() const { return 1 << level_; }  ///< 1 = every request

 private:
  bool keeps(std::uint64_t entity, int level) const;

  std::size_t maxRows_;
  int level_ = 0;
  std::uint64_t seen_ = 0;
  std::vector<observe::Observation> rows_;
};

}  // namespace amp::app
