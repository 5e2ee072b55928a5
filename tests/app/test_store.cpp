// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>
#include <atomic>
#include <barrier>
#include <thread>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"
#include "sqlite_files.h"
#include "store/run_store.h"

using namespace amp;
using namespace amp::testing;

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
    QVERIFY(q.exec("PRAGMA application_id") && q.next());
    QCOMPARE(q.value(0).toInt(), app::RunStore::kApplicationId);
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
      QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id=%1").arg(app::RunStore::kApplicationId));
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

  void concurrentCreatorsLoseNothing() {
    // Connections racing to create one new file: one creates the tables, the others must find them.
    constexpr int kWriters = 6, kTrials = 5;
    QTemporaryDir dir;
    const run::RunResult r = quickRun();
    std::atomic<int> failures{0};
    for (int t = 0; t < kTrials; ++t) {
      const QString path = dir.filePath(QStringLiteral("race%1.db").arg(t));
      std::barrier start(kWriters);
      std::vector<std::thread> writers;
      for (int i = 0; i < kWriters; ++i) {
        writers.emplace_back([&] {
          app::RunStore store;
          start.arrive_and_wait();
          run::RunResult copy = r;
          copy.uuid.clear();
          if (const QString e = store.open(path); !e.isEmpty()) {
            qWarning("open: %s", qPrintable(e));
            ++failures;
          } else if (const QString s = store.save(copy); !s.isEmpty()) {
            qWarning("save: %s", qPrintable(s));
            ++failures;
          }
        });
      }
      for (auto& w : writers) w.join();
      app::RunStore store;
      QCOMPARE(store.open(path), QString());
      QCOMPARE(store.list().size(), std::size_t(kWriters));
    }
    QCOMPARE(failures.load(), 0);
  }

  void saveWaitsOutALongLock() {
    // Another program holds the write lock longer than SQLite's own busy timeout: the save retries.
    QTemporaryDir dir;
    const QString path = dir.filePath("busy.db");
    app::RunStore store;
    QCOMPARE(store.open(path), QString());
    std::atomic<bool> locked{false};
    std::thread holder([&] {
      {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "holder");
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec("BEGIN IMMEDIATE");
        locked = true;
        QThread::msleep(2500);
        QSqlQuery(db).exec("COMMIT");
        db.close();
      }
      QSqlDatabase::removeDatabase("holder");
    });
    while (!locked) QThread::msleep(5);
    QElapsedTimer clock;
    clock.start();
    run::RunResult r = quickRun();
    const QString e = store.save(r);
    holder.join();
    QCOMPARE(e, QString());
    QVERIFY(clock.elapsed() >= 2000);
    QCOMPARE(store.list().size(), std::size_t(1));
  }

  void failedSaveLeavesNothingHalfWritten() {
    QTemporaryDir dir;
    const QString path = dir.filePath("fail.db");
    {
      app::RunStore store;
      QCOMPARE(store.open(path), QString());
    }
    execSql(
        path,
        {"CREATE TRIGGER no_metrics BEFORE INSERT ON metrics BEGIN SELECT RAISE(ABORT, 'disk full'); END"});
    app::RunStore store;
    QCOMPARE(store.open(path), QString());
    run::RunResult r = quickRun();
    QElapsedTimer clock;
    clock.start();
    QVERIFY(store.save(r).contains("disk full"));
    QVERIFY(clock.elapsed() < 1000);  // not a busy database: no retries
    QCOMPARE(r.runId, 0);
    QVERIFY(store.list().empty());  // the runs row went with the failed metrics
  }

  void foreignFileIsLeftUntouched() {
    QTemporaryDir dir;
    const QString path = dir.filePath("other.db");
    execSql(path, {"CREATE TABLE foo (x)", "INSERT INTO foo VALUES (42)"});
    const QByteArray before = bytesOf(path);
    for (auto access : {app::RunStore::Access::ReadWrite, app::RunStore::Access::ReadOnly}) {
      app::RunStore store;
      QVERIFY(store.open(path, access).contains("is not an AMP Lab database"));
      QVERIFY(!store.isOpen());
    }
    QCOMPARE(bytesOf(path), before);
    QVERIFY(!hasSideFiles(path));
  }

  void foreignApplicationIdIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath("stamped.db");
    execSql(path, {"PRAGMA application_id=305419896"});  // 0x12345678, no tables
    const QByteArray before = bytesOf(path);
    app::RunStore store;
    QVERIFY(store.open(path).contains("not an AMP Lab database"));
    QCOMPARE(bytesOf(path), before);
  }

  void olderFileWithoutApplicationIdIsStamped() {
    // Files from before application_id: schema 1 and our tables, application_id 0.
    QTemporaryDir dir;
    const QString path = dir.filePath("old.db");
    {
      app::RunStore store;
      QCOMPARE(store.open(path), QString());
      run::RunResult r = quickRun();
      QCOMPARE(store.save(r), QString());
    }
    execSql(path, {"PRAGMA application_id=0"});
    {
      app::RunStore reader;
      QCOMPARE(reader.open(path, app::RunStore::Access::ReadOnly), QString());
      QCOMPARE(reader.list().size(), std::size_t(1));
    }
    {
      app::RunStore store;
      QCOMPARE(store.open(path), QString());
      QCOMPARE(store.list().size(), std::size_t(1));
    }
    const QByteArray header = bytesOf(path).left(72);  // closed, so the -wal is folded in
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 68), app::RunStore::kApplicationId);
  }

  void readingNeverCreatesAFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("missing.db");
    app::RunStore store;
    QVERIFY(store.open(path, app::RunStore::Access::ReadOnly).contains("no database"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!hasSideFiles(path));
  }

  void readerSeesRunsStillInTheWal() {
    // While a writer is open its latest runs live in the -wal; a reader must see them, and cannot write.
    QTemporaryDir dir;
    const QString path = dir.filePath("w.db");
    app::RunStore writer;
    QCOMPARE(writer.open(path), QString());
    run::RunResult r = quickRun();
    QCOMPARE(writer.save(r), QString());
    {
      app::RunStore reader;
      QCOMPARE(reader.open(path, app::RunStore::Access::ReadOnly), QString());
      QCOMPARE(reader.list().size(), std::size_t(1));
      run::RunResult other = quickRun(4);
      QVERIFY(!reader.save(other).isEmpty());
    }
    QCOMPARE(writer.list().size(), std::size_t(1));
  }

  void missingFolderIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath("no/such/folder/x.db");
    app::RunStore store;
    QVERIFY(store.open(path).contains(dir.filePath("no/such/folder")));
    QVERIFY(!QDir(dir.filePath("no")).exists());
  }

  void readOnlyFolderIsReadButNotWritten() {
    if (!permissionsApply()) QSKIP("running as root, which ignores file permissions");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("ro"));
    const QString folder = dir.filePath("ro"), path = folder + "/r.db";
    {
      app::RunStore store;
      QCOMPARE(store.open(path), QString());
      run::RunResult r = quickRun();
      QCOMPARE(store.save(r), QString());
    }
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QByteArray before = bytesOf(path);
    {
      app::RunStore store;
      const QString e = store.open(path);
      QVERIFY2(e.contains("read-only") && e.contains("copy"), qPrintable(e));
    }
    {
      app::RunStore reader;
      QCOMPARE(reader.open(path, app::RunStore::Access::ReadOnly), QString());
      QCOMPARE(reader.list().size(), std::size_t(1));
    }
    QCOMPARE(bytesOf(path), before);
    QVERIFY(!hasSideFiles(path));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
  }

  void readOnlyFileIsRefusedBeforeSQLiteTouchesIt() {
    if (!permissionsApply()) QSKIP("running as root, which ignores file permissions");
    QTemporaryDir dir;
    const QString path = dir.filePath("ro.db");
    {
      app::RunStore store;
      QCOMPARE(store.open(path), QString());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    app::RunStore store;
    QVERIFY(store.open(path).contains("read-only"));
    QVERIFY(!hasSideFiles(path));  // a read-write open of a read-only file leaves empty -wal and -shm
    app::RunStore reader;
    QCOMPARE(reader.open(path, app::RunStore::Access::ReadOnly), QString());
    QVERIFY(!hasSideFiles(path));
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
