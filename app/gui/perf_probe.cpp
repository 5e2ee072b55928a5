// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/perf_probe.h"

#include <unistd.h>

#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace amp::app {

namespace {
constexpr int kBeatMs = 5;
constexpr double kBucketMs = 0.1;
constexpr std::size_t kBuckets = 20000;  // up to 2 s; a longer stall lands in the last bucket

double quantile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  const auto k = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}
}  // namespace

PerfProbe::PerfProbe(QObject* parent) : QObject(parent), histogram_(kBuckets, 0) {
  heartbeat_.setTimerType(Qt::PreciseTimer);
  heartbeat_.setInterval(kBeatMs);
  connect(&heartbeat_, &QTimer::timeout, this, &PerfProbe::heartbeat);
  report_.setInterval(1000);
  connect(&report_, &QTimer::timeout, this, &PerfProbe::report);
}

double PerfProbe::residentMiB() {
  QFile f(QStringLiteral("/proc/self/statm"));
  if (!f.open(QIODevice::ReadOnly)) return 0;
  const QList<QByteArray> parts = f.readAll().split(' ');
  if (parts.size() < 2) return 0;
  return parts[1].toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

void PerfProbe::start(bool print) {
  print_ = print;
  clock_.start();
  sinceBeat_.start();
  rssStart_ = rssMax_ = residentMiB();
  heartbeat_.start();
  report_.start();
}

void PerfProbe::stop() {
  heartbeat_.stop();
  report_.stop();
}

void PerfProbe::heartbeat() {
  const double lateMs = std::max(0.0, static_cast<double>(sinceBeat_.nsecsElapsed()) / 1e6 - kBeatMs);
  sinceBeat_.restart();
  window_.push_back(lateMs);
  maxLatency_ = std::max(maxLatency_, lateMs);
  ++histogram_[std::min(kBuckets - 1, static_cast<std::size_t>(lateMs / kBucketMs))];
}

void PerfProbe::report() {
  const qint64 now = clock_.elapsed();
  const double dt = static_cast<double>(now - lastReportMs_) / 1000.0;
  const double rss = residentMiB();
  rssMax_ = std::max(rssMax_, rss);
  if (print_ && dt > 0) {
    QTextStream err(stderr);
    err << QStringLiteral(
               "perf t=%1s frames/s=%2 chart-replots/s=%3 loop-latency p50=%4ms p99=%5ms max=%6ms rss=%7MiB\n")
               .arg(static_cast<double>(now) / 1000.0, 0, 'f', 0)
               .arg(static_cast<double>(frames_ - framesAtReport_) / dt, 0, 'f', 1)
               .arg(static_cast<double>(chartFrames_ - chartFramesAtReport_) / dt, 0, 'f', 1)
               .arg(quantile(window_, 0.5), 0, 'f', 2)
               .arg(quantile(window_, 0.99), 0, 'f', 2)
               .arg(window_.empty() ? 0.0 : *std::max_element(window_.begin(), window_.end()), 0, 'f', 2)
               .arg(rss, 0, 'f', 1);
    err.flush();
  }
  window_.clear();
  framesAtReport_ = frames_;
  chartFramesAtReport_ = chartFrames_;
  lastReportMs_ = now;
}

PerfProbe::Summary PerfProbe::summary() const {
  Summary s;
  s.seconds = static_cast<double>(clock_.elapsed()) / 1000.0;
  if (s.seconds > 0) {
    s.framesPerSecond = static_cast<double>(frames_) / s.seconds;
    s.chartFramesPerSecond = static_cast<double>(chartFrames_) / s.seconds;
  }
  quint64 total = 0;
  for (auto c : histogram_) total += c;
  auto q = [&](double frac) {
    quint64 acc = 0;
    const auto target = static_cast<quint64>(std::ceil(frac * static_cast<double>(total)));
    for (std::size_t i = 0; i < histogram_.size(); ++i) {
      acc += histogram_[i];
      if (acc >= target && acc > 0) return (static_cast<double>(i) + 0.5) * kBucketMs;
    }
    return 0.0;
  };
  s.latencyP50Ms = q(0.5);
  s.latencyP99Ms = q(0.99);
  s.latencyMaxMs = maxLatency_;
  s.rssStartMiB = rssStart_;
  s.rssEndMiB = residentMiB();
  s.rssMaxMiB = std::max(rssMax_, s.rssEndMiB);
  return s;
}

QString PerfProbe::summaryText() const {
  const Summary s = summary();
  return QStringLiteral(
             "perf summary: %1 s, animation %2 frames/s, chart replots %3/s, event-loop latency p50 %4 ms, p99 %5 ms, max %6 ms, RSS start %7 MiB, end %8 MiB, max %9 MiB")
      .arg(s.seconds, 0, 'f', 1)
      .arg(s.framesPerSecond, 0, 'f', 1)
      .arg(s.chartFramesPerSecond, 0, 'f', 1)
      .arg(s.latencyP50Ms, 0, 'f', 2)
      .arg(s.latencyP99Ms, 0, 'f', 2)
      .arg(s.latencyMaxMs, 0, 'f', 2)
      .arg(s.rssStartMiB, 0, 'f', 1)
      .arg(s.rssEndMiB, 0, 'f', 1)
      .arg(s.rssMaxMiB, 0, 'f', 1);
}

}  // namespace amp::app
