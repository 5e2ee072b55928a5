// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <bit>
#include <cmath>
#include <functional>
#include <limits>

#include "amp/sim/blocks.h"
#include "tcp/tcp_lab.h"

namespace amp::labs {

namespace {

using observe::ObsKind;

/// Hands a job from a block to the flow's own logic.
class Hook final : public sim::Block {
 public:
  explicit Hook(std::function<void(std::uint32_t)> f) : f_(std::move(f)) {}
  void accept(std::uint32_t job) override { f_(job); }

 private:
  std::function<void(std::uint32_t)> f_;
};

constexpr std::uint64_t kAckEntity = 1ULL << 63;  // ACKs and segments share the entity space
constexpr double kNever = std::numeric_limits<double>::infinity();

/// One Reno flow as custom event logic around the reusable blocks:
/// master (ACK cost) → Reno → workers (segment cost) → link (serialization, drop-tail) →
/// random loss → forward delay → receiver → ACK → return delay → master.
/// Jobs are segments (size = sequence number) or ACKs (size = cumulative ACK number).
class TcpFlow final : public sim::EventHandler {
 public:
  TcpFlow(const run::Params& p, const run::SimControl& ctl, observe::Recorder& rec)
      : sim_(rec),
        sender_(TcpLab::renoConfigOf(p)),
        receiver_(p.integer("ack_every"), 2 * static_cast<std::uint64_t>(sender_.config().maxWindow)),
        lossRate_(p.num("loss_rate")),
        lossRng_(ctl.seed, 20),
        firstSent_(std::bit_ceil(static_cast<std::uint64_t>(2 * sender_.config().maxWindow))),
        fromMaster_([this](std::uint32_t j) { ackProcessed(j); }),
        fromLink_([this](std::uint32_t j) { leftLink(j); }),
        atReceiver_([this](std::uint32_t j) { arrived(j); }),
        master_(sim_, pool_, TcpLab::kMaster, 1, 0, sim::Distribution::det(p.num("ack_cost_us") * 1e-6),
                sim::Rng(ctl.seed, 10), &fromMaster_),
        workers_(sim_, pool_, TcpLab::kWorkers, p.integer("workers"), 0,
                 sim::Distribution::det(p.num("segment_cost_us") * 1e-6), sim::Rng(ctl.seed, 11), &link_),
        link_(sim_, pool_, TcpLab::kLink, 1, static_cast<std::size_t>(p.integer("buffer_pkts")),
              sim::Distribution::det(p.num("mss_bytes") * 8.0 / (p.num("link_mbps") * 1e6)),
              sim::Rng(ctl.seed, 12), &fromLink_),
        forward_(sim_, pool_, TcpLab::kForward, sim::Distribution::det(p.num("rtt_ms") / 2000.0),
                 sim::Rng(ctl.seed, 13), &atReceiver_),
        return_(sim_, pool_, TcpLab::kReturn, sim::Distribution::det(p.num("rtt_ms") / 2000.0),
                sim::Rng(ctl.seed, 14), &master_),
        ctl_(ctl),
        outputs_(rec.outputs()) {
    self_ = sim_.addHandler(this);
    outputs_.add("retransmits", 0.0);  // a run without loss reports 0, not nothing
    master_.setQueueCap(ctl.queueCap);
    workers_.setQueueCap(ctl.queueCap);
  }

  std::int64_t run() {
    emitCwnd();
    sendWhatTheWindowAllows();
    return sim_.run(ctl_);
  }

  void setTransfer(std::uint64_t segments) {
    sender_.setLimit(segments);
    finite_ = true;
  }

  TcpLab::TransferSummary summary() const {
    return {sender_.sndMax(), sender_.sndUna(), receiver_.ackNo(), sender_.stats().retransmits, sim_.now()};
  }

  void handle(const sim::Event& e) override {
    if (e.type == kDelayedAck) {
      if (receiver_.onDelayedAckTimer()) sendAck();
      return;
    }
    if (e.data != timerGeneration_) return;  // superseded by an earlier deadline
    timerAt_ = kNever;
    const double deadline = sender_.rtoDeadline();
    if (sim_.now() >= deadline) {
      sender_.onTimeout(sim_.now());
      emitCwnd();
      sendWhatTheWindowAllows();
    } else {
      syncRetransmitTimer();  // restarted by ACKs since it was scheduled
    }
  }

 private:
  enum Timer : std::uint32_t { kRetransmit = 0, kDelayedAck = 1 };

  void sendWhatTheWindowAllows() {
    const double now = sim_.now();
    while (auto seg = sender_.nextSegment(now)) {
      const std::uint32_t idx = pool_.acquire();
      sim::Job& job = pool_[idx];
      job.id = nextSegmentEntity_++;
      job.arrival = now;
      job.size = static_cast<double>(seg->seq);
      if (!seg->retransmit) firstSent_[seg->seq & (firstSent_.size() - 1)] = now;
      outputs_.addAt("retransmits", sim::Simulator::toNs(now), seg->retransmit ? 1.0 : 0.0);
      workers_.accept(idx);
    }
    syncRetransmitTimer();
  }

  /// One calendar event per deadline that moves earlier; deadlines that move later (every ACK
  /// restarts the timer) are picked up when the pending event fires, so ACKs cost no event.
  void syncRetransmitTimer() {
    const double deadline = sender_.rtoDeadline();
    if (deadline == kNever || deadline >= timerAt_) return;
    timerAt_ = deadline;
    sim_.scheduleAt(deadline, self_, kRetransmit, ++timerGeneration_);
  }

  void ackProcessed(std::uint32_t idx) {
    const auto ackNo = static_cast<std::uint64_t>(pool_[idx].size);
    pool_.release(idx);
    sender_.onAck(ackNo, sim_.now());
    emitCwnd();
    if (finite_ && sender_.done()) {
      sim_.stop();
      return;
    }
    sendWhatTheWindowAllows();
  }

  void leftLink(std::uint32_t idx) {
    if (lossRate_ > 0.0 && lossRng_.uniform01() < lossRate_) {
      sim_.emit(ObsKind::Drop, pool_[idx].id, TcpLab::kForward, -1, 0.0);
      pool_.release(idx);
      return;
    }
    forward_.accept(idx);
  }

  void arrived(std::uint32_t idx) {
    const auto seq = static_cast<std::uint64_t>(pool_[idx].size);
    pool_.release(idx);
    const sim::TcpReceiver::Arrival a = receiver_.onSegment(seq);
    const double now = sim_.now();
    // Each newly in-order segment departs; its sojourn runs from its first transmission.
    for (std::uint64_t s = receiver_.ackNo() - a.delivered; s < receiver_.ackNo(); ++s) {
      sim_.emit(ObsKind::Depart, s, TcpLab::kReceiver, -1,
                (now - firstSent_[s & (firstSent_.size() - 1)]) * 1e9);
    }
    if (a.ackNow) sendAck();
    if (a.startDelayedAck) sim_.schedule(TcpLab::kDelayedAckS, self_, kDelayedAck);
  }

  void sendAck() {
    const std::uint32_t idx = pool_.acquire();
    sim::Job& job = pool_[idx];
    job.id = kAckEntity | acksSent_++;
    job.arrival = sim_.now();
    job.size = static_cast<double>(receiver_.ackNo());
    return_.accept(idx);
  }

  void emitCwnd() {
    const double c = sender_.cwnd();
    if (c == lastCwnd_) return;
    lastCwnd_ = c;
    sim_.emit(ObsKind::State, 0, TcpLab::kMaster, -1, c);
  }

  sim::Simulator sim_;
  sim::JobPool pool_;
  sim::RenoSender sender_;
  sim::TcpReceiver receiver_;
  double lossRate_;
  sim::Rng lossRng_;
  std::vector<double> firstSent_;  // ring by sequence number; the window keeps it from wrapping
  Hook fromMaster_, fromLink_, atReceiver_;
  sim::Station master_, workers_, link_;
  sim::Delay forward_, return_;
  const run::SimControl& ctl_;
  observe::LabOutputs& outputs_;
  std::uint32_t self_ = 0;
  std::uint64_t nextSegmentEntity_ = 0, acksSent_ = 0;
  std::uint64_t timerGeneration_ = 0;
  double timerAt_ = kNever;
  double lastCwnd_ = -1.0;
  bool finite_ = false;
};

}  // namespace

std::int64_t TcpLab::simulate(const run::Params& p, const run::SimControl& ctl,
                              observe::Recorder& rec) const {
  TcpFlow flow(p, ctl, rec);
  return flow.run();
}

TcpLab::TransferSummary TcpLab::simulateTransfer(const run::Params& p, const run::SimControl& ctl,
                                                 observe::Recorder& rec, std::uint64_t segments) {
  TcpFlow flow(p, ctl, rec);
  flow.setTransfer(segments);
  flow.run();
  return flow.summary();
}

}  // namespace amp::labs
