// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/model/rta.h"

#include <cmath>
#include <limits>

namespace amp::model {

namespace {
bool higher(const std::vector<RtaTask>& tasks, std::size_t a, std::size_t b) {
  return tasks[a].priority < tasks[b].priority || (tasks[a].priority == tasks[b].priority && a < b);
}
}  // namespace

RtaResult responseTimes(const std::vector<RtaTask>& tasks) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  RtaResult r;
  const std::size_t n = tasks.size();
  r.response.assign(n, kInf);
  r.busy.assign(n, kInf);
  r.schedulable.assign(n, false);
  r.iterations.assign(n, 0);
  for (const auto& t : tasks) r.utilization += t.c / t.t;
  for (std::size_t i = 0; i < n; ++i) {
    const RtaTask& ti = tasks[i];
    double w = ti.c + ti.b;
    for (;;) {
      ++r.iterations[i];
      double next = ti.c + ti.b;
      for (std::size_t k = 0; k < n; ++k)
        if (k != i && higher(tasks, k, i)) next += std::ceil((w + tasks[k].j) / tasks[k].t) * tasks[k].c;
      if (ti.j + next > ti.d) break;  // past the deadline: unschedulable, no R to report
      if (next == w) {
        r.busy[i] = w;
        r.response[i] = ti.j + w;
        r.schedulable[i] = true;
        break;
      }
      w = next;  // w only grows, and it is bounded by D here, so the loop ends
    }
    r.allSchedulable = r.allSchedulable && r.schedulable[i];
  }
  return r;
}

}  // namespace amp::model
