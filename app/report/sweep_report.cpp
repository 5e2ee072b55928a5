// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// A sweep's report: the curve with the model, and a row per point with the change from the one
// before, paired by replication.
#include <QTemporaryDir>

#include "amp/run/compare.h"
#include "report/chart_render.h"
#include "report/report.h"
#include "report/report_words.h"
#include "report/report_writer.h"

namespace amp::app {

namespace {

using namespace words;

/// The change from point i − 1 to point i of `metric`, with its CI, "–" where none can be said.
QString changeFromPrevious(const std::vector<run::SweepPoint>& points, std::size_t i,
                           const std::string& metric, bool& paired) {
  if (i == 0) return QStringLiteral("–");
  const run::Difference d = run::compareReplications(points[i - 1].result, points[i].result, metric);
  if (!d.error.empty()) return QStringLiteral("–");
  paired = paired || d.paired;
  return QStringLiteral("%1%2 %3%4")
      .arg(d.diff >= 0 ? "+" : "", fmt(d.diff), interval(d.ciLo, d.ciHi),
           d.paired ? QString() : ReportWords::tr(" unpaired"));
}

DrawnReport drawSweepReport(const run::Lab& lab, const std::string& key,
                            const std::vector<run::SweepPoint>& points, const ReportExtras& extras,
                            const QString& folder, const QString& report) {
  DrawnReport out;
  const QString img = chartFile(folder, report, "sweep");
  if (renderSweepChart(lab, key, points, img, kReportChartSize, kReportChartFontPt).isEmpty())
    out.images << img;
  out.pdfTitle = ReportWords::tr("%1 — sweep").arg(fromLab(lab.info().title));
  out.make = [&lab, key, &points, extras](const QStringList& sources) {
    const auto specs = lab.params();
    const auto* swept = run::findSpec(specs, key);
    const std::string metric = lab.keyMetric();
    const QString unit = unitOf(lab, metric);
    const run::RunResult& first = points.front().result;
    ReportDoc d;
    d.title(extras.label.name.isEmpty() ? ReportWords::tr("%1 — sweep").arg(fromLab(lab.info().title))
                                        : extras.label.name);
    d.subtitle(ReportWords::tr("AMP Lab · %1 · a %2 sweep over %3")
                   .arg(fromLab(lab.info().title), modeWord(first.mode),
                        swept != nullptr ? fromLab(swept->label) : q(key)));
    d.paragraph(ReportWords::tr("Question: %1").arg(fromLab(lab.info().question)));
    if (!extras.label.notes.isEmpty()) d.quote(extras.label.notes);
    if (const QString claim = claimOf(lab); !claim.isEmpty()) {
      d.heading(ReportWords::tr("The claim"));
      d.quote(claim);
    }
    d.heading(ReportWords::tr("The curve"));
    for (const QString& s : sources)
      d.image(s, ReportWords::tr("%1 against %2, with 95% CIs and the model")
                     .arg(q(metric), swept != nullptr ? fromLab(swept->label) : q(key)));
    d.heading(ReportWords::tr("Point by point"));
    std::vector<QStringList> rows;
    bool anyPaired = false;
    for (std::size_t i = 0; i < points.size(); ++i) {
      const run::RunResult& r = points[i].result;
      const auto m = r.metrics.find(metric);
      const auto mv = r.model.values.find(metric);
      rows.push_back({fmt(points[i].value) +
                          (swept != nullptr && !swept->unit.empty() ? " " + q(swept->unit) : QString()),
                      mv != r.model.values.end() ? fmt(mv->second) : QStringLiteral("–"),
                      m != r.metrics.end() ? fmt(m->second.mean) : QStringLiteral("–"),
                      m != r.metrics.end() ? interval(m->second.ciLo, m->second.ciHi) : QStringLiteral("–"),
                      changeFromPrevious(points, i, metric, anyPaired), QString::number(r.reps),
                      QString::number(r.seed), statusWord(r.status)});
    }
    d.table({swept != nullptr ? q(swept->key) : q(key),
             ReportWords::tr("model %1").arg(q(metric)) + (unit.isEmpty() ? "" : " [" + unit + "]"),
             modeWord(first.mode), ReportWords::tr("95% CI"),
             ReportWords::tr("change from the\nprevious point, 95% CI"), ReportWords::tr("replications"),
             ReportWords::tr("seed"), ReportWords::tr("status")},
            rows);
    if (anyPaired)
      d.paragraph(ReportWords::tr(
          "Every point replays the same random numbers, so replication i of one point and of the next saw "
          "the same arrivals and job sizes: the change is measured pair by pair, and its CI is narrower "
          "than the two points' own CIs suggest. A change whose CI excludes 0 is shown by this sweep."));
    d.heading(ReportWords::tr("Parameters of the first point"));
    addParameters(d, lab, first.params);
    d.heading(ReportWords::tr("Host"));
    d.list(hostLines(first));
    return d;
  };
  return out;
}

}  // namespace

QString exportSweepReport(const run::Lab& lab, const std::string& key,
                          const std::vector<run::SweepPoint>& points, const QString& file,
                          const ReportExtras& extras) {
  if (const QString e = checkReportFile(file); !e.isEmpty()) return e;
  if (points.empty()) return ReportWords::tr("the sweep has no points to report");
  QTemporaryDir tmp;
  return writeReport(drawSweepReport(lab, key, points, extras, chartFolder(file, tmp), file), file);
}

void previewSweepReport(const run::Lab& lab, const std::string& key,
                        const std::vector<run::SweepPoint>& points, const ReportExtras& extras,
                        QTextDocument* doc) {
  if (points.empty()) return;
  QTemporaryDir tmp;
  typesetReport(drawSweepReport(lab, key, points, extras, tmp.path(), QStringLiteral("preview")), doc);
}

}  // namespace amp::app
