// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Every lab's text fills its numbers from its model: no placeholder is left that the model cannot
// fill, and a filled number is the model's; every lab's exercises follow the teaching pattern.
#include <QFile>
#include <QTest>

#include "amp/labs/registry.h"
#include "amp/run/lab_text.h"

using namespace amp;

class TestLabTexts : public QObject {
  Q_OBJECT

 private slots:
  void threeSignificantFigures() {
    QCOMPARE(run::threeFigures(918.157), std::string("918"));
    QCOMPARE(run::threeFigures(18.157), std::string("18.2"));
    QCOMPARE(run::threeFigures(0.53333), std::string("0.533"));
    QCOMPARE(run::threeFigures(1900.0), std::string("1900"));
    QCOMPARE(run::threeFigures(0.0), std::string("0"));
    QCOMPARE(run::threeFigures(4096.0), std::string("4096"));  // a count, not a measurement
    QCOMPARE(run::threeFigures(4096.4), std::string("4100"));
  }

  void placeholdersTakeTheModelsValues() {
    const run::Lab& lab = *labs::findLab("foundations");
    std::string problems;
    const std::string text = run::fillModelNumbers(
        lab, "wait {{master_wait_ms}} ms; at 9.5/s {{master_wait_ms | arrival_rate=9.5}} ms", problems);
    QCOMPARE(text, std::string("wait 400 ms; at 9.5/s 1900 ms"));
    QVERIFY(problems.empty());
    // A setting the text quotes follows the defaults; a choice has no number to give.
    QCOMPARE(
        run::fillModelNumbers(lab, "{{workers}} workers, {{arrival_rate | arrival_rate=9.5}}/s", problems),
        std::string("6 workers, 9.5/s"));
    QVERIFY(problems.empty());
    run::fillModelNumbers(lab, "{{design}}", problems);
    QVERIFY(problems.find("design") != std::string::npos);
    problems.clear();
    const std::string bad =
        run::fillModelNumbers(lab, "{{no_such_key}} {{sojourn_ms | workers=999}}", problems);
    QCOMPARE(bad, std::string("{{no_such_key}} {{sojourn_ms | workers=999}}"));
    QVERIFY(problems.find("no_such_key") != std::string::npos);
    QVERIFY(problems.find("workers") != std::string::npos);
  }

  void everyLabTextFillsAllItsNumbers() {
    for (const auto& lab : labs::allLabs()) {
      const QString path = QStringLiteral(AMP_LAB_TEXTS "/%1.md").arg(QString::fromStdString(lab->info().id));
      QFile f(path);
      QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
      std::string problems;
      const std::string filled = run::fillModelNumbers(*lab, f.readAll().toStdString(), problems);
      QVERIFY2(problems.empty(), qPrintable(QString::fromStdString(lab->info().id + ": " + problems)));
      QVERIFY(filled.find("{{") == std::string::npos);
    }
  }

  // The teaching pattern's exercises, for every lab: at least three, one graded by a simulation
  // and one by a real run (where the lab has those faces), each setting accepted, each answer a
  // metric or a named model value of the lab.
  void everyLabsExercisesFollowThePattern() {
    for (const auto& lab : labs::allLabs()) {
      const std::string id = lab->info().id;
      const auto exercises = lab->exercises();
      // 3–4 each; foundations introduces both designs and has one more (assets/labs/README.md).
      const std::size_t most = id == "foundations" ? 5 : 4;
      QVERIFY2(exercises.size() >= 3 && exercises.size() <= most, id.c_str());
      int bySim = 0, byReal = 0;
      for (const auto& e : exercises) {
        run::Params p = run::defaults(lab->params());
        for (const auto& [k, v] : e.setup) {
          const std::string err = run::applySetting(lab->params(), p, k, v);
          QVERIFY2(err.empty(), (id + " " + e.id + ": " + err).c_str());
        }
        bool known = false;
        for (const auto& m : lab->metrics()) known = known || m.key == e.metric;
        for (const auto& v : lab->modelValues()) known = known || v.key == e.metric;
        QVERIFY2(known, (id + " " + e.id + ": " + e.metric).c_str());
        bySim += e.answerFrom == run::Mode::Sim ? 1 : 0;
        byReal += e.answerFrom == run::Mode::Real ? 1 : 0;
      }
      QVERIFY2(bySim >= 1 || !lab->hasSim(), id.c_str());
      QVERIFY2(byReal >= 1 || !lab->hasReal(), id.c_str());
    }
  }
};

QTEST_APPLESS_MAIN(TestLabTexts)
#include "test_lab_texts.moc"
