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

std::string parseVary(const std::string& text, SweepAxis& out) {
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

std::string parseVary(const std::string& text, SweepSpec& out) {
  SweepAxis axis;
  if (std::string err = parseVary(text, axis); !err.empty()) return err;
  if (out.key.empty()) {
    out.key = axis.key;
    out.from = axis.from;
    out.to = axis.to;
    out.steps = axis.steps;
    out.log = axis.log;
    return {};
  }
  if (out.second)
    return "--vary may be given at most twice (a two-parameter sweep), got a third: '" + text + "'";
  if (axis.key == out.key) return "--vary " + axis.key + " is given twice: vary two different parameters";
  out.second = axis;
  return {};
}

std::vector<double> axisValues(const SweepAxis& a) {
  std::vector<double> v;
  for (int i = 0; i < a.steps; ++i) {
    const double f = a.steps == 1 ? 0.0 : double(i) / (a.steps - 1);
    v.push_back(a.log ? a.from * std::pow(a.to / a.from, f) : a.from + (a.to - a.from) * f);
  }
  return v;
}

std::vector<double> sweepValues(const SweepSpec& s) {
  return axisValues(SweepAxis{s.key, s.from, s.to, s.steps, s.log});
}

std::vector<std::pair<double, double>> sweepGrid(const SweepSpec& s) {
  std::vector<std::pair<double, double>> grid;
  const std::vector<double> second = s.second ? axisValues(*s.second) : std::vector<double>{NAN};
  for (double a : sweepValues(s))
    for (double b : second) grid.emplace_back(a, b);
  return grid;
}

namespace {

/// Sets `key` to the sweep value `value` in `params`: a choice by index (value i runs its i-th
/// choice), an integer rounded. Returns the value used and, in `shown`, how to name it.
double applyPointValue(const std::vector<ParamSpec>& specs, const std::string& key, double value,
                       Params& params, std::string& shown) {
  const ParamSpec* ps = findSpec(specs, key);
  if (ps != nullptr && ps->kind == ParamKind::Choice && !ps->choices.empty()) {
    value = std::clamp(std::round(value), 0.0, static_cast<double>(ps->choices.size() - 1));
    shown = ps->choices[static_cast<std::size_t>(value)];
    params.setText(key, shown);
    return value;
  }
  if (ps != nullptr && ps->kind == ParamKind::Integer) value = std::round(value);
  params.set(key, value);
  shown = formatNumber(value);
  return value;
}

}  // namespace

std::vector<SweepPoint> runSweep(const Lab& lab, const SweepSpec& spec, const RunHooks& hooks) {
  const std::vector<std::pair<double, double>> all = sweepGrid(spec);
  std::vector<std::pair<double, double>> mine;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (static_cast<int>(i % static_cast<std::size_t>(std::max(1, spec.shardCount))) == spec.shardIndex)
      mine.push_back(all[i]);
  }
  std::vector<SweepPoint> points(mine.size());
  const std::vector<ParamSpec> specs = lab.params();
  std::atomic<std::size_t> next{0};
  int done = 0;  // guarded by progressMu
  std::mutex progressMu;
  auto worker = [&] {
    for (std::size_t i = next.fetch_add(1); i < mine.size(); i = next.fetch_add(1)) {
      if (hooks.cancel != nullptr && hooks.cancel->load(std::memory_order_relaxed)) return;
      RunSpec rs = spec.base;
      std::string shown, shown2;
      points[i].value = applyPointValue(specs, spec.key, mine[i].first, rs.params, shown);
      if (spec.second) {
        points[i].value2 = applyPointValue(specs, spec.second->key, mine[i].second, rs.params, shown2);
        shown += ", " + spec.second->key + " = " + shown2;
      }
      rs.jobs = 1;  // the points themselves are spread over the cores
      RunHooks h;
      h.cancel = hooks.cancel;
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
