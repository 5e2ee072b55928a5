// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QSize>
#include <QString>
#include <string>
#include <vector>

#include "amp/run/lab.h"
#include "amp/run/sweep.h"
#include "widgets/plot_data.h"

namespace amp::widgets {

/// Chart export without a window, for the command line and reports. The format follows the
/// suffix of `file`: .png, .svg or .pdf. Each returns "" on success, else a message.
/// A QApplication must exist (QT_QPA_PLATFORM=offscreen is enough; no display is needed).
/// `fontPt` > 0 sets the chart's text size in points (a report sizes it for print); 0 keeps the
/// application's font.

/// Any plot data.
QString exportPlot(const PlotData& plot, const QString& file, QSize size = QSize(1000, 620),
                   double fontPt = 0);

/// One of the lab's charts for a finished run, with the model at the run's parameters drawn on it.
QString exportChart(const run::Lab& lab, const run::ChartSpec& spec, const run::RunResult& result,
                    const QString& file, QSize size = QSize(1000, 620), double fontPt = 0);

/// A sweep: `metric` over the swept parameter, the points with their 95% CI and the model curve.
/// An empty `metric` charts the lab's key metric.
QString exportSweep(const run::Lab& lab, const run::SweepSpec& sweep,
                    const std::vector<run::SweepPoint>& points, const std::string& metric,
                    const QString& file, QSize size = QSize(1000, 620), double fontPt = 0);

/// The same, with the sweep described by its points alone: the swept key, and the parameters of
/// the first point as the base of the model curve.
QString exportSweep(const run::Lab& lab, const std::string& key, const std::vector<run::SweepPoint>& points,
                    const std::string& metric, const QString& file, QSize size = QSize(1000, 620),
                    double fontPt = 0);

/// The chart a run exports when none is named: the lab's first chart, else one that compares the
/// model with the run's key metric.
run::ChartSpec defaultChart(const run::Lab& lab);

}  // namespace amp::widgets
