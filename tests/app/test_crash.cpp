// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Nothing lost when the process dies: 100 SIGKILLs at random moments of sweeps that create, migrate
// and save into databases, then every database is intact, holds only whole runs, and keeps working.
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// One answer of a query on `path`, through a read-only connection of its own.
QString queryOne(const QString& path, const QString& sql) {
  QString value;
  {
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "inspect");
    db.setDatabaseName(path);
    db.setConnectOptions("QSQLITE_OPEN_READONLY");
    if (!db.open()) return "cannot open";
    QSqlQuery q(db);
    value = q.exec(sql) && q.next() ? q.value(0).toString() : "query failed: " + sql;
  }
  QSqlDatabase::removeDatabase("inspect");
  return value;
}

}  // namespace

class TestCrash : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

  static void start(QProcess& p, const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    p.setProcessEnvironment(env);
    p.start(AMPLAB_BIN, args);
  }

 private slots:
  void killedSweepsLoseNothingAndLeaveNoPartialRun() {
    constexpr int kDatabases = 10, kKillsPerDatabase = 10;
    // clang-format off
    const QStringList sweep{"sweep", "foundations", "--vary", "workers=4:12:9", "--mode", "sim",
                            "--duration", "5000", "--reps", "2", "--jobs", "1", "--db"};
    // clang-format on
    // How long one whole sweep takes here, start-up to exit: the kills land anywhere inside it.
    QElapsedTimer whole;
    whole.start();
    {
      QProcess p;
      start(p, sweep + QStringList{dir_.filePath("timing.db")});
      QVERIFY(p.waitForFinished(120000));
      QCOMPARE(p.exitCode(), 0);
    }
    const int sweepMs = static_cast<int>(whole.elapsed());
    QRandomGenerator rng(20261202);  // fixed, so a failure can be replayed
    int killed = 0;
    for (int d = 0; d < kDatabases; ++d) {
      // A fresh file each time, so that kills land in creation and migration too, not only in saves.
      const QString db = dir_.filePath(QStringLiteral("crash%1.db").arg(d));
      for (int k = 0; k < kKillsPerDatabase; ++k) {
        QProcess p;
        start(p, sweep + QStringList{db});
        QVERIFY(p.waitForStarted());
        if (!p.waitForFinished(static_cast<int>(rng.bounded(sweepMs / 20 + 1, sweepMs * 19 / 20 + 2)))) {
          p.kill();  // SIGKILL: no handler, no cleanup
          p.waitForFinished();
          ++killed;
        }
      }
      // What the killed processes left is a database AMP Lab opens, intact, with whole runs only.
      QProcess list;
      start(list, {"runs", "list", "--db", db});
      QVERIFY(list.waitForFinished(60000));
      if (!QFile::exists(db)) continue;  // every process died before creating it
      QVERIFY2(list.exitCode() == 0, list.readAllStandardError().constData());
      QCOMPARE(queryOne(db, "PRAGMA integrity_check"), QString("ok"));
      QCOMPARE(queryOne(db,
                        "SELECT count(*) FROM runs r WHERE NOT EXISTS "
                        "(SELECT 1 FROM metrics m WHERE m.run = r.id)"),
               QString("0"));
      // Every run has all of its metric rows: one count for all of them.
      QCOMPARE(queryOne(db, "SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM metrics GROUP BY run)"),
               QString(queryOne(db, "SELECT count(*) FROM runs") == "0" ? "0" : "1"));
      // And it still takes new runs.
      QProcess more;
      start(more, {"run", "foundations", "--mode", "model", "--db", db});
      QVERIFY(more.waitForFinished(60000));
      QVERIFY2(more.exitCode() == 0, more.readAllStandardError().constData());
    }
    qInfo("%d of %d sweeps (%d ms each) were killed mid-way", killed, kDatabases * kKillsPerDatabase,
          sweepMs);
    QVERIFY(killed >= kDatabases * kKillsPerDatabase / 2);  // the test really killed, not waited
  }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
