// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
//
// The real face of the tcp lab. The engine's Runtime moves one item from a producer through the
// master to one worker; a TCP master instead turns one ACK into zero, one or several segments
// and must also act on its own retransmission timer. So this lab wires its threads from the
// real engine's parts — pinning, SPSC rings, doorbells, placement, the calibrated work kernel —
// in the shape TCP needs:
//
//   link emulator ──ACK ring──▶ master (Reno) ──segment rings──▶ workers (RFC 1071) ──rings──▶ link emulator
//
// Every thread logs its observations privately; after the run they are sorted into one stream.

#include <time.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <memory>
#include <span>
#include <thread>
#include <vector>

#include "amp/real/cpu_topology.h"
#include "amp/real/doorbell.h"
#include "amp/real/packet.h"
#include "amp/real/pin.h"
#include "amp/real/placement.h"
#include "amp/real/spsc_ring.h"
#include "amp/real/work_kernel.h"
#include "amp/sim/rng.h"
#include "tcp/tcp_lab.h"

namespace amp::labs {

namespace {

using Clock = std::chrono::steady_clock;
using observe::Observation;
using observe::ObsKind;

constexpr std::uint64_t kAckEntity = 1ULL << 63;  // as in the simulation
constexpr std::int64_t kNever = INT64_MAX;
// Records per thread: a cap keeps memory bounded (32 B each); statistics then stop at the
// earliest moment a log filled, so no thread's view is cut short against the others.
constexpr std::size_t kLogCap = std::size_t{1} << 21;
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

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

/// The application's data: segment `seq` always carries the same bytes, so the receiver can
/// check what arrives without the sender's buffers.
void fillPayload(std::span<std::uint8_t> buf, std::uint64_t seq) {
  std::uint64_t x = seq * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
  std::size_t i = 0;
  while (i < buf.size()) {
    x += 0x9E3779B97F4A7C15ULL;  // splitmix64
    std::uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    for (int b = 0; b < 8 && i < buf.size(); ++b, ++i) buf[i] = static_cast<std::uint8_t>(z >> (8 * b));
  }
}

/// A thread's private log of observations; full = it stopped logging at fullAtNs.
struct Log {
  std::vector<Observation> records;
  std::int64_t fullAtNs = kNever;

  Log() { records.reserve(1 << 16); }
  void add(std::int64_t t, std::uint64_t entity, ObsKind kind, std::uint16_t station, double value,
           int core) {
    if (records.size() >= kLogCap) {
      fullAtNs = std::min(fullAtNs, t);
      return;
    }
    Observation o;
    o.timeNs = t;
    o.entity = entity;
    o.value = value;
    o.station = station;
    o.core = static_cast<std::int16_t>(core);
    o.kind = kind;
    records.push_back(o);
  }
};

/// Where a thread was asked to run, and where it did.
struct ThreadSeat {
  run::ThreadPlacement placement;
  real::CpusSeen seen;
  void pin() {
    if (placement.requestedCpu >= 0) placement.pinned = real::pinThread(placement.requestedCpu).ok;
    seen.noteCurrent();
  }
};

class RealTcpRun {
 public:
  RealTcpRun(const run::Params& p, const run::RealControl& ctl)
      : ctl_(ctl),
        slow_(ctl.slowMotion > 0 ? ctl.slowMotion : 1.0),
        workers_(std::max(1, p.integer("workers"))),
        mss_(static_cast<std::size_t>(p.integer("mss_bytes"))),
        bufferPkts_(static_cast<std::size_t>(p.integer("buffer_pkts"))),
        lossRate_(p.num("loss_rate")),
        ackCostNs_(std::llround(p.num("ack_cost_us") * 1e3 * slow_)),
        segmentCostNs_(std::llround(p.num("segment_cost_us") * 1e3 * slow_)),
        serializationNs_(std::llround(p.num("mss_bytes") * 8.0 / (p.num("link_mbps") * 1e6) * 1e9 * slow_)),
        oneWayNs_(std::llround(p.num("rtt_ms") / 2.0 * 1e6 * slow_)),
        delayedAckNs_(std::llround(TcpLab::kDelayedAckS * 1e9 * slow_)),
        sender_(TcpLab::renoConfigOf(p)),
        receiver_(p.integer("ack_every"), 2 * static_cast<std::uint64_t>(sender_.config().maxWindow)),
        lossRng_(ctl.seed, 20),
        kernel_(real::WorkKernel::calibrated()) {
    // Rings hold several windows: after a timeout the pipeline can carry a window the sender
    // already gave up on plus the one it resends.
    const auto window = static_cast<std::size_t>(sender_.config().maxWindow);
    const std::size_t cap = std::bit_ceil(4 * window + 64);
    acks_ = std::make_unique<real::SpscRing<AckMsg>>(cap);
    for (int w = 0; w < workers_; ++w) {
      toWorker_.push_back(std::make_unique<real::SpscRing<SegmentMsg>>(cap));
      toLink_.push_back(std::make_unique<real::SpscRing<SegmentMsg>>(cap));
      workerLogs_.emplace_back();
    }
    firstSentNs_.assign(cap, 0);
    held_.resize(cap);
  }

  run::RealOutcome run(observe::Recorder& rec);

 private:
  std::int64_t nowNs() const { return (Clock::now() - epoch_).count(); }
  bool stopping() const { return stop_.load(std::memory_order_relaxed); }
  template <class HasWork>
  void idle(real::Doorbell& bell, HasWork hasWork, std::int64_t timeoutNs);

  void masterLoop();
  void masterLoopBody();
  void releaseSegments(std::int64_t now, int core);
  void workerLoop(int w);
  void linkLoop();
  void linkIntake(const SegmentMsg& m);
  void linkDeliver(std::int64_t now, int core);

  const run::RealControl& ctl_;
  const double slow_;
  const int workers_;
  const std::size_t mss_, bufferPkts_;
  const double lossRate_;
  const std::int64_t ackCostNs_, segmentCostNs_, serializationNs_, oneWayNs_, delayedAckNs_;
  std::int64_t spinNs_ = 0;
  Clock::time_point epoch_;

  // Master-owned.
  sim::RenoSender sender_;
  std::uint64_t nextEntity_ = 0;
  std::size_t nextWorker_ = 0;
  double lastCwnd_ = -1.0;
  std::uint64_t acksProcessed_ = 0;
  std::int64_t ackWallNs_ = 0;  // Start→Finish of every ACK, summed
  std::int64_t masterCpuNs_ = 0;
  Log masterLog_;
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
  std::vector<std::int64_t> firstSentNs_;  // by sequence number, modulo its size
  struct Held {
    SegmentMsg msg;
    bool present = false;
  };
  std::vector<Held> held_;  // segments back from workers, by transmission number, until their turn
  std::uint64_t nextTx_ = 0;
  std::uint64_t acksSent_ = 0, verified_ = 0, checksumErrors_ = 0, bufferDrops_ = 0, randomLosses_ = 0;
  std::int64_t maxLateNs_ = 0;
  std::vector<std::uint8_t> linkPayload_;  // the receiver's copy of what a segment must carry
  Log linkLog_;
  std::vector<Log> workerLogs_;

  // Shared: rings (one producer, one consumer each) and flags.
  std::unique_ptr<real::SpscRing<AckMsg>> acks_;
  std::vector<std::unique_ptr<real::SpscRing<SegmentMsg>>> toWorker_, toLink_;
  real::Doorbell masterBell_, linkBell_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> go_{false};
  std::atomic<int> ready_{0};
  std::atomic<bool> loadOver_{false};        // the master sends no new data after this
  std::atomic<bool> allAcked_{false};        // the master saw the last ACK of the transfer
  std::atomic<std::size_t> linkBacklog_{0};  // for live samples only

  const real::WorkKernel& kernel_;
  ThreadSeat masterSeat_, linkSeat_;
  std::vector<ThreadSeat> workerSeats_;
};

/// Poll for `spinNs_`, then sleep on the doorbell until rung or `timeoutNs` passes.
template <class HasWork>
void RealTcpRun::idle(real::Doorbell& bell, HasWork hasWork, std::int64_t timeoutNs) {
  const auto spinUntil = Clock::now() + std::chrono::nanoseconds(std::min(spinNs_, timeoutNs));
  while (Clock::now() < spinUntil) {
    if (hasWork() || stopping()) return;
    real::cpuRelax();
  }
  const std::uint32_t ticket = bell.prepareWait();
  if (hasWork() || stopping()) {
    bell.cancelWait();
    return;
  }
  bell.wait(ticket, std::max<std::int64_t>(timeoutNs, 1000));
}

void RealTcpRun::masterLoop() {
  masterSeat_.pin();
  ready_.fetch_add(1, std::memory_order_release);
  while (!go_.load(std::memory_order_acquire)) real::cpuRelax();  // acquire: epoch_ is set
  const std::int64_t cpuAtStart = threadCpuNs();
  masterLoopBody();
  masterCpuNs_ = threadCpuNs() - cpuAtStart;
}

void RealTcpRun::masterLoopBody() {
  int core = masterSeat_.seen.noteCurrent();
  releaseSegments(nowNs(), core);
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
      core = masterSeat_.seen.noteCurrent();
      masterLog_.add(a.arrivedNs, a.entity, ObsKind::Enqueue, TcpLab::kMaster, 0, core);
      masterLog_.add(start, a.entity, ObsKind::Start, TcpLab::kMaster, double(start - a.arrivedNs), core);
      sender_.onAck(a.ackNo, double(start) * 1e-9);
      // The rest of the ACK's cost as real computation, so the master is busy for ack_cost.
      kernel_.run(ackCostNs_ - (nowNs() - start), &stop_);
      const std::int64_t finish = nowNs();
      masterLog_.add(finish, a.entity, ObsKind::Finish, TcpLab::kMaster, double(finish - start), core);
      ++acksProcessed_;
      ackWallNs_ += finish - start;
      releaseSegments(finish, core);
      continue;
    }
    const std::int64_t now = nowNs();
    const double deadline = sender_.rtoDeadline();
    if (double(now) * 1e-9 >= deadline) {
      sender_.onTimeout(double(now) * 1e-9);
      releaseSegments(now, core);
      continue;
    }
    const std::int64_t untilTimer = std::isinf(deadline) ? 1'000'000 : std::llround(deadline * 1e9) - now;
    idle(
        masterBell_,
        [&] { return !acks_->emptyApprox() || (!limited && loadOver_.load(std::memory_order_relaxed)); },
        std::clamp<std::int64_t>(untilTimer, 1000, 1'000'000));
  }
}

void RealTcpRun::releaseSegments(std::int64_t now, int core) {
  if (sender_.cwnd() != lastCwnd_) {
    lastCwnd_ = sender_.cwnd();
    masterLog_.add(now, 0, ObsKind::State, TcpLab::kMaster, lastCwnd_, core);
  }
  while (auto seg = sender_.nextSegment(double(now) * 1e-9)) {
    SegmentMsg m;
    m.seq = seg->seq;
    m.entity = nextEntity_++;
    m.releasedNs = now;
    m.retransmit = seg->retransmit;
    masterLog_.add(now, m.entity, ObsKind::State, TcpLab::kWorkers, m.retransmit ? 1.0 : 0.0, core);
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
      if (!toWorker_[w]->push(m, real::FullPolicy::Wait, &stop_)) return;
      toWorker_[w]->doorbell().notify();
    }
  }
}

void RealTcpRun::workerLoop(int w) {
  ThreadSeat& seat = workerSeats_[static_cast<std::size_t>(w)];
  seat.pin();
  Log& log = workerLogs_[static_cast<std::size_t>(w)];
  real::SpscRing<SegmentMsg>& in = *toWorker_[static_cast<std::size_t>(w)];
  real::SpscRing<SegmentMsg>& out = *toLink_[static_cast<std::size_t>(w)];
  std::vector<std::uint8_t> payload(mss_);
  ready_.fetch_add(1, std::memory_order_release);
  while (!go_.load(std::memory_order_acquire)) real::cpuRelax();
  while (!stopping()) {
    SegmentMsg m;
    if (!in.tryPop(m)) {
      idle(
          in.doorbell(), [&] { return !in.emptyApprox(); }, 1'000'000);
      continue;
    }
    const std::int64_t start = nowNs();
    const int core = seat.seen.noteCurrent();
    log.add(m.releasedNs, m.entity, ObsKind::Enqueue, TcpLab::kWorkers, 0, core);
    log.add(start, m.entity, ObsKind::Start, TcpLab::kWorkers, double(start - m.releasedNs), core);
    fillPayload(payload, m.seq);
    m.checksum = real::internetChecksum(payload);
    kernel_.run(segmentCostNs_ - (nowNs() - start), &stop_);
    const std::int64_t finish = nowNs();
    log.add(finish, m.entity, ObsKind::Finish, TcpLab::kWorkers, double(finish - start), core);
    m.readyNs = finish;
    // The link emulator never blocks, so a full ring empties soon.
    if (!out.push(m, real::FullPolicy::Wait, &stop_)) return;
    linkBell_.notify();
  }
}

void RealTcpRun::linkIntake(const SegmentMsg& m) {
  const int core = linkSeat_.seen.noteCurrent();
  // The segment reached the link when its worker finished it (and not before the one ahead of
  // it), not when this thread got round to it: a late emulator must not turn a steady stream
  // into one burst that overflows the buffer.
  const std::int64_t now = std::max(m.readyNs, lastArrivalNs_);
  lastArrivalNs_ = now;
  if (!m.retransmit) firstSentNs_[m.seq & (firstSentNs_.size() - 1)] = m.releasedNs;
  while (!linkStarts_.empty() && linkStarts_.front() <= now) linkStarts_.pop_front();
  if (linkStarts_.size() >= bufferPkts_) {  // drop-tail: waiting places are full
    ++bufferDrops_;
    linkLog_.add(now, m.entity, ObsKind::Drop, TcpLab::kLink, 0, core);
    return;
  }
  // A FIFO server with a fixed service time: its schedule follows from the arrivals alone.
  const std::int64_t start = std::max(now, linkFree_);
  linkFree_ = start + serializationNs_;
  linkStarts_.push_back(start);
  linkLog_.add(now, m.entity, ObsKind::Enqueue, TcpLab::kLink, 0, core);
  linkLog_.add(start, m.entity, ObsKind::Start, TcpLab::kLink, double(start - now), core);
  linkLog_.add(linkFree_, m.entity, ObsKind::Finish, TcpLab::kLink, double(serializationNs_), core);
  if (lossRate_ > 0.0 && lossRng_.uniform01() < lossRate_) {
    ++randomLosses_;
    linkLog_.add(linkFree_, m.entity, ObsKind::Drop, TcpLab::kForward, 0, core);
    return;
  }
  deliveries_.push_back({linkFree_ + oneWayNs_, m});
}

void RealTcpRun::linkDeliver(std::int64_t now, int core) {
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
    for (std::uint64_t s = receiver_.ackNo() - a.delivered; s < receiver_.ackNo(); ++s) {
      const std::int64_t sent = firstSentNs_[s & (firstSentNs_.size() - 1)];
      linkLog_.add(d.dueNs, s, ObsKind::Depart, TcpLab::kReceiver, double(d.dueNs - sent), core);
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

void RealTcpRun::linkLoop() {
  linkSeat_.pin();
  linkPayload_.resize(mss_);
  ready_.fetch_add(1, std::memory_order_release);
  while (!go_.load(std::memory_order_acquire)) real::cpuRelax();
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
      linkIntake(h->msg);
    }
    linkDeliver(nowNs(), linkSeat_.seen.noteCurrent());
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
  run::RealOutcome out;
  const real::CpuTopology topo = real::CpuTopology::probe();
  const int cores = static_cast<int>(topo.usableCpus().size());
  // The link emulator polls like a worker, so it takes one more worker's seat.
  const real::Placement placement =
      real::planPlacement(topo, workers_ + 1, real::PlacementPolicy::MasterApart);
  masterSeat_.placement = {"master", placement.masterCpu, false, {}};
  for (int w = 0; w < workers_; ++w) {
    workerSeats_.emplace_back();
    workerSeats_.back().placement = {
        "worker " + std::to_string(w), placement.workerCpus[static_cast<std::size_t>(w)], false, {}};
  }
  linkSeat_.placement = {
      "link emulator", placement.workerCpus[static_cast<std::size_t>(workers_)], false, {}};
  std::vector<run::ThreadPlacement> planned{masterSeat_.placement, linkSeat_.placement};
  for (const auto& s : workerSeats_) planned.push_back(s.placement);
  const real::Oversubscription over = real::checkOversubscription(planned, cores);
  // A polling thread that shares a core steals it from the thread with work: sleep at once then.
  spinNs_ = over.oversubscribed ? 0 : 200'000;

  std::vector<std::thread> threads;
  threads.emplace_back([this] { masterLoop(); });
  for (int w = 0; w < workers_; ++w) threads.emplace_back([this, w] { workerLoop(w); });
  threads.emplace_back([this] { linkLoop(); });
  while (ready_.load(std::memory_order_acquire) < workers_ + 2)
    std::this_thread::sleep_for(std::chrono::microseconds(50));
  epoch_ = Clock::now();
  go_.store(true, std::memory_order_release);  // release: epoch_ is visible to every thread

  auto sample = [&] {
    if (ctl_.live == nullptr) return;
    Observation o;
    o.timeNs = nowNs();
    o.kind = ObsKind::State;
    o.station = TcpLab::kMaster;
    o.value = static_cast<double>(acks_->sizeApprox());
    ctl_.live->observe(o);
    std::size_t queued = 0;
    for (const auto& r : toWorker_) queued += r->sizeApprox();
    o.station = TcpLab::kWorkers;
    o.value = static_cast<double>(queued);
    ctl_.live->observe(o);
    o.station = TcpLab::kLink;
    o.value = static_cast<double>(linkBacklog_.load(std::memory_order_relaxed));
    ctl_.live->observe(o);
  };
  const auto loadNs = static_cast<std::int64_t>(std::llround(ctl_.durationS * slow_ * 1e9));
  bool cancelled = false;
  while (nowNs() < loadNs) {
    if (ctl_.cancelled()) {
      cancelled = true;
      break;
    }
    sample();
    std::this_thread::sleep_for(
        std::chrono::nanoseconds(std::clamp<std::int64_t>(loadNs - nowNs(), 0, 16'000'000)));
  }
  const std::int64_t loadEnd = nowNs();
  if (!cancelled) {
    // No new data from here on; every segment already sent must still be acknowledged.
    loadOver_.store(true, std::memory_order_relaxed);
    masterBell_.notifyAll();
    const std::int64_t drainLimit = loadEnd + std::llround(kDrainS * slow_ * 1e9);
    while (!allAcked_.load(std::memory_order_acquire) && nowNs() < drainLimit) {
      if (ctl_.cancelled()) {
        cancelled = true;
        break;
      }
      sample();
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  const std::int64_t drainEnd = nowNs();
  stop_.store(true, std::memory_order_relaxed);
  masterBell_.notifyAll();
  linkBell_.notifyAll();
  for (auto& r : toWorker_) r->doorbell().notifyAll();
  for (auto& t : threads) t.join();

  // ---- outcome (every thread has ended: its state is ours to read) ----------------------------
  auto seated = [](ThreadSeat& s) {
    s.placement.cpusSeen = s.seen.cpus();
    if (s.placement.pinned && s.placement.cpusSeen != std::vector<int>{s.placement.requestedCpu})
      s.placement.pinned = false;
    return s.placement;
  };
  out.placements.push_back(seated(masterSeat_));
  for (auto& s : workerSeats_) out.placements.push_back(seated(s));
  out.placements.push_back(seated(linkSeat_));
  const real::Oversubscription seen = real::checkOversubscription(out.placements, cores);
  out.oversubscribed = over.oversubscribed || seen.oversubscribed;
  if (out.oversubscribed) out.warnings.push_back(seen.oversubscribed ? seen.message : over.message);
  for (const auto& pl : out.placements) {
    if (pl.requestedCpu >= 0 && !pl.pinned)
      out.warnings.push_back(pl.thread + " asked for CPU " + std::to_string(pl.requestedCpu) +
                             " but did not stay there");
  }
  if (topo.hypervisor)
    out.warnings.push_back(
        "virtual machine: the hypervisor can stop any thread at any time, so real timings include its noise");

  const std::uint64_t sent = sender_.sndMax(), acked = sender_.sndUna();
  out.facts["segments_sent"] = double(sent);
  out.facts["segments_acked"] = double(acked);
  out.facts["segments_unacknowledged"] = double(sent - acked);
  out.facts["segments_delivered"] = double(receiver_.ackNo());
  out.facts["checksums_verified"] = double(verified_);
  out.facts["checksum_errors"] = double(checksumErrors_);
  out.facts["retransmits_total"] = double(sender_.stats().retransmits);
  out.facts["fast_retransmits"] = double(sender_.stats().fastRetransmits);
  out.facts["timeouts"] = double(sender_.stats().timeouts);
  out.facts["buffer_drops"] = double(bufferDrops_);
  out.facts["random_losses"] = double(randomLosses_);
  out.facts["srtt_ms"] = sender_.srttS() * 1e3;
  out.facts["drain_ms"] = double(drainEnd - loadEnd) / 1e6;
  out.facts["link_late_max_us"] = double(maxLateNs_) / 1e3;
  if (acksProcessed_ > 0) {
    const double wallUs = double(ackWallNs_) / double(acksProcessed_) / 1e3;
    const double cpuUs = double(masterCpuNs_) / double(acksProcessed_) / 1e3;
    out.facts["master_wall_us_per_ack"] = wallUs;
    out.facts["master_cpu_us_per_ack"] = cpuUs;  // includes releasing segments and idle polling
    if (wallUs > 1.5 * double(ackCostNs_) / 1e3 && cpuUs < wallUs / 1.5)
      out.warnings.push_back("an ACK took the master " + fmt("%.1f", wallUs) + " µs of wall time but only " +
                             fmt("%.1f", cpuUs) + " µs of CPU: its core was shared, so the master bound " +
                             "measured here is the scheduler's, not the model's");
  }
  out.facts["calibration_error"] = kernel_.calibrationError();
  out.facts["work_ns_per_unit"] = kernel_.nsPerUnit();
  out.labels["asymmetry"] = "none";
  out.labels["cpu_model"] = topo.modelName;
  std::string where = "master CPU " + std::to_string(placement.masterCpu) + "; workers CPU";
  for (int w = 0; w < workers_; ++w)
    where += (w == 0 ? " " : ", ") + std::to_string(placement.workerCpus[static_cast<std::size_t>(w)]);
  out.labels["placement"] = where + "; link emulator CPU " + std::to_string(linkSeat_.placement.requestedCpu);
  if (!cancelled && sent != acked)
    out.warnings.push_back(std::to_string(sent - acked) + " segments were still unacknowledged " +
                           fmt("%.1f", kDrainS * slow_) + " s after the load ended");
  if (checksumErrors_ > 0)
    out.warnings.push_back(std::to_string(checksumErrors_) + " segments failed the receiver's checksum");
  if (maxLateNs_ > 1'000'000)
    out.warnings.push_back("the link emulator delivered up to " + fmt("%.1f", double(maxLateNs_) / 1e6) +
                           " ms late: it had too little CPU, and the round trip grew by that much");

  // ---- the observation stream ------------------------------------------------------------------
  std::int64_t end = cancelled ? std::min(loadEnd, drainEnd) : loadEnd;
  std::vector<Observation> all;
  std::size_t total = masterLog_.records.size() + linkLog_.records.size();
  for (const auto& l : workerLogs_) total += l.records.size();
  all.reserve(total);
  auto take = [&](Log& l) {
    end = std::min(end, l.fullAtNs);
    all.insert(all.end(), l.records.begin(), l.records.end());
    l.records = {};
  };
  take(masterLog_);
  take(linkLog_);
  for (auto& l : workerLogs_) take(l);
  if (end < loadEnd && !cancelled)
    out.warnings.push_back("the observation log filled after " + fmt("%.2f", double(end) / 1e9) +
                           " s: statistics cover that part of the run");
  std::stable_sort(all.begin(), all.end(),
                   [](const Observation& a, const Observation& b) { return a.timeNs < b.timeNs; });
  for (const Observation& o : all) {
    if (o.timeNs > end) break;
    rec.record(o);
  }
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
