// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once

namespace amp::model {

/// The symmetric baseline of a master as a Markov chain: Poisson arrivals (λ) wait in one FIFO
/// queue for one of c servers; a server does a serialized step under one shared FIFO lock and its
/// own part, in the order given, and takes no other job until both are done (so a server waiting
/// for the lock is a server lost). Steps and parts are exponential. A step that gets the lock
/// from a waiting server starts with a hand-over (the lock changed core); one that finds the lock
/// free does so (c−1)/c of the time (any server equally likely to have held it last).
///
/// Solved exactly as a quasi-birth-death chain: level = jobs in the system, phase = servers at
/// the lock and whether its holder is still in its hand-over; the levels from c up share one rate
/// matrix R. Exact for exponential times without hand-over. sim::LockedServers adds the hand-over
/// as a constant, which the chain approximates by an exponential phase of the same mean: the
/// step's mean is right, its variance s² + h² where the constant's is s².
struct LockedServersModel {
  double lambda = 0.0;    ///< arrivals per unit time
  int servers = 1;        ///< c
  double step = 0.0;      ///< mean serialized step (under the lock)
  double handover = 0.0;  ///< extra step time when the lock passes to another server
  double part = 0.0;      ///< mean own part (outside the lock)
  bool stepFirst = true;  ///< the step before the part (else the part first)
};

struct LockedServersMetrics {
  bool stable = false;
  /// The most jobs per unit time c servers can pass: the chain's rate with every server busy
  /// (without hand-over, the closed network of c servers between the lock and their own part).
  double ceiling = 0.0;
  double sojourn = 0.0;     ///< mean time in the system
  double serverWait = 0.0;  ///< mean wait for a free server
  double lockWait = 0.0;    ///< mean wait for the lock (not holding it)
  double lockHold = 0.0;    ///< mean time holding the lock: the step with its hand-over
  double lockUtil = 0.0;    ///< share of time the lock is held
  double serverUtil = 0.0;  ///< mean share of the servers that are taken
};

/// Solves the chain (unstable when λ ≥ ceiling; then only `ceiling` is set).
LockedServersMetrics lockedServers(const LockedServersModel& m);

}  // namespace amp::model
