// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The lab session without a widget: model, runs, saving, exercises and cancel, as the lab page
// drives them.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

#include "amp/labs/registry.h"
#include "amp/run/compare.h"
#include "amp/run/runner.h"
#include "gui/exercise_grading.h"
#include "gui/lab_session.h"
#include "store/run_store.h"

using amp::app::LabSession;
using amp::app::RunFilter;
namespace run = amp::run;

namespace {
constexpr int kRunTimeoutMs = 120000;

const run::Lab& labNamed(const char* id) {
  const run::Lab* lab = amp::labs::findLab(id);
  if (lab == nullptr) qFatal("no lab '%s' in the registry", id);
  return *lab;
}

// What the session said about one exercise.
struct Graded {
  int index = -1;
  QString text;
  bool passed = false;
};
}  // namespace

class TestLabSession : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::shared_ptr<amp::app::RunStore> store_;

  // Flat out and short: the tests check behaviour, not statistics.
  static void makeQuick(LabSession& s, double durationS) {
    s.setSpeed(0.0);
    s.setRunLength(durationS, 2);
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    store_ = std::make_shared<amp::app::RunStore>();
    QCOMPARE(store_->open(dir_.filePath("session.db")), QString());
  }

  void modelAtTheDefaults() {
    const run::Lab& lab = labNamed("foundations");
    LabSession s(lab, store_);
    QCOMPARE(s.labId(), QStringLiteral("foundations"));
    QCOMPARE(s.params(), run::defaults(lab.params()));
    QCOMPARE(s.mode(), LabSession::Mode::Sim);
    QVERIFY2(s.modelError().isEmpty(), qPrintable(s.modelError()));
    // 8 requests/s, master 100 ms, 6 workers of 400 ms: the master at 80 %, the workers at 53 %,
    // and the master alone (M/M/1) costs 1/(μ−λ) = 500 ms of the sojourn.
    QCOMPARE(s.model().values.at("master_util"), 0.8);
    QVERIFY(std::abs(s.model().values.at("worker_util") - 8 * 0.4 / 6) < 1e-12);
    const double sojourn = s.model().values.at("sojourn_ms");
    QVERIFY2(sojourn > 900.0, qPrintable(QString::number(sojourn)));
    QCOMPARE(sojourn, lab.model(run::defaults(lab.params())).values.at("sojourn_ms"));
    QVERIFY(!s.running());
    QVERIFY(!s.simResult().has_value());
    QVERIFY(!s.realResult().has_value());
  }

  void parameterChangeRecomputesTheModel() {
    const run::Lab& lab = labNamed("foundations");
    LabSession s(lab, store_);
    QSignalSpy modelChanged(&s, &LabSession::modelChanged);
    QSignalSpy paramsChanged(&s, &LabSession::paramsChanged);
    const double before = s.model().values.at("sojourn_ms");
    run::Params p = s.params();
    p.set("workers", 8);
    s.setParams(p);
    QCOMPARE(modelChanged.count(), 1);
    QCOMPARE(paramsChanged.count(), 1);
    QCOMPARE(s.params().num("workers"), 8.0);
    QCOMPARE(s.specFor(run::Mode::Sim).params.num("workers"), 8.0);
    const double after = s.model().values.at("sojourn_ms");
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(after, lab.model(p).values.at("sojourn_ms"));
    QCOMPARE(s.model().values.at("worker_util"), 0.4);
    // The session holds what the parameter panel would show: numbers clamped into range, a
    // choice the lab does not offer leaves the current one.
    p.set("workers", 1000);
    p.setText("worker_queue", "no-such-queue");
    s.setParams(p);
    QCOMPARE(s.params().num("workers"), 64.0);
    QCOMPARE(s.params().text("worker_queue"), std::string("shared"));
  }

  void shortSimulationFinishesAndIsSaved() {
    const run::Lab& lab = labNamed("foundations");
    LabSession s(lab, store_);
    makeQuick(s, 60.0);
    s.setSeed(7);
    QSignalSpy saved(&s, &LabSession::runSaved);
    QSignalSpy state(&s, &LabSession::runStateChanged);
    QSignalSpy partial(&s, &LabSession::partialResult);
    const auto listedBefore = store_->list(RunFilter::ofLab(QStringLiteral("foundations"))).size();
    s.run();
    QVERIFY(s.running());
    QCOMPARE(s.runningMode(), run::Mode::Sim);
    QTRY_VERIFY_WITH_TIMEOUT(!s.running() && s.simResult().has_value(), kRunTimeoutMs);
    const run::RunResult& r = *s.simResult();
    QCOMPARE(r.status, run::RunStatus::Ok);
    QCOMPARE(r.mode, run::Mode::Sim);
    QCOMPARE(r.seed, std::uint64_t(7));
    QCOMPARE(r.params, s.params());
    QCOMPARE(state.count(), 2);
    QCOMPARE(state.at(0).at(0).toBool(), true);
    QCOMPARE(state.at(1).at(0).toBool(), false);

    // Saved once, under the id the result carries, with its metrics.
    QCOMPARE(saved.count(), 1);
    const qint64 id = saved.at(0).at(0).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(r.runId, id);
    QCOMPARE(store_->list(RunFilter::ofLab(QStringLiteral("foundations"))).size(), listedBefore + 1);
    QString error;
    const auto stored = store_->load(id, &error);
    QVERIFY2(stored.has_value(), qPrintable(error));
    QCOMPARE(stored->lab, std::string("foundations"));
    QCOMPARE(stored->mode, run::Mode::Sim);
    QCOMPARE(stored->params, r.params);
    QVERIFY(!stored->metrics.empty());
    for (const char* key : {"sojourn_ms", "master_wait_ms", "throughput", "master_util"}) {
      QVERIFY2(stored->metrics.count(key) == 1, key);
      QCOMPARE(stored->metrics.at(key).mean, r.metrics.at(key).mean);
    }
    const auto& sojourn = stored->metrics.at("sojourn_ms");
    QVERIFY(sojourn.ciLo <= sojourn.mean && sojourn.mean <= sojourn.ciHi);
    QVERIFY(sojourn.mean > 0);
    QVERIFY(sojourn.percentiles.count("p99.9") == 1 && sojourn.percentiles.count("max") == 1);
    // The frame loop fed the live state from the run's stream.
    QVERIFY(s.live().hasData());
    // While it ran, the estimate so far came once per replication, each with one more.
    QVERIFY(partial.count() >= 2);
    for (int i = 0; i < partial.count(); ++i) {
      const auto soFar = partial.at(i).at(0).value<run::RunResult>();
      QCOMPARE(soFar.reps, i + 1);
      QVERIFY(soFar.metrics.count("sojourn_ms") == 1);
    }
  }

  void comparingTwoSimulationsGivesThePairedDifference() {
    // Six against seven workers: the session re-runs both in pairs with common random numbers off
    // the GUI thread; the difference's CI is the paired one, narrower than the unpaired contrast.
    const run::Lab& lab = labNamed("foundations");
    auto runWith = [&](int workers) {
      run::RunSpec spec;
      spec.lab = "foundations";
      spec.mode = run::Mode::Sim;
      spec.params = run::defaults(lab.params());
      spec.params.set("workers", workers);
      spec.duration = 300;
      spec.reps = 6;
      spec.seed = 5;
      return run::execute(lab, spec);
    };
    const run::RunResult a = runWith(6), b = runWith(7);
    LabSession s(lab, store_);
    QSignalSpy changed(&s, &LabSession::resultChanged);
    s.showComparison(a, "six", b, "seven");
    QVERIFY(s.differencePending());
    QTRY_VERIFY_WITH_TIMEOUT(s.difference().has_value(), kRunTimeoutMs);
    const run::Difference& d = *s.difference();
    QVERIFY2(d.error.empty(), d.error.c_str());
    QVERIFY(d.paired);
    QCOMPARE(d.pairs, 6);
    QCOMPARE(d.key, lab.keyMetric());
    QVERIFY(d.ciLo <= d.diff && d.diff <= d.ciHi);
    QVERIFY(d.ciHi - d.ciLo < d.unpairedHi - d.unpairedLo);
    QVERIFY(!s.differencePending());
    // Leaving the comparison forgets it; a real run against a simulation is compared unpaired at once.
    s.setParams(s.params());  // a parameter change leaves the comparison
    QVERIFY(!s.comparing() && !s.difference().has_value());
    run::RunResult real = b;
    real.mode = run::Mode::Real;
    s.showComparison(a, "six", real, "seven (real)");
    QVERIFY(s.difference().has_value() && !s.difference()->paired);
  }

  void exerciseAgainstTheModelIsGraded() {
    const run::Lab& lab = labNamed("foundations");
    LabSession s(lab, store_);
    std::vector<Graded> grades;
    connect(&s, &LabSession::exerciseGraded, this, [&grades](int index, const QString& text, bool passed) {
      grades.push_back({index, text, passed});
    });
    // "Raise the arrival rate to 9.5/s": the setup is applied, the answer is the model's.
    const auto& exercises = s.exercises();
    const auto it = std::find_if(exercises.begin(), exercises.end(),
                                 [](const run::Exercise& e) { return e.id == "master_knee"; });
    QVERIFY(it != exercises.end());
    const int index = static_cast<int>(it - exercises.begin());
    QCOMPARE(it->answerFrom, run::Mode::Model);
    const auto attemptsBefore = store_->attempts(QStringLiteral("foundations")).size();

    s.checkExercise(index, 1.0);  // far off
    QCOMPARE(s.params().num("arrival_rate"), 9.5);
    run::Params knee = run::defaults(lab.params());
    knee.set("arrival_rate", 9.5);
    const double answer = lab.model(knee).values.at("master_wait_ms");
    QCOMPARE(s.model().values.at("master_wait_ms"), answer);
    QCOMPARE(grades.size(), std::size_t(1));
    QCOMPARE(grades[0].index, index);
    QVERIFY2(!grades[0].passed, qPrintable(grades[0].text));
    QVERIFY2(grades[0].text.contains(QStringLiteral("Not yet")), qPrintable(grades[0].text));

    s.checkExercise(index, answer * 1.02);  // inside the 3 % tolerance
    QCOMPARE(grades.size(), std::size_t(2));
    QVERIFY2(grades[1].passed, qPrintable(grades[1].text));
    QVERIFY2(grades[1].text.contains(QStringLiteral("Passed")), qPrintable(grades[1].text));

    s.checkExercise(index, answer * 1.06);  // outside it (the wait plus the service would be +5 %)
    QCOMPARE(grades.size(), std::size_t(3));
    QVERIFY2(!grades[2].passed, qPrintable(grades[2].text));

    // Every attempt is kept, and the progress counts the exercise as passed.
    const auto attempts = store_->attempts(QStringLiteral("foundations"));
    QCOMPARE(attempts.size(), attemptsBefore + 3);
    int passed = 0;
    for (std::size_t i = attemptsBefore; i < attempts.size(); ++i) {
      QCOMPARE(attempts[i].exercise, QStringLiteral("master_knee"));
      QCOMPARE(attempts[i].answer, answer);
      passed += attempts[i].passed ? 1 : 0;
    }
    QCOMPARE(passed, 1);
    const auto progress = s.exerciseProgress();
    QVERIFY(progress.has_value());
    QVERIFY(progress->passedById.at(QStringLiteral("master_knee")));
    QCOMPARE(progress->attempts, static_cast<int>(attempts.size()));
  }

  void exerciseAgainstASimulationIsGradedAfterTheRun() {
    const run::Lab& lab = labNamed("tcp");
    LabSession s(lab, store_);
    makeQuick(s, 5.0);
    const auto& exercises = s.exercises();
    const auto it = std::find_if(exercises.begin(), exercises.end(),
                                 [](const run::Exercise& e) { return e.answerFrom == run::Mode::Sim; });
    QVERIFY(it != exercises.end());
    const int index = static_cast<int>(it - exercises.begin());
    const run::Exercise e = *it;
    std::vector<Graded> grades;
    connect(&s, &LabSession::exerciseGraded, this, [&grades](int i, const QString& text, bool passed) {
      grades.push_back({i, text, passed});
    });

    s.checkExercise(index, 1e9);  // far off
    QVERIFY(s.running());
    QCOMPARE(s.mode(), LabSession::Mode::Sim);
    QVERIFY(grades.empty());  // graded once the simulation has answered
    QTRY_VERIFY_WITH_TIMEOUT(!grades.empty(), kRunTimeoutMs);
    QVERIFY(!s.running());
    QVERIFY(s.simResult().has_value());
    QCOMPARE(grades.size(), std::size_t(1));
    QVERIFY2(!grades[0].passed, qPrintable(grades[0].text));
    QVERIFY2(grades[0].text.contains(LabSession::modeWord(run::Mode::Sim)), qPrintable(grades[0].text));
    const double answer = s.simResult()->metrics.at(e.metric).mean;
    const auto attempts = store_->attempts(QStringLiteral("tcp"));
    QVERIFY(!attempts.empty());
    QCOMPARE(attempts.back().answer, answer);

    // Same seed, same run: predicting what it measured passes.
    s.checkExercise(index, answer);
    QTRY_VERIFY_WITH_TIMEOUT(grades.size() == 2, kRunTimeoutMs);
    QVERIFY2(grades[1].passed, qPrintable(grades[1].text));
    QCOMPARE(s.simResult()->metrics.at(e.metric).mean, answer);
  }

  void cancelStopsTheRunAndSavesNothing() {
    LabSession s(labNamed("foundations"), store_);
    // Real time and long: it would run for hours.
    s.setSpeed(1.0);
    s.setRunLength(100000.0, 1);
    const auto listedBefore = store_->list(RunFilter::ofLab(QStringLiteral("foundations"))).size();
    std::vector<run::RunStatus> ended;
    connect(&s, &LabSession::runEnded, this,
            [&ended](const run::RunResult& r) { ended.push_back(r.status); });
    QStringList messages;
    connect(&s, &LabSession::message, this, [&messages](const QString& text) { messages << text; });
    s.run();
    QVERIFY(s.running());
    QTest::qWait(200);
    QVERIFY(s.running());
    s.resetRun();
    QTRY_VERIFY_WITH_TIMEOUT(!ended.empty(), 10000);
    QCOMPARE(ended.size(), std::size_t(1));
    QCOMPARE(ended[0], run::RunStatus::Cancelled);
    QVERIFY(!s.running());
    QVERIFY(!s.simResult().has_value());
    QCOMPARE(store_->list(RunFilter::ofLab(QStringLiteral("foundations"))).size(), listedBefore);
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().contains(QStringLiteral("cancelled")), qPrintable(messages.last()));
  }

  /// Choosing the real face fits it to this machine (whatever its cores); an exercise's own switch
  /// to real, and a return to the simulation, leave the parameters alone.
  void choosingRealFitsTheMachine() {
    const run::Lab& lab = labNamed("foundations");
    LabSession s(lab, store_);
    const run::Params defaults = run::defaults(lab.params());
    s.setMode(LabSession::Mode::Real);
    QCOMPARE(s.params(), defaults);
    s.setMode(LabSession::Mode::Sim);
    s.chooseMode(LabSession::Mode::Real);
    QCOMPARE(s.params(), run::fitToHost(lab, defaults, s.cores()).params);
    // A machine of two cores has room for one worker beside the master.
    QCOMPARE(run::fitToHost(lab, defaults, 2).params.integer("workers"), 1);
    s.chooseMode(LabSession::Mode::Sim);
    QCOMPARE(s.params(), run::fitToHost(lab, defaults, s.cores()).params);
  }

  /// A real run's grade widens its tolerance on a noisy host, and says so; a simulation's never.
  void realGradeWidensOnANoisyHost() {
    run::Exercise e;
    e.tolerance = 0.1;
    run::RunResult r;
    r.mode = run::Mode::Real;
    r.host.virtualized = true;
    QString why;
    const double k = amp::app::ExerciseGrading::hostWidening(r, why);
    QCOMPARE(k, 2.0);
    QVERIFY(why.contains(QStringLiteral("virtual machine")));
    // 15% off: fails at 10%, passes at the widened 20%.
    QVERIFY(
        !amp::app::ExerciseGrading::grade(e, nullptr, 115, 100, NAN, NAN, QStringLiteral("real run")).passed);
    const auto g =
        amp::app::ExerciseGrading::grade(e, nullptr, 115, 100, NAN, NAN, QStringLiteral("real run"), k, why);
    QVERIFY(g.passed);
    QVERIFY2(g.text.contains(QStringLiteral("widened from 10% to 20%")), qPrintable(g.text));
    r.oversubscribed = true;
    QCOMPARE(amp::app::ExerciseGrading::hostWidening(r, why), 4.0);
    r.mode = run::Mode::Sim;
    QCOMPARE(amp::app::ExerciseGrading::hostWidening(r, why), 1.0);
    QVERIFY(why.isEmpty());
  }
};

QTEST_MAIN(TestLabSession)
#include "test_lab_session.moc"
