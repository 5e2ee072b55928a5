// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// A sweep run as shards on a batch system, then merged, is the same sweep: the GNU parallel script
// of packaging/cluster with 4 shards against the unsharded sweep, number for number; and the
// commands `sweep --plan N` prints for any other scheduler.
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList kSweep{"foundations",
                         "--vary",
                         "workers=4:8:5",
                         "--mode",
                         "sim",
                         "--duration",
                         "2000",
                         "--reps",
                         "2",
                         "--set",
                         "worker_queue=per_worker_jsq"};

/// Every point's parameters and every metric with its CI, in a fixed order: what "the same sweep" means.
QStringList sweepNumbers(const QString& db) {
  QStringList rows;
  {
    QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "numbers");
    c.setDatabaseName(db);
    c.setConnectOptions("QSQLITE_OPEN_READONLY");
    if (!c.open()) return {"cannot open " + db};
    QSqlQuery q(c);
    q.exec(
        "SELECT r.params, r.seed, r.status, m.name, m.mean, m.ci_lo, m.ci_hi FROM runs r "
        "JOIN metrics m ON m.run = r.id ORDER BY r.params, m.name");
    while (q.next()) {
      QStringList cells;
      for (int i = 0; i < 7; ++i) cells << q.value(i).toString();
      rows << cells.join('|');
    }
  }
  QSqlDatabase::removeDatabase("numbers");
  return rows;
}

}  // namespace

class TestCluster : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

  int run(const QString& program, const QStringList& args, QByteArray* out = nullptr) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("AMPLAB", AMPLAB_BIN);
    env.insert("QT_QPA_PLATFORM", "offscreen");
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir_.path());
    p.start(program, args);
    if (!p.waitForFinished(300000)) {
      p.kill();
      p.waitForFinished();
      return -1;
    }
    if (out != nullptr) *out = p.readAllStandardOutput();
    if (p.exitCode() != 0) qWarning("%s", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  }

 private slots:
  void parallelShardsMergeIntoTheUnshardedSweep() {
    if (QStandardPaths::findExecutable("parallel").isEmpty())
      QSKIP("GNU parallel is not installed (packaging/install-deps.sh installs it)");
    const QString merged = dir_.filePath("merged.db"), whole = dir_.filePath("whole.db");
    QCOMPARE(run("sh", QStringList{AMP_CLUSTER_DIR "/parallel-sweep.sh", "4", merged} + kSweep), 0);
    QCOMPARE(run(AMPLAB_BIN, QStringList{"sweep"} + kSweep + QStringList{"--db", whole}), 0);
    const QStringList a = sweepNumbers(merged), b = sweepNumbers(whole);
    QVERIFY(a.size() >= 5 * 8);  // five points, every metric
    QCOMPARE(a, b);
  }

  void planPrintsOneCommandPerShardAndTheMerge() {
    QByteArray out;
    QCOMPARE(run(AMPLAB_BIN, QStringList{"sweep"} + kSweep + QStringList{"--plan", "3", "--db", "ignored.db"},
                 &out),
             0);
    const QStringList lines = QString::fromUtf8(out).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    for (int k = 1; k <= 3; ++k) {
      QVERIFY2(lines[k - 1].contains(QStringLiteral("--shard %1/3 --db part-%1.db").arg(k)),
               qPrintable(lines[k - 1]));
      QVERIFY(!lines[k - 1].contains("ignored.db") && !lines[k - 1].contains("--plan"));
    }
    QCOMPARE(lines[3], QString("amplab runs merge sweep.db part-1.db part-2.db part-3.db"));
    QVERIFY2(!QFile::exists(dir_.filePath("ignored.db")), "--plan ran or created something");
  }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "test_cluster.moc"
