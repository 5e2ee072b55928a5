// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>
#include <vector>

#include "amp/model/dag_path.h"
#include "amp/model/rta.h"
#include "amp/run/params.h"

namespace amp::labs::rtos {

/// The system every face works on, read from the parameters once, times in µs.
/// `tasks` are the rows of `task_set` with their defaults resolved (D = 0 means D = T, priority
/// 0 means the row's number) and, for the command handler, the release jitter the master adds:
/// a command reaches the worker up to master_jitter_max_us late, so the handler's J in the
/// analysis is its own J plus that.
struct System {
  std::vector<model::RtaTask> tasks;
  int handler = 0;  ///< index into tasks (handler_row − 1, at most the last row)
  bool handlerClamped = false;
  double handlerOwnJitter = 0.0;  ///< the J_us of the handler's row, without the master's
  double ipc = 0.0, jitterMean = 0.0, jitterMax = 0.0, actuator = 0.0;
};
System systemOf(const run::Params& p);

/// The analysis of one system: RTA per task and the end-to-end chain as a DAG.
struct Analysis {
  model::RtaResult rta;
  model::Dag chain;
  model::DagPath path;
  /// Longest path through the chain: master jitter + IPC + handler's own J + its w + actuator;
  /// infinite when the handler has no response time within its deadline.
  double bound = 0.0;
};
Analysis analyse(const System& s);

/// "row 2 (handler)": how texts name a task.
std::string taskName(const System& s, int i);

}  // namespace amp::labs::rtos
