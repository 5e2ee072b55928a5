// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/tcp_reno.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace amp::sim {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

RenoSender::RenoSender(RenoConfig cfg)
    : cfg_(cfg), cwnd_(cfg.initialCwnd), ssthresh_(cfg.initialSsthresh), rto_(cfg.initialRtoS) {}

std::uint64_t RenoSender::usableWindow() const {
  return static_cast<std::uint64_t>(std::floor(std::min(cwnd_, cfg_.maxWindow)));
}

std::optional<RenoSender::Segment> RenoSender::nextSegment(double nowS) {
  Segment seg;
  if (retransmitPending_) {
    // The fast retransmission is owed regardless of the window (RFC 5681 §3.2 step 2).
    retransmitPending_ = false;
    seg = Segment{sndUna_, true};
  } else {
    if (sndNxt_ >= limit_ || sndNxt_ - sndUna_ >= usableWindow()) return std::nullopt;
    seg = Segment{sndNxt_++, false};
    if (seg.seq < sndMax_) {
      seg.retransmit = true;  // go-back-N after a timeout resends what was already sent
    } else {
      sndMax_ = seg.seq + 1;
      if (!timing_) {
        timing_ = true;
        timedSeq_ = seg.seq;
        timedAt_ = nowS;
      }
    }
  }
  if (seg.retransmit) {
    ++stats_.retransmits;
    // Karn: an ACK for a resent segment cannot tell which copy it answers.
    if (timing_ && timedSeq_ == seg.seq) timing_ = false;
  }
  ++stats_.transmissions;
  if (rtoDeadline_ == kInf) armTimer(nowS);
  return seg;
}

AckEffect RenoSender::onAck(std::uint64_t ackNo, double nowS) {
  ackNo = std::min(ackNo, sndMax_);  // an ACK for unsent data is not trusted beyond what was sent
  if (ackNo < sndUna_) return AckEffect::Old;
  if (ackNo == sndUna_) {
    if (sndMax_ == sndUna_) return AckEffect::Duplicate;  // nothing outstanding: a window update
    ++dupAcks_;
    if (inRecovery_) {
      // Each duplicate means one more segment has left the network: let one more in.
      cwnd_ = std::min(cwnd_ + 1.0, cfg_.maxWindow);
      return AckEffect::RecoveryInflate;
    }
    if (dupAcks_ != cfg_.dupAckThreshold) return AckEffect::Duplicate;
    const double flight = static_cast<double>(sndNxt_ - sndUna_);
    ssthresh_ = std::max(flight / 2.0, 2.0);
    cwnd_ = ssthresh_ + cfg_.dupAckThreshold;
    inRecovery_ = true;
    retransmitPending_ = true;
    ++stats_.fastRetransmits;
    return AckEffect::FastRetransmit;
  }

  const auto acked = static_cast<double>(ackNo - sndUna_);
  sndUna_ = ackNo;
  // After go-back-N the receiver may already hold later data, so the ACK can jump past snd.nxt.
  sndNxt_ = std::max(sndNxt_, sndUna_);
  dupAcks_ = 0;
  backoff_ = 0;
  retransmitPending_ = false;  // whatever it was owed for is now acknowledged
  if (timing_ && ackNo > timedSeq_) {
    timing_ = false;
    rttSample(nowS - timedAt_);
  }
  AckEffect effect = AckEffect::NewData;
  if (inRecovery_) {
    // Reno (not NewReno): the first new ACK ends recovery, even a partial one.
    cwnd_ = ssthresh_;
    inRecovery_ = false;
    effect = AckEffect::RecoveryExit;
  } else if (cwnd_ < ssthresh_) {
    cwnd_ += std::min(acked, static_cast<double>(cfg_.abcLimit));
  } else {
    cwnd_ += acked / cwnd_;
  }
  cwnd_ = std::min(cwnd_, cfg_.maxWindow);
  if (sndUna_ >= sndMax_) {
    rtoDeadline_ = kInf;
  } else {
    armTimer(nowS);  // RFC 6298 §5.3: restart on an ACK of new data
  }
  return effect;
}

void RenoSender::onTimeout(double nowS) {
  (void)nowS;
  if (sndUna_ >= sndMax_) {
    rtoDeadline_ = kInf;
    return;
  }
  // RFC 5681 (4): halve on the first timeout; later timeouts of the same segment keep ssthresh.
  if (backoff_ == 0) ssthresh_ = std::max(static_cast<double>(sndNxt_ - sndUna_) / 2.0, 2.0);
  cwnd_ = 1.0;
  sndNxt_ = sndUna_;  // go-back-N: everything outstanding counts as lost
  dupAcks_ = 0;
  inRecovery_ = false;
  retransmitPending_ = false;
  timing_ = false;
  ++backoff_;
  rto_ = std::min(rto_ * 2.0, cfg_.maxRtoS);
  ++stats_.timeouts;
  rtoDeadline_ = kInf;  // re-armed by the retransmission that nextSegment() now returns
}

void RenoSender::rttSample(double sampleS) {
  if (stats_.rttSamples == 0) {
    srtt_ = sampleS;
    rttvar_ = sampleS / 2.0;
  } else {
    rttvar_ = 0.75 * rttvar_ + 0.25 * std::abs(srtt_ - sampleS);
    srtt_ = 0.875 * srtt_ + 0.125 * sampleS;
  }
  ++stats_.rttSamples;
  rto_ = std::clamp(srtt_ + 4.0 * rttvar_, cfg_.minRtoS, cfg_.maxRtoS);
}

TcpReceiver::TcpReceiver(int ackEvery, std::uint64_t window)
    : ackEvery_(std::max(ackEvery, 1)),
      ooo_(std::bit_ceil(std::max<std::uint64_t>(window, 2))),
      mask_(ooo_.size() - 1) {}

TcpReceiver::Arrival TcpReceiver::onSegment(std::uint64_t seq) {
  Arrival a;
  if (seq != rcvNxt_) {
    // Old or out of order: acknowledge at once (a duplicate ACK when there is a hole).
    if (seq > rcvNxt_ && seq - rcvNxt_ < ooo_.size() && ooo_[seq & mask_] == 0) {
      ooo_[seq & mask_] = 1;
      ++buffered_;
    }
    a.ackNow = true;
    unacked_ = 0;
    return a;
  }
  const bool hadGap = buffered_ > 0;
  ++rcvNxt_;
  a.delivered = 1;
  while (buffered_ > 0 && ooo_[rcvNxt_ & mask_] != 0) {
    ooo_[rcvNxt_ & mask_] = 0;
    --buffered_;
    ++rcvNxt_;
    ++a.delivered;
  }
  if (hadGap || ++unacked_ >= ackEvery_) {
    // A segment that fills (part of) a hole is acknowledged at once so fast recovery ends soon.
    a.ackNow = true;
    unacked_ = 0;
  } else if (!timerArmed_) {
    timerArmed_ = true;
    a.startDelayedAck = true;
  }
  return a;
}

bool TcpReceiver::onDelayedAckTimer() {
  timerArmed_ = false;
  if (unacked_ == 0) return false;
  unacked_ = 0;
  return true;
}

}  // namespace amp::sim
