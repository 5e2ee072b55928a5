// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The checker: a script read against the registered labs, so that a renamed key breaks a test
// rather than a lecture.
#include <QCoreApplication>
#include <algorithm>

#include "amp/labs/registry.h"
#include "amp/run/lab.h"
#include "amp/run/runner.h"
#include "lesson/lesson_script.h"

namespace amp::lesson {

namespace {

template <typename T, typename Key>
QString keysOf(const std::vector<T>& items, Key key) {
  QStringList keys;
  for (const auto& item : items) keys << QString::fromStdString(key(item));
  return keys.join(", ");
}

// The context lupdate gives a tr() in this namespace (as in lesson_script.cpp).
QString tr(const char* text) { return QCoreApplication::translate("amp::lesson", text); }

QString labIds() {
  QStringList ids;
  for (const auto& lab : labs::allLabs()) ids << QString::fromStdString(lab->info().id);
  return ids.join(", ");
}

}  // namespace

QStringList checkLesson(const Lesson& lesson) {
  QStringList problems;
  const run::Lab* lab = labs::findLab(lesson.lab.toStdString());
  if (lab == nullptr) problems << tr("lab: there is no lab '%1'; labs: %2").arg(lesson.lab, labIds());
  run::Params params = lab != nullptr ? run::defaults(lab->params()) : run::Params{};
  QString mode = "sim";
  int runs = 0;
  bool questionOpen = false;
  for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
    const Step& s = lesson.steps[i];
    auto problem = [&](const QString& text) { problems << tr("step %1: %2").arg(i + 1).arg(text); };
    const QString labId = lab != nullptr ? QString::fromStdString(lab->info().id) : QString("?");
    if (s.kind == StepKind::Open) {
      lab = labs::findLab(s.lab.toStdString());
      if (lab == nullptr) problem(tr("there is no lab '%1'; labs: %2").arg(s.lab, labIds()));
      if (lab != nullptr) params = run::defaults(lab->params());
      continue;
    }
    if (lab == nullptr) continue;  // said once where the lab was named
    switch (s.kind) {
      case StepKind::Set: {
        const auto specs = lab->params();
        bool each = true;
        for (const auto& [k, v] : s.set) {
          if (run::findSpec(specs, k.toStdString()) == nullptr) {
            problem(tr("'%1' is not a parameter of %2; allowed: %3")
                        .arg(k, labId, keysOf(specs, [](const run::ParamSpec& p) { return p.key; })));
            each = false;
          } else if (std::string e = run::applySetting(specs, params, k.toStdString(), v.toStdString());
                     !e.empty()) {
            problem(QString::fromStdString(e));
            each = false;
          }
        }
        // Rules across parameters ("live_objects ≤ heap_objects") only once each value is allowed.
        if (each)
          if (std::string e = lab->paramsProblem(params); !e.empty()) problem(QString::fromStdString(e));
        break;
      }
      case StepKind::Mode:
        if ((s.mode == "real" && !lab->hasReal()) || (s.mode == "sim" && !lab->hasSim()))
          problem((s.mode == "real" ? tr("%1 has no real mode; allowed: %2")
                                    : tr("%1 has no simulation; allowed: %2"))
                      .arg(labId, QStringLiteral("model") + (lab->hasSim() ? ", sim" : "") +
                                      (lab->hasReal() ? ", real" : "") + ", compare"));
        mode = s.mode;
        break;
      case StepKind::Run:
        ++runs;
        break;
      case StepKind::RunUntil: {
        if (mode == "model") problem(tr("run_until needs a simulation or a real run, but the mode is model"));
        if (s.until.isTime()) break;
        const auto metrics = lab->metrics();
        const auto it = std::find_if(metrics.begin(), metrics.end(), [&](const run::MetricSpec& m) {
          return m.key == s.until.quantity.toStdString();
        });
        if (it == metrics.end())
          problem(tr("'%1' is not a metric of %2; allowed: t (time in s), %3")
                      .arg(s.until.quantity, labId,
                           keysOf(metrics, [](const run::MetricSpec& m) { return m.key; })));
        else if (!s.until.unit.isEmpty() && s.until.unit.toStdString() != it->unit)
          problem(tr("%1 is in '%2', not '%3'")
                      .arg(s.until.quantity, QString::fromStdString(it->unit), s.until.unit));
        break;
      }
      case StepKind::Ask:
        questionOpen = true;
        break;
      case StepKind::Reveal:
        if (!questionOpen) problem(tr("reveal has no question before it (an 'ask' step)"));
        questionOpen = false;
        break;
      case StepKind::Compare:
        if (runs < 2)
          problem(tr("compare needs two 'run' steps before it (a run_until's run is stopped, not finished)"));
        break;
      case StepKind::Chart: {
        const auto charts = lab->charts();
        if (std::none_of(charts.begin(), charts.end(),
                         [&](const run::ChartSpec& c) { return c.id == s.chart.toStdString(); }))
          problem(tr("'%1' is not a chart of %2; allowed: %3")
                      .arg(s.chart, labId, keysOf(charts, [](const run::ChartSpec& c) { return c.id; })));
        break;
      }
      default:
        break;
    }
  }
  return problems;
}

QString summary(const Lesson& lesson) {
  int runs = 0, questions = 0, charts = 0;
  QStringList labs{lesson.lab};
  for (const Step& s : lesson.steps) {
    runs += s.kind == StepKind::Run || s.kind == StepKind::RunUntil;
    questions += s.kind == StepKind::Ask;
    charts += s.kind == StepKind::Chart;
    if (s.kind == StepKind::Open && !labs.contains(s.lab)) labs << s.lab;
  }
  return tr("'%1': %2 steps on %3 (%4 runs, %5 questions, %6 charts)")
      .arg(lesson.title)
      .arg(lesson.steps.size())
      .arg(labs.join(", "))
      .arg(runs)
      .arg(questions)
      .arg(charts);
}

}  // namespace amp::lesson
