// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QByteArray>
#include <QString>
#include <vector>

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

/// A report of one run: parameters, host, model vs measurement, verdict, charts. PDF, HTML or
/// Markdown by the file's extension (Markdown charts are written as PNG files beside it).
/// The run's name and note, when it has them, are in the report (escaped as text).
QString exportReport(const run::Lab& lab, const run::RunResult& r, const QString& file,
                     const RunLabel& label = {});

/// `runs export`: csv | json | pdf | html | md, into `file` or, when it is empty, into `bytes`.
QString exportRunData(const run::Lab& lab, const run::RunResult& r, const QString& format,
                      const QString& file, QByteArray* bytes = nullptr, const RunLabel& label = {});

/// The report as HTML or Markdown text (charts referenced as `chartFiles`, may be empty).
QString reportHtml(const run::Lab& lab, const run::RunResult& r, const QStringList& chartImages,
                   const RunLabel& label = {});
QString reportMarkdown(const run::Lab& lab, const run::RunResult& r, const QStringList& chartImages,
                       const RunLabel& label = {});
/// Metrics as CSV: metric,unit,model,mean,ci_lo,ci_hi,p50,p95,p99.
QString metricsCsv(const run::Lab& lab, const run::RunResult& r);

}  // namespace amp::app
