// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QColor>
#include <QString>
#include <functional>
#include <utility>
#include <vector>

#include "amp/run/lab.h"
#include "amp/run/sweep.h"
#include "widgets/live_stats.h"
#include "widgets/plot_data.h"

namespace amp::widgets {

/// A finished run to draw, with the name and colour it has in the legend.
struct ResultSource {
  QString name;
  QColor color;
  const run::RunResult* result = nullptr;
};

/// Everything a chart may draw. Only `lab` and `spec` are required; each kind uses what it needs.
struct ChartInputs {
  const run::Lab* lab = nullptr;
  const run::ChartSpec* spec = nullptr;
  const std::vector<run::MetricSpec>* metrics = nullptr;  ///< lab->metrics(), cached by the caller
  const run::Params* params = nullptr;      ///< current parameters (model curves, "you are here")
  const run::ModelResult* model = nullptr;  ///< the model at `params`
  std::vector<ResultSource> results;
  const LiveStats* live = nullptr;  ///< the run going on
  QColor liveColor;
  const std::vector<run::SweepPoint>* sweep = nullptr;
  /// false: no model lines or curves (while a student predicts, the model is the answer).
  bool showModel = true;
};

/// Renders a lab's chart declaration into plot data. Pure: no widgets, no lab names.
PlotData buildChart(const ChartInputs& in);

/// Whether the chart follows the live stream (redrawn every frame) or only results and params.
bool isLiveChart(const run::ChartSpec& spec);

/// Finds a metric spec by key, nullptr if the lab has none.
const run::MetricSpec* findMetric(const std::vector<run::MetricSpec>& metrics, const std::string& key);

/// Histogram counts re-binned onto `bins` equal (linear or log) bins over [lo, hi]: buckets are
/// (lower, upper, count), counts spread by overlap. Used for live and stored histograms alike.
struct Bucket {
  double lo = 0, hi = 0, count = 0;
};
std::vector<double> rebin(const std::vector<Bucket>& buckets, double lo, double hi, int bins, bool log);
std::vector<Bucket> bucketsOf(const run::Histogram& h);

/// Evaluates `f` along [from, to] at up to `points` positions (log or linear, rounded for
/// integer parameters), coarse to fine, and stops once `budgetMs` is spent (after at least 5
/// points): a slow model thins the curve instead of stalling the GUI. Sorted by x.
std::vector<std::pair<double, double>> sampleCurve(double from, double to, int points, bool log, bool integer,
                                                   double budgetMs, const std::function<double(double)>& f);

/// The metric that measures throughput: source Throughput, else one whose key starts with
/// "throughput" (LABS.md's convention, e.g. a lab computing it in Mbit/s itself); "" if none.
std::string throughputMetric(const std::vector<run::MetricSpec>& metrics);

/// The throughput capacity the model implies at `params`: min over its utilization metrics of
/// throughput / utilization (each is 1 / service demand). NaN when the model does not say.
double modelCapacity(const std::vector<run::MetricSpec>& metrics, const run::ModelResult& model);
/// Throughput / utilization of the serializing station alone: the serialization ceiling.
double modelCeiling(const std::vector<run::MetricSpec>& metrics, const run::ModelResult& model,
                    int masterStation);

}  // namespace amp::widgets
