// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <deque>
#include <vector>

#include "amp/sim/tcp_reno.h"

using amp::sim::AckEffect;
using amp::sim::RenoConfig;
using amp::sim::RenoSender;
using amp::sim::TcpReceiver;

namespace {

/// Sends until the window is full; returns the sequence numbers.
std::vector<std::uint64_t> drain(RenoSender& s, double now) {
  std::vector<std::uint64_t> seqs;
  while (auto seg = s.nextSegment(now)) seqs.push_back(seg->seq);
  return seqs;
}

}  // namespace

class TestTcpReno : public QObject {
  Q_OBJECT

 private slots:
  void slowStartCountsAckedSegments() {
    RenoSender s;  // initial window 3, ssthresh infinite
    QCOMPARE(drain(s, 0.0), (std::vector<std::uint64_t>{0, 1, 2}));
    QCOMPARE(s.onAck(1, 0.01), AckEffect::NewData);
    QCOMPARE(s.cwnd(), 4.0);
    // One ACK for two segments (a delayed ACK) grows the window by two (ABC, L = 2) ...
    QCOMPARE(s.onAck(3, 0.01), AckEffect::NewData);
    QCOMPARE(s.cwnd(), 6.0);
    QCOMPARE(drain(s, 0.01).size(), std::size_t{6});
    // ... and never by more than two however many it covers.
    QCOMPARE(s.onAck(9, 0.02), AckEffect::NewData);
    QCOMPARE(s.cwnd(), 8.0);
  }

  void congestionAvoidanceAddsOneSegmentPerWindow() {
    RenoConfig cfg;
    cfg.initialCwnd = 4;
    cfg.initialSsthresh = 4;
    RenoSender s(cfg);
    QCOMPARE(drain(s, 0.0).size(), std::size_t{4});
    for (std::uint64_t a = 1; a <= 4; ++a) s.onAck(a, 0.01);
    // 1/4 + 1/4.25 + ... : just under one segment per window's worth of ACKs.
    QVERIFY(s.cwnd() > 4.9 && s.cwnd() < 5.0);
  }

  void threeDuplicatesTriggerFastRetransmitAndRecovery() {
    RenoConfig cfg;
    cfg.initialCwnd = 10;
    RenoSender s(cfg);
    QCOMPARE(drain(s, 0.0).size(), std::size_t{10});
    QCOMPARE(s.onAck(1, 0.01), AckEffect::NewData);   // segment 1 is lost; 2.. arrive
    QCOMPARE(drain(s, 0.01).size(), std::size_t{2});  // cwnd 11: segments 10 and 11
    QCOMPARE(s.onAck(1, 0.011), AckEffect::Duplicate);
    QCOMPARE(s.onAck(1, 0.012), AckEffect::Duplicate);
    QVERIFY(!s.nextSegment(0.012));  // duplicates alone do not open the window
    QCOMPARE(s.onAck(1, 0.013), AckEffect::FastRetransmit);
    QCOMPARE(s.ssthresh(), 5.5);  // half of the 11 segments in flight
    QCOMPARE(s.cwnd(), 8.5);      // ssthresh + 3
    auto seg = s.nextSegment(0.013);
    QVERIFY(seg.has_value());
    QCOMPARE(seg->seq, std::uint64_t{1});
    QVERIFY(seg->retransmit);
    QCOMPARE(s.onAck(1, 0.014), AckEffect::RecoveryInflate);
    QCOMPARE(s.cwnd(), 9.5);
    QCOMPARE(s.onAck(12, 0.02), AckEffect::RecoveryExit);
    QCOMPARE(s.cwnd(), 5.5);
    QVERIFY(!s.inRecovery());
    QCOMPARE(s.stats().fastRetransmits, std::uint64_t{1});
    QCOMPARE(s.stats().retransmits, std::uint64_t{1});
    QCOMPARE(s.onAck(5, 0.03), AckEffect::Old);
  }

  void timeoutGoesBackToOneSegment() {
    RenoSender s;
    QCOMPARE(drain(s, 0.0).size(), std::size_t{3});
    QCOMPARE(s.rtoDeadline(), 1.0);  // RFC 6298 initial RTO
    s.onTimeout(1.0);
    QCOMPARE(s.cwnd(), 1.0);
    QCOMPARE(s.ssthresh(), 2.0);
    QCOMPARE(s.rtoS(), 2.0);  // backed off
    QVERIFY(std::isinf(s.rtoDeadline()));
    const auto resent = s.nextSegment(1.0);
    QVERIFY(resent && resent->seq == 0 && resent->retransmit);
    QVERIFY(!s.nextSegment(1.0));
    QCOMPARE(s.rtoDeadline(), 3.0);
    // The receiver held 1 and 2: the ACK jumps past what was resent, and the timer stops.
    QCOMPARE(s.onAck(3, 1.1), AckEffect::NewData);
    QVERIFY(std::isinf(s.rtoDeadline()));
    QCOMPARE(s.stats().rttSamples, std::uint64_t{0});  // Karn: no sample from a resent segment
    QCOMPARE(s.stats().timeouts, std::uint64_t{1});
  }

  void rttEstimatorFollowsRfc6298() {
    RenoSender s;
    QVERIFY(s.nextSegment(0.0));
    s.onAck(1, 0.1);
    QCOMPARE(s.srttS(), 0.1);
    QCOMPARE(s.rtoS(), 0.3);  // srtt + 4·rttvar = 0.1 + 4·0.05
    QVERIFY(s.nextSegment(0.1));
    s.onAck(2, 0.2);
    QVERIFY(std::abs(s.srttS() - 0.1) < 1e-12);
    QVERIFY(std::abs(s.rtoS() - 0.25) < 1e-12);  // rttvar shrank to 0.0375
  }

  void finiteTransferStopsAtLimit() {
    RenoSender s;
    s.setLimit(2);
    QCOMPARE(drain(s, 0.0).size(), std::size_t{2});
    QVERIFY(!s.done());
    s.onAck(2, 0.01);
    QVERIFY(s.done());
    QVERIFY(!s.nextSegment(0.01));
  }

  void receiverAcksEverySecondSegmentAndHolesAtOnce() {
    TcpReceiver r(2);
    auto a = r.onSegment(0);
    QVERIFY(!a.ackNow && a.startDelayedAck && a.delivered == 1);
    a = r.onSegment(1);
    QVERIFY(a.ackNow);
    QCOMPARE(r.ackNo(), std::uint64_t{2});
    a = r.onSegment(3);  // hole at 2: duplicate ACK at once
    QVERIFY(a.ackNow && a.delivered == 0);
    QCOMPARE(r.ackNo(), std::uint64_t{2});
    a = r.onSegment(4);
    QVERIFY(a.ackNow);
    QCOMPARE(r.outOfOrder(), std::uint64_t{2});
    a = r.onSegment(2);  // fills the hole: 2, 3, 4 delivered, ACK at once
    QVERIFY(a.ackNow);
    QCOMPARE(a.delivered, std::uint64_t{3});
    QCOMPARE(r.ackNo(), std::uint64_t{5});
    a = r.onSegment(1);  // an old duplicate is acknowledged again
    QVERIFY(a.ackNow && a.delivered == 0);
    QVERIFY(!r.onDelayedAckTimer());  // nothing owed: the timer armed by segment 0 fires empty
    a = r.onSegment(5);
    QVERIFY(!a.ackNow && a.startDelayedAck);
    QVERIFY(r.onDelayedAckTimer());  // segment 5 waited alone
  }

  /// Sender and receiver over a path that loses every 37th transmission and, once, a whole
  /// window: the transfer completes, every segment is delivered in order exactly once.
  void lossyTransferCompletes() {
    RenoSender s;
    TcpReceiver r(1);
    const std::uint64_t total = 3000;
    s.setLimit(total);
    std::uint64_t transmissions = 0, delivered = 0, lost = 0;
    double t = 0.0;
    for (int round = 0; round < 100000 && !s.done(); ++round) {
      t += 0.01;  // one round trip per round
      std::deque<std::uint64_t> acks;
      const bool blackout = round == 40;
      while (auto seg = s.nextSegment(t)) {
        if (blackout || ++transmissions % 37 == 0) {
          ++lost;
          continue;
        }
        const auto a = r.onSegment(seg->seq);
        delivered += a.delivered;
        if (a.ackNow) acks.push_back(r.ackNo());
      }
      if (r.onDelayedAckTimer()) acks.push_back(r.ackNo());
      if (acks.empty()) {
        t = std::max(t, s.rtoDeadline());
        s.onTimeout(t);
      }
      for (auto ack : acks) s.onAck(ack, t);
    }
    QVERIFY(s.done());
    QCOMPARE(r.ackNo(), total);
    QCOMPARE(delivered, total);
    QVERIFY(lost > 50);
    QVERIFY(s.stats().fastRetransmits > 0);
    QVERIFY(s.stats().timeouts > 0);
    QCOMPARE(s.stats().transmissions, s.stats().retransmits + total);
  }
};

QTEST_APPLESS_MAIN(TestTcpReno)
#include "test_tcp_reno.moc"
