// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <algorithm>

#include "amp/model/mva.h"
#include "amp/sim/blocks.h"
#include "amp/sim/closed_source.h"
#include "amp/sim/rng.h"
#include "amp/sim/simulator.h"
#include "crypto/crypto_lab.h"

namespace amp::labs {

std::int64_t CryptoLab::simulate(const run::Params& p, const run::SimControl& ctl,
                                 observe::Recorder& rec) const {
  // The closed loop from the engine's blocks: the clients think (exponential think times; the
  // delay station's distribution does not change the MVA's answer), then queue at the one
  // gatekeeper, whose signing time is exponential or constant.
  const double d = p.num("sign_us") * 1e-6;
  const double z = p.num("think_ms") * 1e-3;
  sim::Simulator sim(rec);
  sim::JobPool pool;
  sim::Station gatekeeper(sim, pool, kGatekeeper, 1, 0, sim::serviceDist(p.text("sign_dist"), d),
                          sim::Rng(ctl.seed, 2), nullptr);
  sim::ClosedSource clients(sim, pool, kClients, std::max(1, p.integer("clients")), sim::Distribution::exp(z),
                            sim::Rng(ctl.seed, 1), &gatekeeper);
  gatekeeper.setNext(&clients);
  gatekeeper.setQueueCap(ctl.queueCap);
  clients.start();
  return sim.run(ctl);
}

double CryptoLab::suggestedHorizonS(const run::Params& p) const {
  // About 40 000 signatures per replication, and at least 200 think times (light load relaxes
  // at the pace of the think time).
  const double d = p.num("sign_us") * 1e-6;
  const double z = p.num("think_ms") * 1e-3;
  const double x = model::closedBounds({z, {d}}, std::max(1, p.integer("clients"))).throughput;
  return std::max(40000.0 / x, 200.0 * z);
}

}  // namespace amp::labs
