// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
//
// Real mode: a real SQLite bank (WAL, synchronous=FULL) in a fresh folder. A generator replays
// the schedule; worker threads run each transaction's query as real SELECTs on their own
// read-only connections; the writer, a process of its own, owns the only write connection and
// commits the writes' transfers in groups. After every run — finished, cancelled, or with its
// writer killed mid-commit — the bank is re-opened and its total balance checked.
#include <sys/prctl.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "amp/real/doorbell.h"
#include "amp/real/harness.h"
#include "amp/real/load_generator.h"
#include "amp/real/scratch_dir.h"
#include "amp/real/spmc_queue.h"
#include "amp/real/spsc_ring.h"
#include "amp/real/wakeup.h"
#include "amp/real/work_kernel.h"
#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"
#include "amp/sim/rng.h"
#include "commit/commit_bank.h"
#include "commit/commit_lab.h"

namespace amp::labs {

namespace {

using Clock = std::chrono::steady_clock;
using observe::ObsKind;

// Each transaction's log lives in memory shared with the writer; beyond this many the schedule
// is cut (and the run says so).
constexpr std::size_t kMaxTxns = 1'000'000;
constexpr std::int64_t kIdleWaitNs = 2'000'000;
constexpr std::int64_t kLateNs = 200'000;
constexpr std::size_t kRingSlots = 1 << 14;

/// One transaction's life. Every field has one writer (generator, its worker, or the writer
/// process) and lives in shared memory; the ring hand-over publishes the worker's fields to the
/// writer, and the joins publish everything to the reader after the run.
struct TxnLog {
  std::int64_t submitted = -1, queryStart = -1, queryDone = -1;  // generator, worker, worker
  std::int64_t txnStart = -1, txnEnd = -1, durable = -1;         // writer: its UPDATEs, its commit's end
  std::int32_t selects = 0;                                      // worker: SELECTs the query ran
  std::int16_t workerCpu = -1, masterCpu = -1;
};

/// One commit group, written by the writer.
struct GroupLog {
  std::int64_t commitStart = 0, commitEnd = 0, commitNs = 0;  // COMMIT issued, padded end, what it took
  std::uint64_t leader = 0;
  std::int32_t size = 0;
  std::int16_t cpu = -1;
};

/// What the writer shares with the parent, in the harness's arena.
struct WriterShared {
  std::atomic<int> phase{0};              // 0 between groups, 1 in a transaction, 2 in its COMMIT
  std::atomic<std::uint64_t> durable{0};  // entries of durableIds published
  std::atomic<std::uint64_t> groups{0};
  std::atomic<int> workersDone{0};
  std::atomic<std::int64_t> waiting{0};  // writes queued for the writer (approximate, for the view)
};

/// The accounts and amount of transfer `id`: the same for the same seed.
struct Transfer {
  std::int64_t src = 0, dst = 0, amount = 0;
};
Transfer transferOf(std::uint64_t seed, std::uint64_t id) {
  std::uint64_t x = seed * 0x9E3779B97F4A7C15ULL + id;
  const std::uint64_t a = sim::splitmix64(x), b = sim::splitmix64(x), c = sim::splitmix64(x);
  Transfer t;
  t.src = static_cast<std::int64_t>(a % commit::kAccounts);
  t.dst = static_cast<std::int64_t>((t.src + 1 + b % (commit::kAccounts - 1)) % commit::kAccounts);
  t.amount = static_cast<std::int64_t>(1 + c % 100);
  return t;
}

class CommitRun {
 public:
  CommitRun(const run::Params& p, const run::RealControl& ctl)
      : ctl_(ctl),
        dataDir_(p.text("data_dir")),
        workers_(p.integer("workers")),
        writeFraction_(p.num("write_fraction")),
        groupMax_(static_cast<std::size_t>(std::max(1, p.integer("group_max")))),
        timeoutNs_(static_cast<std::int64_t>(p.num("group_timeout_ms") * 1e6)),
        fixedNs_(static_cast<std::int64_t>(p.num("commit_fixed_ms") * 1e6)),
        perTxnNs_(static_cast<std::int64_t>(p.num("commit_per_txn_ms") * 1e6)),
        toWorkers_(1 << 16) {
    draws_ = commit::arrivals(p, ctl.seed).until(ctl.durationS);
    if (draws_.size() > kMaxTxns) {
      draws_.resize(kMaxTxns);
      warnings_.push_back(run::phrase("the schedule was cut to %1 transactions to keep their log in memory",
                                      {std::to_string(kMaxTxns)}));
    }
  }

  run::RealOutcome go(observe::Recorder& rec, const sim::FaultSchedule& faults) {
    if (std::string err = dir_.create(dataDir_, "commit"); !err.empty())
      return failed(run::phrase("data_dir: %1", {err}));
    dbPath_ = dir_.track("bank.db");
    for (const char* extra : {"bank.db-wal", "bank.db-shm", "bank.db-journal"}) dir_.track(extra);
    if (std::string err = commit::createBank(dbPath_); !err.empty())
      return failed(run::phrase("data_dir: %1", {err}));

    real::HarnessConfig cfg;
    cfg.host = real::HostState::probe();  // before our own threads exist
    cfg.cancel = ctl_.cancel;
    cfg.feed = ctl_.feed;
    cfg.seed = ctl_.seed;
    cfg.faults = faults;
    cfg.horizonS = ctl_.durationS + 10.0;
    const std::size_t n = draws_.size();
    cfg.sharedBytes =
        n * (sizeof(TxnLog) + sizeof(GroupLog) + sizeof(std::uint64_t)) + sizeof(WriterShared) +
        sizeof(real::Doorbell) +
        static_cast<std::size_t>(workers_) * real::SharedArena::ringBytes<std::uint64_t>(kRingSlots) + 4096;
    real::Harness harness(std::move(cfg));
    harness_ = &harness;
    stop_ = &harness.stopFlag();
    real::SharedArena& arena = harness.arena();
    txns_ = arena.makeArray<TxnLog>(std::max<std::size_t>(n, 1));
    groups_ = arena.makeArray<GroupLog>(std::max<std::size_t>(n, 1));
    durableIds_ = arena.makeArray<std::uint64_t>(std::max<std::size_t>(n, 1));
    shared_ = arena.make<WriterShared>();
    bell_ = arena.make<real::Doorbell>(true);
    for (int w = 0; w < workers_; ++w) toWriter_.push_back(arena.makeRing<std::uint64_t>(kRingSlots));

    harness.addSeat(real::processSeat("master", [this](real::Seat& s) { writerLoop(s); }));
    for (int w = 0; w < workers_; ++w)
      harness.addSeat(
          real::threadSeat("worker " + std::to_string(w), [this, w](real::Seat& s) { workerLoop(w, s); }));
    real::LoadStats load;
    harness.addSeat(real::openLoopSeat(
        real::scheduleNs(draws_), {}, kLateNs, [this](std::size_t i, std::int64_t) { return submit(i); },
        &load, {ctl_.feed != nullptr ? &ctl_.feed->endFlag() : nullptr, [this] { closeInput(); }}));
    if (ctl_.live != nullptr) {
      harness.setSampler(ctl_.live, [this](std::int64_t t, observe::ObservationSink& live) {
        live.observe(real::gauge(t, CommitLab::kMaster,
                                 static_cast<double>(shared_->waiting.load(std::memory_order_relaxed))));
        live.observe(real::gauge(t, CommitLab::kWorkers, static_cast<double>(toWorkers_.sizeApprox())));
      });
    }
    harness.start();

    const auto drainLimit = harness.epoch() +
                            std::chrono::nanoseconds(static_cast<std::int64_t>(ctl_.durationS * 1e9)) +
                            std::chrono::seconds(std::clamp(static_cast<int>(ctl_.durationS), 1, 5));
    bool drainCut = false, cancelled = false;
    std::uint64_t fed = 0;
    while (!harness.waitFor(2'000'000)) {
      feedCommits(fed);
      if (!harness.error().empty()) break;
      if (ctl_.cancelled()) {
        cancelled = true;
        break;
      }
      if (Clock::now() > drainLimit) {
        drainCut = true;
        break;
      }
    }
    harness.finish(0);
    feedCommits(fed);
    const std::int64_t endNs = harness.nowNs();
    if (!harness.error().empty()) return failed(harness.error());

    // The check every run ends with: the bank re-opened, as after a crash.
    std::vector<std::uint64_t> acknowledged;
    for (std::size_t i = 0; i < n; ++i)
      if (txns_[i].durable >= 0) acknowledged.push_back(i);
    const commit::BalanceCheck check = commit::checkBalance(dbPath_, acknowledged);
    rec.outputs().set("balance_ok", check.ok ? 1.0 : 0.0);
    emitStream(rec);
    real::HonestOutcome& honest = harness.outcome();
    honest.noteLoad(load, kLateNs);
    return finishOutcome(honest, load, check, cancelled, drainCut, !faults.empty(), endNs);
  }

 private:
  run::RealOutcome failed(const std::string& why) const {
    run::RealOutcome out;
    out.error = why;
    return out;
  }

  bool stopping() const { return stop_->load(std::memory_order_relaxed); }
  bool isWrite(std::size_t i) const { return draws_[i].sizes[1] < writeFraction_; }

  /// A precision-driven run's feed: each durable write's commit latency, read from the shared
  /// log on this (the parent's) thread, since the writer's process cannot reach the feed.
  void feedCommits(std::uint64_t& fed) {
    if (ctl_.feed == nullptr) return;
    // acquire: pairs with the writer's release, so the ids and their times are visible.
    const std::uint64_t upTo = shared_->durable.load(std::memory_order_acquire);
    for (; fed < upTo; ++fed) {
      const TxnLog& t = txns_[durableIds_[fed]];
      ctl_.feed->add(t.durable - t.submitted);
    }
  }

  bool submit(std::size_t i) {
    txns_[i].submitted = harness_->nowNs();
    if (!toWorkers_.push(i, real::FullPolicy::Wait, stop_)) return false;
    toWorkers_.doorbell().notify();
    return true;
  }

  void closeInput() {
    // release: workers that see the input closed also see every push before it.
    inputClosed_.store(true, std::memory_order_release);
    toWorkers_.doorbell().notifyAll();
  }

  /// A worker: each transaction's query is real SELECTs of random accounts' balances on this
  /// worker's own read-only connection, for the query time the schedule drew (at least one).
  void workerLoop(int w, real::Seat& seat) {
    commit::Connection db;
    if (std::string err = db.open(dbPath_, commit::Connection::Access::ReadOnly); !err.empty())
      throw std::runtime_error(err);
    commit::Statement select(db.handle(), "SELECT balance FROM accounts WHERE id = ?1");
    real::SpscRing<std::uint64_t>& out = *toWriter_[static_cast<std::size_t>(w)];
    std::uint64_t rng = ctl_.seed * 0x2545F4914F6CDD1DULL + static_cast<std::uint64_t>(w);
    std::int64_t checksum = 0;
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
      TxnLog& t = txns_[id];
      t.queryStart = seat.nowNs();
      t.workerCpu = static_cast<std::int16_t>(seat.noteCpu());
      const std::int64_t until = t.queryStart + static_cast<std::int64_t>(draws_[id].sizes[0] * 1e9);
      do {
        select.bind(1, static_cast<std::int64_t>(sim::splitmix64(rng) % commit::kAccounts));
        if (select.step()) checksum += select.column(0);
        select.reset();
        ++t.selects;
      } while (seat.nowNs() < until && !stopping());
      t.queryDone = seat.nowNs();
      if (!isWrite(id)) continue;
      shared_->waiting.fetch_add(1, std::memory_order_relaxed);
      if (!out.push(id, real::FullPolicy::Wait, stop_)) break;
      bell_->notify();
    }
    checksum_.fetch_add(checksum, std::memory_order_relaxed);
    // release: the writer that sees this count also sees this worker's last push.
    shared_->workersDone.fetch_add(1, std::memory_order_release);
    bell_->notify();
  }

  /// Move the writes the workers finished into the writer's FIFO, oldest query end first.
  bool drainRings(std::deque<std::uint64_t>& pending, std::vector<std::uint64_t>& batch) {
    batch.clear();
    for (auto* ring : toWriter_) {
      std::uint64_t id = 0;
      while (ring->tryPop(id)) batch.push_back(id);
    }
    std::sort(batch.begin(), batch.end(),
              [this](std::uint64_t a, std::uint64_t b) { return txns_[a].queryDone < txns_[b].queryDone; });
    pending.insert(pending.end(), batch.begin(), batch.end());
    return !batch.empty();
  }

  bool ringsEmpty() const {
    for (auto* ring : toWriter_)
      if (!ring->emptyApprox()) return false;
    return true;
  }
  /// Every worker has returned and handed over its last write (acquire: pairs with their release).
  bool inputDone() const { return shared_->workersDone.load(std::memory_order_acquire) == workers_; }

  /// Wait for the bell until `deadlineNs` (since the epoch), more writes, or the end.
  void waitForWrites(real::Seat& seat, std::int64_t deadlineNs) {
    const std::int64_t left = std::max<std::int64_t>(0, deadlineNs - seat.nowNs());
    real::pollThenSleep(
        *bell_, [&] { return !ringsEmpty() || seat.stopping() || inputDone(); }, 0,
        std::min(left, kIdleWaitNs));
  }

  /// The writer, in its own process (so it reads time and the stop flag through its seat: the
  /// harness's own members are a stale copy here): the only write connection. Each group is one transaction:
  /// per write a debit, the transfer's record and a credit (padded to commit_per_txn_ms with
  /// computation, half after the debit, so a kill in between leaves money "in flight" that only
  /// atomicity can put back), then COMMIT with synchronous=FULL, padded to commit_fixed_ms.
  void writerLoop(real::Seat& seat) {
    // The padding ends in a sleep: the default 50 µs timer slack would add to every commit.
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    commit::Connection db;
    if (std::string err = db.open(dbPath_, commit::Connection::Access::ReadWrite); !err.empty())
      throw std::runtime_error(err);
    db.exec("PRAGMA synchronous=FULL");  // per connection: every COMMIT waits for the fsync
    commit::Statement begin(db.handle(), "BEGIN IMMEDIATE");
    commit::Statement commitStmt(db.handle(), "COMMIT");
    commit::Statement debit(db.handle(), "UPDATE accounts SET balance = balance - ?2 WHERE id = ?1");
    commit::Statement credit(db.handle(), "UPDATE accounts SET balance = balance + ?2 WHERE id = ?1");
    commit::Statement record(db.handle(),
                             "INSERT INTO transfers(id, src, dst, amount) VALUES(?1, ?2, ?3, ?4)");
    std::deque<std::uint64_t> pending;
    std::vector<std::uint64_t> batch, group;
    std::int64_t freeSince = 0;  // when the last commit ended
    std::uint64_t groups = 0, published = 0;
    while (true) {
      drainRings(pending, batch);
      if (pending.empty()) {
        if (seat.stopping()) break;
        if (inputDone()) {
          if (!drainRings(pending, batch)) break;
          continue;
        }
        waitForWrites(seat, seat.nowNs() + kIdleWaitNs);
        continue;
      }
      if (seat.stopping()) break;  // cancel: commit nothing new
      // Below a full group, wait for more until the timer runs out: it starts when the writer
      // is free and a write waits (sim::BatchServer's Timeout policy).
      if (timeoutNs_ > 0 && pending.size() < groupMax_) {
        const std::int64_t deadline = std::max(freeSince, txns_[pending.front()].queryDone) + timeoutNs_;
        while (pending.size() < groupMax_ && seat.nowNs() < deadline && !seat.stopping() && !inputDone()) {
          waitForWrites(seat, deadline);
          drainRings(pending, batch);
        }
        if (seat.stopping()) break;
      }
      group.clear();
      while (!pending.empty() && group.size() < groupMax_) {
        group.push_back(pending.front());
        pending.pop_front();
      }
      shared_->waiting.fetch_sub(static_cast<std::int64_t>(group.size()), std::memory_order_relaxed);
      const int cpu = seat.noteCpu();
      shared_->phase.store(1, std::memory_order_relaxed);
      begin.step();
      begin.reset();
      for (std::uint64_t id : group) {
        TxnLog& t = txns_[id];
        t.txnStart = seat.nowNs();
        t.masterCpu = static_cast<std::int16_t>(cpu);
        const Transfer tr = transferOf(ctl_.seed, id);
        debit.bind(1, tr.src).bind(2, tr.amount).step();
        debit.reset();
        padUntil(seat, t.txnStart + perTxnNs_ / 2);
        record.bind(1, static_cast<std::int64_t>(id))
            .bind(2, tr.src)
            .bind(3, tr.dst)
            .bind(4, tr.amount)
            .step();
        record.reset();
        credit.bind(1, tr.dst).bind(2, tr.amount).step();
        credit.reset();
        padUntil(seat, t.txnStart + perTxnNs_);
        t.txnEnd = seat.nowNs();
      }
      GroupLog& g = groups_[groups];
      g.leader = group.back();
      g.size = static_cast<std::int32_t>(group.size());
      g.cpu = static_cast<std::int16_t>(cpu);
      shared_->phase.store(2, std::memory_order_relaxed);
      g.commitStart = seat.nowNs();
      const auto deadline = Clock::now() + std::chrono::nanoseconds(fixedNs_);
      commitStmt.step();
      commitStmt.reset();
      g.commitNs = seat.nowNs() - g.commitStart;
      shared_->phase.store(0, std::memory_order_relaxed);  // durable from here on
      if (!seat.stopping()) real::sleepThenSpinUntil(deadline);
      g.commitEnd = seat.nowNs();
      freeSince = g.commitEnd;
      for (std::uint64_t id : group) {
        txns_[id].durable = g.commitEnd;
        durableIds_[published++] = id;
      }
      ++groups;
      // release: the parent that reads these counts sees the ids, times and groups before them.
      shared_->groups.store(groups, std::memory_order_release);
      shared_->durable.store(published, std::memory_order_release);
    }
  }

  /// Computation until `untilNs` (since the epoch): the padding of a write's part.
  static void padUntil(real::Seat& seat, std::int64_t untilNs) {
    const std::int64_t left = untilNs - seat.nowNs();
    if (left > 0) real::WorkKernel::runFor(left, &seat.stopFlag());
  }

  /// The whole stream, in time order, into the recorder (one thread, after the run).
  void emitStream(observe::Recorder& rec) const {
    std::vector<observe::Observation> obs;
    obs.reserve(draws_.size() * 8 + shared_->groups.load() * 3);
    auto add = [&](std::int64_t t, std::uint64_t id, std::uint16_t st, std::int16_t core, double v, ObsKind k,
                   std::uint8_t cls) {
      obs.push_back({t, id, v, st, core, k, cls});
    };
    for (std::size_t id = 0; id < draws_.size(); ++id) {
      const TxnLog& t = txns_[id];
      if (t.submitted < 0) continue;
      const std::uint8_t cls = isWrite(id) ? CommitLab::kWrite : CommitLab::kRead;
      add(t.submitted, id, CommitLab::kSource, -1, 0.0, ObsKind::Arrive, cls);
      add(t.submitted, id, CommitLab::kWorkers, -1, 0.0, ObsKind::Enqueue, cls);
      if (t.queryStart < 0 || t.queryDone < 0) continue;  // abandoned by a cancel: still waiting
      add(t.queryStart, id, CommitLab::kWorkers, t.workerCpu, double(t.queryStart - t.submitted),
          ObsKind::Start, cls);
      add(t.queryDone, id, CommitLab::kWorkers, t.workerCpu, double(t.queryDone - t.queryStart),
          ObsKind::Finish, cls);
      if (cls == CommitLab::kRead) {
        add(t.queryDone, id, CommitLab::kSink, -1, double(t.queryDone - t.submitted), ObsKind::Depart, cls);
        continue;
      }
      add(t.queryDone, id, CommitLab::kMaster, -1, 0.0, ObsKind::Enqueue, cls);
      if (t.txnStart < 0) continue;
      add(t.txnStart, id, CommitLab::kMaster, t.masterCpu, double(t.txnStart - t.queryDone), ObsKind::Start,
          cls);
      if (t.txnEnd < 0) continue;  // the writer died during it
      add(t.txnEnd, id, CommitLab::kMaster, t.masterCpu, double(t.txnEnd - t.txnStart), ObsKind::Finish, cls);
      if (t.durable >= 0)
        add(t.durable, id, CommitLab::kSink, -1, double(t.durable - t.submitted), ObsKind::Depart, cls);
    }
    const std::uint64_t groups = shared_->groups.load();
    for (std::uint64_t i = 0; i < groups; ++i) {
      const GroupLog& g = groups_[i];
      add(g.commitStart, g.leader, CommitLab::kLog, -1, 0.0, ObsKind::Enqueue, 0);
      add(g.commitStart, g.leader, CommitLab::kLog, g.cpu, 0.0, ObsKind::Start, 0);
      add(g.commitEnd, g.leader, CommitLab::kLog, g.cpu, double(g.commitEnd - g.commitStart), ObsKind::Finish,
          0);
    }
    std::stable_sort(
        obs.begin(), obs.end(),
        [](const observe::Observation& a, const observe::Observation& b) { return a.timeNs < b.timeNs; });
    for (const auto& o : obs) rec.record(o);
  }

  run::RealOutcome finishOutcome(real::HonestOutcome& honest, const real::LoadStats& load,
                                 const commit::BalanceCheck& check, bool cancelled, bool drainCut,
                                 bool faulted, std::int64_t endNs) {
    real::RunReport& r = honest.report();
    std::uint64_t reads = 0, writes = 0, durable = 0, queries = 0, selects = 0, txns = 0;
    double querySum = 0.0, txnSum = 0.0;
    for (std::size_t i = 0; i < draws_.size(); ++i) {
      const TxnLog& t = txns_[i];
      (isWrite(i) ? writes : reads) += t.submitted >= 0 ? 1 : 0;
      if (t.queryDone >= 0 && t.queryStart >= 0) {
        ++queries;
        selects += static_cast<std::uint64_t>(t.selects);
        querySum += static_cast<double>(t.queryDone - t.queryStart);
      }
      if (t.txnEnd >= 0) {
        ++txns;
        txnSum += static_cast<double>(t.txnEnd - t.txnStart);
      }
      durable += t.durable >= 0 ? 1 : 0;
    }
    const std::uint64_t groups = shared_->groups.load();
    double commitSum = 0.0, fsyncSum = 0.0, fsyncMax = 0.0;
    std::uint64_t padded = 0;
    for (std::uint64_t i = 0; i < groups; ++i) {
      const GroupLog& g = groups_[i];
      commitSum += static_cast<double>(g.commitEnd - g.commitStart);
      fsyncSum += static_cast<double>(g.commitNs);
      fsyncMax = std::max(fsyncMax, static_cast<double>(g.commitNs));
      padded += g.commitNs < fixedNs_ ? 1 : 0;
    }
    const auto perMs = [](double sumNs, std::uint64_t n) {
      return n > 0 ? sumNs / static_cast<double>(n) / 1e6 : 0.0;
    };
    r.facts["txns_scheduled"] = static_cast<double>(draws_.size());
    r.facts["reads_submitted"] = static_cast<double>(reads);
    r.facts["writes_submitted"] = static_cast<double>(writes);
    r.facts["writes_durable"] = static_cast<double>(durable);
    r.facts["commits"] = static_cast<double>(groups);
    r.facts["query_mean_ms"] = perMs(querySum, queries);
    r.facts["selects_per_query"] = queries > 0 ? static_cast<double>(selects) / queries : 0.0;
    r.facts["txn_mean_ms"] = perMs(txnSum, txns);
    r.facts["commit_mean_ms"] = perMs(commitSum, groups);
    r.facts["fsync_mean_ms"] = perMs(fsyncSum, groups);
    r.facts["fsync_max_ms"] = fsyncMax / 1e6;
    r.facts["commits_padded_fraction"] = groups > 0 ? static_cast<double>(padded) / groups : 0.0;
    r.facts["balance_total"] = static_cast<double>(check.total);
    r.facts["balance_expected"] = static_cast<double>(check.expected);
    r.facts["transfers_in_db"] = static_cast<double>(check.transfers);
    r.facts["transfers_lost"] = static_cast<double>(check.lost);
    r.facts["balance_ok"] = check.ok ? 1.0 : 0.0;
    const int phase = shared_->phase.load();
    if (faulted) r.facts["writer_killed_mid_commit"] = phase != 0 ? 1.0 : 0.0;
    r.labels["balance_check"] = check.words;
    r.labels["database"] = "SQLite " + commit::sqliteVersion() + ", WAL, synchronous=FULL, " +
                           std::to_string(commit::kAccounts) + " accounts, on " +
                           real::filesystemName(dir_.path());
    r.labels["work_dir"] = dir_.path() + " (removed after the run)";
    r.labels["commit"] =
        "COMMIT took " + run::significant(perMs(fsyncSum, groups), 3) + " ms on average" +
        (fixedNs_ > 0
             ? "; commits faster than the commit time per group asked for were padded to it (an emulated slower device)"
             : " (no padding)");
    if (!check.ok) r.warnings.push_back(check.words);
    if (cancelled)
      r.warnings.push_back(
          run::phrase("cancelled: the balance was checked on what was committed up to the cancel"));
    if (faulted && phase != 0)
      r.warnings.push_back(
          phase == 2
              ? run::phrase(
                    "the writer was killed inside its COMMIT: SQLite rolled the unfinished group back "
                    "when the bank was re-opened")
              : run::phrase("the writer was killed inside a transaction: SQLite rolled the unfinished group "
                            "back when the bank was re-opened"));
    if (drainCut)
      r.warnings.push_back(
          run::phrase("overloaded: %1 transactions were still in the system when the drain limit was reached",
                      {std::to_string(std::max<std::int64_t>(
                          0, std::int64_t(load.emitted - reads) - std::int64_t(durable)))}));
    if (fixedNs_ > 0 && groups > 0 && padded < groups / 2)
      r.warnings.push_back(run::phrase(
          "the real COMMIT is slower than the commit time per group asked for: most commits took longer than the "
          "model assumes"));
    for (auto& w : warnings_) r.warnings.push_back(std::move(w));
    run::RealOutcome out(honest.finish());
    out.endNs = endNs;
    return out;
  }

  const run::RealControl& ctl_;
  std::string dataDir_;
  const int workers_;
  const double writeFraction_;
  const std::size_t groupMax_;
  const std::int64_t timeoutNs_, fixedNs_, perTxnNs_;
  std::vector<sim::ArrivalDraw> draws_;
  std::vector<std::string> warnings_;
  real::ScratchDir dir_;
  std::string dbPath_;
  const real::Harness* harness_ = nullptr;
  const std::atomic<bool>* stop_ = nullptr;

  // In the harness's arena (the writer is another process).
  TxnLog* txns_ = nullptr;
  GroupLog* groups_ = nullptr;
  std::uint64_t* durableIds_ = nullptr;
  WriterShared* shared_ = nullptr;
  real::Doorbell* bell_ = nullptr;
  std::vector<real::SpscRing<std::uint64_t>*> toWriter_;

  // The parent's: generator → workers.
  real::SpmcQueue<std::uint64_t> toWorkers_;
  std::atomic<bool> inputClosed_{false};
  std::atomic<std::int64_t> checksum_{0};  // what the SELECTs read, so they cannot be optimized away
};

}  // namespace

namespace commit {

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec,
                         const sim::FaultSchedule& faults) {
  CommitRun run(p, ctl);
  return run.go(rec, faults);
}

}  // namespace commit

run::RealOutcome CommitLab::runReal(const run::Params& p, const run::RealControl& ctl,
                                    observe::Recorder& rec) const {
  return commit::runReal(p, ctl, rec, {});
}

}  // namespace amp::labs
