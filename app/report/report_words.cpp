// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "report/report_words.h"

#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <cmath>

#include "widgets/format.h"
#include "widgets/lab_text_file.h"

namespace amp::app::words {

QString fmt(double v) {
  if (!std::isfinite(v)) return QStringLiteral("–");
  // The configuration a report carries for `batch --from-report` is paramValue's, always with '.'.
  QLocale locale;
  locale.setNumberOptions(QLocale::OmitGroupSeparator);
  return locale.toString(v, 'g', 5);
}

QString interval(double lo, double hi) {
  const QString separator =
      QLocale().decimalPoint() == QLatin1String(",") ? QStringLiteral("; ") : QStringLiteral(", ");
  return QLatin1Char('[') + fmt(lo) + separator + fmt(hi) + QLatin1Char(']');
}

QString modeWord(run::Mode m) {
  switch (m) {
    case run::Mode::Model:
      return ReportWords::tr("model");
    case run::Mode::Sim:
      return ReportWords::tr("simulation");
    case run::Mode::Real:
      return ReportWords::tr("real");
  }
  return {};
}

QString statusWord(run::RunStatus s) {
  switch (s) {
    case run::RunStatus::Ok:
      return ReportWords::tr("ok");
    case run::RunStatus::Cancelled:
      return ReportWords::tr("cancelled");
    case run::RunStatus::Failed:
      return ReportWords::tr("failed");
  }
  return {};
}

QString fromLab(const std::string& english) { return widgets::labText(english); }

QString paramValue(const run::ParamSpec& p, const run::Params& params) {
  if (params.texts().count(p.key)) {
    // A table's rows one per line: a table cell never breaks inside a line, and a long table must fit.
    const QString text = q(params.texts().at(p.key));
    return p.kind == run::ParamKind::Table
               ? QString(text).replace(QLatin1String("],["), QLatin1String("],\n["))
               : text;
  }
  return params.nums().count(p.key) ? QString::number(params.nums().at(p.key), 'g', 6) : QString();
}

QString unitOf(const run::Lab& lab, const std::string& key) {
  for (const auto& m : lab.metrics())
    if (m.key == key) return q(m.unit);
  for (const auto& v : lab.modelValues())
    if (v.key == key) return q(v.unit);
  return {};
}

QString claimOf(const run::Lab& lab) {
  // The lab's text in the user interface's language, like its page.
  const QString text = widgets::labTextFile(lab.info().id);
  QStringList quote;
  for (const QString& line : text.split(QLatin1Char('\n'))) {
    if (line.startsWith(QLatin1Char('>'))) {
      quote << line.mid(1).trimmed();
    } else if (!quote.isEmpty() || line.startsWith(QLatin1String("## "))) {
      break;
    }
  }
  std::string problems;
  return widgets::fillModelNumbersLocalized(lab, quote.join(QLatin1Char(' ')), problems);
}

QStringList hostLines(const run::RunResult& r) {
  QStringList l;
  const auto yesNo = [](bool b) { return b ? ReportWords::tr("yes") : ReportWords::tr("no"); };
  l << ReportWords::tr("CPU: %1").arg(q(r.host.cpuModel));
  l << ReportWords::tr("Logical cores: %1%2").arg(r.host.cores).arg(r.host.smt ? " (SMT)" : "");
  l << ReportWords::tr("Virtual machine: %1").arg(yesNo(r.host.virtualized));
  l << ReportWords::tr("Frequency governor: %1").arg(q(r.host.governor));
  l << ReportWords::tr("Asymmetry: %1")
           .arg(r.host.asymmetry.empty() ? ReportWords::tr("none") : q(r.host.asymmetry));
  if (r.mode == run::Mode::Real) {
    l << ReportWords::tr("Oversubscribed: %1").arg(yesNo(r.oversubscribed));
    for (const auto& p : r.placements) {
      QStringList cpus;
      for (int c : p.cpusSeen) cpus << QString::number(c);
      l << ReportWords::tr("Thread %1: requested CPU %2, %3, ran on CPU %4")
               .arg(q(p.thread))
               .arg(p.requestedCpu < 0 ? ReportWords::tr("any") : QString::number(p.requestedCpu))
               .arg(p.pinned ? ReportWords::tr("pinned") : ReportWords::tr("not pinned"))
               .arg(cpus.join(", "));
    }
    for (const auto& [k, v] : r.facts) l << QStringLiteral("%1: %2").arg(q(k), fmt(v));
  }
  return l;
}

void addParameters(ReportDoc& d, const run::Lab& lab, const run::Params& params) {
  std::vector<QStringList> rows;
  for (const auto& p : lab.params())
    rows.push_back({fromLab(p.label) + "\n(" + q(p.key) + ")", paramValue(p, params), q(p.unit)});
  d.table({ReportWords::tr("parameter"), ReportWords::tr("value"), ReportWords::tr("unit")}, rows);
}

}  // namespace amp::app::words
