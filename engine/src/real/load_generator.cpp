// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/load_generator.h"

#include <sys/prctl.h>
#include <time.h>

#include <algorithm>
#include <cmath>

#include "amp/sim/rng.h"

namespace amp::real {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::int64_t kSliceNs = 10'000'000;  // longest sleep between stop checks

std::int64_t sinceNs(Clock::time_point epoch) { return (Clock::now() - epoch).count(); }

// The default 50 µs timer slack lets the kernel wake a sleeper that much late to batch timers;
// a load generator wants its wake-ups on time. Restored when the generator returns.
class TightTimerSlack {
 public:
  TightTimerSlack() : old_(prctl(PR_GET_TIMERSLACK, 0, 0, 0, 0)) { prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0); }
  ~TightTimerSlack() {
    if (old_ > 0) prctl(PR_SET_TIMERSLACK, static_cast<unsigned long>(old_), 0, 0, 0);
  }
  TightTimerSlack(const TightTimerSlack&) = delete;
  TightTimerSlack& operator=(const TightTimerSlack&) = delete;

 private:
  long old_;
};

// Sleep until `target` ns since the epoch (less the spin window), in slices that let a stop
// through, then spin. Returns false when stopped.
bool waitUntil(Clock::time_point epoch, std::int64_t target, std::int64_t spinNs,
               const std::atomic<bool>& stop) {
  for (;;) {
    if (stop.load(std::memory_order_relaxed)) return false;
    const std::int64_t now = sinceNs(epoch);
    const std::int64_t left = target - now;
    if (left <= 0) return true;
    if (left <= spinNs) {
      cpuRelax();
      continue;
    }
    // steady_clock is CLOCK_MONOTONIC in libstdc++ on Linux, so an absolute sleep on it lands on
    // the schedule's own time base.
    const std::int64_t wake = std::min(target - spinNs, now + kSliceNs);
    const auto abs = epoch.time_since_epoch().count() + wake;
    timespec ts{static_cast<time_t>(abs / 1'000'000'000), static_cast<long>(abs % 1'000'000'000)};
    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
  }
}

void noteLateness(LoadStats& s, std::int64_t lateNs, std::int64_t threshold) {
  ++s.emitted;
  const double late = static_cast<double>(std::max<std::int64_t>(0, lateNs));
  s.meanLatenessNs += (late - s.meanLatenessNs) / static_cast<double>(s.emitted);
  s.maxLatenessNs = std::max(s.maxLatenessNs, late);
  if (lateNs > threshold) ++s.late;
}

}  // namespace

std::vector<std::int64_t> scheduleNs(const std::vector<sim::ArrivalDraw>& draws) {
  std::vector<std::int64_t> out;
  out.reserve(draws.size());
  for (const auto& d : draws) out.push_back(static_cast<std::int64_t>(std::llround(d.time * 1e9)));
  return out;
}

OpenLoopGenerator::OpenLoopGenerator(std::vector<std::int64_t> scheduleNs, Clock::time_point epoch,
                                     std::int64_t lateThresholdNs)
    : schedule_(std::move(scheduleNs)), epoch_(epoch), lateThresholdNs_(lateThresholdNs) {}

LoadStats OpenLoopGenerator::run(const std::function<bool(std::size_t, std::int64_t)>& emit,
                                 const std::atomic<bool>& stop) {
  static_assert(std::is_same_v<Clock::duration, std::chrono::nanoseconds>, "schedule is in ns");
  TightTimerSlack slack;
  LoadStats s;
  std::size_t i = 0;
  while (i < schedule_.size()) {
    if (end_ != nullptr && end_->load(std::memory_order_relaxed)) {
      s.endedEarly = true;
      s.endedAtNs = sinceNs(epoch_);
      break;
    }
    if (!waitUntil(epoch_, schedule_[i], spinNs_, stop)) {
      s.stopped = true;
      break;
    }
    // Emit everything that is due now: when behind, catch up without sleeping, and record how
    // late each one was against its own scheduled time.
    std::int64_t now = sinceNs(epoch_);
    do {
      const std::int64_t late = now - schedule_[i];
      if (!emit(i, late)) ++s.rejected;
      noteLateness(s, late, lateThresholdNs_);
      ++i;
      if ((i & 255) == 0) now = sinceNs(epoch_);
    } while (i < schedule_.size() && schedule_[i] <= now);
  }
  return s;
}

ClosedLoopGenerator::ClosedLoopGenerator(int clients, double thinkMeanS, std::uint64_t seed,
                                         Clock::time_point epoch, std::int64_t lateThresholdNs)
    : clients_(std::max(1, clients)),
      thinkMeanNs_(thinkMeanS * 1e9),
      seed_(seed),
      epoch_(epoch),
      lateThresholdNs_(lateThresholdNs),
      doneNs_(std::make_unique<std::atomic<std::int64_t>[]>(static_cast<std::size_t>(clients_))) {
  for (int c = 0; c < clients_; ++c)
    doneNs_[static_cast<std::size_t>(c)].store(-1, std::memory_order_relaxed);
}

void ClosedLoopGenerator::complete(int client, std::int64_t finishNs) {
  if (client < 0 || client >= clients_) return;
  // release: the caller's record of the finished request is visible to the generator.
  doneNs_[static_cast<std::size_t>(client)].store(finishNs, std::memory_order_release);
  bell_.notify();
}

LoadStats ClosedLoopGenerator::run(const std::function<bool(int, std::int64_t)>& submit, std::int64_t untilNs,
                                   const std::atomic<bool>& stop) {
  TightTimerSlack slack;
  LoadStats s;
  const auto n = static_cast<std::size_t>(clients_);
  std::vector<sim::Rng> rngs;
  for (std::size_t c = 0; c < n; ++c) rngs.emplace_back(seed_, 1000 + c);  // one stream per client
  auto think = [&](std::size_t c) {
    return static_cast<std::int64_t>(std::llround(-std::log(rngs[c].uniform01()) * thinkMeanNs_));
  };
  constexpr std::int64_t kWaiting = -1;
  std::vector<std::int64_t> due(n);  // next send time, or kWaiting while a request is out
  for (std::size_t c = 0; c < n; ++c) due[c] = think(c);

  auto pending = [&] {
    for (std::size_t c = 0; c < n; ++c)
      if (due[c] == kWaiting && doneNs_[c].load(std::memory_order_relaxed) >= 0) return true;
    return false;
  };
  while (!stop.load(std::memory_order_relaxed)) {
    std::int64_t now = sinceNs(epoch_);
    if (now >= untilNs) return s;
    std::int64_t next = untilNs;
    for (std::size_t c = 0; c < n; ++c) {
      if (due[c] == kWaiting) {
        // acquire: pairs with complete()'s release.
        const std::int64_t done = doneNs_[c].exchange(-1, std::memory_order_acquire);
        if (done < 0) continue;
        due[c] = done + think(c);  // thinking starts when the answer arrived
      }
      if (due[c] <= now) {
        const std::int64_t late = now - due[c];
        const std::int64_t scheduled = due[c];
        due[c] = kWaiting;
        noteLateness(s, late, lateThresholdNs_);
        if (!submit(static_cast<int>(c), scheduled)) {
          ++s.rejected;
          due[c] = now + think(c);
        }
        now = sinceNs(epoch_);
      }
      if (due[c] != kWaiting) next = std::min(next, due[c]);
    }
    const std::int64_t left = next - sinceNs(epoch_);
    if (left <= 0) continue;
    const std::uint32_t ticket = bell_.prepareWait();
    if (pending() || stop.load(std::memory_order_relaxed)) {
      bell_.cancelWait();
      continue;
    }
    bell_.wait(ticket, std::min(left, kSliceNs));
  }
  s.stopped = true;
  return s;
}

}  // namespace amp::real

namespace amp::real {

SeatSpec openLoopSeat(std::vector<std::int64_t> scheduleNs, Clock::time_point epoch,
                      std::int64_t lateThresholdNs, std::function<bool(std::size_t, std::int64_t)> emit,
                      LoadStats* stats, OpenLoopOptions options) {
  SeatSpec s;
  s.name = "generator";
  s.role = SeatRole::Helper;
  auto schedule = std::make_shared<std::vector<std::int64_t>>(std::move(scheduleNs));
  s.body = [schedule, epoch, lateThresholdNs, emit = std::move(emit), stats,
            options = std::move(options)](Seat& seat) {
    raiseRealtimePriority();  // under chrt: wake on time even next to a busy seat on its CPU
    OpenLoopGenerator g(std::move(*schedule), epoch == Clock::time_point{} ? seat.epoch() : epoch,
                        lateThresholdNs);
    g.endWhen(options.endLoad);
    g.setSpinNs(options.spinNs);
    *stats = g.run(
        [&](std::size_t i, std::int64_t late) {
          seat.noteCpu();  // the placement read-back covers the whole run
          return emit(i, late);
        },
        seat.stopFlag());
    if (options.onEnd) options.onEnd();
  };
  return s;
}

}  // namespace amp::real
