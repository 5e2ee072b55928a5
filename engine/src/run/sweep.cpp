// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/sweep.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <mutex>
#include <thread>

namespace amp::run {

namespace {
bool parseDouble(const std::string& s, double& out) {
  auto res = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && res.ec == std::errc() && res.ptr == s.data() + s.size() && std::isfinite(out);
}
}  // namespace

std::string parseVary(const std::string& text, SweepSpec& out) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0) return "--vary expects key=from:to:steps[:log], got '" + text + "'";
  out.key = text.substr(0, eq);
  // Split by hand: getline drops an empty last field, so "k=1:5:5:" would pass as "k=1:5:5".
  std::vector<std::string> parts;
  const std::string fields = text.substr(eq + 1);
  for (std::size_t start = 0;;) {
    const std::size_t colon = fields.find(':', start);
    parts.push_back(fields.substr(start, colon - start));
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  if (parts.size() < 3 || parts.size() > 4)
    return "--vary expects key=from:to:steps[:log], got '" + text + "'";
  double steps = 0;
  if (!parseDouble(parts[0], out.from) || !parseDouble(parts[1], out.to) || !parseDouble(parts[2], steps) ||
      steps != std::floor(steps) || steps < 1 || steps > 1000) {
    return "--vary " + out.key + ": from and to must be numbers and steps an integer in [1, 1000], got '" +
           text + "'";
  }
  out.steps = static_cast<int>(steps);
  out.log = parts.size() == 4;
  if (out.log && parts[3] != "log") return "--vary " + out.key + ": the optional fourth field must be 'log'";
  if (out.log && (out.from <= 0 || out.to <= 0))
    return "--vary " + out.key + ": a log sweep needs from and to > 0";
  return {};
}

std::vector<double> sweepValues(const SweepSpec& s) {
  std::vector<double> v;
  for (int i = 0; i < s.steps; ++i) {
    const double f = s.steps == 1 ? 0.0 : double(i) / (s.steps - 1);
    v.push_back(s.log ? s.from * std::pow(s.to / s.from, f) : s.from + (s.to - s.from) * f);
  }
  return v;
}

std::vector<SweepPoint> runSweep(const Lab& lab, const SweepSpec& spec, const RunHooks& hooks) {
  const std::vector<double> all = sweepValues(spec);
  std::vector<double> mine;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (static_cast<int>(i % static_cast<std::size_t>(std::max(1, spec.shardCount))) == spec.shardIndex)
      mine.push_back(all[i]);
  }
  std::vector<SweepPoint> points(mine.size());
  const std::vector<ParamSpec> specs = lab.params();  // ps points into it: keep it alive
  const ParamSpec* ps = findSpec(specs, spec.key);
  std::atomic<std::size_t> next{0};
  int done = 0;  // guarded by progressMu
  std::mutex progressMu;
  auto worker = [&] {
    for (std::size_t i = next.fetch_add(1); i < mine.size(); i = next.fetch_add(1)) {
      if (hooks.cancel != nullptr && hooks.cancel->load(std::memory_order_relaxed)) return;
      RunSpec rs = spec.base;
      double value = mine[i];
      std::string shown;
      if (ps != nullptr && ps->kind == ParamKind::Choice && !ps->choices.empty()) {
        // A choice is swept by index: value i runs choices[i].
        value = std::clamp(std::round(value), 0.0, static_cast<double>(ps->choices.size() - 1));
        shown = ps->choices[static_cast<std::size_t>(value)];
        rs.params.setText(spec.key, shown);
      } else {
        if (ps != nullptr && ps->kind == ParamKind::Integer) value = std::round(value);
        rs.params.set(spec.key, value);
        shown = formatNumber(value);
      }
      rs.jobs = 1;  // the points themselves are spread over the cores
      RunHooks h;
      h.cancel = hooks.cancel;
      points[i].value = value;
      points[i].result = execute(lab, rs, h);
      if (hooks.progress) {
        // Counted under the lock that orders the calls, so the reported fraction never steps back.
        std::lock_guard lock(progressMu);
        hooks.progress(double(++done) / double(mine.size()), spec.key + " = " + shown);
      }
    }
  };
  const int jobs =
      spec.jobs > 0 ? spec.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> threads;
  for (int t = 1; t < std::min<int>(jobs, static_cast<int>(mine.size())); ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  return points;
}

}  // namespace amp::run
