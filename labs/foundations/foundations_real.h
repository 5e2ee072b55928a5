// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include "amp/observe/aggregator.h"
#include "amp/run/lab.h"

namespace amp::labs::foundations {

/// The foundations lab on real pinned threads: the master thread takes each request when the
/// seed's arrival schedule says it arrives (design=locked: a generator thread replays it), does
/// master_ms of calibrated work per request and hands it to a worker (shared queue, round robin
/// or shortest ring), workers do worker_ms.
/// Emits the simulator's stream (0 source, 1 master, 2 workers with Handoff, 3 sink) into `rec`
/// after the run, in time order, from the calling thread.
run::RealOutcome runReal(const run::Params& p, const run::RealControl& ctl, observe::Recorder& rec);

}  // namespace amp::labs::foundations
