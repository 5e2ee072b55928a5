// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// `amplab runs list` on a large history: a page of the newest runs must stay fast however many runs
// the database holds (the figure: under 100 ms at 100,000 runs). The baseline in the same
// run is a plain count of the same table, the least any list has to touch.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <map>
#include <memory>

#include "amp/run/result.h"
#include "store/run_store.h"

namespace {

using amp::app::RunFilter;
using amp::app::RunStore;

/// A database of `runs` runs: a few saved for real (a sim run with metrics and a model-only run),
/// then copied in SQL (fresh uuids) so that building 100,000 takes a second, not an hour of saves.
class History {
 public:
  explicit History(int runs) {
    path_ = dir_.filePath("history.db");
    RunStore store;
    store.open(path_);
    amp::run::RunResult sim;
    sim.lab = "foundations";
    sim.mode = amp::run::Mode::Sim;
    sim.metrics["sojourn_ms"] = amp::run::MetricValue{};
    sim.metrics["sojourn_ms"].mean = 921.0;
    sim.metrics["sojourn_ms"].unit = "ms";
    store.save(sim);
    amp::run::RunResult model = sim;
    model.mode = amp::run::Mode::Model;
    model.metrics.clear();
    model.model.values["sojourn_ms"] = 918.0;
    model.runId = 0;
    model.uuid.clear();
    store.save(model);
    fill(runs);
    QSqlDatabase::removeDatabase("bench_fill");
    store_.open(path_, RunStore::Access::ReadOnly);
  }
  const RunStore& store() const { return store_; }

 private:
  void fill(int runs) {
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "bench_fill");
    db.setDatabaseName(path_);
    db.open();
    QSqlQuery q(db);
    q.exec("BEGIN");
    // Doubling: each pass copies every run (and its metric rows) once, until there are enough.
    for (int have = 2; have < runs; have *= 2) {
      q.exec(QStringLiteral(
                 "INSERT INTO runs (uuid, lab, mode, params, seed, started, duration, host, status, "
                 "name, notes, result) SELECT lower(hex(randomblob(16))), lab, mode, params, seed, "
                 "started, duration, host, status, name, notes, result FROM runs ORDER BY id LIMIT %1")
                 .arg(std::min(have, runs - have)));
      q.exec(QStringLiteral(
                 "INSERT INTO metrics SELECT r.id, m.name, m.mean, m.ci_lo, m.ci_hi, m.p50, m.p99, m.unit "
                 "FROM runs r JOIN runs o ON o.id = r.id - %1 JOIN metrics m ON m.run = o.id "
                 "WHERE r.id > %1")
                 .arg(have));
    }
    q.exec("COMMIT");
  }

  QTemporaryDir dir_;
  QString path_;
  RunStore store_;
};

/// Made once per size; dropped in main() while the application object, which their databases
/// need, still lives.
std::map<int, std::unique_ptr<History>> histories;

History& historyOf(int runs) {
  auto& h = histories[runs];
  if (!h) h = std::make_unique<History>(runs);
  return *h;
}

void BM_RunsCount(benchmark::State& state) {
  const RunStore& store = historyOf(static_cast<int>(state.range(0))).store();
  for (auto _ : state) benchmark::DoNotOptimize(store.count());
}
BENCHMARK(BM_RunsCount)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_RunsListNewestPage(benchmark::State& state) {
  const RunStore& store = historyOf(static_cast<int>(state.range(0))).store();
  RunFilter page;
  page.limit = 50;
  for (auto _ : state) {
    auto runs = store.list(page);
    if (runs.size() != 50 || !runs.back().hasKey) state.SkipWithError("the page is not 50 runs with values");
    benchmark::DoNotOptimize(runs.data());
  }
}
BENCHMARK(BM_RunsListNewestPage)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_RunsListAll(benchmark::State& state) {
  const RunStore& store = historyOf(static_cast<int>(state.range(0))).store();
  for (auto _ : state) benchmark::DoNotOptimize(store.list().size());
}
BENCHMARK(BM_RunsListAll)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);  // Qt SQL needs an application object for its driver plugins
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  histories.clear();
  return 0;
}
