// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QSize>
#include <QString>
#include <vector>

#include "amp/run/lab.h"
#include "amp/run/sweep.h"

namespace amp::app {

/// The charts of a lab that a finished run has data for, in the lab's order.
std::vector<run::ChartSpec> reportChartsOf(const run::Lab& lab, const run::RunResult& r);
/// The first of those (or a latency chart when the lab declares none).
run::ChartSpec mainChartOf(const run::Lab& lab, const run::RunResult& r);
/// Draws one chart of a finished run offscreen into PNG, SVG or PDF (by extension), `size` pixels
/// with text of `fontPt` points (0: the application's font).
QString renderRunChart(const run::Lab& lab, const run::RunResult& r, const run::ChartSpec& spec,
                       const QString& file, QSize size = QSize(1000, 620), double fontPt = 0);
/// The lab's key metric against the swept parameter, CI bars and model curve.
QString renderSweepChart(const run::Lab& lab, const std::string& key,
                         const std::vector<run::SweepPoint>& points, const QString& file,
                         QSize size = QSize(1000, 620), double fontPt = 0);

}  // namespace amp::app
