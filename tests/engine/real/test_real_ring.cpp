// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

#include "amp/real/spmc_queue.h"
#include "amp/real/spsc_ring.h"

using namespace amp::real;

namespace {
// ThreadSanitizer makes every atomic access a call into its runtime (roughly 50x slower), so
// the sanitizer build moves fewer items; the interleavings it checks are the same.
#if defined(__SANITIZE_THREAD__)
constexpr std::uint64_t kItems = 200'000;
#else
constexpr std::uint64_t kItems = 10'000'000;
#endif
}  // namespace

class TestRealRing : public QObject {
  Q_OBJECT
 private slots:
  void capacityIsPowerOfTwo();
  void singleThreadFifoAndWrap();
  void tenMillionItemsNoneLostNoneDuplicatedInOrder();
  void batchesKeepOrder();
  void dropModeCountsExactly();
  void dropModeUnderConcurrencyAccountsForEveryItem();
  void waitModeStopsWhenAsked();
  void spmcEveryItemOnceAndInOrderPerConsumer();
};

void TestRealRing::capacityIsPowerOfTwo() {
  QCOMPARE(SpscRing<std::uint64_t>(1000).capacity(), std::size_t(1024));
  QCOMPARE(SpscRing<std::uint64_t>(1024).capacity(), std::size_t(1024));
  QCOMPARE(SpscRing<std::uint64_t>(1).capacity(), std::size_t(2));
  QCOMPARE(SpmcQueue<std::uint64_t>(5).capacity(), std::size_t(8));
}

void TestRealRing::singleThreadFifoAndWrap() {
  SpscRing<std::uint64_t> ring(4);
  std::uint64_t next = 0, expect = 0, v = 0;
  for (int round = 0; round < 10; ++round) {  // 10 laps around a 4-slot ring
    while (ring.tryPush(next)) ++next;
    QCOMPARE(ring.sizeApprox(), std::size_t(4));
    while (ring.tryPop(v)) QCOMPARE(v, expect++);
    QVERIFY(ring.emptyApprox());
  }
  QCOMPARE(expect, next);
  QCOMPARE(next, std::uint64_t(40));
}

void TestRealRing::tenMillionItemsNoneLostNoneDuplicatedInOrder() {
  SpscRing<std::uint64_t> ring(1024);
  std::thread producer([&] {
    for (std::uint64_t i = 0; i < kItems; ++i)
      while (!ring.tryPush(i)) std::this_thread::yield();  // the other side may share our core
  });
  std::uint64_t expect = 0, v = 0, outOfOrder = 0;
  while (expect < kItems) {
    if (!ring.tryPop(v)) {
      std::this_thread::yield();
      continue;
    }
    if (v != expect) ++outOfOrder;  // a loss, duplicate or reordering shows up here
    expect = v + 1;
  }
  producer.join();
  QCOMPARE(outOfOrder, std::uint64_t(0));
  QCOMPARE(expect, kItems);
  QVERIFY(!ring.tryPop(v));  // nothing extra
}

void TestRealRing::batchesKeepOrder() {
  SpscRing<std::uint64_t> ring(256);
  const std::uint64_t n = kItems / 10;
  std::thread producer([&] {
    std::uint64_t buf[37];
    std::uint64_t i = 0;
    while (i < n) {
      std::size_t k = 0;
      while (k < 37 && i + k < n) {
        buf[k] = i + k;
        ++k;
      }
      std::size_t done = 0;
      while (done < k) {
        const std::size_t pushed = ring.tryPushBatch(buf + done, k - done);
        if (pushed == 0) std::this_thread::yield();
        done += pushed;
      }
      i += k;
    }
  });
  std::uint64_t expect = 0, errors = 0;
  std::uint64_t out[64];
  while (expect < n) {
    const std::size_t k = ring.tryPopBatch(out, 64);
    if (k == 0) std::this_thread::yield();
    for (std::size_t j = 0; j < k; ++j) {
      if (out[j] != expect) ++errors;
      expect = out[j] + 1;
    }
  }
  producer.join();
  QCOMPARE(errors, std::uint64_t(0));
  QCOMPARE(expect, n);
}

void TestRealRing::dropModeCountsExactly() {
  SpscRing<std::uint64_t> ring(8);
  std::uint64_t accepted = 0;
  for (std::uint64_t i = 0; i < 100; ++i) accepted += ring.push(i, FullPolicy::Drop) ? 1 : 0;
  QCOMPARE(accepted, std::uint64_t(8));
  QCOMPARE(ring.drops(), std::uint64_t(92));
  std::uint64_t v = 0;
  for (std::uint64_t i = 0; i < 3; ++i) {
    QVERIFY(ring.tryPop(v));
    QCOMPARE(v, i);  // the oldest are kept
  }
  for (std::uint64_t i = 0; i < 10; ++i) accepted += ring.push(1000 + i, FullPolicy::Drop) ? 1 : 0;
  QCOMPARE(accepted, std::uint64_t(11));
  QCOMPARE(ring.drops(), std::uint64_t(99));
}

void TestRealRing::dropModeUnderConcurrencyAccountsForEveryItem() {
  SpscRing<std::uint64_t> ring(64);
  const std::uint64_t n = kItems / 10;
  std::atomic<bool> done{false};
  std::uint64_t accepted = 0;
  std::thread producer([&] {
    for (std::uint64_t i = 0; i < n; ++i) accepted += ring.push(i, FullPolicy::Drop) ? 1 : 0;
    done.store(true, std::memory_order_release);
  });
  std::uint64_t received = 0, last = 0, errors = 0, v = 0;
  bool first = true;
  for (;;) {
    const bool finished = done.load(std::memory_order_acquire);
    if (ring.tryPop(v)) {
      if (!first && v <= last) ++errors;  // drops leave gaps, never reorder
      first = false;
      last = v;
      ++received;
    } else if (finished) {
      break;
    } else {
      std::this_thread::yield();
    }
  }
  producer.join();
  QCOMPARE(errors, std::uint64_t(0));
  QCOMPARE(received, accepted);
  QCOMPARE(received + ring.drops(), n);
}

void TestRealRing::waitModeStopsWhenAsked() {
  SpscRing<std::uint64_t> ring(2);
  QVERIFY(ring.push(1, FullPolicy::Wait));
  QVERIFY(ring.push(2, FullPolicy::Wait));
  std::atomic<bool> stop{false};
  std::atomic<int> result{-1};
  std::thread producer([&] { result = ring.push(3, FullPolicy::Wait, &stop) ? 1 : 0; });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  QCOMPARE(result.load(), -1);  // still waiting for space: back-pressure
  stop = true;
  producer.join();
  QCOMPARE(result.load(), 0);
  QCOMPARE(ring.drops(), std::uint64_t(0));  // a refused wait is not a drop
}

void TestRealRing::spmcEveryItemOnceAndInOrderPerConsumer() {
  SpmcQueue<std::uint64_t> q(128);
  const std::uint64_t n = kItems / 10;
  constexpr int kConsumers = 3;
  std::vector<std::uint8_t> seen(n, 0);  // each index written by the one consumer that claimed it
  std::atomic<bool> done{false};
  std::vector<std::uint64_t> orderErrors(kConsumers, 0), counts(kConsumers, 0);
  std::vector<std::thread> consumers;
  for (int c = 0; c < kConsumers; ++c) {
    consumers.emplace_back([&, c] {
      std::uint64_t v = 0, last = 0;
      bool first = true;
      for (;;) {
        const bool finished = done.load(std::memory_order_acquire);
        if (q.tryPop(v)) {
          if (!first && v <= last) ++orderErrors[static_cast<std::size_t>(c)];
          first = false;
          last = v;
          ++seen[v];
          ++counts[static_cast<std::size_t>(c)];
        } else if (finished) {
          return;
        } else {
          std::this_thread::yield();  // three spinning consumers on two cores would starve the producer
        }
      }
    });
  }
  for (std::uint64_t i = 0; i < n; ++i)
    while (!q.tryPush(i)) std::this_thread::yield();
  done.store(true, std::memory_order_release);
  for (auto& t : consumers) t.join();
  std::uint64_t total = 0;
  for (int c = 0; c < kConsumers; ++c) {
    QCOMPARE(orderErrors[static_cast<std::size_t>(c)], std::uint64_t(0));
    total += counts[static_cast<std::size_t>(c)];
  }
  QCOMPARE(total, n);
  for (std::uint64_t i = 0; i < n; ++i)
    if (seen[i] != 1) QFAIL(qPrintable(QString("item %1 seen %2 times").arg(i).arg(seen[i])));
}

QTEST_APPLESS_MAIN(TestRealRing)
#include "test_real_ring.moc"
