// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <functional>
#include <queue>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "amp/real/harness.h"
#include "amp/real/memory_scan.h"
#include "amp/real/shared_arena.h"
#include "amp/real/spsc_ring.h"
#include "amp/run/phrase.h"
#include "amp/sim/rng.h"
#include "crypto/crypto_keys.h"
#include "crypto/crypto_lab.h"

namespace amp::labs::crypto {

namespace {

using observe::Observation;
using observe::ObsKind;

// The clients keep every request they sent (message, signature, times) to verify it after the
// load; past this many the load ends early, and the run says so (~14 MB of records; checking them takes
// seconds).
constexpr std::size_t kMaxRequests = 100'000;
// Seats with a core of their own spin while they wait (a hand-over in about a microsecond); a
// sleeping one would add the kernel's wake-up, tens of µs on a VM, to every signature.
constexpr std::int64_t kGatekeeperSpinNs = 10'000'000;
// The client seat, with nothing out, sleeps until this long before the next think deadline and
// spins the rest.
constexpr std::int64_t kSleepSlackNs = 150'000;
// After the load: the scans and the checks get this long before the run gives up on them.
constexpr double kAfterLoadS = 120.0;

enum Kind : std::uint32_t { kSign = 0, kCheck = 1 };

struct Request {
  std::uint64_t index = 0;  // the clients' record
  std::uint32_t kind = kSign;
  unsigned char msg[kMessageBytes] = {};
  unsigned char tag[32] = {};  // kCheck: the HMAC tag to check
};

struct Response {
  std::uint64_t index = 0;
  std::int64_t startNs = 0, endNs = 0;  // the gatekeeper's work on it, since the epoch
  std::uint32_t ok = 1;
  unsigned char tag[kMaxTagBytes] = {};
};

enum Phase : int { kLoad = 0, kScanGatekeeper = 1, kDone = 2 };

/// What the gatekeeper and the clients share besides the rings. It lives in the harness's
/// arena, so a gatekeeper process sees it too: plain data and lock-free atomics only. The key
/// itself never comes here: only its public half and a fingerprint for the scans.
struct Shared {
  std::atomic<int> keyReady{0};
  std::atomic<int> phase{kLoad};
  // The gatekeeper's whole time per signature, from taking the request to the signature handed
  // back and its client woken: its demand D, its side of the hand-over included. Written by the
  // gatekeeper only, read after it ended.
  std::atomic<std::int64_t> busyNs{0};
  std::atomic<std::uint64_t> signed_{0};
  unsigned char publicKey[kPublicBytes] = {};
  KeyFingerprint print;
  // The gatekeeper's scan of its own memory: the positive control of process isolation.
  std::atomic<int> selfScanned{0};
  std::uint64_t selfHits = 0, selfBytes = 0;
  char selfWhere[96] = {};
  char selfError[160] = {};
};

/// One request as the clients saw it, ns since the epoch (recv = 0: never answered).
struct Record {
  std::uint32_t client = 0;
  std::int64_t thinkFrom = 0, sent = 0, start = 0, end = 0, recv = 0;
  unsigned char msg[kMessageBytes] = {};
  unsigned char tag[kMaxTagBytes] = {};
};

/// What the client seat found after the load.
struct ClientOutcome {
  real::MemoryScan scan;                     // of the address space the client threads run in
  std::uint64_t checked = 0, checkedOk = 0;  // HMAC: tags the gatekeeper checked
  bool capped = false;                       // kMaxRequests ended the load
  bool keyReady = false;
};

void copyText(char* to, std::size_t size, const std::string& s) {
  const std::size_t n = std::min(s.size(), size - 1);
  std::memcpy(to, s.data(), n);
  to[n] = '\0';
}

double mean(const std::vector<double>& v) {
  double s = 0.0;
  for (double x : v) s += x;
  return v.empty() ? 0.0 : s / static_cast<double>(v.size());
}

std::string mib(std::uint64_t bytes) {
  return real::formatFixed(static_cast<double>(bytes) / (1 << 20), 0) + " MiB";
}

/// The gatekeeper: makes the key, publishes its public half, signs what comes, and at the end
/// (process isolation) scans its own memory with the probe the clients used, to show the scan
/// would have found the key had it been there. The same code runs as a thread or as a process.
void gatekeeperBody(real::Seat& seat, Algorithm algorithm, Shared& sh, real::SpscRing<Request>& in,
                    real::SpscRing<Response>& out, bool spin, bool process) {
  seat.noteCpu();
  GuardedKey key(algorithm);  // here, after the fork: the clients' process never held it
  std::memcpy(sh.publicKey, key.publicKey().data(), kPublicBytes);
  sh.print = key.fingerprint();
  sh.keyReady.store(1, std::memory_order_release);  // release: the public key and print first
  const auto ready = [&] {
    return in.readable() || seat.stopping() || sh.phase.load(std::memory_order_acquire) != kLoad;
  };
  for (;;) {
    Request r;
    if (in.tryPop(r)) {
      Response resp;
      resp.index = r.index;
      resp.startNs = seat.nowNs();
      if (r.kind == kSign)
        key.sign(r.msg, kMessageBytes, resp.tag);
      else
        resp.ok = key.checkTag(r.msg, kMessageBytes, r.tag) ? 1 : 0;
      resp.endNs = seat.nowNs();
      if (!out.push(resp, real::FullPolicy::Wait, &seat.stopFlag())) break;
      out.doorbell().notify();
      if (r.kind == kSign) {
        // relaxed: single writer; the clients read these after the seat ended.
        sh.busyNs.store(sh.busyNs.load(std::memory_order_relaxed) + seat.nowNs() - resp.startNs,
                        std::memory_order_relaxed);
        sh.signed_.store(sh.signed_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      }
      continue;
    }
    const int phase = sh.phase.load(std::memory_order_acquire);
    if (phase == kScanGatekeeper && !in.readable()) {
      if (process) {
        const real::MemoryScan self = real::scanProcessMemory(0, probeFor(sh.print));
        sh.selfHits = self.found();
        sh.selfBytes = self.bytesScanned;
        copyText(sh.selfWhere, sizeof sh.selfWhere, self.hits.empty() ? std::string() : self.hits.front());
        copyText(sh.selfError, sizeof sh.selfError, self.error);
        sh.selfScanned.store(1, std::memory_order_release);  // release: the results above first
      }
      sh.phase.store(kDone, std::memory_order_release);
      break;
    }
    if (phase == kDone || seat.stopping()) break;
    real::pollThenSleep(in.doorbell(), ready, spin ? kGatekeeperSpinNs : 0, 10'000'000);
  }
  seat.noteCpu();
}  // the key is zeroed and unmapped here

/// The clients: N of them in one seat, each thinking, asking, waiting, thinking again; then,
/// after the load, the scan of their own address space and (HMAC) the checks of every tag.
class Clients {
 public:
  Clients(const run::Params& p, const run::RealControl& ctl, Shared& sh, real::SpscRing<Request>& out,
          real::SpscRing<Response>& in, bool spin, bool process)
      : n_(std::max(1, p.integer("clients"))),
        thinkNs_(p.num("think_ms") * 1e6),
        algorithm_(algorithmOf(p.text("algorithm"))),
        loadNs_(static_cast<std::int64_t>(ctl.durationS * 1e9)),
        feed_(ctl.feed),
        rng_(ctl.seed, 11),
        sh_(sh),
        out_(out),
        in_(in),
        spin_(spin),
        process_(process) {
    records.reserve(std::min<std::size_t>(kMaxRequests, 4096));
  }

  void run(real::Seat& seat) {
    seat.noteCpu();
    while (sh_.keyReady.load(std::memory_order_acquire) == 0) {
      if (seat.stopping()) return;
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    outcome.keyReady = true;
    load(seat);
    if (seat.stopping()) return;
    // A compromised worker looks for the key where it runs. With thread isolation that is the
    // gatekeeper's address space too; with process isolation it is not. What is scanned: every
    // mapping of this process (the lab's own, where all client threads run), at every byte offset.
    outcome.scan = real::scanProcessMemory(0, probeFor(sh_.print));
    if (algorithm_ == Algorithm::HmacSha256) checkTags(seat);
    sh_.phase.store(process_ ? kScanGatekeeper : kDone, std::memory_order_release);
    in_.doorbell().notifyAll();
    out_.doorbell().notifyAll();
    seat.noteCpu();
  }

  std::vector<Record> records;
  ClientOutcome outcome;
  std::atomic<int> outstanding{0};  // for the live view: requests at the gatekeeper

 private:
  std::int64_t drawThink() { return static_cast<std::int64_t>(rng_.exponential() * thinkNs_); }

  void load(real::Seat& seat) {
    using Due = std::pair<std::int64_t, std::uint32_t>;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> due;
    std::vector<std::int64_t> thinkFrom(static_cast<std::size_t>(n_));
    const std::int64_t t0 = seat.nowNs();
    const std::int64_t loadEnd = t0 + loadNs_;
    for (int c = 0; c < n_; ++c) {
      thinkFrom[static_cast<std::size_t>(c)] = t0;
      due.push({t0 + drawThink(), static_cast<std::uint32_t>(c)});
    }
    int out = 0;
    bool ending = false;
    std::int64_t stopSeen = 0;
    for (;;) {
      Response resp;
      while (in_.tryPop(resp)) {
        Record& r = records[resp.index];
        r.recv = seat.nowNs();
        r.start = resp.startNs;
        r.end = resp.endNs;
        std::memcpy(r.tag, resp.tag, sizeof r.tag);
        --out;
        if (feed_ != nullptr) feed_->add(r.recv - r.sent);
        thinkFrom[r.client] = r.recv;
        if (!ending) due.push({r.recv + drawThink(), r.client});
      }
      outstanding.store(out, std::memory_order_relaxed);
      const std::int64_t now = seat.nowNs();
      if (!ending) {
        const bool full = records.size() >= kMaxRequests;
        outcome.capped = full;
        ending = now >= loadEnd || full || seat.stopping() || (feed_ != nullptr && feed_->loadEnded());
      }
      if (ending && out == 0) return;
      if (seat.stopping()) {
        // Stopped with requests out (a cancel, or a dead gatekeeper): give them a moment only.
        if (stopSeen == 0) stopSeen = now;
        if (now - stopSeen > 100'000'000) return;
      }
      while (!ending && !due.empty() && due.top().first <= now) {
        const std::uint32_t c = due.top().second;
        due.pop();
        send(seat, c, thinkFrom[c]);
        ++out;
      }
      outstanding.store(out, std::memory_order_relaxed);
      wait(seat, out, ending || due.empty() ? now + 1'000'000 : due.top().first);
    }
  }

  void send(real::Seat& seat, std::uint32_t client, std::int64_t thinkFrom) {
    Record& r = records.emplace_back();
    r.client = client;
    r.thinkFrom = thinkFrom;
    Request q;
    q.index = records.size() - 1;
    q.kind = kSign;
    // The message: who asks, which request, and 12 bytes of noise, so no two are alike.
    const std::uint64_t noise = rng_.next(), noise2 = rng_.next();
    std::memcpy(q.msg, &client, 4);
    std::memcpy(q.msg + 4, &q.index, 8);
    std::memcpy(q.msg + 12, &noise, 8);
    std::memcpy(q.msg + 20, &noise2, 8);
    std::memcpy(r.msg, q.msg, kMessageBytes);
    r.sent = seat.nowNs();
    std::memcpy(q.msg + 28, &r.sent, 4);
    std::memcpy(r.msg + 28, &r.sent, 4);
    // The ring holds N: a closed loop never has more out, so this never waits.
    out_.push(q, real::FullPolicy::Wait, &seat.stopFlag());
    out_.doorbell().notify();
  }

  void wait(real::Seat& seat, int out, std::int64_t until) {
    const auto ready = [&] { return in_.readable() || seat.stopping(); };
    const std::int64_t left = until - seat.nowNs();
    if (left <= 0) return;
    if (!spin_) {
      real::pollThenSleep(in_.doorbell(), ready, 0, left);
      return;
    }
    if (out == 0 && left > kSleepSlackNs) {
      real::pollThenSleep(in_.doorbell(), ready, 0, left - kSleepSlackNs);
      return;
    }
    for (int i = 0; i < 64 && !ready(); ++i) real::cpuRelax();
  }

  /// HMAC: a client cannot check a tag (it would need the key, and with it could forge one), so
  /// every tag goes back to the gatekeeper to be checked there.
  void checkTags(real::Seat& seat) {
    std::size_t next = 0;
    std::uint64_t answered = 0, total = 0;
    for (const Record& r : records) total += r.recv > 0 ? 1 : 0;
    while (answered < total && !seat.stopping()) {
      while (next < records.size()) {
        const Record& r = records[next];
        if (r.recv == 0) {
          ++next;
          continue;
        }
        Request q;
        q.index = next;
        q.kind = kCheck;
        std::memcpy(q.msg, r.msg, kMessageBytes);
        std::memcpy(q.tag, r.tag, sizeof q.tag);
        if (!out_.tryPush(q)) break;
        ++next;
      }
      out_.doorbell().notify();
      Response resp;
      bool any = false;
      while (in_.tryPop(resp)) {
        ++answered;
        outcome.checkedOk += resp.ok;
        any = true;
      }
      if (!any)
        real::pollThenSleep(
            in_.doorbell(), [&] { return in_.readable() || seat.stopping(); }, spin_ ? 100'000 : 0,
            1'000'000);
    }
    outcome.checked = answered;
  }

  int n_;
  double thinkNs_;
  Algorithm algorithm_;
  std::int64_t loadNs_;
  real::RunFeed* feed_;
  sim::Rng rng_;
  Shared& sh_;
  real::SpscRing<Request>& out_;
  real::SpscRing<Response>& in_;
  bool spin_, process_;
};

/// Ed25519: the clients check every signature with the public key, after the load and on every
/// core, so that checking (about three signatures' work each) does not compete with the loop
/// being measured. Returns how many are valid.
std::uint64_t verifyAll(const std::vector<Record>& records, const unsigned char* publicKey, int threads) {
  std::atomic<std::uint64_t> valid{0};
  std::vector<std::thread> pool;
  const std::size_t n = records.size();
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      std::uint64_t ok = 0;
      for (std::size_t i = static_cast<std::size_t>(t); i < n; i += static_cast<std::size_t>(threads)) {
        const Record& r = records[i];
        if (r.recv > 0 && verifySignature(publicKey, r.msg, kMessageBytes, r.tag)) ++ok;
      }
      valid.fetch_add(ok, std::memory_order_relaxed);
    });
  for (auto& th : pool) th.join();
  return valid.load();
}

}  // namespace

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  const auto fail = [](std::string why) {
    run::RealOutcome failed;
    failed.error = std::move(why);
    return failed;
  };
  if (!sodiumReady()) return fail(run::phrase("libsodium could not be initialised"));
  const Algorithm algorithm = algorithmOf(p.text("algorithm"));
  const bool process = p.text("isolation") == "process";
  const int n = std::max(1, p.integer("clients"));

  real::HarnessConfig cfg;
  cfg.host = real::HostState::probe();  // before our own threads exist
  cfg.cancel = ctl.cancel;
  cfg.feed = ctl.feed;
  cfg.seed = ctl.seed;
  const int cpus = static_cast<int>(cfg.host.topo.usableCpus().size());
  // Two busy seats: the gatekeeper, and the one seat that drives every client (it stamps every
  // response and keeps every think deadline). With a core each both spin while they wait; on one
  // core they take turns and sleep instead.
  const bool spin = cpus >= 2;
  const std::size_t slots = real::ringCapacity(static_cast<std::size_t>(n));
  cfg.sharedBytes = real::SharedArena::ringBytes<Request>(slots) +
                    real::SharedArena::ringBytes<Response>(slots) + sizeof(Shared) + 4 * real::kCacheLine;
  real::Harness harness(std::move(cfg));
  Shared& sh = *harness.arena().make<Shared>();
  real::SpscRing<Request>& toGate = *harness.arena().makeRing<Request>(slots);
  real::SpscRing<Response>& toClients = *harness.arena().makeRing<Response>(slots);

  Clients clients(p, ctl, sh, toGate, toClients, spin, process);
  const auto gateBody = [&sh, &toGate, &toClients, algorithm, spin, process](real::Seat& seat) {
    gatekeeperBody(seat, algorithm, sh, toGate, toClients, spin, process);
  };
  const int gateSeat = harness.addSeat(process ? real::processSeat("gatekeeper", gateBody)
                                               : real::threadSeat("gatekeeper", gateBody));
  harness.addSeat(real::threadSeat("clients", [&clients](real::Seat& seat) { clients.run(seat); }));
  if (ctl.live != nullptr) {
    // The animation: requests waiting at the gatekeeper and whether it signs; of the clients, as
    // many lanes busy as are thinking (which ones the seat does not say: the first k).
    harness.setSampler(ctl.live, [&clients, n](std::int64_t t, observe::ObservationSink& live) {
      const int out = clients.outstanding.load(std::memory_order_relaxed);
      live.observe(real::gauge(t, CryptoLab::kGatekeeper, std::max(0, out - 1)));
      live.observe(real::gauge(t, CryptoLab::kGatekeeper, out > 0 ? 1.0 : 0.0, 0));
      for (int c = 0; c < std::min(n, 64); ++c)
        live.observe(real::gauge(t, CryptoLab::kClients, c < n - out ? 1.0 : 0.0, c));
    });
  }
  harness.start();
  const bool done = harness.waitFor(static_cast<std::int64_t>((ctl.durationS + kAfterLoadS) * 1e9));
  harness.finish(1.0);
  if (!harness.error().empty()) return fail(harness.error());
  if (!done || ctl.cancelled()) {
    run::RealOutcome out(harness.outcome().finish());
    out.endNs = harness.nowNs();
    return out;
  }
  if (!clients.outcome.keyReady) return fail(run::phrase("the gatekeeper never published its key"));
  int gateCpu = -1;
  if (!harness.placements().empty())
    gateCpu = harness.placements()[static_cast<std::size_t>(gateSeat)].requestedCpu;

  // ---- every signature checked ------------------------------------------------------------------
  std::vector<Record>& records = clients.records;
  std::uint64_t answered = 0;
  for (const Record& r : records) answered += r.recv > 0 ? 1 : 0;
  const auto v0 = std::chrono::steady_clock::now();
  std::uint64_t valid = 0;
  bool tamperRejected = true;
  if (algorithm == Algorithm::Ed25519) {
    valid = verifyAll(records, sh.publicKey, std::max(1, cpus));
    // The check must be able to fail: one changed bit of a signed message, and it does.
    for (const Record& r : records) {
      if (r.recv == 0) continue;
      Record bad = r;
      bad.msg[0] ^= 1;
      tamperRejected = !verifySignature(sh.publicKey, bad.msg, kMessageBytes, bad.tag);
      break;
    }
  } else {
    valid = clients.outcome.checkedOk;
  }
  const double verifyS = std::chrono::duration<double>(std::chrono::steady_clock::now() - v0).count();
  const bool allValid = answered > 0 && valid == answered && tamperRejected &&
                        (algorithm == Algorithm::Ed25519 || clients.outcome.checked == answered);

  // ---- what the loop measured, and the stream ------------------------------------------------------
  std::vector<const Record*> done2;
  for (const Record& r : records)
    if (r.recv > 0) done2.push_back(&r);
  std::sort(done2.begin(), done2.end(), [](const Record* a, const Record* b) { return a->start < b->start; });
  std::vector<double> service, ipc, think;
  std::int64_t gateFree = 0;
  for (const Record* r : done2) {
    service.push_back(static_cast<double>(r->end - r->start) / 1e3);
    // The way there is what is left of the wait once the gatekeeper was free; the way back all of it.
    const std::int64_t there = r->start - std::max(r->sent, gateFree);
    ipc.push_back(static_cast<double>(std::max<std::int64_t>(0, there) + (r->recv - r->end)) / 1e3);
    think.push_back(static_cast<double>(r->sent - r->thinkFrom) / 1e6);
    gateFree = r->end;
  }
  std::vector<Observation> stream;
  stream.reserve(done2.size() * 8);
  std::int64_t last = 0;
  const auto core = static_cast<std::int16_t>(gateCpu);
  for (const Record* r : done2) {
    const auto id = static_cast<std::uint64_t>(r - records.data());
    const auto obs = [&](std::int64_t ns, std::uint16_t station, std::int16_t c, ObsKind kind, double value) {
      stream.push_back({ns, id, value, station, c, kind, 0});
    };
    // Each client is its own server of the think station (as in the simulation's closed source).
    const auto lane = static_cast<std::int16_t>(std::min<std::uint32_t>(r->client, 32767));
    obs(r->thinkFrom, CryptoLab::kClients, -1, ObsKind::Enqueue, 0.0);
    obs(r->thinkFrom, CryptoLab::kClients, lane, ObsKind::Start, 0.0);
    obs(r->sent, CryptoLab::kClients, lane, ObsKind::Finish, double(r->sent - r->thinkFrom));
    obs(r->sent, CryptoLab::kClients, -1, ObsKind::Arrive, 0.0);
    obs(r->sent, CryptoLab::kGatekeeper, -1, ObsKind::Enqueue, 0.0);
    // The request reaches the gatekeeper's queue when it is sent (the ring is its queue); the
    // stream's start is not before that.
    const std::int64_t start = std::max(r->start, r->sent);
    const std::int64_t end = std::max(r->end, start);
    obs(start, CryptoLab::kGatekeeper, core, ObsKind::Start, double(start - r->sent));
    obs(end, CryptoLab::kGatekeeper, core, ObsKind::Finish, double(end - start));
    const std::int64_t recv = std::max(r->recv, end);
    obs(recv, CryptoLab::kClients, -1, ObsKind::Depart, double(recv - r->sent));
    last = std::max(last, recv);
  }
  std::stable_sort(stream.begin(), stream.end(),
                   [](const Observation& a, const Observation& b) { return a.timeNs < b.timeNs; });
  for (const Observation& o : stream) rec.record(o);

  // ---- the key: where a worker found it, or did not ------------------------------------------------
  const real::MemoryScan& scan = clients.outcome.scan;
  const bool selfScanned = process && sh.selfScanned.load(std::memory_order_acquire) == 1;
  const bool exposed = scan.ran() && scan.found() > 0;

  const double serviceUs = mean(service), ipcUs = mean(ipc);
  // D: the gatekeeper's own time per signature, its side of the hand-over included (what it cannot
  // spend on anyone else). The rest of the round trip is transit — a message in a ring, a client
  // waking up — during which the gatekeeper serves others: a delay, counted with the think time.
  const std::uint64_t signedCount = sh.signed_.load(std::memory_order_relaxed);
  const double demandUs =
      signedCount > 0 ? static_cast<double>(sh.busyNs.load(std::memory_order_relaxed)) / 1e3 / signedCount
                      : serviceUs;
  const double transitUs = std::max(0.0, ipcUs - (demandUs - serviceUs));
  observe::LabOutputs& out = rec.outputs();
  out.set("verified", allValid ? 1.0 : 0.0);
  out.set("sign_measured_us", demandUs);
  out.set("ipc_us", ipcUs);
  if (scan.ran()) out.set("key_in_workers", exposed ? 1.0 : 0.0);

  real::RunReport& report = harness.outcome().report();
  report.facts["requests_answered"] = static_cast<double>(answered);
  report.facts["signatures_valid"] = static_cast<double>(valid);
  report.facts["tamper_rejected"] = tamperRejected ? 1.0 : 0.0;
  report.facts["verify_s"] = verifyS;
  report.facts["service_us_measured"] = serviceUs;
  report.facts["ipc_us_measured"] = ipcUs;
  report.facts["sign_us_measured"] = demandUs;
  report.facts["transit_us_measured"] = transitUs;
  report.facts["think_ms_measured"] = mean(think);
  report.facts["cycle_delay_ms_measured"] = mean(think) + transitUs / 1e3;
  report.facts["key_hits_workers"] = static_cast<double>(scan.found());
  report.facts["key_scan_workers_mib"] = static_cast<double>(scan.bytesScanned) / (1 << 20);
  report.facts["key_scan_workers_ran"] = scan.ran() ? 1.0 : 0.0;
  if (selfScanned) {
    report.facts["key_hits_gatekeeper"] = static_cast<double>(sh.selfHits);
    report.facts["key_scan_gatekeeper_mib"] = static_cast<double>(sh.selfBytes) / (1 << 20);
  }
  report.labels["isolation"] =
      process
          ? "process: the gatekeeper is a process of its own, the only one that holds the key; the clients, "
            "threads of the lab's process, reach it through shared-memory rings"
          : "thread: the gatekeeper is a thread of the same process as the clients";
  const std::string algoName = algorithm == Algorithm::Ed25519 ? "Ed25519" : "HMAC-SHA256";
  report.labels["algorithm"] = algoName +
                               " (libsodium), the key in guarded memory (sodium_malloc), locked "
                               "(sodium_mprotect_noaccess) between signatures";
  if (!scan.ran()) {
    report.labels["key_exposure"] = "not checked: " + scan.error;
    report.warnings.push_back(run::phrase("the scan of the workers' memory could not run: %1", {scan.error}));
  } else if (exposed) {
    report.labels["key_exposure"] = "a worker thread found the signing key in its own address space (" +
                                    scan.hits.front() + ", " + mib(scan.bytesScanned) +
                                    " scanned): any compromised worker can take it";
  } else {
    std::string s = "the key was absent from the workers' address space (" + mib(scan.bytesScanned) +
                    " of the lab's process scanned at every byte offset)";
    if (selfScanned)
      s += sh.selfHits > 0 ? "; the same scan found it in the gatekeeper's process (" +
                                 std::string(sh.selfWhere) + "): it would have been seen"
                           : "; the same scan did NOT find it in the gatekeeper's process either: " +
                                 std::string(sh.selfError);
    report.labels["key_exposure"] = s;
  }
  if (exposed)
    report.warnings.push_back(run::phrase(
        "thread isolation: a worker thread read the signing key from its own address space (%1); the "
        "guarded page stops a stray pointer, not a thread of the same process",
        {scan.hits.front()}));
  if (!exposed && scan.ran() && !process)
    report.warnings.push_back(
        run::phrase("thread isolation, yet the scan did not find the key: the scan missed it"));
  if (selfScanned && sh.selfHits == 0)
    report.warnings.push_back(run::phrase(
        "the gatekeeper's scan of its own memory did not find the key: the absence in the workers' memory proves "
        "less"));
  if (scan.ran() && scan.mappingsLeftOut > 0)
    report.warnings.push_back(run::phrase(
        "%1 mappings of the workers' process were too large to scan (a sanitizer's shadow memory): the "
        "key's absence there is not checked",
        {std::to_string(scan.mappingsLeftOut)}));
  if (scan.ran() && scan.bytesUnread > 0)
    report.warnings.push_back(
        run::phrase("%1 of the workers' memory could not be read by the scan", {mib(scan.bytesUnread)}));
  report.labels["verification"] =
      algorithm == Algorithm::Ed25519
          ? std::to_string(valid) + " of " + std::to_string(answered) +
                " signatures valid, checked by the clients with the public key" +
                (tamperRejected ? " (a message changed by one bit was rejected)"
                                : " (a CHANGED message passed!)")
          : std::to_string(valid) + " of " + std::to_string(answered) +
                " tags valid, checked by the gatekeeper: HMAC has no public key, so only the key's holder can "
                "check a tag, and whoever can check one can forge one";
  if (!allValid)
    report.warnings.push_back(
        run::phrase("not every signature was valid: %1", {report.labels["verification"]}));
  report.labels["measured_vs_model"] =
      "D = " + real::formatFixed(demandUs, 2) + " µs at the gatekeeper (" + real::formatFixed(serviceUs, 2) +
      " µs signing with the key unlocked, the rest its side of the hand-over; model " +
      real::formatFixed(p.num("sign_us"), 2) + " µs); hand-over round trip " + real::formatFixed(ipcUs, 2) +
      " µs, of which " + real::formatFixed(transitUs, 2) + " µs in transit, counted with the think time " +
      real::formatFixed(mean(think), 3) + " ms (model " + real::formatFixed(p.num("think_ms"), 3) + " ms)";
  if (clients.outcome.capped)
    report.warnings.push_back(
        run::phrase("the load ended after %1 requests, the most the clients keep for checking",
                    {std::to_string(kMaxRequests)}));
  if (!spin)
    report.warnings.push_back(run::phrase(
        "one core: the gatekeeper and the clients take turns on it and sleep while they wait, so every hand-over "
        "includes a wake-up"));
  run::RealOutcome result(harness.outcome().finish());
  result.endNs = last;
  return result;
}

}  // namespace amp::labs::crypto
