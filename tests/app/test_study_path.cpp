// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The self-study path: attempts per profile, the counts, the next exercise in path order, progress
// that survives a restart and a schema-1 file, and answers only after a graded prediction.
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "amp/labs/registry.h"
#include "gui/exercise_grading.h"
#include "gui/exercise_panel.h"
#include "gui/lab_page.h"
#include "gui/main_window.h"
#include "gui/start_page.h"
#include "gui/study_path.h"
#include "sqlite_files.h"
#include "store/run_store.h"
#include "widgets/format.h"
#include "widgets/metric_table.h"

using amp::app::MainWindow;
using amp::app::RunStore;
using amp::app::StudyPath;

namespace {

std::vector<const amp::run::Lab*> registeredLabs() {
  std::vector<const amp::run::Lab*> labs;
  for (const auto& lab : amp::labs::allLabs()) labs.push_back(lab.get());
  return labs;
}

QString labId(int stop) {
  return QString::fromStdString(registeredLabs()[static_cast<std::size_t>(stop)]->info().id);
}

QString exerciseId(int stop, int exercise) {
  return QString::fromStdString(
      registeredLabs()[static_cast<std::size_t>(stop)]->exercises()[static_cast<std::size_t>(exercise)].id);
}

/// Passes every exercise of the path's first lab and the second lab's first one, and fails one more.
void passFirstLabAndOneMore(RunStore& store) {
  const int first = static_cast<int>(registeredLabs().front()->exercises().size());
  for (int i = 0; i < first; ++i)
    QCOMPARE(store.saveExerciseAttempt(labId(0), exerciseId(0, i), 1, 1, true), QString());
  QCOMPARE(store.saveExerciseAttempt(labId(1), exerciseId(1, 0), 1, 1, true), QString());
  QCOMPARE(store.saveExerciseAttempt(labId(1), exerciseId(1, 1), 5, 1, false), QString());
}

}  // namespace

class TestStudyPath : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AMP Lab tests"));
    QCoreApplication::setApplicationName(QStringLiteral("amplab-test-study-path"));
    QSettings().clear();
    QVERIFY(registeredLabs().size() >= 2);
    QVERIFY(registeredLabs()[1]->exercises().size() >= 2);
  }

  void twoProfilesDoNotSeeEachOthersAttempts() {
    QTemporaryDir dir;
    RunStore store;
    QCOMPARE(store.open(dir.filePath("p.db")), QString());
    QCOMPARE(store.profile(), RunStore::defaultProfile());
    store.setProfile(QStringLiteral("ada"));
    QCOMPARE(store.saveExerciseAttempt(labId(0), exerciseId(0, 0), 1, 1, true), QString());
    store.setProfile(QStringLiteral("bob"));
    QVERIFY(store.attempts().empty());
    QCOMPARE(StudyPath::ofStore(&store).exercisesPassed(), 0);
    QCOMPARE(store.saveExerciseAttempt(labId(0), exerciseId(0, 1), 2, 1, false), QString());
    QCOMPARE(store.attempts().size(), std::size_t(1));
    QCOMPARE(store.attempts().front().profile, QStringLiteral("bob"));
    store.setProfile(QStringLiteral("ada"));
    QCOMPARE(store.attempts().size(), std::size_t(1));
    QVERIFY(store.attempts().front().passed);
    QCOMPARE(store.profiles(), (QStringList{QStringLiteral("ada"), QStringLiteral("bob")}));
    store.setProfile(QStringLiteral("  "));  // blank: back to the default
    QCOMPARE(store.profile(), RunStore::defaultProfile());
  }

  void countsAndTheNextExerciseFollowThePath() {
    const auto labs = registeredLabs();
    const int first = static_cast<int>(labs[0]->exercises().size());
    int all = 0, withExercises = 0;
    for (const auto* lab : labs) {
      all += static_cast<int>(lab->exercises().size());
      withExercises += lab->exercises().empty() ? 0 : 1;
    }
    {
      const StudyPath fresh(labs, {});
      QCOMPARE(fresh.labsDone(), 0);
      QCOMPARE(fresh.exerciseCount(), all);
      QVERIFY(fresh.next().has_value());
      QCOMPARE(fresh.next()->stop, 0);  // foundations first
      QCOMPARE(fresh.next()->exercise, 0);
    }
    QTemporaryDir dir;
    RunStore store;
    QCOMPARE(store.open(dir.filePath("c.db")), QString());
    passFirstLabAndOneMore(store);
    // A pass further along the path does not move "next" past an earlier gap.
    QCOMPARE(store.saveExerciseAttempt(labId(2), exerciseId(2, 0), 1, 1, true), QString());
    const StudyPath path = StudyPath::ofStore(&store);
    QCOMPARE(path.labsDone(), 1);
    QCOMPARE(path.labCount(), withExercises);
    QCOMPARE(path.exercisesPassed(), first + 2);  // the failed attempt counts for nothing
    QVERIFY(path.stops()[0].done());
    QVERIFY(!path.stops()[1].done());
    QCOMPARE(path.stops()[1].attempts, 2);
    QVERIFY(path.next().has_value());
    QCOMPARE(path.next()->stop, 1);
    QCOMPARE(path.next()->exercise, 1);
    QCOMPARE(path.summary(),
             QStringLiteral("1 of %1 labs, %2 of %3 exercises").arg(withExercises).arg(first + 2).arg(all));

    // Every exercise passed: nothing next.
    std::vector<RunStore::Attempt> everything;
    for (const auto* lab : labs)
      for (const auto& e : lab->exercises())
        everything.push_back(
            {QString::fromStdString(lab->info().id), QString::fromStdString(e.id), {}, 0, 0, true, {}});
    const StudyPath complete(labs, everything);
    QCOMPARE(complete.labsDone(), withExercises);
    QVERIFY(!complete.next().has_value());
  }

  void progressSurvivesARestart() {
    QTemporaryDir dir;
    const QString path = dir.filePath("r.db");
    {
      RunStore store;
      QCOMPARE(store.open(path), QString());
      store.setProfile(QStringLiteral("ada"));
      passFirstLabAndOneMore(store);
    }
    {
      // The window remembers the profile; the store remembers the attempts.
      auto store = std::make_shared<RunStore>();
      QCOMPARE(store->open(path), QString());
      MainWindow window(store, QString());
      window.setProfile(QStringLiteral("ada"));
      window.saveSettings();
    }
    auto store = std::make_shared<RunStore>();
    QCOMPARE(store->open(path), QString());
    MainWindow window(store, QString());
    QCOMPARE(store->profile(), QStringLiteral("ada"));
    window.showStartPage();
    const StudyPath& p = window.startPage()->path();
    QCOMPARE(p.labsDone(), 1);
    QVERIFY(window.startPage()->progressText().contains(p.summary()));
    QCOMPARE(window.startPage()->pathList()->count(), static_cast<int>(registeredLabs().size()));
    QVERIFY(window.startPage()->pathList()->item(0)->text().startsWith(QStringLiteral("✓")));

    // One click on "Continue" opens the next exercise, on the exercises tab (the model's answers hidden).
    QTest::mouseClick(window.startPage()->continueButton(), Qt::LeftButton);
    QVERIFY(window.page() != nullptr);
    QCOMPARE(window.page()->labId(), labId(1));
    QVERIFY(window.startPage()->isHidden());
    QVERIFY(window.page()->metricTable()->modelHidden());
    window.showStartPage();
    QVERIFY(window.page() == nullptr);
    // A click on a lab of the path opens it.
    QListWidget* list = window.startPage()->pathList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(2)).center());
    QVERIFY(window.page() != nullptr);
    QCOMPARE(window.page()->labId(), labId(2));
  }

  void versionOneFileKeepsItsAttempts() {
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.db");
    // A schema-1 file as the version before profiles wrote it.
    amp::testing::execSql(
        path,
        {"CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, lab TEXT NOT NULL,"
         " mode TEXT NOT NULL, params TEXT NOT NULL, seed INTEGER NOT NULL, started TEXT NOT NULL,"
         " duration REAL NOT NULL, host TEXT NOT NULL, status TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
         " notes TEXT NOT NULL DEFAULT '', result TEXT NOT NULL)",
         "CREATE TABLE metrics (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, name TEXT NOT NULL,"
         " mean REAL, ci_lo REAL, ci_hi REAL, p50 REAL, p99 REAL, unit TEXT, PRIMARY KEY (run, name))",
         "CREATE TABLE series (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, name TEXT NOT NULL,"
         " points BLOB NOT NULL, PRIMARY KEY (run, name))",
         "CREATE TABLE histograms (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, name TEXT NOT NULL,"
         " buckets BLOB NOT NULL, PRIMARY KEY (run, name))",
         "CREATE TABLE exercises (id INTEGER PRIMARY KEY AUTOINCREMENT, lab TEXT NOT NULL, exercise TEXT NOT NULL,"
         " prediction REAL NOT NULL, answer REAL NOT NULL, passed INTEGER NOT NULL, at TEXT NOT NULL)",
         "CREATE INDEX runs_lab ON runs(lab)",
         QStringLiteral("INSERT INTO exercises (lab, exercise, prediction, answer, passed, at) VALUES"
                        " ('%1', '%2', 1100, 1198.2, 1, '2026-01-05T10:00:00Z'),"
                        " ('%1', '%2', 900, 1198.2, 0, '2026-01-05T10:01:00Z')")
             .arg(labId(0), exerciseId(0, 0)),
         "PRAGMA user_version=1", QStringLiteral("PRAGMA application_id=%1").arg(RunStore::kApplicationId)});
    {
      // Read only: not migrated, and the attempts are the default profile's all the same.
      RunStore reader;
      QCOMPARE(reader.open(path, RunStore::Access::ReadOnly), QString());
      QCOMPARE(reader.attempts().size(), std::size_t(2));
      QCOMPARE(reader.profiles(), QStringList{RunStore::defaultProfile()});
    }
    RunStore store;
    QCOMPARE(store.open(path), QString());
    const auto attempts = store.attempts();
    QCOMPARE(attempts.size(), std::size_t(2));
    QCOMPARE(attempts[0].profile, RunStore::defaultProfile());
    QCOMPARE(attempts[0].prediction, 1100.0);
    QVERIFY(attempts[0].passed && !attempts[1].passed);
    QCOMPARE(attempts[1].when, QStringLiteral("2026-01-05T10:01:00Z"));
    QCOMPARE(StudyPath::ofStore(&store).exercisesPassed(), 1);
    store.setProfile(QStringLiteral("someone else"));
    QVERIFY(store.attempts().empty());
    {
      RunStore again;  // the file now says schema 2
      QCOMPARE(again.open(path, RunStore::Access::ReadOnly), QString());
      QCOMPARE(again.attempts().size(), std::size_t(2));
    }
  }

  void answerIsNotShownBeforeAPrediction() {
    QTemporaryDir dir;
    auto store = std::make_shared<RunStore>();
    QCOMPARE(store->open(dir.filePath("a.db")), QString());
    const amp::run::Lab& lab = *registeredLabs().front();
    amp::app::LabPage page(lab, store);
    auto* ex = page.exercisePanel();
    const auto& e = ex->exercise(0);
    QCOMPARE(e.answerFrom, amp::run::Mode::Model);
    QVERIFY(!ex->answerAvailable(0));
    ex->showAnswer(0);
    QCOMPARE(ex->answerText(0), QString());
    ex->check(0);  // no prediction entered: nothing graded, no answer
    QVERIFY(!ex->gradeText(0).isEmpty());
    QVERIFY(!ex->answerAvailable(0));

    ex->setPrediction(0, 1e6);  // far off
    ex->check(0);
    QVERIFY(ex->gradeText(0).contains(QStringLiteral("Not yet")));
    amp::run::Params p;
    QVERIFY(amp::app::ExerciseGrading::params(lab.params(), e, p).empty());
    const double answer = lab.model(p).values.at(e.metric);
    const QString answerShown = amp::widgets::formatValue(answer);
    // A miss keeps it back: the answer appears nowhere as a number of its own (4 inside 24999900% is
    // the miss's distance, not the answer).
    const QRegularExpression asNumber(QStringLiteral("(^|[^\\d.,])") +
                                      QRegularExpression::escape(answerShown) +
                                      QStringLiteral("($|[^\\d.,])"));
    QVERIFY2(!ex->gradeText(0).contains(asNumber), qPrintable(ex->gradeText(0)));
    QCOMPARE(ex->answerText(0), QString());  // still hidden until asked for
    QVERIFY(ex->answerAvailable(0));
    ex->showAnswer(0);
    QVERIFY2(ex->answerText(0).contains(answerShown), qPrintable(ex->answerText(0)));
    QVERIFY(ex->answerText(0).contains(amp::widgets::labText(e.explanation).left(20)));
  }
};

QTEST_MAIN(TestStudyPath)
#include "test_study_path.moc"
