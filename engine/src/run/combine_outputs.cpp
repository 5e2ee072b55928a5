// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "combine_outputs.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "amp/observe/stats.h"

namespace amp::run {

namespace {

constexpr std::size_t kMaxSeriesPoints = 2000;

const OutputSpec* findOutput(const std::vector<OutputSpec>& specs, const std::string& key) {
  for (const auto& o : specs)
    if (o.key == key) return &o;
  return nullptr;
}

using Points = std::vector<std::pair<double, double>>;

/// Whether every replication has series `name` at the same x values as the first.
bool sameXs(const std::vector<const observe::LabOutputs*>& reps, const std::string& name,
            const Points& first) {
  for (const auto* rep : reps) {
    auto it = rep->series().find(name);
    if (it == rep->series().end() || it->second.size() != first.size()) return false;
    for (std::size_t i = 0; i < first.size(); ++i)
      if (it->second[i].first != first[i].first) return false;
  }
  return true;
}

/// Every stride-th point, so at most kMaxSeriesPoints remain (the last point kept).
template <typename T>
std::vector<T> thinned(const std::vector<T>& v) {
  if (v.size() <= kMaxSeriesPoints) return v;
  const std::size_t stride = (v.size() + kMaxSeriesPoints - 1) / kMaxSeriesPoints;
  std::vector<T> out;
  for (std::size_t i = 0; i < v.size(); i += stride) out.push_back(v[i]);
  if ((v.size() - 1) % stride != 0) out.push_back(v.back());
  return out;
}

Series combinedSeries(const std::vector<const observe::LabOutputs*>& reps, const std::string& name,
                      const OutputSpec* spec) {
  const Points& first = reps.front()->series().at(name);
  Series s{name, spec != nullptr ? spec->xUnit : "", spec != nullptr ? spec->unit : "", first, {}};
  if (reps.size() < 2 || !sameXs(reps, name, first)) {
    s.points = thinned(first);
    return s;
  }
  for (std::size_t i = 0; i < first.size(); ++i) {
    observe::Welford w;
    for (const auto* rep : reps) w.add(rep->series().at(name)[i].second);
    const observe::Interval ci = observe::tInterval(w);
    s.points[i].second = ci.mean;
    s.band.emplace_back(ci.lo, ci.hi);
  }
  s.points = thinned(s.points);
  s.band = thinned(s.band);
  return s;
}

/// Whether every replication's table `name` has the first's shape and words.
bool sameRows(const std::vector<const observe::LabOutputs*>& reps, const std::string& name,
              const Table& first) {
  for (const auto* rep : reps) {
    auto it = rep->tables().find(name);
    if (it == rep->tables().end() || it->second.rows.size() != first.rows.size()) return false;
    for (std::size_t r = 0; r < first.rows.size(); ++r) {
      if (it->second.rows[r].size() != first.rows[r].size()) return false;
      for (std::size_t c = 0; c < first.rows[r].size(); ++c)
        if (it->second.rows[r][c].text != first.rows[r][c].text) return false;
    }
  }
  return true;
}

Table combinedTable(const std::vector<const observe::LabOutputs*>& reps, const std::string& name) {
  Table t = reps.front()->tables().at(name);
  if (reps.size() < 2 || !sameRows(reps, name, t)) return t;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
      if (!t.rows[r][c].text.empty()) continue;
      observe::Welford w;
      for (const auto* rep : reps) {
        const double v = rep->tables().at(name).rows[r][c].num;
        if (std::isfinite(v)) w.add(v);
      }
      if (w.count() == 0) continue;
      const observe::Interval ci = observe::tInterval(w);
      t.rows[r][c] = observe::TableCell{ci.mean, ci.lo, ci.hi, {}};
    }
  }
  return t;
}

}  // namespace

Histogram coarseHistogram(const observe::LogHistogram& h, const std::string& name, const std::string& unit,
                          double scale) {
  Histogram out;
  out.name = name;
  out.unit = unit;
  const auto buckets = h.buckets();
  if (buckets.empty()) return out;
  const double lo = std::max(buckets.front().lo, 1e-12), hi = std::max(buckets.back().hi, lo * 1.0001);
  const int bins = 120;
  const double step = std::log(hi / lo) / bins;
  std::vector<double> counts(bins, 0.0);
  for (const auto& b : buckets) {
    const double mid = std::sqrt(std::max(b.lo, 1e-12) * b.hi);
    const int i = std::clamp(static_cast<int>(std::log(mid / lo) / step), 0, bins - 1);
    counts[static_cast<std::size_t>(i)] += static_cast<double>(b.count);
  }
  for (int i = 0; i < bins; ++i)
    out.edgesAndCounts.emplace_back(lo * std::exp(step * i) * scale, counts[static_cast<std::size_t>(i)]);
  out.edgesAndCounts.emplace_back(hi * scale, 0.0);
  return out;
}

void combineOutputs(const Lab& lab, const std::vector<const observe::LabOutputs*>& reps, RunResult& result) {
  if (reps.empty()) return;
  const std::vector<OutputSpec> specs = lab.outputs();
  const observe::LabOutputs& first = *reps.front();
  for (const auto& [name, points] : first.series()) {
    if (points.empty()) continue;
    result.series.push_back(combinedSeries(reps, name, findOutput(specs, name)));
  }
  for (const auto& [name, hist] : first.histograms()) {
    const bool already = std::any_of(result.histograms.begin(), result.histograms.end(),
                                     [&](const Histogram& h) { return h.name == name; });
    if (already) continue;
    std::optional<observe::LogHistogram> merged;
    for (const auto* rep : reps) {
      auto it = rep->histograms().find(name);
      if (it == rep->histograms().end()) continue;
      if (merged) {
        merged->merge(it->second);
      } else {
        merged = it->second;
      }
    }
    const OutputSpec* spec = findOutput(specs, name);
    if (merged && merged->count() > 0)
      result.histograms.push_back(coarseHistogram(*merged, name, spec != nullptr ? spec->unit : "", 1.0));
  }
  for (const auto& [name, table] : first.tables()) result.tables.push_back(combinedTable(reps, name));
  for (const auto& [name, timeline] : first.timelines()) result.timelines.push_back(timeline);
}

}  // namespace amp::run
