// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <atomic>
#include <thread>
#include <vector>

#include "amp/observe/trace_ring.h"

using namespace amp::observe;

namespace {
Observation numbered(std::uint64_t i) {
  return Observation{static_cast<std::int64_t>(i) * 10, i, static_cast<double>(i), 0, -1, ObsKind::State};
}
}  // namespace

class TestTraceRing : public QObject {
  Q_OBJECT
 private slots:
  void capacityRoundsUp();
  void dropsWhenFullAndKeepsOrder();
  void drainLimitAndWrapAround();
  void concurrentProducerConsumer();
};

void TestTraceRing::capacityRoundsUp() {
  QCOMPARE(TraceRing(1000).capacity(), std::size_t(1024));
  QCOMPARE(TraceRing(1024).capacity(), std::size_t(1024));
  QCOMPARE(TraceRing(0).capacity(), std::size_t(1));
}

void TestTraceRing::dropsWhenFullAndKeepsOrder() {
  TraceRing ring(8);
  for (std::uint64_t i = 0; i < 20; ++i) ring.observe(numbered(i));
  QCOMPARE(ring.dropped(), std::uint64_t(12));
  std::vector<Observation> out;
  QCOMPARE(ring.drain(out), std::size_t(8));
  for (std::uint64_t i = 0; i < 8; ++i) {
    QCOMPARE(out[i].entity, i);  // the oldest are kept; the newest are the ones dropped
    QCOMPARE(out[i].timeNs, std::int64_t(i * 10));
  }
  QCOMPARE(ring.drain(out), std::size_t(0));
  ring.observe(numbered(100));
  QCOMPARE(ring.drain(out), std::size_t(1));
  QCOMPARE(out.back().entity, std::uint64_t(100));
  QCOMPARE(ring.dropped(), std::uint64_t(12));
}

void TestTraceRing::drainLimitAndWrapAround() {
  TraceRing ring(8);
  std::vector<Observation> out;
  std::uint64_t next = 0, expect = 0;
  // Many partial fills and drains so the indices wrap the buffer many times.
  for (int round = 0; round < 100; ++round) {
    for (int k = 0; k < 5; ++k) ring.observe(numbered(next++));
    out.clear();
    QCOMPARE(ring.drain(out, 3), std::size_t(3));
    QCOMPARE(ring.drain(out, 100), std::size_t(2));
    for (const Observation& o : out) QCOMPARE(o.entity, expect++);
  }
  QCOMPARE(ring.dropped(), std::uint64_t(0));
}

void TestTraceRing::concurrentProducerConsumer() {
  constexpr std::uint64_t kSent = 1000000;
  TraceRing ring(1024);
  std::atomic<bool> done{false};
  std::thread producer([&] {
    for (std::uint64_t i = 0; i < kSent; ++i) ring.observe(numbered(i));
    done.store(true, std::memory_order_release);
  });
  std::vector<Observation> batch;
  std::uint64_t received = 0;
  std::int64_t last = -1;
  bool ordered = true, intact = true;
  for (;;) {
    const bool finished = done.load(std::memory_order_acquire);
    batch.clear();
    ring.drain(batch, 700);
    for (const Observation& o : batch) {
      // Strictly increasing entities: order kept and no record delivered twice.
      if (static_cast<std::int64_t>(o.entity) <= last) ordered = false;
      if (o.timeNs != static_cast<std::int64_t>(o.entity) * 10 || o.value != static_cast<double>(o.entity))
        intact = false;
      last = static_cast<std::int64_t>(o.entity);
    }
    received += batch.size();
    if (finished && batch.empty()) break;
    if (batch.empty()) std::this_thread::yield();
  }
  producer.join();
  QVERIFY(ordered);
  QVERIFY(intact);
  QCOMPARE(received + ring.dropped(), kSent);
  QVERIFY(received > 0);
}

QTEST_APPLESS_MAIN(TestTraceRing)
#include "test_trace_ring.moc"
