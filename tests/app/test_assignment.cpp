// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "amplab_process.h"

namespace {

/// A CSV's rows as fields (quoted fields may hold commas and doubled quotes).
QList<QStringList> parseCsv(const QString& text) {
  QList<QStringList> rows;
  QStringList row;
  QString field;
  bool quoted = false;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row << field;
      field.clear();
    } else if (c == '\n') {
      rows << (row << field);
      row.clear();
      field.clear();
    } else {
      field += c;
    }
  }
  return rows;
}

}  // namespace

/// A problem per student through the real binary: `assignment` gives two students different
/// numbers, their submissions are graded on the problems derived again from their ids, and bad
/// files are rows or exit 2.
class TestAssignmentCli : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

  using Result = amp::testing::CliResult;

  Result amplab(const QStringList& args) {
    return amp::testing::runAmplab(args, dir_.filePath("student.db"));
  }

  /// The student's setup of `exercise` (from `assignment --json`).
  QJsonObject setupOf(const QString& student, const QString& exercise) {
    const Result r = amplab({"assignment", "foundations", "--student", student, "--seed", "7", "--json"});
    for (const auto& e : r.json()["exercises"].toArray())
      if (e.toObject()["id"].toString() == exercise) return e.toObject()["setup"].toObject();
    return {};
  }

  /// The model's `metric` at the student's setup, as `run --mode model` gives it.
  double modelAnswer(const QString& student, const QString& exercise, const QString& metric) {
    QStringList args{"run", "foundations", "--mode", "model", "--json", "--db", dir_.filePath("answers.db")};
    const QJsonObject setup = setupOf(student, exercise);
    for (auto it = setup.begin(); it != setup.end(); ++it)
      args << "--set" << it.key() + "=" + it.value().toString();
    return amplab(args).json()["model"].toObject()[metric].toDouble(NAN);
  }

  QString submit(const QString& student, const QStringList& answers, const QString& file) {
    QStringList args{"assignment", "foundations", "--student", student, "--seed", "7", "--submit", file};
    for (const QString& a : answers) args << "--answer" << a;
    const Result r = amplab(args);
    return r.code == 0 ? QString() : QString::fromUtf8(r.err);
  }

  /// The CSV row of (student, exercise) as column -> field; empty when there is none.
  static QMap<QString, QString> rowOf(const QList<QStringList>& rows, const QString& student,
                                      const QString& exercise) {
    QMap<QString, QString> out;
    for (const auto& row : rows)
      if (row.value(0) == student && row.value(1) == exercise)
        for (qsizetype i = 0; i < rows.front().size(); ++i) out[rows.front()[i]] = row.value(i);
    return out;
  }

 private slots:
  void twoStudentsGetDifferentNumbers() {
    const Result alice = amplab({"assignment", "foundations", "--student", "alice", "--seed", "7", "--json"});
    const Result again = amplab({"assignment", "foundations", "--student", "alice", "--seed", "7", "--json"});
    const Result bob = amplab({"assignment", "foundations", "--student", "bob", "--seed", "7", "--json"});
    QCOMPARE(alice.code, 0);
    QCOMPARE(alice.out, again.out);
    const QJsonObject doc = alice.json();
    QCOMPARE(doc["format"].toString(), QString("amplab-assignment"));
    QCOMPARE(doc["version"].toInt(), 1);
    QCOMPARE(doc["seed"].toInt(), 7);
    QCOMPARE(doc["student"].toString(), QString("alice"));
    QVERIFY(setupOf("alice", "crossover") != setupOf("bob", "crossover"));
    QVERIFY(!setupOf("alice", "crossover").isEmpty());
    // The text a student reads states their numbers.
    const Result text = amplab({"assignment", "foundations", "--student", "alice", "--seed", "7"});
    QCOMPARE(text.code, 0);
    const QString worker = setupOf("alice", "crossover")["worker_ms"].toString();
    QVERIFY2(text.out.contains(("workers of " + worker + " ms").toUtf8()), text.out.constData());
  }

  void graderReproducesBothStudents() {
    const QString subs = dir_.filePath("subs");
    QVERIFY(QDir().mkpath(subs));
    const QString assignment = dir_.filePath("assignment.json");
    QCOMPARE(amplab({"assignment", "foundations", "--seed", "7", "--out", assignment}).code, 0);

    const double aliceCross = modelAnswer("alice", "crossover", "crossover_workers");
    const double aliceKnee = modelAnswer("alice", "master_knee", "master_wait_ms");
    const double bobCross = modelAnswer("bob", "crossover", "crossover_workers");
    const double bobKnee = modelAnswer("bob", "master_knee", "master_wait_ms");
    QVERIFY(std::isfinite(aliceCross) && std::isfinite(bobCross) && aliceCross != bobCross);
    const auto exact = [](double v) { return QString::number(v, 'g', 17); };
    QCOMPARE(submit("alice", {"crossover=" + exact(aliceCross), "master_knee=" + exact(aliceKnee)},
                    subs + "/alice.json"),
             QString());
    // Alice hands in the run she made at her numbers with her answer (her database is AMPLAB_DB).
    QStringList runArgs{"run", "foundations", "--mode", "model", "--json"};
    const QJsonObject aliceSetup = setupOf("alice", "crossover");
    for (auto it = aliceSetup.begin(); it != aliceSetup.end(); ++it)
      runArgs << "--set" << it.key() + "=" + it.value().toString();
    const QJsonObject aliceRun = amplab(runArgs).json();
    const Result withRun = amplab({"assignment", "foundations", "--student", "alice", "--seed", "7",
                                   "--answer", "crossover=" + exact(aliceCross), "--run",
                                   "crossover=" + QString::number(aliceRun["run_id"].toInteger()), "--submit",
                                   subs + "/alice.json"});
    QCOMPARE(withRun.code, 0);
    QVERIFY2(!withRun.err.contains("warning"), withRun.err.constData());
    // Bob answers one at a time; the second adds to his file. His knee is 50% off.
    QCOMPARE(submit("bob", {"crossover=" + exact(bobCross)}, subs + "/bob.json"), QString());
    QCOMPARE(submit("bob", {"master_knee=" + exact(bobKnee * 1.5)}, subs + "/bob.json"), QString());

    const QString csv = dir_.filePath("grades.csv");
    const Result g = amplab({"grade", assignment, subs, "--csv", csv});
    QCOMPARE(g.code, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto rows = parseCsv(QString::fromUtf8(f.readAll()));
    QCOMPARE(rows.value(0).value(8), QString("passed"));  // the columns by name below
    QCOMPARE(rowOf(rows, "alice", "crossover")["passed"], QString("yes"));
    QVERIFY(std::fabs(rowOf(rows, "alice", "crossover")["answer"].toDouble() / aliceCross - 1) < 1e-8);
    QCOMPARE(rowOf(rows, "alice", "crossover")["run_uuid"], aliceRun["uuid"].toString());
    QVERIFY(std::fabs(rowOf(rows, "alice", "crossover")["run_value"].toDouble() / aliceCross - 1) < 1e-8);
    QCOMPARE(rowOf(rows, "alice", "master_knee")["run_uuid"], QString());
    QCOMPARE(rowOf(rows, "alice", "master_knee")["passed"], QString("yes"));
    QCOMPARE(rowOf(rows, "bob", "crossover")["passed"], QString("yes"));
    QVERIFY(std::fabs(rowOf(rows, "bob", "crossover")["answer"].toDouble() / bobCross - 1) < 1e-8);
    const auto knee = rowOf(rows, "bob", "master_knee");
    QCOMPARE(knee["passed"], QString("no"));
    QVERIFY(std::fabs(knee["relative_error"].toDouble() - 0.5) < 1e-9);
    QCOMPARE(knee["unit"], QString("ms"));
    QVERIFY(knee["parameters"].startsWith("arrival_rate="));
    QCOMPARE(rowOf(rows, "bob", "design_wins")["error"], QString("no answer"));

    // Each answer was also saved as an attempt in the student's progress.
    {
      auto db = QSqlDatabase::addDatabase("QSQLITE", "attempts");
      db.setDatabaseName(dir_.filePath("student.db"));
      QVERIFY(db.open());
      QSqlQuery q("SELECT COUNT(*), SUM(passed) FROM exercises WHERE lab = 'foundations'", db);
      QVERIFY(q.next());
      QCOMPARE(q.value(0).toInt(), 5);
      QCOMPARE(q.value(1).toInt(), 4);
    }
    QSqlDatabase::removeDatabase("attempts");
  }

  void aBadSubmissionIsARowWithItsError() {
    const QString subs = dir_.filePath("bad");
    QVERIFY(QDir().mkpath(subs));
    const QString assignment = dir_.filePath("assignment2.json");
    QCOMPARE(
        amplab({"assignment", "foundations", "--seed", "7", "--exercise", "crossover", "--out", assignment})
            .code,
        0);
    const auto write = [&](const QString& name, const QByteArray& text) {
      QFile f(subs + "/" + name);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(text);
    };
    write("broken.json", "{not json");
    write("nostudent.json", R"({"format": "amplab-submission", "version": 1, "lab": "foundations", "seed": 7,
                               "answers": {"crossover": 4}})");
    write("otherseed.json", R"({"format": "amplab-submission", "version": 1, "student": "carol",
                               "lab": "foundations", "seed": 8, "answers": {"crossover": 4}})");
    write("good.json", R"({"format": "amplab-submission", "version": 1, "student": "dave",
                          "lab": "foundations", "seed": 7, "answers": {"crossover": 4}})");
    const Result g = amplab({"grade", assignment, subs});
    QCOMPARE(g.code, 0);
    const auto rows = parseCsv(QString::fromUtf8(g.out));
    QCOMPARE(rows.size(), 5);  // header, three errors, dave's one exercise
    const qsizetype fileColumn = rows.front().indexOf("file"), errorColumn = rows.front().indexOf("error");
    const auto errorOf = [&](const QString& file) {
      for (const auto& row : rows)
        if (row.value(fileColumn) == file) return row.value(errorColumn);
      return QString("(no row)");
    };
    QVERIFY2(errorOf("broken.json").contains("not JSON"), qPrintable(errorOf("broken.json")));
    QVERIFY2(errorOf("nostudent.json").contains("'student'"), qPrintable(errorOf("nostudent.json")));
    QVERIFY2(errorOf("otherseed.json").contains("seed 8"), qPrintable(errorOf("otherseed.json")));
    QCOMPARE(errorOf("good.json"), QString());
    QVERIFY(!rowOf(rows, "dave", "crossover")["passed"].isEmpty());
  }

  void aBadAssignmentIsBadInput() {
    const QString file = dir_.filePath("badassignment.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "amplab-assignment", "version": 1, "lab": "foundations", "seed": "x",
                "exercises": [{"id": "crossover"}]})");
    f.close();
    const Result r = amplab({"grade", file, dir_.path()});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("badassignment.json") && r.err.contains("'seed'"), r.err.constData());
    const Result missing = amplab({"grade", dir_.filePath("none.json"), dir_.path()});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("none.json"));
  }

  void badOptionsAreBadInput() {
    QCOMPARE(amplab({"assignment", "nolab", "--student", "a"}).code, 2);
    const Result noSubmit =
        amplab({"assignment", "foundations", "--student", "a", "--answer", "crossover=4"});
    QCOMPARE(noSubmit.code, 2);
    QVERIFY(noSubmit.err.contains("--submit"));
    const Result badAnswer = amplab({"assignment", "foundations", "--student", "a", "--answer",
                                     "crossover=many", "--submit", dir_.filePath("a.json")});
    QCOMPARE(badAnswer.code, 2);
    QVERIFY2(badAnswer.err.contains("crossover=many"), badAnswer.err.constData());
    // A file that holds another student's answers is not overwritten.
    QCOMPARE(submit("erin", {"crossover=4"}, dir_.filePath("erin.json")), QString());
    QVERIFY(submit("frank", {"crossover=4"}, dir_.filePath("erin.json")).contains("student erin"));
  }
};

QTEST_GUILESS_MAIN(TestAssignmentCli)
#include "test_assignment.moc"
