// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/study_path.h"

#include <algorithm>

#include "amp/labs/registry.h"

namespace amp::app {

int StudyPath::Stop::passedCount() const {
  return static_cast<int>(std::count(passed.begin(), passed.end(), true));
}

StudyPath::StudyPath(const std::vector<const run::Lab*>& labs,
                     const std::vector<RunStore::Attempt>& attempts) {
  for (const run::Lab* lab : labs) {
    Stop stop;
    stop.lab = lab;
    const auto exercises = lab->exercises();
    const QString labId = QString::fromStdString(lab->info().id);
    for (const auto& e : exercises) {
      const QString id = QString::fromStdString(e.id);
      stop.passed.push_back(std::any_of(attempts.begin(), attempts.end(), [&](const RunStore::Attempt& a) {
        return a.passed && a.lab == labId && a.exercise == id;
      }));
    }
    stop.attempts = static_cast<int>(std::count_if(
        attempts.begin(), attempts.end(), [&](const RunStore::Attempt& a) { return a.lab == labId; }));
    stops_.push_back(std::move(stop));
  }
}

StudyPath StudyPath::ofStore(const RunStore* store) {
  std::vector<const run::Lab*> labs;
  for (const auto& lab : labs::allLabs()) labs.push_back(lab.get());
  return StudyPath(
      labs, store != nullptr && store->isOpen() ? store->attempts() : std::vector<RunStore::Attempt>{});
}

int StudyPath::labCount() const {
  return static_cast<int>(
      std::count_if(stops_.begin(), stops_.end(), [](const Stop& s) { return s.exerciseCount() > 0; }));
}

int StudyPath::labsDone() const {
  return static_cast<int>(
      std::count_if(stops_.begin(), stops_.end(), [](const Stop& s) { return s.done(); }));
}

int StudyPath::exerciseCount() const {
  int n = 0;
  for (const Stop& s : stops_) n += s.exerciseCount();
  return n;
}

int StudyPath::exercisesPassed() const {
  int n = 0;
  for (const Stop& s : stops_) n += s.passedCount();
  return n;
}

std::optional<StudyPath::Place> StudyPath::next() const {
  for (std::size_t i = 0; i < stops_.size(); ++i) {
    const auto& passed = stops_[i].passed;
    const auto open = std::find(passed.begin(), passed.end(), false);
    if (open != passed.end()) return Place{static_cast<int>(i), static_cast<int>(open - passed.begin())};
  }
  return std::nullopt;
}

QString StudyPath::summary() const {
  return tr("%1 of %2 labs, %3 of %4 exercises")
      .arg(labsDone())
      .arg(labCount())
      .arg(exercisesPassed())
      .arg(exerciseCount());
}

QString StudyPath::countingRule() {
  return tr(
      "An exercise counts once one of your predictions for it has passed; a lab counts when every one "
      "of its exercises has. Failed attempts are kept too, and never undo a pass.");
}

}  // namespace amp::app
