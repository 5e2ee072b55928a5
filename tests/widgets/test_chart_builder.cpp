// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>
#include <QThread>
#include <algorithm>
#include <numeric>

#include "widgets/chart_builder.h"
#include "widgets/format.h"

using namespace amp;
using namespace amp::widgets;

namespace {
// A small lab for chart building: an M/M/1 queue with a closed-form model. It never runs.
class QueueLab : public run::Lab {
 public:
  run::LabInfo info() const override { return {"mm1", "M/M/1", "OS functions", "q", ""}; }
  std::vector<run::ParamSpec> params() const override {
    return {run::realParam("rate", "Rate", "1/s", 0.1, 9.9, 5),
            run::integerParam("workers", "Workers", "", 1, 8, 2)};
  }
  std::vector<run::MetricSpec> metrics() const override {
    return {run::metricSpec("sojourn_ms", "Sojourn", "ms", run::MetricSource::Sojourn)
                .scaledBy(1e-6)
                .withPercentiles(),
            run::metricSpec("wait_ms", "Wait", "ms", run::MetricSource::Wait, 0).scaledBy(1e-6),
            run::metricSpec("throughput", "Throughput", "1/s", run::MetricSource::Throughput),
            run::metricSpec("master_util", "Util", "", run::MetricSource::Utilization, 0)};
  }
  std::string keyMetric() const override { return "sojourn_ms"; }
  run::Topology topology(const run::Params&) const override { return {}; }
  run::ModelResult model(const run::Params& p) const override {
    run::ModelResult r;
    const double l = p.num("rate"), mu = 10.0;
    r.stable = l < mu;
    r.values["sojourn_ms"] = 1000.0 / (mu - l);
    r.values["wait_ms"] = 1000.0 * l / mu / (mu - l);
    r.values["throughput"] = l;
    r.values["master_util"] = l / mu;
    return r;
  }
  std::int64_t simulate(const run::Params&, const run::SimControl&, observe::Recorder&) const override {
    return 0;
  }
  double suggestedHorizonS(const run::Params&) const override { return 10; }
};
}  // namespace

class TestChartBuilder : public QObject {
  Q_OBJECT

 private slots:
  void rebinKeepsTheTotal() {
    std::vector<Bucket> b{{1, 2, 10}, {2, 4, 30}, {4, 8, 60}};
    const auto lin = rebin(b, 1, 8, 7, false);
    QCOMPARE(std::accumulate(lin.begin(), lin.end(), 0.0), 100.0);
    const auto log = rebin(b, 1, 8, 3, true);
    QCOMPARE(log.size(), std::size_t(3));
    QCOMPARE(log[0], 10.0);
    QCOMPARE(log[1], 30.0);
    QCOMPARE(log[2], 60.0);
  }

  void sampleCurveCoversTheRangeAndRespectsTheBudget() {
    const auto all = sampleCurve(1, 100, 50, true, false, 1000.0, [](double x) { return x * 2; });
    QCOMPARE(all.size(), std::size_t(50));
    QCOMPARE(all.front().first, 1.0);
    QVERIFY(std::fabs(all.back().first - 100.0) < 1e-9);
    QVERIFY(std::is_sorted(all.begin(), all.end()));
    const auto ints = sampleCurve(1, 8, 64, false, true, 1000.0, [](double x) { return x; });
    QCOMPARE(ints.size(), std::size_t(8));  // integers, each once
    // A slow model: the curve thins to what the budget allows, ends first.
    int calls = 0;
    const auto slow = sampleCurve(0, 1, 80, false, false, 20.0, [&](double x) {
      ++calls;
      QThread::msleep(8);
      return x;
    });
    QVERIFY(slow.size() >= 5 && slow.size() < 10);
    QCOMPARE(slow.front().first, 0.0);
    QCOMPARE(slow.back().first, 1.0);
    QCOMPARE(calls, static_cast<int>(slow.size()));
  }

  void capacityAndCeilingFromModel() {
    QueueLab lab;
    const auto metrics = lab.metrics();
    run::Params p = run::defaults(lab.params());
    const auto m = lab.model(p);
    // throughput 5, utilization 0.5: capacity = 1/S = 10.
    QCOMPARE(modelCapacity(metrics, m), 10.0);
    QCOMPARE(modelCeiling(metrics, m, 0), 10.0);
    QVERIFY(std::isnan(modelCeiling(metrics, m, 3)));
  }

  void sweepCurveHasModelPointsAndYouAreHere() {
    QueueLab lab;
    const auto metrics = lab.metrics();
    run::Params p = run::defaults(lab.params());
    run::ChartSpec spec;
    spec.kind = run::ChartKind::SweepCurve;
    spec.metrics = {"sojourn_ms"};
    spec.sweepKey = "rate";
    spec.sweepFrom = 1;
    spec.sweepTo = 9;
    std::vector<run::SweepPoint> sweep(2);
    sweep[0].value = 2;
    sweep[0].result.metrics["sojourn_ms"] = {125, 120, 131, "ms", {}, 100, {}};
    sweep[1].value = 8;
    sweep[1].result.metrics["sojourn_ms"] = {510, 480, 530, "ms", {}, 100, {}};
    ChartInputs in;
    in.lab = &lab;
    in.spec = &spec;
    in.metrics = &metrics;
    in.params = &p;
    in.sweep = &sweep;
    const PlotData d = buildChart(in);
    const PlotLayer* curve = nullptr;
    const PlotLayer* pts = nullptr;
    const PlotLayer* here = nullptr;
    for (const auto& l : d.layers) {
      if (l.style == LayerStyle::Line) curve = &l;
      if (l.style == LayerStyle::Points) pts = &l;
      if (l.style == LayerStyle::VLine) here = &l;
    }
    QVERIFY(curve != nullptr && pts != nullptr && here != nullptr);
    QCOMPARE(curve->x.front(), 1.0);
    QCOMPARE(curve->y.front(), 1000.0 / 9.0);
    QCOMPARE(pts->x.size(), 2);
    QCOMPARE(pts->errMinus[0], 5.0);
    QCOMPARE(pts->errPlus[1], 20.0);
    QCOMPARE(here->x[0], 5.0);
  }

  void histogramMarksPercentilesAndModel() {
    QueueLab lab;
    const auto metrics = lab.metrics();
    run::ChartSpec spec;
    spec.kind = run::ChartKind::Histogram;
    spec.metrics = {"sojourn_ms"};
    spec.series = "sojourn_ms";
    run::RunResult r;
    r.histograms.push_back({"sojourn_ms", "ms", {{0, 5}, {100, 20}, {200, 10}, {300, 0}}});
    r.metrics["sojourn_ms"] = {190, 180, 200, "ms", {{"p50", 150}, {"p95", 280}, {"p99", 295}}, 35, {}};
    run::Params p = run::defaults(lab.params());
    const auto model = lab.model(p);
    ChartInputs in;
    in.lab = &lab;
    in.spec = &spec;
    in.metrics = &metrics;
    in.model = &model;
    in.results.push_back({"simulation", simColor(), &r});
    const PlotData d = buildChart(in);
    int vlines = 0, steps = 0;
    double total = 0;
    for (const auto& l : d.layers) {
      vlines += l.style == LayerStyle::VLine ? 1 : 0;
      if (l.style == LayerStyle::Step) {
        ++steps;
        for (int i = 0; i + 1 < l.y.size(); ++i) total += l.y[i];
      }
    }
    QCOMPARE(steps, 1);
    QCOMPARE(vlines, 4);                       // p50, p95, p99 and the model mean
    QVERIFY(std::fabs(total - 100.0) < 1e-9);  // shares in percent
  }

  void stackedBarsHaveAColumnPerFace() {
    QueueLab lab;
    const auto metrics = lab.metrics();
    run::ChartSpec spec;
    spec.kind = run::ChartKind::StackedBars;
    spec.metrics = {"wait_ms", "sojourn_ms"};
    run::RunResult r;
    r.metrics["wait_ms"] = {100, 90, 110, "ms", {{"p99", 400}}, 10, {}};
    r.metrics["sojourn_ms"] = {200, 190, 210, "ms", {{"p99", 900}}, 10, {}};
    run::Params p = run::defaults(lab.params());
    const auto model = lab.model(p);
    ChartInputs in;
    in.lab = &lab;
    in.spec = &spec;
    in.metrics = &metrics;
    in.model = &model;
    in.results.push_back({"simulation", simColor(), &r});
    const PlotData d = buildChart(in);
    QCOMPARE(d.categories.size(), 3);  // model mean, sim mean, sim p99
    QCOMPARE(d.layers.size(), std::size_t(2));
    QCOMPARE(d.layers[0].y[2], 400.0);
    QCOMPARE(d.layers[1].y[1], 200.0);
    QCOMPARE(d.layers[0].stack, d.layers[1].stack);
  }

  void timeSeriesShowsModelLineAndPlaceholder() {
    QueueLab lab;
    const auto metrics = lab.metrics();
    run::ChartSpec spec;
    spec.kind = run::ChartKind::TimeSeries;
    spec.metrics = {"sojourn_ms"};
    spec.series = "latency";
    run::Params p = run::defaults(lab.params());
    const auto model = lab.model(p);
    ChartInputs in;
    in.lab = &lab;
    in.spec = &spec;
    in.metrics = &metrics;
    in.model = &model;
    PlotData d = buildChart(in);
    QVERIFY(!d.hasData());
    QVERIFY(!d.placeholder.isEmpty());
    QCOMPARE(d.layers.size(), std::size_t(1));
    QCOMPARE(d.layers[0].style, LayerStyle::HLine);
    QCOMPARE(d.layers[0].y[0], 200.0);
    run::RunResult r;
    r.series.push_back({"latency", "s", "ms", {{1, 190}, {2, 210}}, {}});
    in.results.push_back({"simulation", simColor(), &r});
    d = buildChart(in);
    QVERIFY(d.hasData());
    QVERIFY(d.placeholder.isEmpty());
  }

  void xReferenceIsAVerticalLine() {
    // A model value that is a position on the x axis (a sweep's best parameter value).
    QueueLab lab;
    const auto metrics = lab.metrics();
    run::ChartSpec spec;
    spec.kind = run::ChartKind::TimeSeries;
    spec.metrics = {"sojourn_ms"};
    spec.series = "latency";
    spec.xReferences = {"sojourn_ms"};
    const auto model = lab.model(run::defaults(lab.params()));
    ChartInputs in;
    in.lab = &lab;
    in.spec = &spec;
    in.metrics = &metrics;
    in.model = &model;
    const PlotData d = buildChart(in);
    bool vertical = false;
    for (const auto& l : d.layers)
      vertical = vertical || (l.style == LayerStyle::VLine && l.x.size() == 1 && l.x[0] == 200.0);
    QVERIFY(vertical);
  }
};

QTEST_APPLESS_MAIN(TestChartBuilder)
#include "test_chart_builder.moc"
