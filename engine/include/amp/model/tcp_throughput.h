// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>

namespace amp::model {

/// Mathis, Semke, Mahdavi & Ott (1997): the throughput of a long-lived Reno flow with a random
/// loss probability p, X ≈ MSS/RTT·√(3/(2p)), in bits per second. Approximate: it assumes
/// periodic losses, no timeouts and a window never limited by anything else. +inf when p = 0.
double mathisThroughputBps(double mssBytes, double rttS, double lossRate);

/// The four ceilings on one TCP flow whose ACKs are processed by one master core and whose
/// segment payloads are processed by a pool of workers, in bits per second.
struct TcpBounds {
  double link = 0;        ///< the bottleneck link rate
  double loss = 0;        ///< Mathis, from random loss
  double master = 0;      ///< ack_every·MSS / ack_cost: one core handling every ACK
  double workers = 0;     ///< workers·MSS / segment_cost
  double throughput = 0;  ///< the smallest of the four
  std::string binding;    ///< "link", "loss", "master" or "workers"
  /// The second-smallest bound over the smallest (≥ 1): how clearly the binding term binds.
  double margin = 1;
};

struct TcpFlowParams {
  double linkBps = 1e9;
  double rttS = 0.01;
  double lossRate = 0;
  double mssBytes = 1460;
  int ackEvery = 1;
  double ackCostS = 1e-5;
  double segmentCostS = 1e-5;
  int workers = 1;
};

TcpBounds tcpBounds(const TcpFlowParams& p);

}  // namespace amp::model
