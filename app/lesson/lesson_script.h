// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

#include "amp/run/params.h"

namespace amp::lesson {

/// What a step does (assets/lessons/README.md describes the JSON form of each).
enum class StepKind { Open, Set, Mode, Run, RunUntil, Ask, Reveal, Compare, Chart, Say };

/// `t >= 60 s` (simulated or real time) or `master_util >= 0.95` (a metric of the lab).
struct Condition {
  QString quantity;  ///< "t" or a metric key
  QString op;        ///< ">=", "<=", ">" or "<"
  double value = 0;  ///< for "t": seconds
  QString unit;      ///< as written after the number ("s", "ms"; a metric's unit or none)
  QString text;      ///< as written
  bool isTime() const { return quantity == QLatin1String("t"); }
  bool holds(double x) const;
  /// As written, with ≥ and ≤ for a screen.
  QString shown() const;
};

struct Step {
  StepKind kind = StepKind::Say;
  QString lab;                                   ///< Open
  std::vector<std::pair<QString, QString>> set;  ///< Set: key, value as text, by key
  QString mode;                                  ///< Mode: model | sim | real | compare
  Condition until;                               ///< RunUntil
  QString question, answer;                      ///< Ask
  QString chart;                                 ///< Chart: a chart id of the lab
  QString say;                                   ///< Say, or any step's caption
};

struct Lesson {
  QString title;
  QString lab;  ///< the lab open before the first step
  std::vector<Step> steps;
};

/// The script as JSON in the form parseLesson reads, one step per line (for a person to edit).
QByteArray toJson(const Lesson& lesson);
/// Reads a script's JSON (shape, step kinds, conditions' grammar; not the labs). "" on success,
/// else a message naming `file` and the JSON path ("foundations.json: steps[2]: ...").
QString parseLesson(const QByteArray& json, const QString& file, Lesson& out);
/// Reads the file, or a shipped script (":/lessons/ID.json") when `fileOrLab` is no file but a
/// lab's id; `path` receives what was read.
QString loadLesson(const QString& fileOrLab, Lesson& out, QString* path = nullptr);
/// "t >= 60 s", "master_util ≥ 0.95": "" or what is wrong.
QString parseCondition(const QString& text, Condition& out);

/// Everything a classroom would trip over, against the registered labs: every lab exists, every
/// key is a parameter of the lab open at that step and every value allowed (the lab's own
/// validation of the whole set, too), modes the lab has, every condition's metric and every
/// chart the lab's. Each problem names the step, 1-based: "step 3: 'workerz' is not a parameter
/// of foundations; allowed: …". Empty: the script is sound.
QStringList checkLesson(const Lesson& lesson);
/// One line for a sound script: "'Title': 12 steps on foundations (4 runs, 3 questions, 1 chart)".
QString summary(const Lesson& lesson);

/// Where the class is after step `index` (0-based) has been taken, replayed from the start, so
/// that going back re-applies an earlier step exactly.
struct State {
  QString lab;
  run::Params params;  ///< every parameter of `lab`
  QString mode = QStringLiteral("sim");
  int question = -1;  ///< the step whose question is on screen (from its ask to its reveal), or -1
  bool revealed = false;
};
State stateAt(const Lesson& lesson, int index);
/// What the step does, in words, for the lesson bar ("Set workers = 8", "Run until t ≥ 60 s").
QString describe(const Step& step);
/// What `to` sets differently from `from` (or `from` lacks): a set step's key and value as text,
/// numbers first, each in key order.
std::vector<std::pair<QString, QString>> changes(const run::Params& from, const run::Params& to);

}  // namespace amp::lesson
