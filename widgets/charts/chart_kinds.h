// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
// Private to the chart builders: one builder per chart kind, each in its own file here, and the
// helpers they share. buildChart() (widgets/chart_builder.cpp) dispatches on the kind.
#include <QCoreApplication>
#include <QString>
#include <limits>
#include <string>

#include "widgets/chart_builder.h"

namespace amp::widgets {

PlotData buildTimeSeries(const ChartInputs& in);
PlotData buildHistogram(const ChartInputs& in);
PlotData buildSweepCurve(const ChartInputs& in);
PlotData buildBarsPerStation(const ChartInputs& in);
PlotData buildStackedBars(const ChartInputs& in);
PlotData buildBarsPerEntity(const ChartInputs& in);
PlotData buildHeatMap(const ChartInputs& in);
PlotData buildTimeline(const ChartInputs& in);
PlotData buildLearningCurve(const ChartInputs& in);

// The chart texts share one translation context with the rest of the widgets' free functions.
inline QString tr(const char* text) { return QCoreApplication::translate("amp::widgets", text); }

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The chart's first metric (the one a time series or histogram shows), nullptr if none.
const run::MetricSpec* firstMetric(const ChartInputs& in);
/// "Label [unit]" of a metric, else `fallback`.
QString metricTitle(const run::MetricSpec* m, const std::string& fallback);
/// The model's value of `key`; NaN without a model, while it is hidden, or when it has none.
double modelValue(const ChartInputs& in, const std::string& key);
const run::MetricValue* resultMetric(const run::RunResult* r, const std::string& key);
/// A dashed line at the model's value of `key` (vertical on a histogram's x axis).
void addModelLine(PlotData& d, const ChartInputs& in, const std::string& key, const std::string& unit,
                  bool vertical);

}  // namespace amp::widgets
