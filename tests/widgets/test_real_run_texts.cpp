// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Every lab's real face, a second at the defaults fitted to this machine: each text the run writes
// (verdict, warnings, length rule, and the reason where it failed) comes from a phrase template,
// so a reader's language can show it. A face that cannot run here is skipped with its reason.
#include <QTest>
#include <algorithm>
#include <string>
#include <thread>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"
#include "widgets/run_text.h"

using namespace amp;

class TestRealRunTexts : public QObject {
  Q_OBJECT
 private slots:
  void everyRealRunsTextsAreKnown_data() {
    QTest::addColumn<QString>("lab");
    for (const auto& lab : labs::allLabs())
      if (lab->hasReal()) QTest::newRow(lab->info().id.c_str()) << QString::fromStdString(lab->info().id);
  }

  void everyRealRunsTextsAreKnown() {
    QFETCH(QString, lab);
    const run::Lab* l = labs::findLab(lab.toStdString());
    QVERIFY(l != nullptr);
    run::RunSpec spec;
    spec.lab = lab.toStdString();
    spec.mode = run::Mode::Real;
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    spec.params = run::fitToHost(*l, run::defaults(l->params()), cores).params;
    spec.seed = 5;
    spec.duration = 1.0;
    const run::RunResult r = run::execute(*l, spec);
    if (r.status == run::RunStatus::Failed) {
      QVERIFY2(widgets::runTextKnown(r.error), ("no template for the error: " + r.error).c_str());
      QSKIP(qPrintable(QStringLiteral("the real face cannot run here: ") + QString::fromStdString(r.error)));
    }
    std::vector<std::string> all = r.warnings;
    all.push_back(r.verdict);
    all.push_back(r.lengthRule);
    std::string unknown;
    for (const auto& t : all)
      if (!t.empty() && !widgets::runTextKnown(t)) unknown += "\n  " + t;
    QVERIFY2(unknown.empty(), (spec.lab + ": no template for:" + unknown).c_str());
  }

  /// The fitting words of the lab's warning when its seats outnumber the cores.
  void fitWordsAreKnown() {
    int fitted = 0;
    for (const auto& lab : labs::allLabs()) {
      const run::FittedParams fit = run::fitToHost(*lab, run::defaults(lab->params()), 1);
      if (!fit.changed) continue;
      QVERIFY2(widgets::runTextKnown(fit.words), (lab->info().id + ": " + fit.words).c_str());
      ++fitted;
    }
    QVERIFY(fitted >= 2);
  }
};

QTEST_GUILESS_MAIN(TestRealRunTexts)
#include "test_real_run_texts.moc"
