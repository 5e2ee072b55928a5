// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "rtos/rtos_tasks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace amp::labs::rtos {

System systemOf(const run::Params& p) {
  System s;
  const run::TableRows rows = p.table("task_set");
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows[r];
    const auto col = [&row](std::size_t c, double def) { return c < row.size() ? row[c] : def; };
    model::RtaTask t;
    t.c = col(0, 100);
    t.t = col(1, 1000);
    t.d = col(2, 0) > 0 ? col(2, 0) : t.t;
    t.j = col(3, 0);
    t.b = col(4, 0);
    t.priority = col(5, 0) > 0 ? static_cast<int>(col(5, 0)) : static_cast<int>(r) + 1;
    s.tasks.push_back(t);
  }
  const int last = static_cast<int>(s.tasks.size());
  s.handler = std::clamp(p.integer("handler_row"), 1, std::max(1, last)) - 1;
  s.handlerClamped = p.integer("handler_row") > last;
  s.ipc = p.num("ipc_us");
  s.jitterMean = p.num("master_jitter_us");
  s.jitterMax = p.num("master_jitter_max_us");
  s.actuator = p.num("actuator_us");
  if (!s.tasks.empty()) {
    model::RtaTask& h = s.tasks[static_cast<std::size_t>(s.handler)];
    s.handlerOwnJitter = h.j;
    h.j += s.jitterMax;
  }
  return s;
}

Analysis analyse(const System& s) {
  Analysis a;
  a.rta = model::responseTimes(s.tasks);
  const auto h = static_cast<std::size_t>(s.handler);
  // The chain master → IPC → handler → actuator. Each edge is the worst case of its stage; the
  // handler's is its release jitter on the worker and its worst time from release to completion.
  const double handlerWorst = s.handlerOwnJitter + (h < a.rta.busy.size() ? a.rta.busy[h] : 0.0);
  auto command = boost::add_vertex({"command due"}, a.chain);
  auto sent = boost::add_vertex({"master sends"}, a.chain);
  auto delivered = boost::add_vertex({"worker has it"}, a.chain);
  auto handled = boost::add_vertex({"handler done"}, a.chain);
  auto acted = boost::add_vertex({"actuator done"}, a.chain);
  boost::add_edge(command, sent, {"master jitter (assumed maximum)", s.jitterMax}, a.chain);
  boost::add_edge(sent, delivered, {"IPC", s.ipc}, a.chain);
  boost::add_edge(delivered, handled, {"handler (own J + w)", handlerWorst}, a.chain);
  boost::add_edge(handled, acted, {"actuator", s.actuator}, a.chain);
  a.path = model::longestPath(a.chain);
  a.bound = std::isfinite(handlerWorst) ? a.path.length : std::numeric_limits<double>::infinity();
  return a;
}

std::string taskName(const System& s, int i) {
  return "row " + std::to_string(i + 1) + (i == s.handler ? " (handler)" : "");
}

}  // namespace amp::labs::rtos
