// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The chart kinds a lab declares beyond curves and bars (per-entity bars, timeline, heat map,
// learning curve) and reference lines, built from a real run of the fixture lab, and drawn.
#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTest>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"
#include "job_lab/job_lab.h"
#include "widgets/chart_builder.h"
#include "widgets/chart_grid.h"
#include "widgets/chart_widget.h"
#include "widgets/format.h"
#include "widgets/live_stats.h"

using namespace amp;
using namespace amp::widgets;

class TestChartKinds : public QObject {
  Q_OBJECT

  fixtures::JobLab lab_;
  std::vector<run::MetricSpec> metrics_ = lab_.metrics();
  run::Params params_ = run::defaults(lab_.params());
  run::ModelResult model_ = lab_.model(params_);
  run::RunResult result_;

  run::ChartSpec chart(const std::string& id) const {
    for (const auto& c : lab_.charts())
      if (c.id == id) return c;
    return {};
  }
  ChartInputs inputs(const run::ChartSpec& spec) const {
    ChartInputs in;
    in.lab = &lab_;
    in.spec = &spec;
    in.metrics = &metrics_;
    in.params = &params_;
    in.model = &model_;
    in.results.push_back({QStringLiteral("simulation"), simColor(), &result_});
    return in;
  }

 private slots:
  void realRunsChartsSayWhenTheirFiguresCome() {
    // A real run's live stream is samples of depths and busy CPUs: while it goes on, a live chart
    // with nothing to draw (the sojourn over time, the histogram) says its figures come when the
    // run ends; before a run it asks for one.
    const run::Lab* lab = labs::findLab("foundations");
    QVERIFY(lab != nullptr);
    const std::vector<run::MetricSpec> metrics = lab->metrics();
    const run::Params params = run::defaults(lab->params());
    const run::ModelResult model = lab->model(params);
    ChartGrid grid;
    grid.setLab(lab, metrics);
    LiveStats live;
    live.reset(lab->topology(params), /*sampled=*/true);
    ChartGrid::State st;
    st.params = &params;
    st.model = &model;
    st.live = &live;
    auto emptyLivePlaceholders = [&] {
      QStringList texts;
      const std::vector<run::ChartSpec> specs = lab->charts();
      for (std::size_t i = 0; i < specs.size(); ++i) {
        const PlotData& d = grid.labCharts()[i]->plot();
        if (isLiveChart(specs[i]) && !d.hasData()) texts << d.placeholder;
      }
      return texts;
    };
    grid.updateLive(st);
    const QStringList before = emptyLivePlaceholders();
    QVERIFY(!before.isEmpty());
    for (const QString& t : before) QVERIFY2(t.startsWith(QStringLiteral("Press Run")), qPrintable(t));
    st.running = true;
    st.runningMode = run::Mode::Real;
    grid.updateLive(st);
    const QStringList during = emptyLivePlaceholders();
    QCOMPARE(during.size(), before.size());
    for (const QString& t : during) QVERIFY2(t.contains(QStringLiteral("when the run ends")), qPrintable(t));
  }

  void largeTicksAreWrittenAsPowersInEveryLocale() {
    // QLocale("de_DE") writes 2E+06; the plot draws 2·10⁶ only from a lowercase e.
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    amp::widgets::PlotData d;
    amp::widgets::PlotLayer l;
    l.x = {0, 1e6, 2e6, 3e6};
    l.y = {1, 2, 3, 4};
    d.layers.push_back(l);
    amp::widgets::ChartWidget chart;
    chart.resize(400, 260);
    chart.setPlot(d);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    auto* plot = chart.findChild<QCustomPlot*>();
    QVERIFY(plot != nullptr);
    plot->setLocale(QLocale());
    plot->replot();
    const QVector<QString> labels = plot->xAxis->tickVectorLabels();
    QLocale::setDefault(QLocale::c());
    QVERIFY(!labels.isEmpty());
    for (const QString& label : labels) QVERIFY2(!label.contains(QLatin1Char('E')), qPrintable(label));
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](const QString& t) { return t.contains(QLatin1Char('e')); }));
  }

  void initTestCase() {
    run::RunSpec spec;
    spec.mode = run::Mode::Sim;
    spec.params = params_;
    spec.reps = 4;
    spec.jobs = 2;
    result_ = run::execute(lab_, spec);
    QCOMPARE(result_.status, run::RunStatus::Ok);
  }

  void barsPerEntityOneBarPerWorkerWithItsCi() {
    const run::ChartSpec spec = chart("busy");
    const PlotData d = buildChart(inputs(spec));
    QCOMPARE(d.categories, (QStringList{"0", "1", "2"}));
    const PlotLayer* bars = nullptr;
    for (const auto& l : d.layers)
      if (l.style == LayerStyle::Bars) bars = &l;
    QVERIFY(bars != nullptr);
    QCOMPARE(bars->y.size(), 3);
    QCOMPARE(bars->errPlus.size(), 3);  // four replications: a CI per worker
    // The reference line the chart asks for: the model's floor, with the value's label.
    bool floor = false;
    for (const auto& l : d.layers)
      floor = floor || (l.style == LayerStyle::HLine && l.label.startsWith("Makespan floor") &&
                        l.y[0] == model_.values.at("makespan_floor_ms"));
    QVERIFY(floor);
    // More workers than named categories: the axis counts instead.
    run::Params many = params_;
    many.set("workers", 40);
    ChartInputs in = inputs(spec);
    in.params = &many;
    QVERIFY(buildChart(in).categories.isEmpty());
  }

  void timelineHasALanePerSeatAndABarPerEvent() {
    const run::ChartSpec spec = chart("timeline");
    const PlotData d = buildChart(inputs(spec));
    QCOMPARE(d.yCategories, (QStringList{"master", "worker 0", "worker 1", "worker 2"}));
    int spans = 0;
    for (const auto& l : d.layers) {
      QCOMPARE(l.style, LayerStyle::Spans);
      QCOMPARE(l.x.size(), l.x2.size());
      spans += static_cast<int>(l.x.size());
    }
    QCOMPARE(spans, static_cast<int>(result_.timelines.front().events.size()));
    QCOMPARE(d.layers.size(), std::size_t(2));  // dispatch and task, each its own colour
    QVERIFY(d.layers[0].color != d.layers[1].color);
    ChartWidget w;
    w.resize(600, 300);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy replotted(&w, &ChartWidget::replotted);
    w.setPlot(d);
    QVERIFY(replotted.wait(2000));
    QVERIFY(!w.tickLabelsCollide());
    // Squeezed to a sliver, four lanes no longer fit their labels: the check can tell.
    w.resize(600, 70);
    w.setPlot(d);
    QVERIFY(replotted.wait(2000));
    QVERIFY(w.tickLabelsCollide());
  }

  void heatMapShowsTheModelOverTheGrid() {
    const run::ChartSpec spec = chart("heat");
    const PlotData d = buildChart(inputs(spec));
    QCOMPARE(d.layers.size(), std::size_t(1));
    const PlotLayer& cells = d.layers.front();
    QCOMPARE(cells.style, LayerStyle::Cells);
    QCOMPARE(cells.x.size(), 8);
    QCOMPARE(cells.y.size(), 5);
    QCOMPARE(cells.z.size(), 40);
    QVERIFY(d.hasData());
    // One worker and free dispatching: the whole work, 180 ms, is the floor.
    QCOMPARE(cells.z[0], 180.0);
    QVERIFY(cells.z[7] < cells.z[0]);  // eight workers do it faster
    QVERIFY(!d.xLabel.contains("workers_"));
    // A two-parameter sweep replaces the model with what it measured.
    std::vector<run::SweepPoint> sweep;
    for (double w : {1.0, 2.0})
      for (double dms : {0.0, 2.0}) {
        run::SweepPoint pt;
        pt.value = w;
        pt.value2 = dms;
        pt.result.params = params_;
        pt.result.metrics["makespan_ms"].mean = 100 * w + dms;
        sweep.push_back(pt);
      }
    ChartInputs in = inputs(spec);
    in.sweep = &sweep;
    const PlotData m = buildChart(in);
    QCOMPARE(m.layers.front().z, (QVector<double>{100, 200, 102, 202}));
  }

  void learningCurveDrawsTheRollingMean() {
    run::ChartSpec spec = run::chartSpec("learn", "Learning", run::ChartKind::LearningCurve, {})
                              .withSeries("reward")
                              .withWindow(2);
    run::RunResult r;
    r.series.push_back({"reward", "", "", {{1, 1}, {2, 3}, {3, 5}, {4, 9}}, {}});
    ChartInputs in = inputs(spec);
    in.results = {{QStringLiteral("simulation"), simColor(), &r}};
    const PlotData d = buildChart(in);
    QCOMPARE(d.layers.size(), std::size_t(2));
    QCOMPARE(d.layers[1].y, (QVector<double>{1, 2, 4, 7}));
  }
};

QTEST_MAIN(TestChartKinds)
#include "test_chart_kinds.moc"
