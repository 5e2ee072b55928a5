// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/arrival_stream.h"

#include <cmath>
#include <utility>

namespace amp::sim {

ArrivalStream::ArrivalStream(std::uint64_t seed, Process process, double rate,
                             std::vector<Distribution> stageSizes)
    : process_(process), rate_(rate), interarrival_(seed, 0), sizes_(std::move(stageSizes)) {
  for (std::size_t i = 0; i < sizes_.size(); ++i) sizeRngs_.emplace_back(seed, 1 + i);
}

void ArrivalStream::setOnOff(double meanOnS, double meanOffS) {
  meanOn_ = meanOnS;
  meanOff_ = meanOffS;
}

ArrivalDraw ArrivalStream::next() {
  switch (process_) {
    case Process::Deterministic:
      t_ += 1.0 / rate_;
      break;
    case Process::Poisson:
      t_ += -std::log(interarrival_.uniform01()) / rate_;
      break;
    case Process::OnOff: {
      // The mean rate over on+off stays `rate_`: arrivals come at rate_/onFraction while on.
      const double onFraction = meanOn_ / (meanOn_ + meanOff_);
      if (onUntil_ < 0) onUntil_ = -std::log(interarrival_.uniform01()) * meanOn_;
      double t = t_ + -std::log(interarrival_.uniform01()) / (rate_ / onFraction);
      while (t > onUntil_) {  // the gap crosses an off period: skip it, restart from the next on
        const double off = -std::log(interarrival_.uniform01()) * meanOff_;
        const double nextOn = onUntil_ + off;
        onUntil_ = nextOn + -std::log(interarrival_.uniform01()) * meanOn_;
        t = nextOn + -std::log(interarrival_.uniform01()) / (rate_ / onFraction);
      }
      t_ = t;
      break;
    }
  }
  ArrivalDraw d;
  d.time = t_;
  for (std::size_t i = 0; i < sizes_.size() && i < d.sizes.size(); ++i)
    d.sizes[i] = sizes_[i].sample(sizeRngs_[i]);
  return d;
}

std::vector<ArrivalDraw> ArrivalStream::until(double horizonS) {
  std::vector<ArrivalDraw> out;
  for (ArrivalDraw d = next(); d.time < horizonS; d = next()) out.push_back(d);
  return out;
}

}  // namespace amp::sim
