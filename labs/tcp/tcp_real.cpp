// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
//
// The real face of the tcp lab. The engine's Runtime moves one item from a producer through the
// master to one worker; a TCP master instead turns one ACK into zero, one or several segments
// and must also act on its own retransmission timer. So this lab declares its own seats on the
// harness, in the shape TCP needs:
//
//   link emulator ──ACK ring──▶ master (Reno) ──segment rings──▶ workers (RFC 1071) ──rings──▶ link emulator
//
// Every seat logs its observations privately; the harness merges them into one stream.

#include <time.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <deque>
#include <memory>
#include <span>
#include <thread>
#include <vector>

#include "amp/real/doorbell.h"
#include "amp/real/harness.h"
#include "amp/real/packet.h"
#include "amp/real/placement.h"
#include "amp/real/spsc_ring.h"
#include "amp/real/work_kernel.h"
#include "amp/run/phrase.h"
#include "amp/sim/rng.h"
#include "tcp/tcp_lab.h"

namespace amp::labs {

namespace {

using Clock = std::chrono::steady_clock;
using observe::Observation;
using observe::ObsKind;

constexpr std::uint64_t kAckEntity = 1ULL << 63;  // as in the simulation
constexpr std::int64_t kNever = INT64_MAX;
// How long the sender may take to get every outstanding segment acknowledged after the load.
constexpr double kDrainS = 3.0;

struct SegmentMsg {
  std::uint64_t seq = 0;
  std::uint64_t entity = 0;
  std::int64_t releasedNs = 0;  // when the master let it go (into the worker's ring)
  std::int64_t readyNs = 0;     // when its worker finished it: it reaches the link then
  std::uint16_t checksum = 0;   // filled in by the worker
  bool retransmit = false;
};

struct AckMsg {
  std::uint64_t ackNo = 0;
  std::uint64_t entity = 0;
  std::int64_t arrivedNs = 0;  // when it reached the master's ring
};

/// CPU time the calling thread has used, in ns (what it really computed, preempted or not).
std::int64_t threadCpuNs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

/// The application's data: segment `seq` always carries the same bytes, so the receiver can
/// check what arrives without the sender's buffers.
void fillPayload(std::span<std::uint8_t> buf, std::uint64_t seq) {
  std::uint64_t x = seq * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
  for (std::size_t i = 0; i < buf.size();) {
    const std::uint64_t z = sim::splitmix64(x);
    for (int b = 0; b < 8 && i < buf.size(); ++b, ++i) buf[i] = static_cast<std::uint8_t>(z >> (8 * b));
  }
}

class RealTcpRun {
 public:
  RealTcpRun(const run::Params& p, const run::RealControl& ctl)
      : ctl_(ctl),
        workers_(std::max(1, p.integer("workers"))),
        mss_(static_cast<std::size_t>(p.integer("mss_bytes"))),
        bufferPkts_(static_cast<std::size_t>(p.integer("buffer_pkts"))),
        ackEvery_(p.integer("ack_every")),
        lossRate_(p.num("loss_rate")),
        ackCostNs_(std::llround(p.num("ack_cost_us") * 1e3)),
        segmentCostNs_(std::llround(p.num("segment_cost_us") * 1e3)),
        serializationNs_(std::llround(p.num("mss_bytes") * 8.0 / (p.num("link_mbps") * 1e6) * 1e9)),
        oneWayNs_(std::llround(p.num("rtt_ms") / 2.0 * 1e6)),
        delayedAckNs_(std::llround(TcpLab::kDelayedAckS * 1e9)),
        sender_(TcpLab::renoConfigOf(p)),
        receiver_(p.integer("ack_every"), 2 * static_cast<std::uint64_t>(sender_.config().maxWindow)),
        lossRng_(ctl.seed, 20),
        kernel_(real::WorkKernel::calibrated().withClock(ctl.serviceClock)) {
    // Rings hold several windows: after a timeout the pipeline can carry a window the sender
    // already gave up on plus the one it resends.
    const auto window = static_cast<std::size_t>(sender_.config().maxWindow);
    const std::size_t cap = std::bit_ceil(4 * window + 64);
    acks_ = std::make_unique<real::SpscRing<AckMsg>>(cap);
    for (int w = 0; w < workers_; ++w) {
      toWorker_.push_back(std::make_unique<real::SpscRing<SegmentMsg>>(cap));
      toLink_.push_back(std::make_unique<real::SpscRing<SegmentMsg>>(cap));
    }
    firstSentNs_.assign(cap, 0);
    held_.resize(cap);
  }

  run::RealOutcome run(observe::Recorder& rec);

 private:
  std::int64_t nowNs() const { return harness_->nowNs(); }
  bool stopping() const { return stop_->load(std::memory_order_relaxed); }
  /// Until `hasWork` or the stop: poll for spinNs_, then sleep on `bell` up to `timeoutNs`.
  template <class HasWork>
  void idle(real::Doorbell& bell, HasWork hasWork, std::int64_t timeoutNs) {
    real::pollThenSleep(
        bell, [&] { return hasWork() || stopping(); }, spinNs_, timeoutNs);
  }

  void masterLoop(real::Seat& seat);
  void masterLoopBody(real::Seat& seat);
  void releaseSegments(real::Seat& seat, std::int64_t now, int core);
  void workerLoop(int w, real::Seat& seat);
  void linkLoop(real::Seat& seat);
  void linkIntake(real::Seat& seat, const SegmentMsg& m);
  void linkDeliver(real::Seat& seat, std::int64_t now, int core);

  const run::RealControl& ctl_;
  const int workers_;
  const std::size_t mss_, bufferPkts_;
  const int ackEvery_;
  const double lossRate_;
  const std::int64_t ackCostNs_, segmentCostNs_, serializationNs_, oneWayNs_, delayedAckNs_;
  std::int64_t spinNs_ = 0;
  const real::Harness* harness_ = nullptr;
  const std::atomic<bool>* stop_ = nullptr;  // the harness's: set before its seats start

  // Master-owned.
  sim::RenoSender sender_;
  std::uint64_t nextEntity_ = 0;
  std::size_t nextWorker_ = 0;
  double lastCwnd_ = -1.0;
  std::uint64_t acksProcessed_ = 0;
  std::int64_t ackWallNs_ = 0;     // Start→Finish of every ACK, summed
  std::int64_t ackHandoffNs_ = 0;  // releasing each ACK's segments to the workers, summed
  std::int64_t masterCpuNs_ = 0;
  // Link-emulator-owned.
  sim::TcpReceiver receiver_;
  sim::Rng lossRng_;
  std::deque<std::int64_t> linkStarts_;  // start of service of segments not yet started
  std::int64_t linkFree_ = 0;            // when the link finishes what it has accepted
  std::int64_t lastArrivalNs_ = 0;
  struct InFlight {
    std::int64_t dueNs;
    SegmentMsg msg;
  };
  std::deque<InFlight> deliveries_;
  struct AckDue {
    std::int64_t dueNs;
    std::uint64_t ackNo;
  };
  std::deque<AckDue> acksDue_;
  std::int64_t delayedAckAt_ = kNever;
  std::vector<std::int64_t> firstSentNs_;     // by sequence number, modulo its size
  std::vector<std::int64_t> retransmitAtNs_;  // when each retransmission left the master
  struct Held {
    SegmentMsg msg;
    bool present = false;
  };
  std::vector<Held> held_;  // segments back from workers, by transmission number, until their turn
  std::uint64_t nextTx_ = 0;
  std::uint64_t acksSent_ = 0, verified_ = 0, checksumErrors_ = 0, bufferDrops_ = 0, randomLosses_ = 0;
  std::int64_t maxLateNs_ = 0;
  std::vector<std::uint8_t> linkPayload_;  // the receiver's copy of what a segment must carry

  // Shared: rings (one producer, one consumer each) and flags.
  std::unique_ptr<real::SpscRing<AckMsg>> acks_;
  std::vector<std::unique_ptr<real::SpscRing<SegmentMsg>>> toWorker_, toLink_;
  real::Doorbell masterBell_, linkBell_;
  std::atomic<bool> loadOver_{false};        // the master sends no new data after this
  std::atomic<bool> allAcked_{false};        // the master saw the last ACK of the transfer
  std::atomic<std::size_t> linkBacklog_{0};  // for live samples only

  const real::WorkKernel kernel_;
};

/// An observation record for a seat's log.
Observation record(std::int64_t t, std::uint64_t entity, ObsKind kind, std::uint16_t station, double value,
                   int core) {
  Observation o;
  o.timeNs = t;
  o.entity = entity;
  o.value = value;
  o.station = station;
  o.core = static_cast<std::int16_t>(core);
  o.kind = kind;
  return o;
}

void RealTcpRun::masterLoop(real::Seat& seat) {
  const std::int64_t cpuAtStart = threadCpuNs();
  masterLoopBody(seat);
  masterCpuNs_ = threadCpuNs() - cpuAtStart;
}

void RealTcpRun::masterLoopBody(real::Seat& seat) {
  int core = seat.noteCpu();
  releaseSegments(seat, nowNs(), core);
  bool limited = false;
  while (!stopping()) {
    if (!limited && loadOver_.load(std::memory_order_relaxed)) {
      sender_.setLimit(sender_.sndMax());
      limited = true;
    }
    if (limited && sender_.done()) {
      allAcked_.store(true, std::memory_order_release);
      return;
    }
    AckMsg a;
    if (acks_->tryPop(a)) {
      const std::int64_t start = nowNs();
      core = seat.noteCpu();
      seat.record(record(a.arrivedNs, a.entity, ObsKind::Enqueue, TcpLab::kMaster, 0, core));
      seat.record(
          record(start, a.entity, ObsKind::Start, TcpLab::kMaster, double(start - a.arrivedNs), core));
      sender_.onAck(a.ackNo, double(start) * 1e-9);
      // The rest of the ACK's cost as real computation, so the master is busy for ack_cost.
      kernel_.run(ackCostNs_ - (nowNs() - start), stop_);
      const std::int64_t finish = nowNs();
      seat.record(record(finish, a.entity, ObsKind::Finish, TcpLab::kMaster, double(finish - start), core));
      ++acksProcessed_;
      ackWallNs_ += finish - start;
      releaseSegments(seat, finish, core);
      // The hand-off: passing the segments this ACK released to the workers' rings (and waking
      // them) is master time too, outside the ACK's own cost.
      ackHandoffNs_ += nowNs() - finish;
      continue;
    }
    const std::int64_t now = nowNs();
    const double deadline = sender_.rtoDeadline();
    if (double(now) * 1e-9 >= deadline) {
      sender_.onTimeout(double(now) * 1e-9);
      releaseSegments(seat, now, core);
      continue;
    }
    const std::int64_t untilTimer = std::isinf(deadline) ? 1'000'000 : std::llround(deadline * 1e9) - now;
    idle(
        masterBell_,
        [&] { return !acks_->emptyApprox() || (!limited && loadOver_.load(std::memory_order_relaxed)); },
        std::clamp<std::int64_t>(untilTimer, 1000, 1'000'000));
  }
}

void RealTcpRun::releaseSegments(real::Seat& seat, std::int64_t now, int core) {
  if (sender_.cwnd() != lastCwnd_) {
    lastCwnd_ = sender_.cwnd();
    seat.record(record(now, 0, ObsKind::State, TcpLab::kMaster, lastCwnd_, core));
  }
  while (auto seg = sender_.nextSegment(double(now) * 1e-9)) {
    SegmentMsg m;
    m.seq = seg->seq;
    m.entity = nextEntity_++;
    m.releasedNs = now;
    m.retransmit = seg->retransmit;
    if (m.retransmit) retransmitAtNs_.push_back(now);
    // Round robin, skipping a full ring; all full means the workers are a ring's worth behind.
    bool pushed = false;
    for (int k = 0; k < workers_ && !pushed; ++k) {
      const std::size_t w = nextWorker_;
      nextWorker_ = (nextWorker_ + 1) % static_cast<std::size_t>(workers_);
      if (toWorker_[w]->tryPush(m)) {
        toWorker_[w]->doorbell().notify();
        pushed = true;
      }
    }
    if (!pushed) {
      const std::size_t w = nextWorker_;
      if (!toWorker_[w]->push(m, real::FullPolicy::Wait, stop_)) return;
      toWorker_[w]->doorbell().notify();
    }
  }
}

void RealTcpRun::workerLoop(int w, real::Seat& seat) {
  real::SpscRing<SegmentMsg>& in = *toWorker_[static_cast<std::size_t>(w)];
  real::SpscRing<SegmentMsg>& out = *toLink_[static_cast<std::size_t>(w)];
  std::vector<std::uint8_t> payload(mss_);
  while (!stopping()) {
    SegmentMsg m;
    if (!in.tryPop(m)) {
      idle(
          in.doorbell(), [&] { return !in.emptyApprox(); }, 1'000'000);
      continue;
    }
    const std::int64_t start = nowNs();
    const int core = seat.noteCpu();
    seat.record(record(m.releasedNs, m.entity, ObsKind::Enqueue, TcpLab::kWorkers, 0, core));
    seat.record(
        record(start, m.entity, ObsKind::Start, TcpLab::kWorkers, double(start - m.releasedNs), core));
    fillPayload(payload, m.seq);
    m.checksum = real::internetChecksum(payload);
    kernel_.run(segmentCostNs_ - (nowNs() - start), stop_);
    const std::int64_t finish = nowNs();
    seat.record(record(finish, m.entity, ObsKind::Finish, TcpLab::kWorkers, double(finish - start), core));
    m.readyNs = finish;
    // The link emulator never blocks, so a full ring empties soon.
    if (!out.push(m, real::FullPolicy::Wait, stop_)) return;
    linkBell_.notify();
  }
}

void RealTcpRun::linkIntake(real::Seat& seat, const SegmentMsg& m) {
  const int core = seat.noteCpu();
  // The segment reached the link when its worker finished it (and not before the one ahead of
  // it), not when this thread got round to it: a late emulator must not turn a steady stream
  // into one burst that overflows the buffer.
  const std::int64_t now = std::max(m.readyNs, lastArrivalNs_);
  lastArrivalNs_ = now;
  if (!m.retransmit) firstSentNs_[m.seq & (firstSentNs_.size() - 1)] = m.releasedNs;
  while (!linkStarts_.empty() && linkStarts_.front() <= now) linkStarts_.pop_front();
  if (linkStarts_.size() >= bufferPkts_) {  // drop-tail: waiting places are full
    ++bufferDrops_;
    seat.record(record(now, m.entity, ObsKind::Drop, TcpLab::kLink, 0, core));
    return;
  }
  // A FIFO server with a fixed service time: its schedule follows from the arrivals alone.
  const std::int64_t start = std::max(now, linkFree_);
  linkFree_ = start + serializationNs_;
  linkStarts_.push_back(start);
  seat.record(record(now, m.entity, ObsKind::Enqueue, TcpLab::kLink, 0, core));
  seat.record(record(start, m.entity, ObsKind::Start, TcpLab::kLink, double(start - now), core));
  seat.record(record(linkFree_, m.entity, ObsKind::Finish, TcpLab::kLink, double(serializationNs_), core));
  if (lossRate_ > 0.0 && lossRng_.uniform01() < lossRate_) {
    ++randomLosses_;
    seat.record(record(linkFree_, m.entity, ObsKind::Drop, TcpLab::kForward, 0, core));
    return;
  }
  deliveries_.push_back({linkFree_ + oneWayNs_, m});
}

void RealTcpRun::linkDeliver(real::Seat& seat, std::int64_t now, int core) {
  std::vector<std::uint8_t>& check = linkPayload_;
  while (!deliveries_.empty() && deliveries_.front().dueNs <= now) {
    const InFlight d = deliveries_.front();
    deliveries_.pop_front();
    maxLateNs_ = std::max(maxLateNs_, now - d.dueNs);
    // The receiver checks the worker's checksum against the bytes the segment must carry; a
    // mismatch is discarded, as a TCP receiver discards a corrupt segment.
    fillPayload(check, d.msg.seq);
    if (real::internetChecksum(check) != d.msg.checksum) {
      ++checksumErrors_;
      continue;
    }
    ++verified_;
    const sim::TcpReceiver::Arrival a = receiver_.onSegment(d.msg.seq);
    // Goodput, live for a precision-driven run: segments delivered in order.
    if (ctl_.feed != nullptr && a.delivered > 0) ctl_.feed->add(static_cast<std::int64_t>(a.delivered));
    for (std::uint64_t s = receiver_.ackNo() - a.delivered; s < receiver_.ackNo(); ++s) {
      const std::int64_t sent = firstSentNs_[s & (firstSentNs_.size() - 1)];
      seat.record(record(d.dueNs, s, ObsKind::Depart, TcpLab::kReceiver, double(d.dueNs - sent), core));
    }
    if (a.ackNow) acksDue_.push_back({d.dueNs + oneWayNs_, receiver_.ackNo()});
    if (a.startDelayedAck) delayedAckAt_ = d.dueNs + delayedAckNs_;
  }
  if (now >= delayedAckAt_) {
    delayedAckAt_ = kNever;
    if (receiver_.onDelayedAckTimer()) acksDue_.push_back({now + oneWayNs_, receiver_.ackNo()});
  }
  bool rang = false;
  while (!acksDue_.empty() && acksDue_.front().dueNs <= now) {
    const AckMsg m{acksDue_.front().ackNo, kAckEntity | acksSent_, nowNs()};
    if (!acks_->tryPush(m)) break;  // the master is a ring behind: keep it for the next round
    ++acksSent_;
    acksDue_.pop_front();
    rang = true;
  }
  if (rang) masterBell_.notify();
}

void RealTcpRun::linkLoop(real::Seat& seat) {
  linkPayload_.resize(mss_);
  while (!stopping()) {
    bool work = false;
    for (auto& ring : toLink_) {
      SegmentMsg m;
      while (ring->tryPop(m)) {
        // Workers finish in any order; the transmit queue keeps the master's order, as a NIC's
        // per-flow queue does (Reno would take reordered segments for lost ones).
        Held& h = held_[m.entity & (held_.size() - 1)];
        h.msg = m;
        h.present = true;
        work = true;
      }
    }
    for (Held* h = &held_[nextTx_ & (held_.size() - 1)]; h->present;
         h = &held_[nextTx_ & (held_.size() - 1)]) {
      h->present = false;
      ++nextTx_;
      linkIntake(seat, h->msg);
    }
    linkDeliver(seat, nowNs(), seat.noteCpu());
    linkBacklog_.store(linkStarts_.size(), std::memory_order_relaxed);
    if (work) continue;
    std::int64_t next = delayedAckAt_;
    if (!deliveries_.empty()) next = std::min(next, deliveries_.front().dueNs);
    if (!acksDue_.empty()) next = std::min(next, acksDue_.front().dueNs);
    const std::int64_t wait = next == kNever ? 1'000'000 : next - nowNs();
    if (wait <= 0) continue;
    idle(
        linkBell_,
        [&] {
          for (auto& ring : toLink_)
            if (!ring->emptyApprox()) return true;
          return false;
        },
        std::min<std::int64_t>(wait, 1'000'000));
  }
}

run::RealOutcome RealTcpRun::run(observe::Recorder& rec) {
  real::HarnessConfig cfg;
  cfg.host = real::HostState::probe();  // before our own threads exist
  cfg.cancel = ctl_.cancel;
  cfg.seed = ctl_.seed;
  const int cores = static_cast<int>(cfg.host.topo.usableCpus().size());
  // The link emulator polls like a worker, so it takes one more worker's seat.
  const real::Placement placement =
      real::planPlacement(cfg.host.topo, workers_ + 1, real::PlacementPolicy::MasterApart);
  // A polling thread that shares a core steals it from the thread with work: sleep at once then.
  spinNs_ = real::sharesCores(placement, cores) ? 0 : 200'000;
  real::Harness harness(std::move(cfg));
  harness_ = &harness;
  stop_ = &harness.stopFlag();
  auto logged = [](real::SeatSpec s) {
    // A cap keeps memory bounded (32 B a record); statistics then stop at the earliest moment
    // a log filled, so no seat's view is cut short against the others.
    s.logCapacity = std::size_t{1} << 21;
    return s;
  };
  harness.addSeat(logged(real::threadSeat(
      "master", [this](real::Seat& s) { masterLoop(s); }, placement.masterCpu)));
  for (int w = 0; w < workers_; ++w)
    harness.addSeat(logged(real::threadSeat(
        "worker " + std::to_string(w), [this, w](real::Seat& s) { workerLoop(w, s); },
        placement.workerCpus[static_cast<std::size_t>(w)])));
  harness.addSeat(logged(real::threadSeat(
      "link emulator", [this](real::Seat& s) { linkLoop(s); },
      placement.workerCpus[static_cast<std::size_t>(workers_)])));
  if (ctl_.live != nullptr) {
    harness.setSampler(ctl_.live, [this](std::int64_t t, observe::ObservationSink& live) {
      std::size_t queued = 0;
      for (const auto& r : toWorker_) queued += r->sizeApprox();
      live.observe(real::gauge(t, TcpLab::kMaster, static_cast<double>(acks_->sizeApprox())));
      live.observe(real::gauge(t, TcpLab::kWorkers, static_cast<double>(queued)));
      live.observe(
          real::gauge(t, TcpLab::kLink, static_cast<double>(linkBacklog_.load(std::memory_order_relaxed))));
    });
  }
  harness.start();
  // The seats start at the epoch: sleep through the lead, then through the load.
  std::this_thread::sleep_until(harness.epoch());

  const auto loadNs = static_cast<std::int64_t>(std::llround(ctl_.durationS * 1e9));
  bool cancelled = false;
  auto waitUntil = [&](std::int64_t untilNs, const auto& done) {
    while (!done() && nowNs() < untilNs) {
      if (ctl_.cancelled() || harness.stopping()) {
        cancelled = ctl_.cancelled();
        return false;
      }
      harness.waitFor(std::clamp<std::int64_t>(untilNs - nowNs(), 0, 2'000'000));
    }
    return true;
  };
  // A precision-driven run ends its load once the runner has seen enough.
  waitUntil(loadNs, [this] { return ctl_.feed != nullptr && ctl_.feed->loadEnded(); });
  const std::int64_t loadEnd = nowNs();
  if (!cancelled && !harness.stopping()) {
    // No new data from here on; every segment already sent must still be acknowledged.
    loadOver_.store(true, std::memory_order_relaxed);
    masterBell_.notifyAll();
    waitUntil(loadEnd + std::llround(kDrainS * 1e9),
              [this] { return allAcked_.load(std::memory_order_acquire); });
  }
  const std::int64_t drainEnd = nowNs();
  harness.requestStop();
  masterBell_.notifyAll();
  linkBell_.notifyAll();
  for (auto& r : toWorker_) r->doorbell().notifyAll();
  harness.finish(0);
  if (!harness.error().empty()) {
    run::RealOutcome failed;
    failed.error = harness.error();
    return failed;
  }

  // ---- outcome (every seat has ended: its state is ours to read) ------------------------------
  real::HonestOutcome& honest = harness.outcome();
  honest.noteKernel(kernel_);
  real::RunReport& r = honest.report();
  const std::uint64_t sent = sender_.sndMax(), acked = sender_.sndUna();
  r.facts["segments_sent"] = double(sent);
  r.facts["segments_acked"] = double(acked);
  r.facts["segments_unacknowledged"] = double(sent - acked);
  r.facts["segments_delivered"] = double(receiver_.ackNo());
  r.facts["checksums_verified"] = double(verified_);
  r.facts["checksum_errors"] = double(checksumErrors_);
  r.facts["retransmits_total"] = double(sender_.stats().retransmits);
  r.facts["fast_retransmits"] = double(sender_.stats().fastRetransmits);
  r.facts["timeouts"] = double(sender_.stats().timeouts);
  r.facts["buffer_drops"] = double(bufferDrops_);
  r.facts["random_losses"] = double(randomLosses_);
  r.facts["srtt_ms"] = sender_.srttS() * 1e3;
  r.facts["drain_ms"] = double(drainEnd - loadEnd) / 1e6;
  r.facts["link_late_max_us"] = double(maxLateNs_) / 1e3;
  if (acksProcessed_ > 0) {
    const double wallUs = double(ackWallNs_) / double(acksProcessed_) / 1e3;
    const double cpuUs = double(masterCpuNs_) / double(acksProcessed_) / 1e3;
    r.facts["master_wall_us_per_ack"] = wallUs;
    r.facts["master_cpu_us_per_ack"] = cpuUs;  // includes releasing segments and idle polling
    const double handoffUs = double(ackHandoffNs_) / double(acksProcessed_) / 1e3;
    r.facts["master_handoff_us_per_ack"] = handoffUs;
    r.facts["master_step_us_per_ack"] = wallUs + handoffUs;
    // The master's real ceiling: one ACK's own time plus its hand-off, a·MSS bits each.
    r.facts["master_ceiling_mbps"] = double(ackEvery_) * double(mss_) * 8.0 / (wallUs + handoffUs);
    if (wallUs > 1.5 * double(ackCostNs_) / 1e3 && cpuUs < wallUs / 1.5)
      r.warnings.push_back(run::phrase(
          "an ACK took the master %1 µs of wall time but only %2 µs of CPU: its core was shared, so the "
          "master bound measured here is the scheduler's, not the model's",
          {real::formatFixed(wallUs, 1), real::formatFixed(cpuUs, 1)}));
  }
  if (!cancelled && sent != acked)
    r.warnings.push_back(run::phrase("%1 segments were still unacknowledged %2 s after the load ended",
                                     {std::to_string(sent - acked), real::formatFixed(kDrainS, 1)}));
  if (checksumErrors_ > 0)
    r.warnings.push_back(
        run::phrase("%1 segments failed the receiver's checksum", {std::to_string(checksumErrors_)}));
  if (maxLateNs_ > 1'000'000)
    r.warnings.push_back(run::phrase(
        "the link emulator delivered up to %1 ms late: it had too little CPU, and the round trip grew by "
        "that much",
        {real::formatFixed(double(maxLateNs_) / 1e6, 1)}));

  // ---- the observation stream ------------------------------------------------------------------
  std::int64_t end = cancelled ? std::min(loadEnd, drainEnd) : loadEnd;
  for (std::size_t s = 0; s < harness.seats(); ++s)
    end = std::min(end, harness.logFullAtNs(static_cast<int>(s)));
  if (end < loadEnd && !cancelled)
    r.warnings.push_back(
        run::phrase("the observation log filled after %1 s: statistics cover that part of the run",
                    {real::formatFixed(double(end) / 1e9, 2)}));
  harness.mergeLogs(rec, end);
  rec.outputs().add("retransmits", 0.0);
  for (std::int64_t t : retransmitAtNs_)
    if (t < end) rec.outputs().addAt("retransmits", t);
  run::RealOutcome out(honest.finish());
  out.endNs = std::max<std::int64_t>(end, 0);
  return out;
}

}  // namespace

run::RealOutcome TcpLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                 observe::Recorder& rec) const {
  RealTcpRun run(p, ctl);
  return run.run(rec);
}

}  // namespace amp::labs
