// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
//
// Real mode: workers pwrite 4 KiB data blocks, the master appends 64-byte journal records and
// makes each commit group durable with fdatasync (data file first, then the log: ordered
// journaling), in a fresh directory that is removed afterwards. After the run, also a cancelled
// one, the log is read back and checked against the data file.
#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/crc.hpp>
#include <cmath>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "amp/real/doorbell.h"
#include "amp/real/harness.h"
#include "amp/real/load_generator.h"
#include "amp/real/scratch_dir.h"
#include "amp/real/spmc_queue.h"
#include "amp/real/spsc_ring.h"
#include "amp/real/symmetric_pool.h"
#include "amp/real/wakeup.h"
#include "amp/real/work_kernel.h"
#include "amp/run/phrase.h"
#include "amp/sim/arrival_stream.h"
#include "amp/sim/rng.h"
#include "journal/journal_lab.h"

namespace amp::labs {

namespace {

using Clock = std::chrono::steady_clock;
using observe::ObsKind;

constexpr std::size_t kBlock = 4096;
constexpr std::size_t kRecord = 64;
constexpr std::uint32_t kMagic = 0x4A504D41;  // "AMPJ"
// Data blocks live in a ring of slots so a long run does not fill the disk; a slot is reused
// only after the record of its previous block is durable (see slotPending).
constexpr std::uint64_t kSlots = 8192;
// The whole stream is sorted in memory after the run; beyond this many writes it would not fit.
constexpr std::size_t kMaxWrites = 2'000'000;
constexpr std::int64_t kIdleWaitNs = 2'000'000;
// An arrival emitted later than this after its scheduled time counts as late.
constexpr std::int64_t kLateNs = 200'000;
constexpr std::uint16_t kSource = JournalLab::kSource, kWorkers = JournalLab::kWorkers,
                        kMaster = JournalLab::kMaster, kDevice = JournalLab::kDevice,
                        kSink = JournalLab::kSink;

/// One write's life; each field has exactly one writer thread and is read after the joins.
struct WriteLog {
  std::int64_t submitted = -1, workerStart = -1, dataDone = -1;  // generator, worker, worker
  std::int64_t appendStart = -1, appendEnd = -1, durable = -1;   // master
  std::uint64_t blockHash = 0;                                   // worker; master reads it after the ring
  std::int16_t workerCpu = -1, masterCpu = -1;
};

struct CommitLog {
  std::int64_t syncStart = 0, syncEnd = 0, fsyncNs = 0;
  std::uint64_t leader = 0;
  int cpu = -1;
};

std::uint64_t fnv1a(const unsigned char* p, std::size_t n) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

template <class T>
void put(unsigned char* at, T v) {
  std::memcpy(at, &v, sizeof v);
}
template <class T>
T get(const unsigned char* at) {
  T v;
  std::memcpy(&v, at, sizeof v);
  return v;
}

std::uint32_t crc32(const unsigned char* p, std::size_t n) {
  boost::crc_32_type crc;
  crc.process_bytes(p, n);
  return crc.checksum();
}

/// A decoded journal record.
struct Record {
  std::uint64_t seq = 0, id = 0, slot = 0, blockHash = 0;
};

void encodeRecord(unsigned char* r, const Record& rec, std::int64_t dataDone, std::int64_t appendAt) {
  std::memset(r, 0, kRecord);
  put<std::uint32_t>(r, kMagic);
  put<std::uint64_t>(r + 8, rec.seq);
  put<std::uint64_t>(r + 16, rec.id);
  put<std::uint64_t>(r + 24, rec.slot);
  put<std::uint64_t>(r + 32, rec.blockHash);
  put<std::int64_t>(r + 40, dataDone);
  put<std::int64_t>(r + 48, appendAt);
  put<std::uint32_t>(r + 4, crc32(r + 8, kRecord - 8));
}

bool decodeRecord(const unsigned char* r, Record& out) {
  if (get<std::uint32_t>(r) != kMagic) return false;
  if (get<std::uint32_t>(r + 4) != crc32(r + 8, kRecord - 8)) return false;
  out.seq = get<std::uint64_t>(r + 8);
  out.id = get<std::uint64_t>(r + 16);
  out.slot = get<std::uint64_t>(r + 24);
  out.blockHash = get<std::uint64_t>(r + 32);
  return true;
}

/// What the read-back of the log and data file found.
struct Check {
  std::uint64_t logged = 0, acknowledged = 0, blocksChecked = 0;
  std::uint64_t badRecords = 0, lost = 0, unacknowledgedInLog = 0, dataMismatches = 0, duplicates = 0;
  bool ok() const { return badRecords + lost + unacknowledgedInLog + dataMismatches + duplicates == 0; }
  std::string words() const {
    if (ok()) {
      return run::phrase(
          "consistent: %1 records in the log, every acknowledged record among them, each matching its data block",
          {std::to_string(logged)});
    }
    return run::phrase(
        "INCONSISTENT: %1 corrupt records, %2 acknowledged records missing, %3 records never acknowledged, %4 "
        "duplicates, %5 data blocks disagreeing",
        {std::to_string(badRecords), std::to_string(lost), std::to_string(unacknowledgedInLog),
         std::to_string(duplicates), std::to_string(dataMismatches)});
  }
};

/// Read back the log and the data file. Every acknowledged write must be in the log, every
/// record intact and in sequence, and each slot's block must be the one its latest record
/// describes, unless a later write to that slot was never acknowledged (ordered journaling
/// allows data without a record, never a record without its data).
Check verify(int dataFd, int logFd, const std::vector<WriteLog>& writes) {
  Check c;
  const off_t size = ::lseek(logFd, 0, SEEK_END);
  const std::size_t n = size > 0 ? static_cast<std::size_t>(size) / kRecord : 0;
  if (size > 0 && static_cast<std::size_t>(size) % kRecord != 0) ++c.badRecords;  // a torn tail
  std::vector<unsigned char> log(n * kRecord);
  if (n > 0 && !real::readAll(logFd, log.data(), log.size(), 0)) {
    c.badRecords += n;
    return c;
  }
  std::vector<char> seen(writes.size(), 0);
  std::map<std::uint64_t, Record> latestPerSlot;
  for (std::size_t i = 0; i < n; ++i) {
    Record r;
    if (!decodeRecord(&log[i * kRecord], r) || r.seq != i || r.id >= writes.size() ||
        r.slot != r.id % kSlots) {
      ++c.badRecords;
      continue;
    }
    if (seen[r.id] != 0) {
      ++c.duplicates;
      continue;
    }
    seen[r.id] = 1;
    ++c.logged;
    if (writes[r.id].durable < 0) ++c.unacknowledgedInLog;
    auto [it, fresh] = latestPerSlot.emplace(r.slot, r);
    if (!fresh && r.id > it->second.id) it->second = r;
  }
  for (std::size_t id = 0; id < writes.size(); ++id) {
    if (writes[id].durable >= 0) {
      ++c.acknowledged;
      if (seen[id] == 0) ++c.lost;
    }
  }
  std::array<unsigned char, kBlock> block{};
  for (const auto& [slot, r] : latestPerSlot) {
    ++c.blocksChecked;
    if (!real::readAll(dataFd, block.data(), kBlock, static_cast<off_t>(slot * kBlock))) {
      ++c.dataMismatches;
      continue;
    }
    const auto holder = get<std::uint64_t>(block.data());
    if (holder == r.id && fnv1a(block.data(), kBlock) == r.blockHash) continue;
    // A newer block in the slot is fine only when its own record never became durable.
    const bool newerUnacked = holder > r.id && holder < writes.size() && holder % kSlots == slot &&
                              writes[holder].durable < 0 && writes[holder].dataDone >= 0;
    if (!newerUnacked) ++c.dataMismatches;
  }
  return c;
}

/// Shared state of one real run. Threads: a load generator, `workers` data workers and the
/// journal master; the calling thread only watches for cancel and the end.
class JournalRun {
 public:
  JournalRun(const run::Params& p, const run::RealControl& ctl)
      : ctl_(ctl),
        dataDir_(p.text("data_dir")),
        workers_(p.integer("workers")),
        groupMax_(static_cast<std::size_t>(std::max(1, p.integer("group_max")))),
        deviceNs_(static_cast<std::int64_t>(p.num("log_device_ms") * 1e6)),
        toWorkers_(1 << 16),
        locked_(p.text("design") == "locked") {
    sim::ArrivalStream stream(ctl.seed, sim::ArrivalStream::Process::Poisson, p.num("arrival_rate"),
                              {sim::serviceDist(p.text("data_dist"), p.num("data_ms") / 1000.0),
                               sim::Distribution::exp(p.num("journal_cpu_ms") / 1000.0)});
    draws_ = stream.until(ctl.durationS);
    if (draws_.size() > kMaxWrites) {
      draws_.resize(kMaxWrites);
      warnings_.push_back(run::phrase("the schedule was cut to %1 writes to keep the stream in memory",
                                      {std::to_string(kMaxWrites)}));
    }
    writes_.resize(draws_.size());
    slotPending_ = std::make_unique<std::atomic<bool>[]>(kSlots);
    for (std::uint64_t s = 0; s < kSlots; ++s) slotPending_[s].store(false, std::memory_order_relaxed);
    for (int w = 0; w < workers_; ++w)
      toMaster_.push_back(std::make_unique<real::SpscRing<std::uint64_t>>(1 << 14));
  }

  run::RealOutcome go(observe::Recorder& rec) {
    if (std::string err = openFiles(); !err.empty()) {
      run::RealOutcome failed;
      failed.error = err;
      return failed;
    }
    kernel_ = real::WorkKernel::calibrated().withClock(ctl_.serviceClock);
    return locked_ ? goLocked(rec) : goAmp(rec);
  }

 private:
  /// design=amp: the generator, the workers and the journal master on the harness.
  run::RealOutcome goAmp(observe::Recorder& rec) {
    real::HarnessConfig cfg;
    cfg.host = real::HostState::probe();  // before our own threads exist
    cfg.cancel = ctl_.cancel;
    cfg.feed = ctl_.feed;
    cfg.seed = ctl_.seed;
    real::Harness harness(std::move(cfg));
    harness_ = &harness;
    stop_ = &harness.stopFlag();
    harness.addSeat(real::threadSeat("master", [this](real::Seat& s) { masterLoop(s); }));
    for (int w = 0; w < workers_; ++w)
      harness.addSeat(
          real::threadSeat("worker " + std::to_string(w), [this, w](real::Seat& s) { workerLoop(w, s); }));
    real::LoadStats load;
    harness.addSeat(real::openLoopSeat(
        real::scheduleNs(draws_), {}, kLateNs, [this](std::size_t i, std::int64_t) { return submit(i); },
        &load, {ctl_.feed != nullptr ? &ctl_.feed->endFlag() : nullptr, [this] { closeInput(); }}));
    if (ctl_.live != nullptr) {
      // The animation's samples: records waiting at the master, writes waiting for a worker.
      harness.setSampler(ctl_.live, [this](std::int64_t t, observe::ObservationSink& live) {
        live.observe(
            real::gauge(t, kMaster, static_cast<double>(masterWaiting_.load(std::memory_order_relaxed))));
        live.observe(real::gauge(t, kWorkers, static_cast<double>(toWorkers_.sizeApprox())));
      });
    }
    harness.start();

    // Give up on draining a backlog that outlives the schedule by this much (an overloaded run).
    const auto drainLimit = harness.epoch() +
                            std::chrono::nanoseconds(static_cast<std::int64_t>(ctl_.durationS * 1e9)) +
                            std::chrono::seconds(drainSeconds());
    bool drainCut = false;
    while (!harness.waitFor(2'000'000)) {  // until master and workers are done
      if (!harness.error().empty()) break;
      if (ctl_.cancelled()) {
        cancelled_ = true;
        break;
      }
      if (Clock::now() > drainLimit) {
        drainCut = true;
        break;
      }
    }
    harness.finish(0);  // stop what still runs, join
    const std::int64_t endNs = harness.nowNs();
    if (!harness.error().empty()) {
      run::RealOutcome failed;
      failed.error = harness.error();
      return failed;
    }
    const Check check = verify(dataFd_, logFd_, writes_);
    emitStream(rec);
    real::HonestOutcome& honest = harness.outcome();
    honest.noteLoad(load, kLateNs);
    honest.noteKernel(kernel_);
    return finishOutcome(honest, load, check, drainCut, endNs);
  }

  /// design=locked: no master. Each worker of a symmetric pool does a write's data work, then,
  /// under one std::mutex, appends its own record and syncs it: one record per commit.
  run::RealOutcome goLocked(observe::Recorder& rec) {
    const std::vector<std::int64_t> schedule = real::scheduleNs(draws_);
    real::SymmetricPoolConfig cfg;
    cfg.placeOn(real::HostState::probe(), workers_, std::chrono::milliseconds(50));
    cfg.order = real::StepOrder::PartFirst;
    cfg.inputCapacity = schedule.size() + 1;  // the model's queue is unbounded
    cfg.logCapacity = schedule.size();
    cfg.harness.cancel = ctl_.cancel;
    // The pool feeds each write's whole sojourn, not the window from data done: the same
    // queueing, so its precision decides the length as well.
    cfg.harness.feed = ctl_.feed;
    cfg.harness.seed = ctl_.seed;
    blocks_.assign(static_cast<std::size_t>(workers_), std::vector<unsigned char>(kBlock));
    real::SymmetricPoolHooks hooks;
    hooks.part = [this](int w, std::uint64_t id) { writeData(blocks_[static_cast<std::size_t>(w)], id); };
    hooks.step = [this](int, std::uint64_t id) { commitOwn(id); };
    real::SymmetricPool pool(std::move(cfg), hooks);
    pool_ = &pool;
    stop_ = &pool.stopFlag();
    pool.sampleDepths(ctl_.live, kMaster, kWorkers);
    pool.addGenerator(schedule, kLateNs);
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);  // see masterLoop; the pool's threads inherit it
    pool.start();
    const real::DriveResult end = pool.drive(drainSeconds());
    const std::int64_t endNs = pool.nowNs();
    cancelled_ = end.cancelled;
    if (!pool.harness().error().empty()) {
      run::RealOutcome failed;
      failed.error = pool.harness().error();
      return failed;
    }
    const Check check = verify(dataFd_, logFd_, writes_);
    real::PoolStations st;
    st.source = kSource;
    st.lock = kMaster;
    st.workers = kWorkers;
    st.sink = kSink;
    st.measureFromStep = true;  // the window opens when the record is ready: data done
    const std::int64_t last = real::replayPool(schedule, pool.log(), st, rec);
    real::HonestOutcome& honest = pool.harness().outcome();
    honest.noteLoad(end.load, kLateNs);
    honest.noteKernel(kernel_);
    pool.reportLockFacts(honest.report());
    honest.report().labels["journal_lock"] =
        "one std::mutex shared by the workers; its holder appends its own record and syncs data and log";
    run::RealOutcome out = finishOutcome(honest, end.load, check, end.unfinished > 0, std::max(endNs, last));
    pool_ = nullptr;
    return out;
  }

  /// How long a backlog may outlive the schedule before the run gives up on it (an overloaded run).
  int drainSeconds() const { return std::clamp(static_cast<int>(ctl_.durationS), 1, 5); }

  /// Facts about the device and the check, the warnings, the outcome.
  run::RealOutcome finishOutcome(real::HonestOutcome& honest, const real::LoadStats& load, const Check& check,
                                 bool drainCut, std::int64_t endNs) {
    const std::string fs = real::filesystemName(dir_.path());
    real::RunReport& r = honest.report();
    std::uint64_t durable = 0;
    for (const auto& w : writes_) durable += w.durable >= 0 ? 1 : 0;
    double fsyncSum = 0.0, fsyncMax = 0.0, syncSum = 0.0;
    std::uint64_t padded = 0;
    for (const auto& c : commits_) {
      syncSum += static_cast<double>(c.syncEnd - c.syncStart);
      fsyncSum += static_cast<double>(c.fsyncNs);
      fsyncMax = std::max(fsyncMax, static_cast<double>(c.fsyncNs));
      padded += c.fsyncNs < deviceNs_ ? 1 : 0;
    }
    const double commits = static_cast<double>(commits_.size());
    r.facts["writes_scheduled"] = static_cast<double>(draws_.size());
    r.facts["writes_submitted"] = static_cast<double>(load.emitted);
    r.facts["records_durable"] = static_cast<double>(durable);
    r.facts["commits"] = commits;
    r.facts["fdatasync_mean_ms"] = commits > 0 ? fsyncSum / commits / 1e6 : 0.0;
    r.facts["fdatasync_max_ms"] = fsyncMax / 1e6;
    // What a commit's sync took with the padding: the log device time this run really had.
    r.facts["sync_mean_ms"] = commits > 0 ? syncSum / commits / 1e6 : 0.0;
    r.facts["commits_padded_fraction"] = commits > 0 ? static_cast<double>(padded) / commits : 0.0;
    r.facts["journal_records_logged"] = static_cast<double>(check.logged);
    r.facts["journal_records_lost"] = static_cast<double>(check.lost);
    r.facts["journal_data_mismatches"] = static_cast<double>(check.dataMismatches);
    r.facts["journal_consistent"] = check.ok() ? 1.0 : 0.0;
    r.labels["journal_check"] = check.words();
    r.labels["log_filesystem"] = fs;
    r.labels["work_dir"] = dir_.path() + " (removed after the run)";
    r.labels["log_device"] =
        deviceNs_ > 0
            ? "fdatasync of data and log took " +
                  run::formatNumber(std::round(fsyncSum / std::max(1.0, commits) / 1e3) / 1e3) +
                  " ms on average; commits faster than the lab's log device time were padded to it (emulated "
                  "slower device)"
            : "fdatasync of data and log, as fast as the device is (no padding)";
    if (!check.ok()) r.warnings.push_back(run::phrase("journal check failed: %1", {check.words()}));
    if (cancelled_)
      r.warnings.push_back(
          run::phrase("cancelled: the check above covers what was written up to the cancel"));
    if (drainCut && load.emitted > durable) {  // a cut with nothing left waiting lost nothing
      r.warnings.push_back(run::phrase(
          "overloaded: %1 writes were still waiting when the drain limit was reached; they were not journaled",
          {std::to_string(load.emitted - durable)}));
    }
    if (deviceNs_ > 0 && commits > 0 && padded < commits_.size() / 2) {
      r.warnings.push_back(run::phrase(
          "the real device is slower than the log device time per commit asked for: most syncs took longer than the "
          "model assumes"));
    }
    for (auto& w : warnings_) r.warnings.push_back(std::move(w));
    run::RealOutcome out(honest.finish());
    out.endNs = endNs;
    return out;
  }

  std::int64_t now() const { return pool_ != nullptr ? pool_->nowNs() : harness_->nowNs(); }

  /// The run's data file and log, in a fresh directory under data_dir (or the temp dir).
  std::string openFiles() {
    if (std::string err = dir_.create(dataDir_, "journal"); !err.empty()) return err;
    std::string err;
    dataFd_ = dir_.open("data", err);
    if (dataFd_ >= 0) logFd_ = dir_.open("journal.log", err);
    return err;
  }
  bool stopping() const { return stop_->load(std::memory_order_relaxed); }

  /// The generator's hand-over of write `i` to the workers.
  bool submit(std::size_t i) {
    writes_[i].submitted = now();
    if (!toWorkers_.push(i, real::FullPolicy::Wait, stop_)) return false;
    toWorkers_.doorbell().notify();
    return true;
  }

  void closeInput() {
    // release: workers that see the input closed also see every push before it.
    inputClosed_.store(true, std::memory_order_release);
    toWorkers_.doorbell().notifyAll();
  }

  void workerLoop(int w, real::Seat& seat) {
    std::vector<unsigned char> block(kBlock);
    real::SpscRing<std::uint64_t>& out = *toMaster_[static_cast<std::size_t>(w)];
    if (draws_.empty()) closeInput();
    while (!stopping()) {
      std::uint64_t id = 0;
      if (!toWorkers_.tryPop(id)) {
        // acquire: pairs with the generator's release, so an empty queue after it is final.
        if (inputClosed_.load(std::memory_order_acquire) && toWorkers_.emptyApprox()) break;
        real::pollThenSleep(
            toWorkers_.doorbell(),
            [&] {
              return !toWorkers_.emptyApprox() || stopping() || inputClosed_.load(std::memory_order_acquire);
            },
            0, kIdleWaitNs);
        continue;
      }
      WriteLog& wl = writes_[id];
      wl.workerStart = now();
      wl.workerCpu = static_cast<std::int16_t>(seat.noteCpu());
      if (!writeData(block, id)) break;  // abandoned: never written, never journaled
      masterWaiting_.fetch_add(1, std::memory_order_relaxed);
      if (!out.push(id, real::FullPolicy::Wait, stop_)) return;
      masterBell_.notify();
    }
    // release: the master that sees this count also sees this worker's last push.
    workersDone_.fetch_add(1, std::memory_order_release);
    masterBell_.notify();
  }

  /// A write's data work: real computation whose result seeds the block's contents, written to
  /// the block's slot once the slot's previous record is durable. False when the run stopped.
  bool writeData(std::vector<unsigned char>& block, std::uint64_t id) {
    WriteLog& wl = writes_[id];
    const auto workNs = static_cast<std::int64_t>(draws_[id].sizes[0] * 1e9);
    std::uint64_t x = kernel_.run(workNs, stop_) ^ (id * 0x9E3779B97F4A7C15ULL);
    if (stopping()) return false;
    put<std::uint64_t>(block.data(), id);
    for (std::size_t off = 8; off < kBlock; off += 8)
      put<std::uint64_t>(block.data() + off, sim::splitmix64(x));
    const std::uint64_t slot = id % kSlots;
    // acquire: the release after the slot's previous record became durable.
    real::Backoff backoff;
    while (slotPending_[slot].load(std::memory_order_acquire)) {
      if (stopping()) return false;
      backoff.pause();
    }
    if (!real::writeAll(dataFd_, block.data(), kBlock, static_cast<off_t>(slot * kBlock)))
      throw std::runtime_error(real::errnoText(run::phrase("pwrite of the data file failed")));
    // relaxed: published by the hand-over of the id (the ring push, or the journal lock).
    slotPending_[slot].store(true, std::memory_order_relaxed);
    wl.blockHash = fnv1a(block.data(), kBlock);
    wl.dataDone = now();
    return true;
  }

  /// design=locked, under the journal lock: the worker appends its own record (its CPU work and
  /// the 64-byte record) and makes it durable itself, data file first, then the log (ordered
  /// journaling), padded to the log device time. One record per commit.
  void commitOwn(std::uint64_t id) {
    // The padding ends in a sleep: the default 50 µs timer slack would add to every commit.
    thread_local const bool slackSet = prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0) == 0;
    (void)slackSet;
    WriteLog& wl = writes_[id];
    wl.appendStart = now();
    wl.masterCpu = static_cast<std::int16_t>(real::currentCpu());
    kernel_.run(static_cast<std::int64_t>(draws_[id].sizes[1] * 1e9), stop_);
    std::array<unsigned char, kRecord> record{};
    encodeRecord(record.data(), Record{lockedSeq_++, id, id % kSlots, wl.blockHash}, wl.dataDone,
                 wl.appendStart);
    wl.appendEnd = now();
    CommitLog c;
    c.leader = id;
    c.cpu = wl.masterCpu;
    c.syncStart = now();
    const auto deadline = Clock::now() + std::chrono::nanoseconds(deviceNs_);
    if (!real::writeAll(logFd_, record.data(), kRecord, lockedLogOff_))
      throw std::runtime_error(real::errnoText(run::phrase("write of the journal failed")));
    lockedLogOff_ += static_cast<off_t>(kRecord);
    if (::fdatasync(dataFd_) != 0 || ::fdatasync(logFd_) != 0)
      throw std::runtime_error(real::errnoText(run::phrase("fdatasync failed")));
    c.fsyncNs = now() - c.syncStart;
    if (!stopping()) real::sleepThenSpinUntil(deadline);
    c.syncEnd = now();
    wl.durable = c.syncEnd;
    // release: the worker that reuses the slot sees the block's record as durable first.
    slotPending_[id % kSlots].store(false, std::memory_order_release);
    commits_.push_back(c);
  }

  /// Move what the workers finished into the master's FIFO, oldest data-done first.
  bool drainRings(std::deque<std::uint64_t>& pending, std::vector<std::uint64_t>& batch) {
    batch.clear();
    for (auto& ring : toMaster_) {
      std::uint64_t id = 0;
      while (ring->tryPop(id)) batch.push_back(id);
    }
    std::sort(batch.begin(), batch.end(),
              [this](std::uint64_t a, std::uint64_t b) { return writes_[a].dataDone < writes_[b].dataDone; });
    pending.insert(pending.end(), batch.begin(), batch.end());
    return !batch.empty();
  }

  void masterLoop(real::Seat& seat) {
    // The emulated device time ends in a sleep: the default 50 µs timer slack would add to every
    // commit. This thread only; it ends with the run.
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    std::deque<std::uint64_t> pending;
    std::vector<std::uint64_t> batch, group;
    std::vector<unsigned char> buf(groupMax_ * kRecord);
    std::uint64_t seq = 0;
    off_t logOff = 0;
    while (true) {
      drainRings(pending, batch);
      if (pending.empty()) {
        if (stopping()) break;
        // acquire: pairs with each worker's release, so their last pushes are visible now.
        if (workersDone_.load(std::memory_order_acquire) == workers_) {
          if (!drainRings(pending, batch)) break;
          continue;
        }
        real::pollThenSleep(
            masterBell_,
            [&] {
              for (auto& ring : toMaster_)
                if (!ring->emptyApprox()) return true;
              return stopping() || workersDone_.load(std::memory_order_acquire) == workers_;
            },
            0, kIdleWaitNs);
        continue;
      }
      if (stopping()) break;  // cancel: commit nothing new
      group.clear();
      while (!pending.empty() && group.size() < groupMax_) {
        group.push_back(pending.front());
        pending.pop_front();
      }
      masterWaiting_.fetch_sub(static_cast<std::int64_t>(group.size()), std::memory_order_relaxed);
      // Append: the record's CPU work (cut short by a cancel, but the record is still written,
      // so a started group is committed whole), then the 64-byte record itself.
      for (std::size_t i = 0; i < group.size(); ++i) {
        const std::uint64_t id = group[i];
        WriteLog& wl = writes_[id];
        wl.appendStart = now();
        wl.masterCpu = static_cast<std::int16_t>(seat.noteCpu());
        kernel_.run(static_cast<std::int64_t>(draws_[id].sizes[1] * 1e9), stop_);
        encodeRecord(&buf[i * kRecord], Record{seq++, id, id % kSlots, wl.blockHash}, wl.dataDone,
                     wl.appendStart);
        wl.appendEnd = now();
      }
      // Commit: the log write, then data before log durable (ordered journaling).
      CommitLog c;
      c.leader = group.back();
      c.cpu = seat.noteCpu();
      c.syncStart = now();
      const auto deadline = Clock::now() + std::chrono::nanoseconds(deviceNs_);
      if (!real::writeAll(logFd_, buf.data(), group.size() * kRecord, logOff))
        throw std::runtime_error(real::errnoText(run::phrase("write of the journal failed")));
      logOff += static_cast<off_t>(group.size() * kRecord);
      if (::fdatasync(dataFd_) != 0 || ::fdatasync(logFd_) != 0)
        throw std::runtime_error(real::errnoText(run::phrase("fdatasync failed")));
      c.fsyncNs = now() - c.syncStart;
      if (!stopping()) real::sleepThenSpinUntil(deadline);
      c.syncEnd = now();
      for (std::uint64_t id : group) {
        writes_[id].durable = c.syncEnd;
        // The consistency window, live for a precision-driven run (its worker's dataDone came
        // with the id through the ring).
        if (ctl_.feed != nullptr) ctl_.feed->add(c.syncEnd - writes_[id].dataDone);
        // release: the worker that reuses the slot sees the block's record as durable first.
        slotPending_[id % kSlots].store(false, std::memory_order_release);
      }
      commits_.push_back(c);
    }
  }

  /// The whole stream, in time order, into the recorder (one thread, after the run).
  void emitStream(observe::Recorder& rec) const {
    std::vector<observe::Observation> obs;
    obs.reserve(writes_.size() * 9 + commits_.size() * 3);
    auto add = [&](std::int64_t t, std::uint64_t id, std::uint16_t st, std::int16_t core, double v,
                   ObsKind k) {
      obs.push_back({t, id, v, st, core, k});
    };
    for (std::size_t id = 0; id < writes_.size(); ++id) {
      const WriteLog& w = writes_[id];
      if (w.submitted < 0) continue;
      add(w.submitted, id, kSource, -1, 0.0, ObsKind::Arrive);
      add(w.submitted, id, kWorkers, -1, 0.0, ObsKind::Enqueue);
      // A write abandoned by a cancel mid-work stays "waiting": it never produced data.
      if (w.workerStart < 0 || w.dataDone < 0) continue;
      add(w.workerStart, id, kWorkers, w.workerCpu, double(w.workerStart - w.submitted), ObsKind::Start);
      add(w.dataDone, id, kWorkers, w.workerCpu, double(w.dataDone - w.workerStart), ObsKind::Finish);
      add(w.dataDone, id, kMaster, -1, 0.0, ObsKind::Enqueue);
      if (w.appendStart < 0) continue;
      add(w.appendStart, id, kMaster, w.masterCpu, double(w.appendStart - w.dataDone), ObsKind::Start);
      add(w.appendEnd, id, kMaster, w.masterCpu, double(w.appendEnd - w.appendStart), ObsKind::Finish);
      if (w.durable >= 0) add(w.durable, id, kSink, -1, double(w.durable - w.dataDone), ObsKind::Depart);
    }
    for (const CommitLog& c : commits_) {
      add(c.syncStart, c.leader, kDevice, -1, 0.0, ObsKind::Enqueue);
      add(c.syncStart, c.leader, kDevice, static_cast<std::int16_t>(c.cpu), 0.0, ObsKind::Start);
      add(c.syncEnd, c.leader, kDevice, static_cast<std::int16_t>(c.cpu), double(c.syncEnd - c.syncStart),
          ObsKind::Finish);
    }
    std::stable_sort(
        obs.begin(), obs.end(),
        [](const observe::Observation& a, const observe::Observation& b) { return a.timeNs < b.timeNs; });
    for (const auto& o : obs) {
      if (o.timeNs >= 0) rec.record(o);
    }
  }

  const run::RealControl& ctl_;
  std::string dataDir_;  // "" = a temporary folder
  const int workers_;
  const std::size_t groupMax_;
  const std::int64_t deviceNs_;
  std::vector<sim::ArrivalDraw> draws_;
  std::vector<WriteLog> writes_;
  std::vector<CommitLog> commits_;  // master only until joined
  std::vector<std::string> warnings_;
  real::ScratchDir dir_;
  int dataFd_ = -1, logFd_ = -1;  // owned by dir_
  real::WorkKernel kernel_ = real::WorkKernel::calibrated();
  const real::Harness* harness_ = nullptr;
  const std::atomic<bool>* stop_ = nullptr;  // the harness's: set before its seats start

  real::SpmcQueue<std::uint64_t> toWorkers_;
  std::vector<std::unique_ptr<real::SpscRing<std::uint64_t>>> toMaster_;
  std::unique_ptr<std::atomic<bool>[]> slotPending_;
  real::Doorbell masterBell_;

  // design=locked: the pool, each worker's block buffer, and the log's tail, which only the
  // journal lock's holder touches.
  const bool locked_;
  real::SymmetricPool* pool_ = nullptr;
  std::vector<std::vector<unsigned char>> blocks_;
  std::uint64_t lockedSeq_ = 0;
  off_t lockedLogOff_ = 0;

  // Cross-thread flags and counters.
  std::atomic<bool> inputClosed_{false};
  std::atomic<int> workersDone_{0};
  std::atomic<std::int64_t> masterWaiting_{0};  // approximate, for the live view only

  bool cancelled_ = false;  // the calling thread's
};

}  // namespace

run::RealOutcome JournalLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                     observe::Recorder& rec) const {
  JournalRun run(p, ctl);
  return run.go(rec);
}

}  // namespace amp::labs
