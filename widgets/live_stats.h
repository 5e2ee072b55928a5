// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "amp/observe/aggregator.h"
#include "amp/observe/observation.h"
#include "amp/observe/stats.h"
#include "amp/run/topology.h"

namespace amp::widgets {

/// What the GUI knows about the run going on, rebuilt from the (lossy) trace stream on the GUI
/// thread: live queue lengths, busy servers per core, counters, and short series for the live
/// charts. Memory stays flat: series are thinned, histograms grow with the value range only.
///
/// The trace ring drops records when the engine outruns the GUI (flat out). After such a gap the
/// live counts restart from zero and heal themselves: a Start whose enqueue time lies before the
/// gap is not subtracted, because its Enqueue was never counted.
class LiveStats {
 public:
  struct Lane {
    int core = -1;  ///< server index (simulation) or the CPU it ran on (real)
    bool busy = false;
    double utilization = 0.0;  ///< smoothed busy fraction
    std::int64_t busySinceNs = 0, busyAccNs = 0;
    double busyTotalNs = 0.0;  ///< busy time over every closed frame, for settle()
  };
  struct Station {
    std::string name;
    run::StationRole role = run::StationRole::Queue;
    int servers = 1;
    int capacity = 0;
    bool master = false;
    std::int64_t queue = 0;  ///< waiting (not in service)
    std::vector<Lane> lanes;
    std::uint64_t arrivals = 0, starts = 0, finishes = 0, drops = 0;
    double utilization = 0.0;  ///< mean of the lanes
    int busyLanes() const;
    /// What the lanes' utilizations are averaged over: its servers, or more lanes where seen.
    double serverCount() const;
  };
  /// A request seen moving from one station to the next (for the animation's tokens).
  struct Transfer {
    int from = -1, to = -1;
  };

  LiveStats();
  /// Starts over for a new run. `sampled`: the stream carries periodic samples of a real run
  /// (State records: core < 0 = queue depth at the station, core >= 0 = that CPU busy if value > 0).
  void reset(const run::Topology& topology, bool sampled);
  /// Series points every `seconds` of stream time (0 = one per tick). Set after reset().
  void setSeriesWindow(double seconds) { windowNs_ = static_cast<std::int64_t>(seconds * 1e9); }
  /// Records before this one were lost (the ring overflowed).
  void noteGap();
  void add(const observe::Observation& o);
  /// A finished run's measured utilization of a station replaces the smoothed live one (the
  /// live value of a run that ended within a few frames has not settled yet).
  void setUtilization(std::size_t station, double utilization);
  /// A finished run: every station's utilization becomes its mean over all the stream seen (the
  /// smoothed value of a run that ended within a few frames has not settled), until the measured
  /// values that setUtilization brings replace it.
  void settle();
  /// Closes one display frame: smooths utilizations and appends a point to every live series.
  void tick();

  bool sampled() const { return sampled_; }
  std::uint64_t gaps() const { return gaps_; }
  double simTimeS() const { return static_cast<double>(nowNs_) * 1e-9; }
  bool hasData() const { return seen_ > 0; }
  std::uint64_t recordsSeen() const { return seen_; }
  const std::vector<Station>& stations() const { return stations_; }
  const std::vector<std::pair<int, int>>& edges() const { return edges_; }
  std::uint64_t arrivals() const { return arrivals_; }
  std::uint64_t departures() const { return departures_; }
  std::uint64_t drops() const { return drops_; }
  /// Index of the serializing station, -1 if the topology marks none.
  int masterStation() const { return master_; }

  /// Live series (x = simulated seconds). Values are in the stream's units (ns for times):
  /// charts multiply by the metric's scale.
  const observe::SeriesRecorder& sojournSeries() const { return sojournSeries_; }
  const observe::SeriesRecorder& queueSeries(std::size_t s) const { return queueSeries_[s]; }
  const observe::SeriesRecorder& utilizationSeries(std::size_t s) const { return utilSeries_[s]; }
  const observe::SeriesRecorder& waitSeries(std::size_t s) const { return waitSeries_[s]; }
  /// The last State value of the station at each frame (simulation: a lab's gauge, e.g. cwnd).
  const observe::SeriesRecorder& gaugeSeries(std::size_t s) const { return gaugeSeries_[s]; }
  /// The live series the engine publishes under `name` ("latency" in ms, "queue:<station>",
  /// "gauge:<station>"), or nullptr; `scale` receives the factor into the published unit.
  const observe::SeriesRecorder* seriesNamed(const std::string& name, double* scale) const;
  const observe::LogHistogram& sojournHistogram() const { return sojournHist_; }
  const observe::LogHistogram& waitHistogram(std::size_t s) const { return waitHist_[s]; }
  /// Mean sojourn [ns] over the whole live stream.
  const observe::Welford& sojourn() const { return sojourn_; }

  /// Transfers since the last call (bounded; the oldest are kept when there are too many).
  std::vector<Transfer> takeTransfers();

 private:
  Lane& lane(Station& st, int core);
  void transfer(int from, int to);
  int predecessorOf(int station, std::uint64_t entity) const;

  bool sampled_ = false;
  std::vector<Station> stations_;
  std::vector<std::pair<int, int>> edges_;
  std::vector<std::vector<int>> preds_, succs_;
  int master_ = -1;
  std::uint64_t arrivals_ = 0, departures_ = 0, drops_ = 0, seen_ = 0, gaps_ = 0;
  std::int64_t nowNs_ = 0;
  std::int64_t windowStartNs_ = 0;
  std::int64_t windowNs_ = 0, nextSampleNs_ = 0;
  std::int64_t resetNs_ = -1;  // counts restarted here after a gap; earlier enqueues were not counted
  bool restartWindow_ = true;
  bool final_ = false;
  double spanTotalNs_ = 0.0;  ///< stream time over every closed frame
  std::uint64_t lastArriveEntity_ = ~0ULL, lastFinishEntity_ = ~0ULL;
  int lastFinishStation_ = -1;
  double sojournWindowSum_ = 0.0;
  std::uint64_t sojournWindowN_ = 0;
  std::vector<double> waitWindowSum_;
  std::vector<std::uint64_t> waitWindowN_;
  observe::Welford sojourn_;
  observe::LogHistogram sojournHist_;
  std::vector<observe::LogHistogram> waitHist_;
  observe::SeriesRecorder sojournSeries_;
  std::vector<observe::SeriesRecorder> queueSeries_, utilSeries_, waitSeries_, gaugeSeries_;
  std::vector<double> gauge_;
  std::vector<bool> hasGauge_;
  std::vector<Transfer> transfers_;
};

}  // namespace amp::widgets
