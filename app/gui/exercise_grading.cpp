// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/exercise_grading.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

#include "widgets/format.h"

namespace amp::app {

std::string ExerciseGrading::params(const std::vector<run::ParamSpec>& specs, const run::Exercise& exercise,
                                    run::Params& out) {
  // An exercise's settings are changes from the defaults: its prompt is written against them.
  out = run::defaults(specs);
  for (const auto& [k, v] : exercise.setup) {
    std::string err = run::applySetting(specs, out, k, v);
    if (!err.empty()) return err;
  }
  return {};
}

ExerciseGrading::Grade ExerciseGrading::grade(const run::Exercise& e, const run::MetricSpec* m,
                                              double prediction, double answer, double ciLo, double ciHi,
                                              const QString& source) {
  return grade(e, m, prediction, answer, ciLo, ciHi, source, 1.0, {});
}

double ExerciseGrading::hostWidening(const run::RunResult& r, QString& why) {
  why.clear();
  if (r.mode != run::Mode::Real) return 1.0;
  double k = 1.0;
  QStringList reasons;
  if (r.host.virtualized) {
    k *= 2;
    reasons << tr("this is a virtual machine, whose timings are noisier");
  }
  if (r.oversubscribed) {
    k *= 2;
    reasons << tr("the run had more threads than cores");
  }
  why = reasons.join(tr(" and "));
  return k;
}

ExerciseGrading::Grade ExerciseGrading::grade(const run::Exercise& e, const run::MetricSpec* m,
                                              double prediction, double answer, double ciLo, double ciHi,
                                              const QString& source, double widening, const QString& why) {
  const double tolerance = e.tolerance * std::max(1.0, widening);
  const bool withinTolerance = std::fabs(prediction - answer) <= tolerance * std::fabs(answer);
  const bool withinCi = !std::isnan(ciLo) && ciLo <= prediction && prediction <= ciHi;
  const bool passed = withinTolerance || withinCi;
  const std::string unit = m != nullptr ? m->unit : std::string();
  QString answerText = tr("The %1 gives %2").arg(source, widgets::formatWithUnit(answer, unit));
  if (!std::isnan(ciLo))
    answerText += tr(" (95% CI %1 … %2)").arg(widgets::formatValue(ciLo), widgets::formatValue(ciHi));
  answerText += QStringLiteral(".");
  if (!e.explanation.empty()) answerText += QStringLiteral("\n") + widgets::labText(e.explanation);
  const QString predicted = widgets::formatWithUnit(prediction, unit);
  QString text;
  if (passed) {
    text = tr("You predicted %1; the %2 gives %3. Passed ✓ (within %4%).")
               .arg(predicted, source, widgets::formatWithUnit(answer, unit),
                    widgets::formatValue(tolerance * 100, 3));
  } else {
    const double off = answer != 0 ? 100.0 * (prediction - answer) / std::fabs(answer) : 0.0;
    text =
        (off >= 0 ? tr("You predicted %1. Not yet: that is %2% above what the %3 gives; within %4% passes.")
                  : tr("You predicted %1. Not yet: that is %2% below what the %3 gives; within %4% passes."))
            .arg(predicted, widgets::formatValue(std::fabs(off), 3), source,
                 widgets::formatValue(tolerance * 100, 3)) +
        QStringLiteral(" ") + tr("Think again, or show the answer.");
  }
  if (widening > 1.0)
    text += QStringLiteral(" ") + tr("The tolerance was widened from %1% to %2% because %3.")
                                      .arg(widgets::formatValue(e.tolerance * 100, 3),
                                           widgets::formatValue(tolerance * 100, 3), why);
  return {passed, text, answerText};
}

}  // namespace amp::app
