// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "amp/labs/registry.h"
#include "gui/lab_browser.h"
#include "gui/lab_page.h"
#include "gui/lesson_menu.h"
#include "gui/lesson_player.h"
#include "gui/lesson_recorder.h"
#include "gui/main_window.h"
#include "lesson/lesson_script.h"
#include "store/run_store.h"

using amp::lesson::Lesson;

namespace {

/// A lesson from its steps' JSON, on foundations unless `lab` says otherwise.
QByteArray script(const QByteArray& steps, const QByteArray& lab = "foundations") {
  return R"({"lesson": 1, "title": "t", "lab": ")" + lab + R"(", "steps": [)" + steps + "]}";
}

/// The parse error, or the checker's problems joined by newlines.
QString problems(const QByteArray& json) {
  Lesson lesson;
  const QString e = amp::lesson::parseLesson(json, QStringLiteral("x.json"), lesson);
  return e.isEmpty() ? amp::lesson::checkLesson(lesson).join('\n') : e;
}

}  // namespace

class TestLesson : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AMP Lab tests"));
    QCoreApplication::setApplicationName(QStringLiteral("amplab-test-lesson"));
    QSettings().clear();
  }

  void parsesEveryStepKind() {
    Lesson l;
    QCOMPARE(amp::lesson::parseLesson(
                 script(R"({"say": "hello"}, {"mode": "sim"}, {"set": {"workers": 8, "master_dist": "det"}},
      {"run": true}, {"run_until": "master_util ≥ 0.95"}, {"ask": "why?", "answer": "because"}, {"reveal": true},
      {"run": true}, {"compare": true}, {"chart": "queue", "say": "the queue"}, {"open": "foundations"})"),
                 "x.json", l),
             QString());
    QCOMPARE(l.steps.size(), std::size_t{11});
    QCOMPARE(l.steps[2].set.size(), std::size_t{2});
    QCOMPARE(l.steps[2].set[1], std::make_pair(QStringLiteral("workers"), QStringLiteral("8")));
    QCOMPARE(l.steps[4].until.op, QStringLiteral(">="));
    QCOMPARE(l.steps[4].until.value, 0.95);
    QCOMPARE(l.steps[9].say, QStringLiteral("the queue"));
    QCOMPARE(amp::lesson::checkLesson(l), QStringList());
    QVERIFY(amp::lesson::summary(l).contains("11 steps on foundations"));
  }

  void conditions() {
    amp::lesson::Condition c;
    QCOMPARE(amp::lesson::parseCondition("t >= 2 min", c), QString());
    QVERIFY(c.isTime());
    QCOMPARE(c.value, 120.0);
    QVERIFY(c.holds(120.0) && !c.holds(119.9));
    QCOMPARE(amp::lesson::parseCondition("t < 500 ms", c), QString());
    QCOMPARE(c.value, 0.5);
    QVERIFY(amp::lesson::parseCondition("t >= 5 h", c).contains("s, ms or min"));
    QVERIFY(amp::lesson::parseCondition("master_util is high", c).contains("NAME OP NUMBER"));
  }

  void shapeErrorsNameTheStep() {
    QVERIFY(problems("{").contains("x.json: not JSON"));
    QVERIFY(problems(R"({"lesson": 2, "title": "t", "lab": "foundations", "steps": [{"run": true}]})")
                .contains("'lesson' must be 1"));
    QVERIFY(problems(script(R"({"run": true}, {"sett": {"workers": 2}})"))
                .contains("step 2: unknown key 'sett'"));
    QVERIFY(problems(script(R"({"ask": "why?"})")).contains("step 1: 'answer' must be"));
    QVERIFY(problems(script(R"({"run": true, "mode": "sim"})")).contains("step 1: one kind of step"));
    QVERIFY(problems(script(R"({"mode": "fast"})")).contains("allowed: model, sim, real, compare"));
    QVERIFY(problems(script(R"({"run_until": "t is late"})")).contains("step 1: condition"));
  }

  void checkerNamesStepAndWhatIsAllowed() {
    const QString wrongKey = problems(script(R"({"run": true}, {"say": "x"}, {"set": {"workerz": 8}})"));
    QVERIFY2(wrongKey.startsWith("step 3: 'workerz' is not a parameter of foundations; allowed: "),
             qPrintable(wrongKey));
    QVERIFY(wrongKey.contains("workers"));
    QVERIFY(problems(script(R"({"set": {"workers": 1000}})")).contains("step 1: workers"));
    QVERIFY(problems(script(R"({"set": {"master_dist": "gamma"}})")).contains("exp|det|lognormal"));
    QVERIFY(problems(script(R"({"run": true})", "nosuchlab"))
                .contains("lab: there is no lab 'nosuchlab'; labs: "));
    QVERIFY(problems(script(R"({"open": "nosuchlab"})")).contains("step 1: there is no lab 'nosuchlab'"));
    const QString metric = problems(script(R"({"run_until": "master_utl >= 0.9"})"));
    QVERIFY2(metric.contains("step 1: 'master_utl' is not a metric of foundations; allowed: t (time in s), "),
             qPrintable(metric));
    QVERIFY(problems(script(R"({"run_until": "sojourn_ms >= 9 s"})")).contains("sojourn_ms is in 'ms'"));
    QVERIFY(problems(script(R"({"mode": "model"}, {"run_until": "t >= 9 s"})"))
                .contains("step 2: run_until needs"));
    QVERIFY(problems(script(R"({"chart": "queues"})"))
                .contains("step 1: 'queues' is not a chart of foundations"));
    QVERIFY(problems(script(R"({"reveal": true})")).contains("step 1: reveal has no question"));
    QVERIFY(problems(script(R"({"run": true}, {"run_until": "t >= 1 s"}, {"compare": true})"))
                .contains("step 3: compare needs two 'run' steps"));
    // Keys are checked against the lab open at that step.
    QVERIFY(
        problems(script(R"({"open": "tcp"}, {"set": {"master_ms": 2}})")).contains("not a parameter of tcp"));
  }

  // The command line's contract: a summary and 0, or every problem with its step and 2.
  void checkFromTheCommandLine() {
    auto check = [](const QStringList& args, QString* err) {
      QProcess p;
      p.start(QStringLiteral(AMPLAB_BIN), QStringList{"lesson"} + args);
      p.waitForFinished(30000);
      *err = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
      return p.exitCode();
    };
    QString text;
    QCOMPARE(check({"foundations", "--check"}, &text), 0);
    QVERIFY2(text.startsWith("foundations: 'Master and workers': 20 steps on foundations"), qPrintable(text));
    QTemporaryDir tmp;
    QFile f(tmp.filePath("bad.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        script(R"({"run": true}, {"say": "x"}, {"set": {"workerz": 8}}, {"run_until": "master_utl >= 1"})"));
    f.close();
    QCOMPARE(check({f.fileName(), "--check"}, &text), 2);
    QVERIFY2(
        text.contains("bad.json: step 3: 'workerz' is not a parameter of foundations; allowed: arrival_rate"),
        qPrintable(text));
    QVERIFY(text.contains("step 4: 'master_utl' is not a metric"));
    QCOMPARE(check({tmp.filePath("none.json"), "--check"}, &text), 2);
    QVERIFY(text.contains("none.json: cannot be read"));
    QCOMPARE(check({"foundations", "--check", "--fast"}, &text), 2);
  }

  void stateIsReplayedFromTheStart() {
    Lesson l;
    QCOMPARE(amp::lesson::parseLesson(
                 script(R"({"set": {"workers": 8}}, {"ask": "q", "answer": "a"}, {"mode": "model"},
      {"reveal": true}, {"set": {"workers": 2}})"),
                 "x.json", l),
             QString());
    QCOMPARE(amp::lesson::stateAt(l, 0).params.num("workers"), 8.0);
    QCOMPARE(amp::lesson::stateAt(l, 0).mode, QStringLiteral("sim"));
    QCOMPARE(amp::lesson::stateAt(l, 2).question, 1);  // still on screen, not yet revealed
    QVERIFY(!amp::lesson::stateAt(l, 2).revealed);
    QVERIFY(amp::lesson::stateAt(l, 3).revealed);
    QCOMPARE(amp::lesson::stateAt(l, 4).question, -1);  // gone after its reveal
    QCOMPARE(amp::lesson::stateAt(l, 4).params.num("workers"), 2.0);
    QCOMPARE(amp::lesson::stateAt(l, 4).mode, QStringLiteral("model"));
    QCOMPARE(amp::lesson::stateAt(l, 4).params.num("arrival_rate"), 8.0);  // the default, untouched
  }

  void everyShippedScriptPassesTheCheck() {
    for (const auto& lab : amp::labs::allLabs()) {
      const QString id = QString::fromStdString(lab->info().id);
      Lesson l;
      QString path;
      QCOMPARE(amp::lesson::loadLesson(id, l, &path), QString());
      QCOMPARE(path, ":/lessons/" + id + ".json");
      QCOMPARE(l.lab, id);
      const QStringList p = amp::lesson::checkLesson(l);
      QVERIFY2(p.isEmpty(), qPrintable(id + ": " + p.join('\n')));
      QVERIFY2(l.steps.size() >= 8, qPrintable(id + ": a 15-minute lesson has more steps"));
    }
  }

  void writtenScriptsReadBack() {
    Lesson l, back;
    QCOMPARE(amp::lesson::loadLesson("foundations", l), QString());
    const QByteArray json = amp::lesson::toJson(l);
    QCOMPARE(amp::lesson::parseLesson(json, "again.json", back), QString());
    QCOMPARE(back.title, l.title);
    QCOMPARE(back.steps.size(), l.steps.size());
    for (std::size_t i = 0; i < l.steps.size(); ++i) {
      QCOMPARE(back.steps[i].kind, l.steps[i].kind);
      QCOMPARE(back.steps[i].set, l.steps[i].set);
      QCOMPARE(back.steps[i].until.text, l.steps[i].until.text);
      QCOMPARE(back.steps[i].answer, l.steps[i].answer);
      QCOMPARE(back.steps[i].say, l.steps[i].say);
    }
    // One step a line, numbers as numbers.
    QVERIFY(json.contains(
        "\n    {\"say\":\"Twelve workers: the sojourn time barely moves.\",\"set\":{\"workers\":12}},\n"));
  }

  // What the teacher does becomes steps that replay to the same place.
  void recordsWhatTheTeacherDoes() {
    QTemporaryDir tmp;
    auto store = std::make_shared<amp::app::RunStore>();
    QCOMPARE(store->open(tmp.filePath("runs.db")), QString());
    amp::app::MainWindow window(store, QString());
    QVERIFY(window.openLab("foundations"));
    amp::app::LabPage* page = window.page();
    page->setParams(amp::run::defaults(page->lab().params()));
    page->setMode(amp::app::LabPage::PageMode::Sim);
    amp::app::LessonRecorder recorder(&window);
    page->setMode(amp::app::LabPage::PageMode::Model);
    for (double w : {7.0, 8.0}) {  // a slider's drag
      amp::run::Params p = page->params();
      p.set("workers", w);
      page->setParams(p);
    }
    QSignalSpy ended(page->session(), &amp::app::LabSession::runEnded);
    page->run();
    QVERIFY(ended.wait(20000));
    emit window.browser()->labChosen("tcp");
    QCOMPARE(window.page()->labId(), QStringLiteral("tcp"));
    QTest::qWait(20);  // the recorder follows once the window has opened it
    amp::run::Params p = window.page()->params();
    p.set("rtt_ms", 10);
    window.page()->setParams(p);

    const Lesson& l = recorder.lesson();
    QCOMPARE(l.lab, QStringLiteral("foundations"));
    QStringList kinds;
    for (const auto& s : l.steps) kinds << amp::lesson::describe(s);
    QCOMPARE(kinds.join(" | "),
             QStringLiteral("Mode: model | Set workers = 8 | Run | Open the lab tcp | Mode: "
                            "simulation | Set rtt_ms = 10"));
    QCOMPARE(amp::lesson::checkLesson(l), QStringList());
    const amp::lesson::State end = amp::lesson::stateAt(l, static_cast<int>(l.steps.size()) - 1);
    QCOMPARE(end.lab, QStringLiteral("tcp"));
    QCOMPARE(end.params, window.page()->params());
  }

  void theMenuRefusesAScriptWithProblems() {
    QTemporaryDir tmp;
    amp::app::MainWindow window(nullptr, QString());
    amp::app::LessonMenu menu(&window);
    QVERIFY(menu.open(tmp.filePath("none.json")).contains("cannot be read"));
    QFile f(tmp.filePath("bad.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(script(R"({"set": {"workerz": 1}}, {"chart": "nope"})"));
    f.close();
    const QString e = menu.open(f.fileName());
    QVERIFY2(e.contains("step 1: 'workerz'") && e.contains("step 2: 'nope'"), qPrintable(e));
    QVERIFY(menu.player() == nullptr);
  }

  // The foundations lesson stepped through as a teacher would, with short flat-out runs; one
  // screenshot per step into $AMP_LESSON_SHOTS (else a temporary folder).
  void foundationsStepsThroughToItsEnd() {
    QTemporaryDir tmp;
    const QString shots = qEnvironmentVariableIsEmpty("AMP_LESSON_SHOTS")
                              ? tmp.path()
                              : qEnvironmentVariable("AMP_LESSON_SHOTS");
    QDir().mkpath(shots);
    auto store = std::make_shared<amp::app::RunStore>();
    QCOMPARE(store->open(tmp.filePath("runs.db")), QString());
    amp::app::MainWindow window(store, QString());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Lesson l;
    QCOMPARE(amp::lesson::loadLesson("foundations", l), QString());
    amp::app::LessonPlayer player(&window, l);
    player.setRunLength(2.0, 2);
    QSignalSpy settled(&player, &amp::app::LessonPlayer::stepSettled);
    player.start();
    QVERIFY(window.presentation());
    for (int i = 0; i < player.count(); ++i) {
      if (i > 0) QTest::keyClick(&window, Qt::Key_Right);  // the teacher's key, not a call
      QCOMPARE(player.current(), i);
      if (settled.isEmpty())
        QVERIFY2(settled.wait(60000), qPrintable(QString("step %1 never settled").arg(i + 1)));
      QCOMPARE(settled.takeFirst().at(0).toInt(), i);
      QVERIFY(!player.barText().contains(QString("step %1 of").arg(i + 2)));
      QTest::qWait(50);  // laid out and painted, as the class sees it
      QVERIFY(window.grab().save(QString("%1/step-%2.png").arg(shots).arg(i + 1, 2, 10, QChar('0'))));
      const auto& step = l.steps[static_cast<std::size_t>(i)];
      if (step.kind == amp::lesson::StepKind::Ask) {
        QVERIFY(player.barText().contains(step.question));
        QVERIFY(!player.barText().contains(step.answer));  // hidden until revealed
        QVERIFY(!player.answerShown());
      }
      if (step.kind == amp::lesson::StepKind::Reveal) QVERIFY(player.answerShown());
      if (step.kind == amp::lesson::StepKind::Compare) QVERIFY(window.page()->session()->comparing());
    }
    QTest::keyClick(&window, Qt::Key_Right);  // past the end: stays on the last step
    QCOMPARE(player.current(), player.count() - 1);
    QVERIFY(player.barText().contains("end of the lesson"));
    const amp::run::Params& p = window.page()->params();
    QCOMPARE(p.num("arrival_rate"), 9.5);
    QCOMPARE(p.num("workers"), 6.0);
    QCOMPARE(p.text("master_dist"), std::string("det"));

    // Back re-applies the earlier step: before the load went up, and before master_dist changed.
    const int firstAsk = 2, twelveWorkers = 3;
    player.goTo(twelveWorkers + 1);
    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(player.current(), twelveWorkers);
    QCOMPARE(window.page()->params().num("workers"), 12.0);
    QCOMPARE(window.page()->params().text("master_dist"), std::string("exp"));
    QCOMPARE(window.page()->mode(), amp::app::LabPage::PageMode::Model);
    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(player.current(), firstAsk);
    QVERIFY(!player.answerShown());
    QTest::keyClick(&window, Qt::Key_R);
    QVERIFY(player.answerShown());
    QVERIFY(player.barText().contains(l.steps[firstAsk].answer));
  }
};

QTEST_MAIN(TestLesson)
#include "test_lesson.moc"
