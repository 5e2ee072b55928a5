// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/live_feed.h"

#include "gui/run_controller.h"

namespace amp::app {

namespace {
constexpr int kFrameMs = 16;
// A real run's live view is samples of its depths and busy CPUs, and every frame the window
// draws takes a CPU from a seat on a small machine (a drawn frame preempting a worker stretches
// the service it is in): ten frames a second show the samples and leave the cores to the run.
constexpr int kSampledFrameMs = 100;
}  // namespace

LiveFeed::LiveFeed(RunController* controller, QObject* parent) : QObject(parent), controller_(controller) {
  timer_.setTimerType(Qt::PreciseTimer);
  timer_.setInterval(kFrameMs);
  connect(&timer_, &QTimer::timeout, this, &LiveFeed::frame);
}

void LiveFeed::reset(const run::Topology& topology, bool sampled) { live_.reset(topology, sampled); }

void LiveFeed::start(const run::Topology& topology, bool sampled, double seriesWindowS) {
  live_.reset(topology, sampled);
  gapPending_ = false;
  live_.setSeriesWindow(seriesWindowS);
  idleFrames_ = 0;
  timer_.start(sampled ? kSampledFrameMs : kFrameMs);
}

void LiveFeed::wake() { timer_.start(); }

void LiveFeed::frame() {
  buffer_.clear();
  bool gapAfter = false;
  controller_->drain(buffer_, &gapAfter);
  // A gap reported last frame lies between that batch and this one: the live counts restart
  // here, after the last frame was drawn with the counts its batch gave.
  if (gapPending_ && !buffer_.empty()) {
    live_.noteGap();
    gapPending_ = false;
  }
  for (const auto& o : buffer_) live_.add(o);
  gapPending_ = gapPending_ || gapAfter;
  live_.tick();
  const auto transfers = live_.takeTransfers();
  emit frameAdvanced(transfers, !buffer_.empty());
  if (!controller_->running() && buffer_.empty() && transfers.empty()) {
    // Let the last tokens reach their station, then stop ticking.
    if (++idleFrames_ > 60) timer_.stop();
  } else {
    idleFrames_ = 0;
  }
}

}  // namespace amp::app
