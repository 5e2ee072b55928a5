// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

#include "amp/run/lab.h"
#include "store/run_store.h"

namespace amp::app {

/// The self-study path: the labs in the registry's order (LABS.md's, foundations first), each with
/// its exercises, and one profile's progress along it, computed from its stored attempts.
class StudyPath {
  Q_DECLARE_TR_FUNCTIONS(amp::app::StudyPath)

 public:
  struct Stop {
    const run::Lab* lab = nullptr;
    std::vector<bool> passed;  ///< per exercise, in the lab's order: passed at least once
    int attempts = 0;          ///< every attempt at this lab's exercises, passed or not
    int passedCount() const;
    int exerciseCount() const { return static_cast<int>(passed.size()); }
    /// Every exercise passed; a lab without exercises is never done (nothing to show for it).
    bool done() const { return !passed.empty() && passedCount() == exerciseCount(); }
  };
  /// Where to go on: a stop of the path and one of its exercises.
  struct Place {
    int stop = 0;
    int exercise = 0;
  };

  StudyPath(const std::vector<const run::Lab*>& labs, const std::vector<RunStore::Attempt>& attempts);
  /// The registered labs and the store profile's attempts (none without an open store).
  static StudyPath ofStore(const RunStore* store);

  const std::vector<Stop>& stops() const { return stops_; }
  /// Labs with exercises (a lab without any is on the path but counts for nothing).
  int labCount() const;
  int labsDone() const;
  int exerciseCount() const;
  int exercisesPassed() const;
  /// The first exercise not yet passed, in path order; none when all are.
  std::optional<Place> next() const;
  /// "4 of 14 labs, 9 of 42 exercises"
  QString summary() const;
  /// What counts, for a tooltip.
  static QString countingRule();

 private:
  std::vector<Stop> stops_;
};

}  // namespace amp::app
