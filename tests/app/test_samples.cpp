// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Raw samples for analysis elsewhere: bounded, thinned by whole requests, weighted.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <map>

#include "cli/samples.h"

using namespace amp;

class TestSamples : public QObject {
  Q_OBJECT
 private slots:
  void thinningKeepsWholeRequestsAndSaysTheirWeight() {
    app::SampleCsv samples(100);
    for (std::uint64_t id = 0; id < 1000; ++id)
      for (auto kind : {observe::ObsKind::Arrive, observe::ObsKind::Start, observe::ObsKind::Depart}) {
        observe::Observation o;
        o.entity = id;
        o.kind = kind;
        o.timeNs = static_cast<std::int64_t>(id) * 1000;
        o.value = 2e6;  // 2 ms
        samples.observe(o);
      }
    QCOMPARE(samples.seen(), std::uint64_t(3000));
    QVERIFY(samples.kept() <= 100);
    QVERIFY(samples.kept() >= 100 / 4);  // halving stops once it fits
    QVERIFY(samples.keepEvery() >= 32);

    QTemporaryDir dir;
    const QString file = dir.filePath("s.csv");
    run::Topology topo;
    QCOMPARE(samples.write(file, topo, 10.0), QString());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("time_s,kind,request,station,core,value,unit,class,weight"));
    std::map<QByteArray, int> recordsOf;
    for (int i = 1; i < lines.size(); ++i) {
      const QList<QByteArray> cells = lines[i].split(',');
      QCOMPARE(cells.size(), 9);
      ++recordsOf[cells[2]];
      QCOMPARE(cells[8].toInt(), samples.keepEvery());
      if (cells[1] == "depart") QCOMPARE(cells[5].toDouble(), 20.0);  // 2 ms at time scale 1:10
    }
    for (const auto& [request, n] : recordsOf) QCOMPARE(n, 3);  // a kept request keeps all its records
  }
};

QTEST_GUILESS_MAIN(TestSamples)
#include "test_samples.moc"
