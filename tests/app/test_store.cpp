// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"
#include "store/run_store.h"

using namespace amp;

namespace {
run::RunResult quickRun(std::uint64_t seed = 3) {
  const run::Lab* lab = labs::findLab("foundations");
  run::RunSpec s;
  s.lab = "foundations";
  s.params = run::defaults(lab->params());
  s.seed = seed;
  s.duration = 200;
  s.reps = 2;
  return run::execute(*lab, s);
}
}  // namespace

class TestStore : public QObject {
  Q_OBJECT
 private slots:
  void saveAndLoadRoundTrip() {
    QTemporaryDir dir;
    app::RunStore store;
    QCOMPARE(store.open(dir.filePath("a.db")), QString());
    run::RunResult r = quickRun();
    QCOMPARE(store.save(r), QString());
    QVERIFY(r.runId > 0);
    QVERIFY(!r.uuid.empty());
    const auto loaded = store.load(r.runId);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->params, r.params);
    QCOMPARE(loaded->metrics.at("sojourn_ms").mean, r.metrics.at("sojourn_ms").mean);
    QCOMPARE(loaded->metrics.at("sojourn_ms").percentiles.at("p99"),
             r.metrics.at("sojourn_ms").percentiles.at("p99"));
    QCOMPARE(loaded->verdict, r.verdict);
    QCOMPARE(loaded->series.size(), r.series.size());
    const auto list = store.list();
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].keyMetric, QString("sojourn_ms"));
  }

  void schemaVersionAndWal() {
    QTemporaryDir dir;
    {
      app::RunStore store;
      QCOMPARE(store.open(dir.filePath("v.db")), QString());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
    db.setDatabaseName(dir.filePath("v.db"));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec("PRAGMA user_version") && q.next());
    QCOMPARE(q.value(0).toInt(), app::RunStore::kSchemaVersion);
    QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
    QCOMPARE(q.value(0).toString(), QString("wal"));
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase("check");
  }

  void corruptFileIsRefusedAndUntouched() {
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.db");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray junk("this is not a database, it is a student's essay\n");
    f.write(junk);
    f.close();
    app::RunStore store;
    const QString err = store.open(path);
    QVERIFY(err.contains("not an AMP Lab database"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), junk);
  }

  void newerSchemaIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath("new.db");
    {
      QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "newer");
      db.setDatabaseName(path);
      QVERIFY(db.open());
      QSqlQuery(db).exec("PRAGMA user_version=99");
      db.close();
    }
    QSqlDatabase::removeDatabase("newer");
    app::RunStore store;
    QVERIFY(store.open(path).contains("newer AMP Lab"));
  }

  void deleteAndUndo() {
    QTemporaryDir dir;
    app::RunStore store;
    QCOMPARE(store.open(dir.filePath("d.db")), QString());
    run::RunResult r = quickRun();
    QCOMPARE(store.save(r), QString());
    QCOMPARE(store.rename(r.runId, "baseline"), QString());
    const auto before = store.load(r.runId);
    QCOMPARE(store.remove(r.runId), QString());
    QVERIFY(!store.load(r.runId).has_value());
    QCOMPARE(store.restore(*before, "baseline", ""), QString());
    const auto list = store.list();
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].id, r.runId);
    QCOMPARE(list[0].name, QString("baseline"));
    QCOMPARE(list[0].uuid, QString::fromStdString(r.uuid));
  }

  void concurrentWritersLoseNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath("c.db");
    {
      app::RunStore init;
      QCOMPARE(init.open(path), QString());
    }
    const run::RunResult r = quickRun();
    std::atomic<int> failures{0};
    auto writer = [&] {
      app::RunStore store;
      if (!store.open(path).isEmpty()) ++failures;
      for (int i = 0; i < 15; ++i) {
        run::RunResult copy = r;
        copy.uuid.clear();
        copy.runId = 0;
        if (!store.save(copy).isEmpty()) ++failures;
      }
    };
    std::thread a(writer), b(writer);
    a.join();
    b.join();
    QCOMPARE(failures.load(), 0);
    app::RunStore store;
    QCOMPARE(store.open(path), QString());
    QCOMPARE(store.list().size(), std::size_t(30));
  }

  void mergeByUuid() {
    QTemporaryDir dir;
    app::RunStore a, b;
    QCOMPARE(a.open(dir.filePath("a.db")), QString());
    QCOMPARE(b.open(dir.filePath("b.db")), QString());
    run::RunResult r1 = quickRun(1), r2 = quickRun(2);
    QCOMPARE(a.save(r1), QString());
    QCOMPARE(b.save(r2), QString());
    int added = 0;
    QCOMPARE(a.merge(dir.filePath("b.db"), &added), QString());
    QCOMPARE(added, 1);
    QCOMPARE(a.merge(dir.filePath("b.db"), &added), QString());
    QCOMPARE(added, 0);  // same uuid: not copied twice
    QCOMPARE(a.list().size(), std::size_t(2));
  }

  void exerciseProgressIsKept() {
    QTemporaryDir dir;
    app::RunStore store;
    QCOMPARE(store.open(dir.filePath("e.db")), QString());
    QCOMPARE(store.saveExerciseAttempt("foundations", "baseline", 1100, 1198.2, true), QString());
    const auto attempts = store.attempts("foundations");
    QCOMPARE(attempts.size(), std::size_t(1));
    QVERIFY(attempts[0].passed);
    QCOMPARE(attempts[0].prediction, 1100.0);
  }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
