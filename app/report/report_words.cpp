// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "report/report_words.h"

#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <cmath>

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
      return QStringLiteral("model");
    case run::Mode::Sim:
      return QStringLiteral("simulation");
    case run::Mode::Real:
      return QStringLiteral("real");
  }
  return {};
}

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
  l << QStringLiteral("CPU: %1").arg(q(r.host.cpuModel));
  l << QStringLiteral("Logical cores: %1%2").arg(r.host.cores).arg(r.host.smt ? " (SMT)" : "");
  l << QStringLiteral("Virtual machine: %1").arg(r.host.virtualized ? "yes" : "no");
  l << QStringLiteral("Frequency governor: %1").arg(q(r.host.governor));
  l << QStringLiteral("Asymmetry: %1").arg(q(r.host.asymmetry.empty() ? "none" : r.host.asymmetry));
  if (r.mode == run::Mode::Real) {
    l << QStringLiteral("Oversubscribed: %1").arg(r.oversubscribed ? "yes" : "no");
    for (const auto& p : r.placements) {
      QStringList cpus;
      for (int c : p.cpusSeen) cpus << QString::number(c);
      l << QStringLiteral("Thread %1: requested CPU %2, %3, ran on CPU %4")
               .arg(q(p.thread))
               .arg(p.requestedCpu < 0 ? QStringLiteral("any") : QString::number(p.requestedCpu))
               .arg(p.pinned ? "pinned" : "not pinned")
               .arg(cpus.join(", "));
    }
    for (const auto& [k, v] : r.facts) l << QStringLiteral("%1: %2").arg(q(k), fmt(v));
  }
  return l;
}

void addParameters(ReportDoc& d, const run::Lab& lab, const run::Params& params) {
  std::vector<QStringList> rows;
  for (const auto& p : lab.params())
    rows.push_back({q(p.label) + "\n(" + q(p.key) + ")", paramValue(p, params), q(p.unit)});
  d.table({QStringLiteral("parameter"), QStringLiteral("value"), QStringLiteral("unit")}, rows);
}

}  // namespace amp::app::words
