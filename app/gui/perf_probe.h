// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <vector>

class QTextStream;

namespace amp::app {

/// Measures what the GUI budgets are about (DESIGN.md "Performance budgets"): frames painted
/// per second by the animation, replots per second of the charts, the event loop's latency
/// (how late a 5 ms timer fires: a stall shows up as a late tick), and resident memory. With
/// `amplab --perf-probe` it prints one line per second to stderr and a summary at exit.
class PerfProbe : public QObject {
  Q_OBJECT

 public:
  explicit PerfProbe(QObject* parent = nullptr);
  void start(bool print);
  void stop();

  void countFrame() { ++frames_; }
  void countChartFrame() { ++chartFrames_; }

  struct Summary {
    double seconds = 0;
    double framesPerSecond = 0, chartFramesPerSecond = 0;
    double latencyP50Ms = 0, latencyP99Ms = 0, latencyMaxMs = 0;
    double rssStartMiB = 0, rssEndMiB = 0, rssMaxMiB = 0;
  };
  Summary summary() const;
  QString summaryText() const;
  /// Resident set size of this process in MiB (Linux /proc; 0 where unavailable).
  static double residentMiB();

 private:
  void heartbeat();
  void report();

  bool print_ = false;
  QTimer heartbeat_, report_;
  QElapsedTimer clock_, sinceBeat_;
  quint64 frames_ = 0, chartFrames_ = 0, framesAtReport_ = 0, chartFramesAtReport_ = 0;
  qint64 lastReportMs_ = 0;
  std::vector<double> window_;      // latencies of the current report window [ms]
  std::vector<quint32> histogram_;  // all latencies in 0.1 ms buckets (flat memory)
  double maxLatency_ = 0;
  double rssStart_ = 0, rssMax_ = 0;
};

}  // namespace amp::app
