// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QByteArray>
#include <QString>
#include <vector>

class QTextDocument;

#include "amp/run/compare.h"
#include "amp/run/lab.h"
#include "amp/run/sweep.h"
#include "store/run_store.h"

namespace amp::app {

/// "" when the file name ends in .png, .svg or .pdf, else a message saying what is allowed.
QString checkChartFile(const QString& file);
/// "" when the file name ends in .pdf, .html or .md, else a message saying what is allowed.
QString checkReportFile(const QString& file);

/// The run's main chart (the lab's first chart the run has data for) as PNG, SVG or PDF.
QString exportRunChart(const run::Lab& lab, const run::RunResult& r, const QString& file);
/// The key metric against the swept parameter, with CI bars and the model curve.
QString exportSweepChart(const run::Lab& lab, const std::string& key,
                         const std::vector<run::SweepPoint>& points, const QString& file);

/// What a report says besides the run: the name and note a person gave it, and their answers to
/// the lab's exercises (each exercise's latest attempt is reported).
struct ReportExtras {
  RunLabel label;
  std::vector<RunStore::Attempt> attempts;
};

/// The document a student hands in, for one run: a title page (lab, question, date, name, note),
/// the lab's claim, the verdict, model and measurement with CIs and the gap explained, the charts
/// at print size, the model's formula, the exercises with the student's answers and grades, the
/// parameters and seeds, the host, and the run's configuration (a PDF attachment, a JSON block in
/// HTML and Markdown) that `amplab batch --from-report` runs again. PDF, HTML (one file, images
/// inline) or Markdown (images as PNG files beside it) by the file's extension. Every text a
/// person wrote is escaped.
QString exportReport(const run::Lab& lab, const run::RunResult& r, const QString& file,
                     const ReportExtras& extras = {});

/// The report of one run as its PDF prints it (charts included), into `doc`, for a preview.
void previewReport(const run::Lab& lab, const run::RunResult& r, const ReportExtras& extras,
                   QTextDocument* doc);

/// A sweep's report: the curve with the model, and a row per point with its change from the one
/// before (paired by replication where the points replayed the same random numbers).
QString exportSweepReport(const run::Lab& lab, const std::string& key,
                          const std::vector<run::SweepPoint>& points, const QString& file,
                          const ReportExtras& extras = {});
/// The sweep's report as its PDF prints it, into `doc`, for a preview.
void previewSweepReport(const run::Lab& lab, const std::string& key,
                        const std::vector<run::SweepPoint>& points, const ReportExtras& extras,
                        QTextDocument* doc);

/// Two runs of one lab and the difference of its key metric (run::comparePairedRuns or
/// run::compareUnpaired), as the compare view and `amplab compare` measure it.
struct ComparedRuns {
  run::RunResult a, b;
  QString nameA, nameB;
  run::Difference difference;
};
/// The comparison's report: what differs, the difference with its CI, every metric of both runs,
/// their main charts, and both configurations (`amplab batch --from-report` runs both again).
QString exportComparisonReport(const run::Lab& lab, const ComparedRuns& c, const QString& file,
                               const ReportExtras& extras = {});
void previewComparisonReport(const run::Lab& lab, const ComparedRuns& c, const ReportExtras& extras,
                             QTextDocument* doc);

/// `runs export`: csv | json | pdf | html | md, into `file` or, when it is empty, into `bytes`.
QString exportRunData(const run::Lab& lab, const run::RunResult& r, const QString& format,
                      const QString& file, QByteArray* bytes = nullptr, const ReportExtras& extras = {});

/// The report as HTML or Markdown text (charts referenced as `chartImages`, may be empty).
QString reportHtml(const run::Lab& lab, const run::RunResult& r, const QStringList& chartImages,
                   const ReportExtras& extras = {});
QString reportMarkdown(const run::Lab& lab, const run::RunResult& r, const QStringList& chartImages,
                       const ReportExtras& extras = {});
/// Metrics as CSV: metric,unit,model,mean,ci_lo,ci_hi,p50,p95,p99.
QString metricsCsv(const run::Lab& lab, const run::RunResult& r);

}  // namespace amp::app
