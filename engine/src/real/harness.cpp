// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/harness.h"

#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <thread>

#include "amp/real/placement.h"
#include "amp/run/phrase.h"
#include "amp/sim/rng.h"
#include "child_exit.h"

#ifdef AMP_HAVE_SECCOMP
#include <seccomp.h>
#endif

namespace amp::real {
namespace {

// A seat that ignores its stop flag for this long after a cancel is killed (process seats);
// well inside the 100 ms cancel bound.
constexpr auto kStopGrace = std::chrono::milliseconds(50);
// The supervisor looks at its seats at least this often: a dead process seat is noticed by its
// pidfd at once, a thread seat's return within this.
constexpr std::int64_t kSuperviseSliceNs = 1'000'000;
// Seats that have not reached the start barrier after this long are a failure, not a hang.
constexpr auto kBarrierTimeout = std::chrono::seconds(10);
constexpr std::size_t kErrorBytes = 256;
// What a process seat may always do once its filter is on: the harness's own waiting and exit.
const char* const kBaseSyscalls[] = {
    "exit",          "exit_group",  "futex",  "nanosleep",    "clock_nanosleep",
    "clock_gettime", "sched_yield", "getcpu", "rt_sigreturn", "restart_syscall",
    "getpid",        "gettid",      "write"};

enum SeatPhase : int { kCreated = 0, kReady, kRunning, kReturned, kFailed };

int pidfdOpen(pid_t pid) { return static_cast<int>(syscall(SYS_pidfd_open, pid, 0)); }

void copyError(char* to, const std::string& what) {
  const std::size_t n = std::min(what.size(), kErrorBytes - 1);
  std::memcpy(to, what.data(), n);
  to[n] = '\0';
}

}  // namespace

bool seccompAvailable() {
#ifdef AMP_HAVE_SECCOMP
  return true;
#else
  return false;
#endif
}

SeatSpec threadSeat(std::string name, std::function<void(Seat&)> body, int cpu) {
  SeatSpec s;
  s.name = std::move(name);
  s.body = std::move(body);
  s.cpu = cpu;
  return s;
}

SeatSpec processSeat(std::string name, std::function<void(Seat&)> body, int cpu) {
  SeatSpec s = threadSeat(std::move(name), std::move(body), cpu);
  s.kind = SeatKind::Process;
  return s;
}

observe::Observation gauge(std::int64_t timeNs, std::uint16_t station, double value, int core) {
  observe::Observation o;
  o.timeNs = timeNs;
  o.kind = observe::ObsKind::State;
  o.station = station;
  o.value = value;
  o.core = static_cast<std::int16_t>(core);
  return o;
}

void observeBusy(observe::ObservationSink& out, std::int64_t timeNs, const std::vector<SeatBusy>& seats) {
  for (const bool busyPass : {false, true})
    for (const SeatBusy& s : seats)
      if (s.cpu >= 0 && s.busy == busyPass) out.observe(gauge(timeNs, s.station, s.busy ? 1.0 : 0.0, s.cpu));
}

// ---- Seat ------------------------------------------------------------------------------------

/// A seat's state that both the seat (thread or child process) and the harness touch.
struct Seat::Shared {
  std::atomic<bool> stop{false};
  std::atomic<bool> killed{false};  // a kill fault hit this thread seat
  std::atomic<std::int64_t> stallUntilNs{0};
  std::atomic<int> phase{kCreated};
  std::atomic<int> pinned{0};
  std::atomic<int> realtime{0};
  std::atomic<std::uint64_t> logCount{0}, logDropped{0};
  std::atomic<std::int64_t> logFullAtNs{INT64_MAX};
  CpusSeen seen;  // written by the seat only, read after it ended
  observe::Observation* log = nullptr;
  std::size_t logCapacity = 0;
  char error[kErrorBytes] = {};
};

bool Seat::stopping() const { return shared_->stop.load(std::memory_order_relaxed); }
const std::atomic<bool>& Seat::stopFlag() const { return shared_->stop; }

void Seat::checkpoint() {
  // relaxed: a stall is advisory timing; it needs no ordering with other data.
  while (!stopping()) {
    const std::int64_t until = shared_->stallUntilNs.load(std::memory_order_relaxed);
    const std::int64_t now = nowNs();
    if (until <= now) return;
    std::this_thread::sleep_for(std::chrono::nanoseconds(std::min<std::int64_t>(until - now, 1'000'000)));
  }
}

void Seat::record(const observe::Observation& o) {
  // relaxed: only this seat writes its log; the harness reads it after the seat ended.
  const std::uint64_t n = shared_->logCount.load(std::memory_order_relaxed);
  if (n >= shared_->logCapacity) {
    if (shared_->logDropped.load(std::memory_order_relaxed) == 0)
      shared_->logFullAtNs.store(o.timeNs, std::memory_order_relaxed);
    shared_->logDropped.store(shared_->logDropped.load(std::memory_order_relaxed) + 1,
                              std::memory_order_relaxed);
    return;
  }
  shared_->log[n] = o;
  shared_->logCount.store(n + 1, std::memory_order_relaxed);
}

int Seat::noteCpu() { return shared_->seen.noteCurrent(); }

bool Seat::dropMessage(const std::string& channel) {
  for (const auto& [name, p] : dropChannels_) {
    if (name != channel) continue;
    return static_cast<double>(sim::splitmix64(rng_) >> 11) * 0x1.0p-53 < p;
  }
  return false;
}

// ---- Harness ---------------------------------------------------------------------------------

struct Harness::SeatState {
  SeatSpec spec;
  Seat seat;
  std::thread thread;
  pid_t pid = -1;
  int pidfd = -1;
  bool exited = false;  // process seats: reaped
  bool killedByFault = false;
  std::int64_t faultAtNs = -1;
};

Harness::Harness(HarnessConfig config) : cfg_(std::move(config)), outcome_(cfg_.host), self_(getpid()) {}

Harness::~Harness() {
  if (started_ && !finished_) cancel();
  for (auto& s : seats_)
    if (s->pidfd >= 0) close(s->pidfd);
}

int Harness::addSeat(SeatSpec spec) {
  if (started_) throw std::logic_error("seats are added before the harness starts");
  specs_.push_back(std::move(spec));
  return static_cast<int>(specs_.size() - 1);
}

SharedArena& Harness::arena() {
  if (!arena_) arena_ = std::make_unique<SharedArena>(cfg_.sharedBytes + 4096);
  return *arena_;
}

void Harness::makeSeatArena() {
  // Made when every seat is known (hogs included): their states, logs and the control words.
  std::size_t bytes = 4096;
  for (const auto& s : specs_)
    bytes += sizeof(Seat::Shared) + 64 + s.logCapacity * sizeof(observe::Observation);
  seatArena_ = std::make_unique<SharedArena>(bytes);
  sharedStop_ = seatArena_->make<std::atomic<bool>>(false);
  barrier_ = seatArena_->make<std::atomic<int>>(0);
  epochNs_ = seatArena_->make<std::atomic<std::int64_t>>(0);
}

void Harness::setSampler(observe::ObservationSink* live,
                         std::function<void(std::int64_t, observe::ObservationSink&)> sample) {
  cfg_.live = live;
  cfg_.sample = std::move(sample);
}

std::size_t Harness::seats() const { return seats_.size(); }

void Harness::placeSeats() {
  std::vector<SeatState*> busy, helpers;
  for (auto& s : seats_) {
    if (s->spec.cpu != kPlaceAuto) continue;
    (s->spec.role == SeatRole::Busy ? busy : helpers).push_back(s.get());
  }
  const Placement plan = planPlacement(cfg_.host.topo, std::max<int>(0, static_cast<int>(busy.size()) - 1),
                                       PlacementPolicy::MasterApart);
  for (std::size_t i = 0; i < busy.size(); ++i)
    busy[i]->spec.cpu = i == 0 ? plan.masterCpu : plan.workerCpus[i - 1];
  for (SeatState* h : helpers) h->spec.cpu = h->spec.role == SeatRole::Hog ? kUnpinned : plan.lightCpu;
  // Pinned hogs sit on the busy seats' CPUs, round-robin: that is the interference to show.
  std::vector<int> busyCpus;
  for (auto& s : seats_)
    if (s->spec.role == SeatRole::Busy && s->spec.cpu >= 0) busyCpus.push_back(s->spec.cpu);
  int k = 0;
  for (auto& s : seats_)
    if (s->spec.role == SeatRole::Hog && cfg_.background.pinned && !busyCpus.empty())
      s->spec.cpu = busyCpus[static_cast<std::size_t>(k++) % busyCpus.size()];
}

void Harness::start() {
  if (started_) return;
  // Background load joins as seats like any other.
  for (int h = 0; h < cfg_.background.hogs; ++h) {
    SeatSpec hog;
    hog.name = "hog " + std::to_string(h);
    hog.role = SeatRole::Hog;
    const bool memory = cfg_.background.memory;
    hog.body = [memory](Seat& seat) {
      if (!memory) {
        std::uint64_t x = 1;
        while (!seat.stopping())
          for (int i = 0; i < 4096; ++i) x = sim::mix64(x);
        asm volatile("" : : "r"(x));  // keep the loop
        return;
      }
      std::vector<std::uint64_t> buf(std::size_t{32} << 17);  // 32 MiB
      std::uint64_t sum = 0;
      while (!seat.stopping())
        for (std::size_t i = 0; i < buf.size(); i += 8) sum += (buf[i] += i);
      asm volatile("" : : "r"(sum));
    };
    specs_.push_back(std::move(hog));
  }
  makeSeatArena();
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    auto s = std::make_unique<SeatState>();
    s->spec = std::move(specs_[i]);
    auto* shared = seatArena_->make<Seat::Shared>();
    shared->logCapacity = s->spec.logCapacity;
    shared->log =
        s->spec.logCapacity > 0 ? seatArena_->makeArray<observe::Observation>(s->spec.logCapacity) : nullptr;
    s->seat.name_ = s->spec.name;
    s->seat.index_ = static_cast<int>(i);
    s->seat.shared_ = shared;
    s->seat.rng_ = sim::mix64(cfg_.seed * 0x9E3779B97F4A7C15ULL + i);
    seats_.push_back(std::move(s));
  }
  specs_.clear();
  for (auto& s : seats_)
    for (const auto& f : cfg_.faults.faults())
      if (f.kind == sim::FaultKind::Drop) s->seat.dropChannels_.emplace_back(f.target, f.probability);
  placeSeats();
  started_ = true;

  std::vector<std::string> names;
  for (auto& s : seats_)
    if (s->spec.role != SeatRole::Hog) names.push_back(s->spec.name);
  if (cfg_.horizonS > 0) timeline_ = cfg_.faults.timeline(names, cfg_.seed, cfg_.horizonS);

  // Process seats first: fork() copies only the calling thread, so the fewer threads exist
  // when it happens, the less state the child inherits half-way.
  for (auto& s : seats_)
    if (s->spec.kind == SeatKind::Process) forkSeat(*s);
  for (auto& s : seats_)
    if (s->spec.kind == SeatKind::Thread)
      s->thread = std::thread([this, st = s.get()] { runThreadSeat(*st); });

  const auto deadline = Clock::now() + kBarrierTimeout;
  const int n = static_cast<int>(seats_.size());
  while (barrier_->load(std::memory_order_acquire) < n) {
    if (Clock::now() > deadline || stopping()) {
      fail(run::phrase("seats did not reach the start barrier within %1 s", {"10"}));
      break;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  epoch_ = Clock::now() + cfg_.lead;
  for (auto& s : seats_) s->seat.epoch_ = epoch_;
  // release: the seats read the epoch after this and start at it.
  epochNs_->store(epoch_.time_since_epoch().count(), std::memory_order_release);
  startSampler();
}

namespace {

/// The part every seat does before its body: pin, raise priority, wait for the epoch.
void prepareSeat(Seat::Shared& sh, const SeatSpec& spec, std::atomic<int>& barrier,
                 const std::atomic<std::int64_t>& epochNs, const std::atomic<bool>& stop) {
  if (spec.cpu >= 0) sh.pinned.store(pinThread(spec.cpu).ok ? 1 : 0, std::memory_order_relaxed);
  if (spec.realtime) sh.realtime.store(setRealtimePolicy() ? 1 : 0, std::memory_order_relaxed);
  sh.seen.noteCurrent();
  sh.phase.store(kReady, std::memory_order_relaxed);
  barrier.fetch_add(1, std::memory_order_release);
  std::int64_t e = 0;
  while ((e = epochNs.load(std::memory_order_acquire)) == 0 && !stop.load(std::memory_order_relaxed))
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  std::this_thread::sleep_until(Clock::time_point(Clock::duration(e)));
  sh.phase.store(kRunning, std::memory_order_relaxed);
}

}  // namespace

void Harness::runThreadSeat(SeatState& s) {
  Seat::Shared& sh = *s.seat.shared_;
  prepareSeat(sh, s.spec, *barrier_, *epochNs_, stop_);
  try {
    if (!stopping() && s.spec.body) s.spec.body(s.seat);
    sh.seen.noteCurrent();
    sh.phase.store(kReturned, std::memory_order_release);  // release: its log is complete
  } catch (const std::exception& e) {
    copyError(sh.error, e.what());
    sh.phase.store(kFailed, std::memory_order_release);
    requestStop();
  } catch (...) {
    copyError(sh.error, "unknown exception");  // phrase("unknown exception"), without allocating
    sh.phase.store(kFailed, std::memory_order_release);
    requestStop();
  }
}

void Harness::forkSeat(SeatState& s) {
  const pid_t pid = fork();
  if (pid < 0) {
    fail(run::phrase("%1: %2",
                     {s.spec.name, run::phrase("fork() failed (system error: %1)", {std::strerror(errno)})}));
    return;
  }
  if (pid > 0) {
    s.pid = pid;
    s.pidfd = pidfdOpen(pid);  // -1 on kernels before 5.3: the supervisor then polls waitpid
    return;
  }
  // ---- the child: only this thread exists here; leave with leaveChild, never through the parent's
  // atexit handlers or static destructors.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != self_) leaveChild(3);  // the parent died before the line above took effect
  Seat::Shared& sh = *s.seat.shared_;
  const ProcessLimits& lim = s.spec.limits;
  if (lim.cpuSeconds > 0) {
    const auto secs = static_cast<rlim_t>(std::max(1.0, lim.cpuSeconds));
    const rlimit r{secs, secs + 1};
    setrlimit(RLIMIT_CPU, &r);
  }
  if (lim.addressSpaceBytes > 0) {
    const rlimit r{lim.addressSpaceBytes, lim.addressSpaceBytes};
    setrlimit(RLIMIT_AS, &r);
  }
  prepareSeat(sh, s.spec, *barrier_, *epochNs_, *sharedStop_);
  s.seat.epoch_ = Clock::time_point(Clock::duration(epochNs_->load(std::memory_order_acquire)));
  int code = 0;
  try {
    if (!lim.allowSyscalls.empty()) {
#ifdef AMP_HAVE_SECCOMP
      scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
      if (ctx == nullptr) throw std::runtime_error(run::phrase("seccomp_init failed"));
      std::vector<std::string> allow(std::begin(kBaseSyscalls), std::end(kBaseSyscalls));
      allow.insert(allow.end(), lim.allowSyscalls.begin(), lim.allowSyscalls.end());
      for (const auto& name : allow) {
        const int nr = seccomp_syscall_resolve_name(name.c_str());
        if (nr == __NR_SCMP_ERROR)
          throw std::runtime_error(run::phrase("unknown syscall '%1' in the seat's filter", {name}));
        seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0);
      }
      if (seccomp_load(ctx) != 0)
        throw std::runtime_error(run::phrase("the seccomp filter could not be loaded"));
      seccomp_release(ctx);
#else
      throw std::runtime_error(run::phrase("this build has no seccomp support (libseccomp missing)"));
#endif
    }
    if (!s.seat.stopping() && s.spec.body) s.spec.body(s.seat);
    sh.seen.noteCurrent();
    sh.phase.store(kReturned, std::memory_order_release);
  } catch (const std::exception& e) {
    copyError(sh.error, e.what());
    sh.phase.store(kFailed, std::memory_order_release);
    code = 1;
  } catch (...) {
    copyError(sh.error, "unknown exception");  // phrase("unknown exception"), without allocating
    sh.phase.store(kFailed, std::memory_order_release);
    code = 1;
  }
  leaveChild(code);
}

void Harness::startSampler() {
  if (cfg_.live == nullptr || !cfg_.sample || cfg_.sampleHz <= 0) return;
  const auto period = std::chrono::nanoseconds(static_cast<std::int64_t>(1e9 / cfg_.sampleHz));
  sampler_ = std::thread([this, period] {
    auto next = epoch_;
    std::this_thread::sleep_until(next);
    while (!samplerStop_.load(std::memory_order_relaxed)) {
      cfg_.sample(nowNs(), *cfg_.live);
      next += period;
      std::this_thread::sleep_until(next);
    }
  });
}

void Harness::fail(const std::string& message) {
  if (error_.empty()) error_ = message;
  requestStop();
}

void Harness::requestStop() {
  // The shared and per-seat flags first: whoever sees stop_ set finds the seats told, too.
  if (sharedStop_ != nullptr) sharedStop_->store(true, std::memory_order_release);
  for (auto& s : seats_) s->seat.shared_->stop.store(true, std::memory_order_release);
  stop_.store(true, std::memory_order_release);
}

void Harness::injectFault(const sim::Fault& f) {
  for (auto& s : seats_) {
    if (s->spec.name != f.target) continue;
    Seat::Shared& sh = *s->seat.shared_;
    const std::int64_t now = nowNs();
    observe::Observation o;
    o.timeNs = now;
    o.kind = observe::ObsKind::Fault;
    o.entity = static_cast<std::uint64_t>(s->seat.index_);
    o.value = static_cast<double>(f.kind);
    harnessLog_.push_back(o);
    if (f.kind == sim::FaultKind::Kill) {
      s->killedByFault = true;
      s->faultAtNs = now;
      if (s->spec.kind == SeatKind::Process && !s->exited) {
        if (s->pidfd >= 0)
          syscall(SYS_pidfd_send_signal, s->pidfd, SIGKILL, nullptr, 0);
        else
          kill(s->pid, SIGKILL);
      } else {
        sh.killed.store(true, std::memory_order_relaxed);
        sh.stop.store(true, std::memory_order_release);
      }
    } else if (f.kind == sim::FaultKind::Stall) {
      const std::int64_t until = now + static_cast<std::int64_t>(f.durationS * 1e9);
      if (s->spec.kind == SeatKind::Process && !s->exited) {
        kill(s->pid, SIGSTOP);
        stallEnds_.emplace_back(until, s->seat.index_);
      } else {
        sh.stallUntilNs.store(until, std::memory_order_relaxed);
      }
    }
  }
}

void Harness::reap(SeatState& s, bool expected) {
  if (s.exited || s.pid <= 0) return;
  int status = 0;
  if (waitpid(s.pid, &status, 0) == s.pid) noteExit(s, status, expected);
}

void Harness::noteExit(SeatState& s, int status, bool expected) {
  s.exited = true;
  const Seat::Shared& sh = *s.seat.shared_;
  if (s.killedByFault) {
    observe::Observation o;
    o.timeNs = nowNs();
    o.kind = observe::ObsKind::Detect;
    o.entity = static_cast<std::uint64_t>(s.seat.index_);
    o.value = static_cast<double>(o.timeNs - s.faultAtNs);
    harnessLog_.push_back(o);
    return;
  }
  std::string why;
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    why = sig == SIGSYS    ? run::phrase("killed by its syscall filter (SIGSYS: a forbidden system call)")
          : sig == SIGXCPU ? run::phrase("killed for exceeding its CPU-time limit (SIGXCPU)")
                           : run::phrase("killed by signal %1 (%2)", {std::to_string(sig), strsignal(sig)});
  } else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    why = sh.error[0] != '\0' ? std::string(sh.error)
                              : run::phrase("exited with code %1", {std::to_string(WEXITSTATUS(status))});
  }
  if (!why.empty() && !(expected && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL))
    fail(run::phrase("%1: %2", {s.spec.name, why}));
}

void Harness::supervise() {
  const std::int64_t now = nowNs();
  while (nextFault_ < timeline_.size() && static_cast<std::int64_t>(timeline_[nextFault_].atS * 1e9) <= now)
    injectFault(timeline_[nextFault_++]);
  for (auto it = stallEnds_.begin(); it != stallEnds_.end();) {
    if (it->first <= now) {
      SeatState& s = *seats_[static_cast<std::size_t>(it->second)];
      if (!s.exited) kill(s.pid, SIGCONT);
      it = stallEnds_.erase(it);
    } else {
      ++it;
    }
  }
  for (auto& s : seats_) {
    if (s->spec.kind == SeatKind::Thread) {
      if (s->seat.shared_->phase.load(std::memory_order_acquire) == kFailed && error_.empty())
        fail(run::phrase("%1: %2", {s->spec.name, s->seat.shared_->error}));
      continue;
    }
    if (s->exited || s->pid <= 0) continue;
    bool gone = false;
    if (s->pidfd >= 0) {
      pollfd p{s->pidfd, POLLIN, 0};
      gone = poll(&p, 1, 0) > 0;
    } else {
      siginfo_t info{};
      gone = waitid(P_PID, static_cast<id_t>(s->pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
             info.si_pid != 0;
    }
    if (gone) reap(*s, stopping());
  }
}

bool Harness::seatReturned(int i) const {
  const SeatState& s = *seats_.at(static_cast<std::size_t>(i));
  if (s.spec.kind == SeatKind::Process) return s.exited;
  return s.seat.shared_->phase.load(std::memory_order_acquire) >= kReturned;
}

bool Harness::busyDone() const {
  for (const auto& s : seats_) {
    if (s->spec.role != SeatRole::Busy) continue;
    if (s->spec.kind == SeatKind::Process) {
      if (!s->exited) return false;
    } else if (s->seat.shared_->phase.load(std::memory_order_acquire) < kReturned) {
      return false;
    }
  }
  return true;
}

bool Harness::waitFor(std::int64_t timeoutNs) {
  const auto deadline = Clock::now() + std::chrono::nanoseconds(timeoutNs);
  for (;;) {
    supervise();
    if (!error_.empty()) return false;  // a failed run is not done, whatever stopped
    if (busyDone()) return true;
    if (stopping() || (cfg_.cancel != nullptr && cfg_.cancel->load(std::memory_order_relaxed))) return false;
    std::int64_t slice = kSuperviseSliceNs;
    if (nextFault_ < timeline_.size())
      slice = std::min(slice, static_cast<std::int64_t>(timeline_[nextFault_].atS * 1e9) - nowNs());
    const std::int64_t left = (deadline - Clock::now()).count();
    if (left <= 0) return false;
    slice = std::max<std::int64_t>(std::min(slice, left), 10'000);
    // Sleep on the live process seats' pidfds, so a death wakes us at once.
    std::vector<pollfd> fds;
    for (auto& s : seats_)
      if (s->pidfd >= 0 && !s->exited) fds.push_back({s->pidfd, POLLIN, 0});
    if (!fds.empty()) {
      const timespec ts{static_cast<time_t>(slice / 1'000'000'000), static_cast<long>(slice % 1'000'000'000)};
      ppoll(fds.data(), fds.size(), &ts, nullptr);
    } else {
      std::this_thread::sleep_for(std::chrono::nanoseconds(slice));
    }
  }
}

void Harness::joinAll() {
  // Thread seats poll their stop flag; process seats get a grace period, then SIGKILL.
  const auto grace = Clock::now() + kStopGrace;
  for (auto& s : seats_) {
    if (s->spec.kind != SeatKind::Process || s->exited || s->pid <= 0) continue;
    for (;;) {
      int status = 0;
      const pid_t r = waitpid(s->pid, &status, WNOHANG);
      if (r == s->pid) {
        noteExit(*s, status, true);
        break;
      }
      if (Clock::now() > grace) {
        kill(s->pid, SIGCONT);  // a stalled seat must be able to die
        kill(s->pid, SIGKILL);
        waitpid(s->pid, &status, 0);
        s->exited = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
  }
  for (auto& s : seats_)
    if (s->thread.joinable()) s->thread.join();
  samplerStop_.store(true, std::memory_order_relaxed);
  if (sampler_.joinable()) sampler_.join();
  for (auto& s : seats_)
    if (s->spec.kind == SeatKind::Thread && s->seat.shared_->phase.load() == kFailed && error_.empty())
      error_ = run::phrase("%1: %2", {s->spec.name, s->seat.shared_->error});
  collectPlacements();
  finished_ = true;
}

void Harness::collectPlacements() {
  std::vector<run::ThreadPlacement> busy, helpers;
  int hogs = 0;
  for (auto& s : seats_) {
    const Seat::Shared& sh = *s->seat.shared_;
    if (s->spec.role == SeatRole::Hog) {
      ++hogs;
      continue;
    }
    run::ThreadPlacement p{s->spec.name, s->spec.cpu, sh.pinned.load() == 1, sh.seen.cpus()};
    // Pinned means the affinity held for the whole run, not only at the start.
    if (p.pinned && p.cpusSeen != std::vector<int>{p.requestedCpu}) p.pinned = false;
    placements_.push_back(p);
    (s->spec.role == SeatRole::Busy ? busy : helpers).push_back(std::move(p));
    if (s->spec.realtime) outcome_.noteRealtime(s->spec.name, sh.realtime.load() == 1);
  }
  outcome_.setPlacements(std::move(busy), std::move(helpers));
  outcome_.noteBackgroundLoad(hogs, cfg_.background.memory ? "memory-streaming" : "CPU-spinning");
  if (!error_.empty()) outcome_.report().error = error_;
}

HarnessEnd Harness::finish(double drainLimitS) {
  HarnessEnd end;
  if (!started_ || finished_) return end;
  end.drained = waitFor(static_cast<std::int64_t>(drainLimitS * 1e9));
  end.cancelled = cfg_.cancel != nullptr && cfg_.cancel->load(std::memory_order_relaxed);
  requestStop();
  joinAll();
  end.failed = !error_.empty();
  return end;
}

HarnessEnd Harness::cancel() {
  HarnessEnd end;
  end.cancelled = true;
  if (!started_ || finished_) return end;
  requestStop();
  joinAll();
  end.drained = false;
  end.failed = !error_.empty();
  return end;
}

std::string Harness::error() const { return error_; }

pid_t Harness::pid(int seat) const {
  const auto& s = *seats_.at(static_cast<std::size_t>(seat));
  return s.exited ? -1 : s.pid;
}

std::size_t Harness::logSize(int i) const {
  return static_cast<std::size_t>(seats_.at(static_cast<std::size_t>(i))->seat.shared_->logCount.load());
}
std::uint64_t Harness::logDropped(int i) const {
  return seats_.at(static_cast<std::size_t>(i))->seat.shared_->logDropped.load();
}
std::int64_t Harness::logFullAtNs(int i) const {
  return seats_.at(static_cast<std::size_t>(i))->seat.shared_->logFullAtNs.load();
}

const observe::Observation* Harness::log(int i) const {
  return seats_.at(static_cast<std::size_t>(i))->seat.shared_->log;
}

void Harness::mergeLogs(observe::Recorder& rec, std::int64_t untilNs) const {
  struct Ref {
    std::int64_t t;
    int seat;  // -1 = the harness's own (faults, detections)
    std::uint32_t i;
  };
  std::vector<Ref> refs;
  for (std::size_t i = 0; i < harnessLog_.size(); ++i)
    refs.push_back({harnessLog_[i].timeNs, -1, static_cast<std::uint32_t>(i)});
  for (std::size_t s = 0; s < seats_.size(); ++s) {
    const auto n = logSize(static_cast<int>(s));
    const observe::Observation* log = seats_[s]->seat.shared_->log;
    for (std::size_t i = 0; i < n; ++i)
      refs.push_back({log[i].timeNs, static_cast<int>(s), static_cast<std::uint32_t>(i)});
  }
  // Stable: a seat's own records keep their order on equal times.
  std::stable_sort(refs.begin(), refs.end(),
                   [](const Ref& a, const Ref& b) { return a.t != b.t ? a.t < b.t : a.seat < b.seat; });
  for (const Ref& r : refs) {
    if (r.t > untilNs) break;
    rec.record(r.seat < 0 ? harnessLog_[r.i]
                          : seats_[static_cast<std::size_t>(r.seat)]->seat.shared_->log[r.i]);
  }
}

}  // namespace amp::real
