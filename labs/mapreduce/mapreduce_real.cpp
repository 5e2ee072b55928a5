// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "amp/real/harness.h"
#include "amp/real/scratch_dir.h"
#include "amp/real/work_kernel.h"
#include "amp/run/phrase.h"
#include "amp/sim/rng.h"
#include "amp/sim/zipf.h"
#include "mapreduce/mapreduce_lab.h"

namespace amp::labs::mapreduce {

namespace {

using Clock = std::chrono::steady_clock;
using Map = std::unordered_map<std::string, std::uint64_t>;
using observe::Observation;
using observe::ObsKind;

// A corpus larger than this is cut (and the run says so): it is written, read and held twice.
constexpr std::size_t kMaxCorpusBytes = std::size_t{512} << 20;
// The sample the word-count rate is calibrated on.
constexpr std::size_t kSampleBytes = std::size_t{4} << 20;
constexpr std::uint32_t kVocabulary = 20000;

bool isSeparator(char c) { return c == ' ' || c == '\n'; }

void countInto(Map& m, const char* b, const char* e) {
  while (b < e) {
    while (b < e && isSeparator(*b)) ++b;
    const char* w = b;
    while (b < e && !isSeparator(*b)) ++b;
    if (b > w) ++m[std::string(w, b)];
  }
}

Counts sorted(const Map& m) {
  Counts c(m.begin(), m.end());
  std::sort(c.begin(), c.end());
  return c;
}

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

/// One task of the real job: its byte range, who mapped it, when, and its counts.
struct Task {
  std::int64_t begin = 0, end = 0;
  std::int64_t dispatchStartNs = 0, dispatchEndNs = 0, mapStartNs = 0, mapEndNs = 0;
  int worker = -1, cpu = -1;
  Map counts;
};

/// The first byte at or after `from` that separates words, read from the file (the master's
/// real work per task); `size` when there is none.
std::int64_t nextBoundary(int fd, std::int64_t from, std::int64_t size) {
  unsigned char window[256];
  for (std::int64_t at = from; at < size; at += sizeof(window)) {
    const auto n = static_cast<std::size_t>(std::min<std::int64_t>(sizeof(window), size - at));
    if (!real::readAll(fd, window, n, at))
      throw std::runtime_error(real::errnoText(run::phrase("read of the corpus failed")));
    for (std::size_t i = 0; i < n; ++i)
      if (isSeparator(static_cast<char>(window[i]))) return at + static_cast<std::int64_t>(i);
  }
  return size;
}

}  // namespace

Counts countWords(const std::string& text) {
  Map m;
  countInto(m, text.data(), text.data() + text.size());
  return sorted(m);
}

std::string zipfCorpus(std::uint64_t seed, std::size_t bytes) {
  sim::Rng rng(seed, 7);
  std::vector<std::string> vocabulary(kVocabulary);
  for (auto& w : vocabulary) {
    const auto len = 2 + rng.below(9);
    for (std::uint64_t i = 0; i < len; ++i) w.push_back(static_cast<char>('a' + rng.below(26)));
  }
  const sim::ZipfSampler zipf(kVocabulary, 1.0);
  std::string text;
  text.reserve(bytes + 16);
  int onLine = 0;
  while (text.size() < bytes) {
    text += vocabulary[zipf.sample(rng)];
    text.push_back(++onLine == 12 ? '\n' : ' ');
    if (onLine == 12) onLine = 0;
  }
  return text;
}

run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec) {
  const int r = std::max(1, p.integer("tasks"));
  const int workers = std::max(1, p.integer("workers"));
  const std::int64_t tauNs = std::llround(p.num("schedule_ms") * 1e6);
  const std::int64_t rhoNs = std::llround(p.num("reduce_ms_per_task") * 1e6);
  const auto fail = [](std::string why) {
    run::RealOutcome failed;
    failed.error = std::move(why);
    return failed;
  };

  // The word-count rate of this machine, on a sample, so that the corpus takes about work_s.
  double rate = 0.0;  // bytes per second
  {
    const std::string sample = zipfCorpus(ctl.seed + 1, kSampleBytes);
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
      Map m;
      const auto t0 = Clock::now();
      countInto(m, sample.data(), sample.data() + sample.size());
      best = std::min(best, secondsSince(t0));
    }
    rate = static_cast<double>(sample.size()) / std::max(best, 1e-9);
  }
  const double wanted = p.num("work_s") * rate;
  const auto bytes =
      static_cast<std::size_t>(std::clamp(wanted, 4096.0, static_cast<double>(kMaxCorpusBytes)));
  if (ctl.cancelled()) return {};

  // τ and ρ are busy work under the run's service clock, as every lab serves a requested time.
  const real::WorkKernel kernel = real::WorkKernel::calibrated().withClock(ctl.serviceClock);
  real::ScratchDir dir;
  if (std::string err = dir.create(p.text("data_dir"), "mapreduce"); !err.empty())
    return fail(run::phrase("data_dir: %1", {err}));
  std::string err;
  const int fd = dir.open("corpus.txt", err);
  if (fd < 0) return fail(err);
  const std::string text = zipfCorpus(ctl.seed, bytes);
  if (!real::writeAll(fd, reinterpret_cast<const unsigned char*>(text.data()), text.size(), 0))
    return fail(real::errnoText(run::phrase("write of the corpus failed")));
  const auto size = static_cast<std::int64_t>(text.size());
  if (ctl.cancelled()) return {};

  std::vector<Task> tasks(static_cast<std::size_t>(r));
  std::atomic<std::size_t> released{0};  // tasks the master has dispatched
  std::atomic<std::size_t> taken{0};     // the next task a worker takes
  std::atomic<std::size_t> mapped{0};
  Map total;
  std::int64_t reduceStartNs = 0, reduceEndNs = 0;

  real::HarnessConfig cfg;
  cfg.host = real::HostState::probe();  // before our own threads exist
  cfg.cancel = ctl.cancel;
  cfg.seed = ctl.seed;
  real::Harness harness(std::move(cfg));
  harness.addSeat(real::threadSeat("master", [&](real::Seat& seat) {
    seat.noteCpu();
    std::int64_t pos = 0;
    for (std::size_t i = 0; i < tasks.size() && !seat.stopping(); ++i) {
      Task& t = tasks[i];
      t.dispatchStartNs = seat.nowNs();
      // Split: the task ends at the first separator after its share of the bytes.
      const std::int64_t target = size * static_cast<std::int64_t>(i + 1) / r;
      t.begin = pos;
      t.end = i + 1 == tasks.size() ? size : std::max(pos, nextBoundary(fd, target, size));
      pos = t.end;
      kernel.run(tauNs, &seat.stopFlag());
      t.dispatchEndNs = seat.nowNs();
      // release: a worker that sees the count sees the task's range.
      released.store(i + 1, std::memory_order_release);
    }
    // The barrier: wait for every map. acquire: the workers' counts are visible after it.
    while (mapped.load(std::memory_order_acquire) < tasks.size() && !seat.stopping())
      std::this_thread::yield();
    if (seat.stopping()) return;
    reduceStartNs = seat.nowNs();
    for (const Task& t : tasks) {
      for (const auto& [word, n] : t.counts) total[word] += n;
      kernel.run(rhoNs, &seat.stopFlag());
    }
    reduceEndNs = seat.nowNs();
    seat.noteCpu();
  }));
  for (int w = 0; w < workers; ++w) {
    harness.addSeat(real::threadSeat("worker " + std::to_string(w), [&, w](real::Seat& seat) {
      std::vector<unsigned char> buffer;
      while (!seat.stopping()) {
        std::size_t i = taken.load(std::memory_order_relaxed);
        if (i >= tasks.size()) return;
        // acquire: pairs with the master's release of task i.
        if (i >= released.load(std::memory_order_acquire)) {
          std::this_thread::yield();  // threads may outnumber the cores: let the master run
          continue;
        }
        if (!taken.compare_exchange_weak(i, i + 1, std::memory_order_relaxed)) continue;
        Task& t = tasks[i];
        t.mapStartNs = seat.nowNs();
        t.worker = w;
        t.cpu = seat.noteCpu();
        buffer.resize(static_cast<std::size_t>(t.end - t.begin));
        if (!real::readAll(fd, buffer.data(), buffer.size(), t.begin))
          throw std::runtime_error(real::errnoText(run::phrase("read of the corpus failed")));
        const auto* b = reinterpret_cast<const char*>(buffer.data());
        // Room for the words a range this long can hold, so the map does not rehash as it grows.
        t.counts.reserve(std::min<std::size_t>(kVocabulary, buffer.size() / 8 + 16));
        countInto(t.counts, b, b + buffer.size());
        t.mapEndNs = seat.nowNs();
        mapped.fetch_add(1, std::memory_order_release);  // release: the counts before the count
      }
    }));
  }
  if (ctl.live != nullptr) {
    // The animation's samples: tasks the master has yet to send, tasks sent but not yet taken.
    harness.setSampler(ctl.live, [&](std::int64_t t, observe::ObservationSink& live) {
      const std::size_t sent = released.load(std::memory_order_relaxed);
      const std::size_t started = std::min(taken.load(std::memory_order_relaxed), sent);
      live.observe(real::gauge(t, MapReduceLab::kMaster, static_cast<double>(tasks.size() - sent)));
      live.observe(real::gauge(t, MapReduceLab::kWorkers, static_cast<double>(sent - started)));
    });
  }
  harness.start();
  bool cancelled = false;
  while (!harness.waitFor(2'000'000)) {
    if (!harness.error().empty()) break;
    if (ctl.cancelled()) {
      cancelled = true;
      break;
    }
  }
  harness.finish(0);
  if (!harness.error().empty()) return fail(harness.error());
  if (cancelled || reduceEndNs == 0) {
    run::RealOutcome out(harness.outcome().finish());
    out.endNs = harness.nowNs();
    return out;
  }

  // The reference: the same corpus counted on one thread, timed (the job's W on this machine).
  const auto t0 = Clock::now();
  Map reference;
  countInto(reference, text.data(), text.data() + text.size());
  const double singleS = secondsSince(t0);
  const bool countsOk = reference == total;
  std::uint64_t words = 0;
  for (const auto& [word, n] : reference) words += n;

  // Times from the first dispatch.
  const std::int64_t zero = tasks.front().dispatchStartNs;
  const double makespan = static_cast<double>(reduceEndNs - zero) / 1e9;
  double masterBusy = static_cast<double>(reduceEndNs - reduceStartNs), mapBusy = 0.0;
  std::vector<Observation> stream;
  stream.reserve(tasks.size() * 7 + 2);
  const auto at = [zero](std::int64_t ns) { return ns - zero; };
  observe::LabOutputs& out = rec.outputs();
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    const Task& t = tasks[i];
    masterBusy += static_cast<double>(t.dispatchEndNs - t.dispatchStartNs);
    mapBusy += static_cast<double>(t.mapEndNs - t.mapStartNs);
    const auto core = static_cast<std::int16_t>(t.cpu);
    stream.push_back({0, i, 0.0, MapReduceLab::kSource, -1, ObsKind::Arrive, 0});
    stream.push_back({0, i, 0.0, MapReduceLab::kMaster, -1, ObsKind::Enqueue, 0});
    stream.push_back({at(t.dispatchStartNs), i, double(at(t.dispatchStartNs)), MapReduceLab::kMaster, 0,
                      ObsKind::Start, 0});
    stream.push_back({at(t.dispatchEndNs), i, double(t.dispatchEndNs - t.dispatchStartNs),
                      MapReduceLab::kMaster, 0, ObsKind::Finish, 0});
    stream.push_back({at(t.dispatchEndNs), i, 0.0, MapReduceLab::kWorkers, -1, ObsKind::Enqueue, 0});
    stream.push_back({at(t.mapStartNs), i, double(t.mapStartNs - t.dispatchEndNs), MapReduceLab::kWorkers,
                      core, ObsKind::Start, 0});
    stream.push_back({at(t.mapEndNs), i, double(t.mapEndNs - t.mapStartNs), MapReduceLab::kWorkers, core,
                      ObsKind::Finish, 0});
    stream.push_back(
        {at(t.mapEndNs), i, double(at(t.mapEndNs)), MapReduceLab::kSink, -1, ObsKind::Depart, 0});
    out.event(MapReduceLab::kTimeline,
              {"master", at(t.dispatchStartNs) / 1e9, at(t.dispatchEndNs) / 1e9, "dispatch"});
    out.event(MapReduceLab::kTimeline,
              {"worker " + std::to_string(t.worker), at(t.mapStartNs) / 1e9, at(t.mapEndNs) / 1e9, "map"});
  }
  const std::uint64_t reduceId = tasks.size();
  stream.push_back({at(reduceStartNs), reduceId, 0.0, MapReduceLab::kMaster, 0, ObsKind::Start, 0});
  stream.push_back({at(reduceEndNs), reduceId, double(reduceEndNs - reduceStartNs), MapReduceLab::kMaster, 0,
                    ObsKind::Finish, 0});
  out.event(MapReduceLab::kTimeline, {"master", at(reduceStartNs) / 1e9, at(reduceEndNs) / 1e9, "reduce"});
  std::stable_sort(stream.begin(), stream.end(),
                   [](const Observation& a, const Observation& b) { return a.timeNs < b.timeNs; });
  for (const Observation& o : stream) rec.record(o);

  out.set("makespan_s", makespan);
  out.set("speedup", singleS / makespan);
  out.set("master_util", masterBusy / 1e9 / makespan);
  out.set("worker_idle_frac", std::max(0.0, 1.0 - mapBusy / 1e9 / (workers * makespan)));

  harness.outcome().noteKernel(kernel);
  real::RunReport& report = harness.outcome().report();
  report.facts["count_rate_mb_s"] = rate / 1e6;
  report.facts["corpus_mb"] = static_cast<double>(size) / 1e6;
  report.facts["words"] = static_cast<double>(words);
  report.facts["distinct_words"] = static_cast<double>(reference.size());
  report.facts["single_count_s"] = singleS;
  report.facts["counts_ok"] = countsOk ? 1.0 : 0.0;
  // What the model's parameters measured: the master's step per task (its split and τ), its merge
  // per task (the real maps' merge and ρ), and the workers' map time in all.
  report.facts["schedule_ms_measured"] =
      (masterBusy - static_cast<double>(reduceEndNs - reduceStartNs)) / 1e6 / r;
  report.facts["reduce_ms_measured"] = static_cast<double>(reduceEndNs - reduceStartNs) / 1e6 / r;
  report.facts["map_s_total"] = mapBusy / 1e9;
  report.labels["counts"] = countsOk ? "equal to a single-threaded count of the same corpus"
                                     : "DIFFERENT from a single-threaded count of the same corpus";
  report.labels["corpus"] = real::filesystemName(dir.path()) + ", " +
                            std::to_string(static_cast<long long>(size / 1000)) + " kB of Zipf words";
  if (wanted > static_cast<double>(kMaxCorpusBytes))
    report.warnings.push_back(run::phrase("the corpus was cut to %1 MiB: the job is shorter than work_s",
                                          {std::to_string(kMaxCorpusBytes >> 20)}));
  if (!countsOk)
    report.warnings.push_back(run::phrase("the merged counts differ from a single-threaded count"));
  run::RealOutcome result(harness.outcome().finish());
  result.endNs = at(reduceEndNs);
  return result;
}

}  // namespace amp::labs::mapreduce
