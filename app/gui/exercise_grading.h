// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QCoreApplication>
#include <QString>
#include <string>
#include <vector>

#include "amp/run/lab.h"

namespace amp::app {

/// Predict, then run: the parameters an exercise asks for and the grade of a prediction.
class ExerciseGrading {
  Q_DECLARE_TR_FUNCTIONS(amp::app::ExerciseGrading)

 public:
  /// The exercise's settings applied to the lab's defaults (its prompt is written against them),
  /// into `out`; "" on success, else the lab's complaint about a setting.
  static std::string params(const std::vector<run::ParamSpec>& specs, const run::Exercise& exercise,
                            run::Params& out);

  struct Grade {
    bool passed = false;
    /// The verdict: the prediction and how far off it was. A miss does not give the answer away,
    /// so the student can think again before asking for it.
    QString text;
    QString answer;  ///< the answer with its CI and the exercise's explanation, shown on demand
  };
  /// Passed within the exercise's tolerance of `answer`, or inside its 95% CI [ciLo, ciHi]
  /// (NaN: none). `source` names where the answer comes from ("model", "simulation").
  static Grade grade(const run::Exercise& exercise, const run::MetricSpec* metric, double prediction,
                     double answer, double ciLo, double ciHi, const QString& source);
  /// A real run's answer carries the host's noise: on a virtual machine, or with more threads
  /// than cores, the tolerance widens (×2 each) and the grade says why. 1 and "" elsewhere.
  static double hostWidening(const run::RunResult& r, QString& why);
  static Grade grade(const run::Exercise& exercise, const run::MetricSpec* metric, double prediction,
                     double answer, double ciLo, double ciHi, const QString& source, double widening,
                     const QString& why);
};

}  // namespace amp::app
