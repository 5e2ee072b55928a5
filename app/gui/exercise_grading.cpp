// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/exercise_grading.h"

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
  const bool withinTolerance = std::fabs(prediction - answer) <= e.tolerance * std::fabs(answer);
  const bool withinCi = !std::isnan(ciLo) && ciLo <= prediction && prediction <= ciHi;
  const bool passed = withinTolerance || withinCi;
  const std::string unit = m != nullptr ? m->unit : std::string();
  QString text =
      tr("You predicted %1; the %2 gives %3")
          .arg(widgets::formatWithUnit(prediction, unit), source, widgets::formatWithUnit(answer, unit));
  if (!std::isnan(ciLo))
    text += tr(" (95% CI %1 … %2)").arg(widgets::formatValue(ciLo), widgets::formatValue(ciHi));
  const double off = answer != 0 ? 100.0 * (prediction - answer) / std::fabs(answer) : 0.0;
  text += QStringLiteral(". ");
  text += passed ? tr("Passed ✓ (within %1%).").arg(widgets::formatValue(e.tolerance * 100, 3))
                 : tr("Not yet: %1% off; within %2% passes.")
                       .arg(widgets::formatValue(off, 3), widgets::formatValue(e.tolerance * 100, 3));
  if (!e.explanation.empty()) text += QStringLiteral("\n") + widgets::labText(e.explanation);
  return {passed, text};
}

}  // namespace amp::app
