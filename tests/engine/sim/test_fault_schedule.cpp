// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <stdexcept>

#include "amp/sim/fault_schedule.h"

using amp::sim::Fault;
using amp::sim::FaultKind;
using amp::sim::FaultSchedule;

class TestFaultSchedule : public QObject {
  Q_OBJECT
 private slots:
  void parsesEveryKindAndWritesItBack();
  void badItemsNameThemselvesAndWhatIsAllowed_data();
  void badItemsNameThemselvesAndWhatIsAllowed();
  void timelineIsTheSameIncidentForTheSameSeed();
};

void TestFaultSchedule::parsesEveryKindAndWritesItBack() {
  const FaultSchedule s =
      FaultSchedule::parse("kill master@2; stall worker 1@1.5+0.05; drop acks 0.01; fail worker* 0.5/s");
  QCOMPARE(s.faults().size(), std::size_t{4});
  QCOMPARE(s.faults()[0].kind, FaultKind::Kill);
  QCOMPARE(s.faults()[0].target, std::string("master"));
  QCOMPARE(s.faults()[0].atS, 2.0);
  QCOMPARE(s.faults()[1].target, std::string("worker 1"));  // names may hold spaces
  QCOMPARE(s.faults()[1].durationS, 0.05);
  QCOMPARE(s.dropProbability("acks"), 0.01);
  QCOMPARE(s.dropProbability("data"), 0.0);
  QVERIFY(s.faults()[3].matches("worker 7"));
  QVERIFY(!s.faults()[3].matches("master"));
  QCOMPARE(FaultSchedule::parse(s.text()).faults(), s.faults());
  QVERIFY(FaultSchedule::parse(" ; ").empty());
}

void TestFaultSchedule::badItemsNameThemselvesAndWhatIsAllowed_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<QString>("names");
  QTest::newRow("kind") << "explode master@1"
                        << "unknown kind 'explode'";
  QTest::newRow("no time") << "kill master"
                           << "needs '@'";
  QTest::newRow("stall length") << "stall master@1"
                                << "length after '+'";
  QTest::newRow("probability") << "drop acks 1.5"
                               << "above 1";
  QTest::newRow("negative") << "kill master@-1"
                            << "not a number ≥ 0";
  QTest::newRow("garbage rate") << "fail worker* fast"
                                << "'fast' is not a number";
}

void TestFaultSchedule::badItemsNameThemselvesAndWhatIsAllowed() {
  QFETCH(QString, text);
  QFETCH(QString, names);
  try {
    FaultSchedule::parse(text.toStdString());
    QFAIL("accepted");
  } catch (const std::invalid_argument& e) {
    const QString msg = QString::fromUtf8(e.what());
    QVERIFY2(msg.contains(names), qPrintable(msg));
    QVERIFY2(msg.contains("allowed:"), qPrintable(msg));
  }
}

void TestFaultSchedule::timelineIsTheSameIncidentForTheSameSeed() {
  const FaultSchedule s = FaultSchedule::parse("fail worker* 2/s; kill master@0.5; drop acks 0.1");
  const std::vector<std::string> seats{"master", "worker 0", "worker 1", "worker 2"};
  const auto a = s.timeline(seats, 7, 100), b = s.timeline(seats, 7, 100), c = s.timeline(seats, 8, 100);
  QCOMPARE(a, b);
  QVERIFY(a != c);
  QCOMPARE(a.size(), std::size_t{4});  // one failure per worker within 100 s, the master's kill; no drop
  for (std::size_t i = 1; i < a.size(); ++i) QVERIFY(a[i - 1].atS <= a[i].atS);
  for (const Fault& f : a) QCOMPARE(f.kind, FaultKind::Kill);
  // Adding a seat moves no other seat's failure.
  auto more = seats;
  more.push_back("worker 3");
  const auto d = s.timeline(more, 7, 100);
  for (const Fault& f : a) QVERIFY(std::find(d.begin(), d.end(), f) != d.end());
  QVERIFY(s.timeline(seats, 7, 0.0).empty() || s.timeline(seats, 7, 0.0).front().atS == 0.0);
}

QTEST_GUILESS_MAIN(TestFaultSchedule)
#include "test_fault_schedule.moc"
