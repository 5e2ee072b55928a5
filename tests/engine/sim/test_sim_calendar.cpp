// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <vector>

#include "amp/sim/rng.h"
#include "amp/sim/simulator.h"

using amp::sim::Calendar;
using amp::sim::Event;
using amp::sim::Simulator;

namespace {

/// Reschedules itself every `period` and remembers what it saw.
class Ticker : public amp::sim::EventHandler {
 public:
  Ticker(Simulator& sim, double period) : sim_(sim), period_(period) { self_ = sim.addHandler(this); }
  void start() { sim_.schedule(period_, self_, 0, 0); }
  void handle(const Event& e) override {
    seen.push_back(e.data);
    times.push_back(sim_.now());
    if (stopAt != 0 && seen.size() == stopAt) sim_.stop();
    if (cancelAt != 0 && seen.size() == cancelAt) cancel->store(true);
    sim_.schedule(period_, self_, 0, e.data + 1);
  }
  std::vector<std::uint64_t> seen;
  std::vector<double> times;
  std::size_t stopAt = 0, cancelAt = 0;
  std::atomic<bool>* cancel = nullptr;
  std::uint32_t self_ = 0;

 private:
  Simulator& sim_;
  double period_;
};

/// Handles events scheduled from outside and records their order.
class Log : public amp::sim::EventHandler {
 public:
  void handle(const Event& e) override { order.emplace_back(e.target, e.data); }
  std::vector<std::pair<std::uint32_t, std::uint64_t>> order;
};

class CountingPacer : public amp::run::Pacer {
 public:
  void pace(double t) override { times.push_back(t); }
  std::vector<double> times;
};

}  // namespace

class TestSimCalendar : public QObject {
  Q_OBJECT

 private slots:
  // Qt's start-up leaves the vector state dirty, which slows the sampling loops several-fold.
  void init() { amp::sim::clearUpperVectorState(); }

  void equalTimesPopInInsertionOrder() {
    Calendar cal;
    std::uint64_t seq = 0;
    // Equal-time events interleaved with earlier and later ones.
    for (std::uint64_t i = 0; i < 500; ++i) {
      cal.push(Event{5.0, seq++, 0, 0, i});
      cal.push(Event{i % 2 == 0 ? 1.0 : 9.0, seq++, 1, 0, i});
    }
    std::vector<std::uint64_t> fives;
    double last = -1;
    while (!cal.empty()) {
      const Event e = cal.pop();
      QVERIFY(e.time >= last);
      last = e.time;
      if (e.time == 5.0) fives.push_back(e.data);
    }
    QCOMPARE(fives.size(), std::size_t{500});
    for (std::uint64_t i = 0; i < 500; ++i) QCOMPARE(fives[i], i);
  }

  void randomTimesPopSorted() {
    Calendar cal;
    amp::sim::Rng rng(77);
    std::vector<Event> all;
    for (std::uint64_t i = 0; i < 20000; ++i) {
      // Coarse times so that many ties occur.
      const Event e{static_cast<double>(rng.below(1000)) * 0.5, i, 0, 0, i};
      all.push_back(e);
      cal.push(e);
    }
    std::stable_sort(all.begin(), all.end(), [](const Event& a, const Event& b) { return a.time < b.time; });
    for (const Event& want : all) {
      const Event got = cal.pop();
      QCOMPARE(got.time, want.time);
      QCOMPARE(got.seq, want.seq);
    }
    QVERIFY(cal.empty());
  }

  void holdModelStaysOrdered() {
    // The simulator's pattern: pop the minimum, push a later one.
    Calendar cal;
    amp::sim::Rng rng(4);
    std::uint64_t seq = 0;
    for (int i = 0; i < 64; ++i) cal.push(Event{rng.uniform01(), seq++, 0, 0, 0});
    double last = 0;
    for (int i = 0; i < 100000; ++i) {
      const Event e = cal.pop();
      QVERIFY(e.time >= last);
      last = e.time;
      cal.push(Event{e.time + rng.uniform01(), seq++, 0, 0, 0});
    }
    QCOMPARE(cal.size(), std::size_t{64});
  }

  void dispatchByIndex() {
    amp::observe::Recorder rec(nullptr);
    Simulator sim(rec);
    Log a, b;
    const auto ia = sim.addHandler(&a);
    const auto ib = sim.addHandler(&b);
    QVERIFY(ia != ib);
    sim.scheduleAt(2.0, ib, 0, 20);
    sim.scheduleAt(1.0, ia, 0, 10);
    sim.scheduleAt(2.0, ia, 0, 21);
    amp::run::SimControl ctl;
    ctl.horizonS = 10.0;
    const auto end = sim.run(ctl);
    QCOMPARE(end, std::int64_t{2'000'000'000});  // calendar ran dry: the last event's time
    QCOMPARE(a.order.size(), std::size_t{2});
    QCOMPARE(a.order[0].second, std::uint64_t{10});
    QCOMPARE(a.order[1].second, std::uint64_t{21});
    QCOMPARE(b.order.size(), std::size_t{1});
    QCOMPARE(b.order[0], std::make_pair(ib, std::uint64_t{20}));
  }

  void horizonStopsAndResumes() {
    amp::observe::Recorder rec(nullptr);
    Simulator sim(rec);
    Ticker t(sim, 1.0);
    t.start();
    amp::run::SimControl ctl;
    ctl.horizonS = 10.5;
    QCOMPARE(sim.run(ctl), std::int64_t{10'500'000'000});
    QCOMPARE(t.seen.size(), std::size_t{10});
    QCOMPARE(sim.now(), 10.5);
    ctl.horizonS = 20.0;  // an event exactly at the horizon still runs
    QCOMPARE(sim.run(ctl), std::int64_t{20'000'000'000});
    QCOMPARE(t.seen.size(), std::size_t{20});
    QCOMPARE(sim.eventsProcessed(), std::uint64_t{20});
  }

  void stopEndsAfterCurrentEvent() {
    amp::observe::Recorder rec(nullptr);
    Simulator sim(rec);
    Ticker t(sim, 0.25);
    t.stopAt = 7;
    t.start();
    amp::run::SimControl ctl;
    ctl.horizonS = 100.0;
    QCOMPARE(sim.run(ctl), std::int64_t{1'750'000'000});
    QCOMPARE(t.seen.size(), std::size_t{7});
  }

  void cancelIsPolled() {
    amp::observe::Recorder rec(nullptr);
    Simulator sim(rec);
    std::atomic<bool> cancel{false};
    Ticker t(sim, 1e-3);
    t.cancel = &cancel;
    t.cancelAt = 10000;
    t.start();
    amp::run::SimControl ctl;
    ctl.horizonS = 1e6;
    ctl.cancel = &cancel;
    const auto end = sim.run(ctl);
    QVERIFY(t.seen.size() >= 10000);
    QVERIFY2(t.seen.size() <= 10000 + 4096, qPrintable(QString::number(t.seen.size())));
    QVERIFY(end < std::int64_t{1'000'000'000'000'000});
    // Already cancelled: run() returns before handling anything.
    const auto before = sim.eventsProcessed();
    sim.run(ctl);
    QCOMPARE(sim.eventsProcessed(), before);
  }

  void pacerSeesEveryEvent() {
    amp::observe::Recorder rec(nullptr);
    Simulator sim(rec);
    Ticker t(sim, 0.5);
    t.start();
    CountingPacer pacer;
    amp::run::SimControl ctl;
    ctl.horizonS = 5.0;
    ctl.pacer = &pacer;
    sim.run(ctl);
    QCOMPARE(pacer.times.size(), t.times.size());
    QCOMPARE(pacer.times, t.times);  // paced with the event's own time, before it runs
  }
};

QTEST_APPLESS_MAIN(TestSimCalendar)
#include "test_sim_calendar.moc"
