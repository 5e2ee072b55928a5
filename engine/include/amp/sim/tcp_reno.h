// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace amp::sim {

/// Settings of a Reno sender. Windows count whole segments of one MSS each; times are seconds.
struct RenoConfig {
  double initialCwnd = 3.0;  ///< RFC 5681 initial window for an MSS above 1095 bytes
  double initialSsthresh = std::numeric_limits<double>::infinity();
  double maxWindow = 65536.0;  ///< the receiver's advertised window, in segments
  int dupAckThreshold = 3;
  /// Appropriate Byte Counting limit (RFC 3465): slow start grows by at most this many segments
  /// per ACK. With ABC a delayed ACK (ack_every = 2) grows the window as fast as two ACKs would.
  int abcLimit = 2;
  double initialRtoS = 1.0;  ///< RFC 6298
  double minRtoS = 0.2;      ///< below RFC 6298's 1 s, as common stacks do, so ms-scale paths recover
  double maxRtoS = 60.0;
};

/// What the sender did with one ACK (for traces and tests).
enum class AckEffect {
  Old,              ///< below snd.una: ignored
  NewData,          ///< advanced snd.una outside recovery (slow start or congestion avoidance)
  RecoveryExit,     ///< first new ACK after a fast retransmit: cwnd deflates to ssthresh
  Duplicate,        ///< duplicate ACK below the threshold (or with nothing outstanding)
  FastRetransmit,   ///< the threshold-th duplicate: ssthresh halves, snd.una is resent
  RecoveryInflate,  ///< a further duplicate in recovery: cwnd grows by one segment
};

struct RenoStats {
  std::uint64_t transmissions = 0;  ///< every segment put on the wire
  std::uint64_t retransmits = 0;    ///< transmissions of a sequence number sent before
  std::uint64_t fastRetransmits = 0;
  std::uint64_t timeouts = 0;
  std::uint64_t rttSamples = 0;
};

/// The TCP Reno sender state machine (RFC 5681 slow start, congestion avoidance, fast retransmit
/// and fast recovery; RFC 6298 retransmission timer with Karn's rule). It owns no clock, no timer
/// and no I/O: the caller passes the time into each call, asks for the next segment to send, and
/// watches rtoDeadline(). That is what lets the simulator and a real master thread run this same
/// code, one from the event calendar and the other from steady_clock and a ring of ACK messages.
///
/// Sequence numbers count segments (0, 1, 2, ...). An ACK carries the next segment the receiver
/// expects (cumulative).
class RenoSender {
 public:
  struct Segment {
    std::uint64_t seq = 0;
    bool retransmit = false;
  };

  explicit RenoSender(RenoConfig cfg = {});

  /// Send at most `segments` new segments in all (a finite transfer); default unlimited.
  void setLimit(std::uint64_t segments) { limit_ = segments; }
  /// The segment to put on the wire now, or nothing when the window (or the transfer) is full.
  /// Call it until it returns nothing after every onAck() and onTimeout().
  std::optional<Segment> nextSegment(double nowS);
  AckEffect onAck(std::uint64_t ackNo, double nowS);
  /// The retransmission timer fired; call it when nowS >= rtoDeadline().
  void onTimeout(double nowS);

  /// When the retransmission timer fires; +infinity while it is not running.
  double rtoDeadline() const { return rtoDeadline_; }
  double cwnd() const { return cwnd_; }
  double ssthresh() const { return ssthresh_; }
  bool inRecovery() const { return inRecovery_; }
  std::uint64_t sndUna() const { return sndUna_; }  ///< oldest unacknowledged segment
  std::uint64_t sndNxt() const { return sndNxt_; }  ///< next segment to send
  std::uint64_t sndMax() const { return sndMax_; }  ///< one past the highest segment ever sent
  std::uint64_t inFlight() const { return sndMax_ - sndUna_; }
  /// True once a finite transfer is entirely acknowledged.
  bool done() const { return sndUna_ >= limit_; }
  double srttS() const { return srtt_; }
  double rtoS() const { return rto_; }
  const RenoStats& stats() const { return stats_; }
  const RenoConfig& config() const { return cfg_; }

 private:
  void rttSample(double sampleS);
  void armTimer(double nowS) { rtoDeadline_ = nowS + rto_; }
  std::uint64_t usableWindow() const;

  RenoConfig cfg_;
  double cwnd_;
  double ssthresh_;
  std::uint64_t sndUna_ = 0, sndNxt_ = 0, sndMax_ = 0;
  std::uint64_t limit_ = std::numeric_limits<std::uint64_t>::max();
  int dupAcks_ = 0;
  bool inRecovery_ = false;
  bool retransmitPending_ = false;  // fast retransmit of snd.una owed to the wire
  // One segment timed at a time (the classic BSD scheme); Karn: never a retransmitted one.
  bool timing_ = false;
  std::uint64_t timedSeq_ = 0;
  double timedAt_ = 0.0;
  double srtt_ = 0.0, rttvar_ = 0.0, rto_;
  int backoff_ = 0;  // consecutive timeouts without a new ACK
  double rtoDeadline_ = std::numeric_limits<double>::infinity();
  RenoStats stats_;
};

/// A TCP receiver with cumulative ACKs: out-of-order or duplicate segments are acknowledged at
/// once (RFC 5681 §4.2, which is what makes duplicate ACKs), in-order ones every `ackEvery`-th
/// segment, the rest by a delayed-ACK timer the caller runs.
class TcpReceiver {
 public:
  struct Arrival {
    std::uint64_t delivered = 0;   ///< segments that became in-order with this arrival
    bool ackNow = false;           ///< send an ACK for ackNo() now
    bool startDelayedAck = false;  ///< an in-order segment waits: arm the delayed-ACK timer
  };
  /// `window` bounds how far ahead of the next expected segment data may arrive (the sender's
  /// maximum window); it sizes the out-of-order bitmap once.
  explicit TcpReceiver(int ackEvery, std::uint64_t window = 65536);
  Arrival onSegment(std::uint64_t seq);
  /// The delayed-ACK timer fired: true when an ACK for ackNo() is owed.
  bool onDelayedAckTimer();
  std::uint64_t ackNo() const { return rcvNxt_; }
  std::uint64_t outOfOrder() const { return buffered_; }

 private:
  int ackEvery_;
  std::uint64_t rcvNxt_ = 0;
  int unacked_ = 0;
  bool timerArmed_ = false;
  std::uint64_t buffered_ = 0;
  std::vector<std::uint8_t> ooo_;  // ring over [rcvNxt, rcvNxt + size): 1 = held out of order
  std::uint64_t mask_;
};

}  // namespace amp::sim
