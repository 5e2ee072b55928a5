// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Every lab's real face, for a second or so, through the runner as `amplab run LAB --mode real` does it: the
// run ends by itself, is not failed, measures its key metric and reports finite numbers. One suite
// for all labs, so that the ThreadSanitizer build checks every real face without building each
// lab's own suite (whose model and simulation cases gain nothing from it).
#include <QTest>
#include <cmath>
#include <string>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"
#include "short_real_spec.h"

using namespace amp;

namespace {
// ThreadSanitizer slows real work about tenfold: a lab's real face needs longer to complete one
// cycle of its work (gc one collection per placement). AMP_REAL_FACE_SECONDS sets it by hand.
#if defined(__SANITIZE_THREAD__)
constexpr double kSeconds = 4.0;
#else
constexpr double kSeconds = 1.0;
#endif
double seconds() {
  bool ok = false;
  const double s = qEnvironmentVariable("AMP_REAL_FACE_SECONDS").toDouble(&ok);
  return ok && s > 0 ? s : kSeconds;
}
}  // namespace

class TestRealFaces : public QObject {
  Q_OBJECT
 private slots:
  void everyRealFaceMeasuresItsKeyMetric_data() {
    QTest::addColumn<QString>("lab");
    int real = 0;
    for (const auto& lab : labs::allLabs()) {
      if (!lab->hasReal()) continue;
      ++real;
      QTest::newRow(lab->info().id.c_str()) << QString::fromStdString(lab->info().id);
    }
    QVERIFY(real > 0);
  }
  void everyRealFaceMeasuresItsKeyMetric() {
    QFETCH(QString, lab);
    const run::Lab* l = labs::findLab(lab.toStdString());
    QVERIFY(l != nullptr);
    run::RunSpec spec = test::shortRealSpec(*l, 3, seconds());
    const std::string problem = run::validate(*l, spec);
    QVERIFY2(problem.empty(), problem.c_str());

    const run::RunResult r = run::execute(*l, spec);
    QVERIFY2(r.status == run::RunStatus::Ok,
             (std::string(run::statusName(r.status)) + ": " + r.error).c_str());
    const auto key = r.metrics.find(l->keyMetric());
    QVERIFY2(key != r.metrics.end(), ("no key metric " + l->keyMetric()).c_str());
    QVERIFY2(key->second.samples > 0, ("the key metric " + l->keyMetric() + " has no samples").c_str());
    for (const auto& [name, m] : r.metrics)
      QVERIFY2(std::isfinite(m.mean), ("metric " + name + " is not a number").c_str());
    for (const auto& [name, v] : r.facts)
      QVERIFY2(!std::isnan(v), ("fact " + name + " is not a number").c_str());
    qInfo("%s: %s = %g %s (%llu samples), %zu warnings", qPrintable(lab), l->keyMetric().c_str(),
          key->second.mean, key->second.unit.c_str(), static_cast<unsigned long long>(key->second.samples),
          r.warnings.size());
  }
};

QTEST_GUILESS_MAIN(TestRealFaces)
#include "test_real_faces.moc"
