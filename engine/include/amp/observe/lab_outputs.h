// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "amp/observe/stats.h"

namespace amp::observe {

/// One column of a lab's table: numbers (with a unit) or words.
struct TableColumn {
  std::string key, label, unit;
  bool text = false;
};
/// A cell: a number (lo/hi: its 95% CI across replications, NaN when it has none) or words.
struct TableCell {
  double num = NAN, lo = NAN, hi = NAN;
  std::string text;
};
/// A small table a lab fills per replication (per-task response times, per-step timings).
struct Table {
  std::string name;
  std::vector<TableColumn> columns;
  std::vector<std::vector<TableCell>> rows;
  /// Appends a row; `cells` in column order.
  void addRow(std::vector<TableCell> cells) { rows.push_back(std::move(cells)); }
};
inline TableCell numberCell(double v) { return TableCell{v, NAN, NAN, {}}; }
inline TableCell textCell(std::string s) { return TableCell{NAN, NAN, NAN, std::move(s)}; }

/// Something that happened on a lane of a timeline, from startS to endS (equal: an instant).
struct TimelineEvent {
  std::string lane;   ///< "worker 2", "master", "primary"
  double startS = 0;  ///< seconds since the run started (simulated or real)
  double endS = 0;
  std::string kind;  ///< what it was, one short word: "map", "pause", "fault", "detect"
};
struct Timeline {
  std::string name;
  std::vector<std::string> lanes;  ///< in the order lanes first appeared
  std::vector<TimelineEvent> events;
};

/// What a lab reports about one replication beyond the observation stream: counters, series
/// (over time, episodes or an index), histograms, tables and timelines. A lab fills it from
/// simulate() or runReal() through the Recorder; the runner combines replications.
class LabOutputs {
 public:
  /// Counters: read as metrics with MetricSource::Output (one value per replication).
  void add(const std::string& key, double by = 1.0) { counters_[key] += by; }
  void set(const std::string& key, double value) { counters_[key] = value; }
  /// Counts what happened at `timeNs` only in the measured part of the run (from the end of the
  /// warm-up the runner deletes, see setMeasuredFrom); the counter exists, at 0, either way.
  void addAt(const std::string& key, std::int64_t timeNs, double by = 1.0) {
    counters_[key] += timeNs >= measuredFromNs_ ? by : 0.0;
  }
  /// The runner says where the measured part starts (the warm-up's end) before a replication.
  void setMeasuredFrom(std::int64_t ns) { measuredFromNs_ = ns; }
  /// A point of series `name`; x is time, an episode or an index, as the lab declared it.
  void point(const std::string& name, double x, double y) { series_[name].emplace_back(x, y); }
  /// A value into histogram `name` (a metric with MetricSource::Output and percentiles reads it).
  void sample(const std::string& name, double value) {
    hists_[name].add(value);
    histMeans_[name].add(value);
  }
  /// The table `name`, made with `columns` on first use.
  Table& table(const std::string& name, const std::vector<TableColumn>& columns);
  /// An event on timeline `name` (lanes appear in first-use order).
  void event(const std::string& name, TimelineEvent e);

  const std::map<std::string, double>& counters() const { return counters_; }
  const std::map<std::string, std::vector<std::pair<double, double>>>& series() const { return series_; }
  const std::map<std::string, LogHistogram>& histograms() const { return hists_; }
  /// Mean and count of each histogram's values (a histogram keeps no sum).
  const std::map<std::string, Welford>& histogramMeans() const { return histMeans_; }
  const std::map<std::string, Table>& tables() const { return tables_; }
  const std::map<std::string, Timeline>& timelines() const { return timelines_; }
  bool empty() const {
    return counters_.empty() && series_.empty() && hists_.empty() && tables_.empty() && timelines_.empty();
  }

 private:
  std::int64_t measuredFromNs_ = 0;
  std::map<std::string, double> counters_;
  std::map<std::string, std::vector<std::pair<double, double>>> series_;
  std::map<std::string, LogHistogram> hists_;
  std::map<std::string, Welford> histMeans_;
  std::map<std::string, Table> tables_;
  std::map<std::string, Timeline> timelines_;
};

inline Table& LabOutputs::table(const std::string& name, const std::vector<TableColumn>& columns) {
  auto [it, fresh] = tables_.try_emplace(name);
  if (fresh) {
    it->second.name = name;
    it->second.columns = columns;
  }
  return it->second;
}

inline void LabOutputs::event(const std::string& name, TimelineEvent e) {
  Timeline& t = timelines_[name];
  t.name = name;
  bool known = false;
  for (const auto& lane : t.lanes) known = known || lane == e.lane;
  if (!known) t.lanes.push_back(e.lane);
  t.events.push_back(std::move(e));
}

}  // namespace amp::observe
