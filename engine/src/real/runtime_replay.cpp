// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/runtime_replay.h"

#include <algorithm>
#include <array>
#include <functional>
#include <queue>

namespace amp::real {

using observe::Observation;
using observe::ObsKind;

void ItemRecords::add(std::int64_t t, std::uint64_t id, ObsKind kind, std::uint16_t station, double value,
                      int core) {
  if (n > 0) t = std::max(t, ev[n - 1].timeNs);
  Observation& o = ev[n++];
  o.timeNs = t;
  o.entity = id;
  o.kind = kind;
  o.station = station;
  o.value = std::max(0.0, value);
  o.core = static_cast<std::int16_t>(core);
}

namespace {

ItemRecords eventsOf(std::uint64_t id, std::int64_t sched, const ItemTimes& it, const RuntimeStations& st) {
  ItemRecords r;
  if (it.submitted < 0) return r;  // never emitted: the run ended before its arrival
  r.add(sched, id, ObsKind::Arrive, st.source, 0, it.submitCpu);
  if (it.dropped == 1) {  // the master's input was full
    r.add(it.submitted, id, ObsKind::Drop, st.master, 0, it.submitCpu);
    return r;
  }
  r.add(sched, id, ObsKind::Enqueue, st.master, 0, it.submitCpu);
  if (it.masterStart < 0) return r;
  r.add(it.masterStart, id, ObsKind::Start, st.master, static_cast<double>(it.masterStart - sched),
        it.masterCpu);
  if (it.masterFinish < 0) return r;
  r.add(it.masterFinish, id, ObsKind::Finish, st.master,
        static_cast<double>(it.masterFinish - it.masterStart), it.masterCpu);
  if (st.perWorker && it.worker < 0) return r;
  const auto worker = static_cast<std::uint16_t>(st.perWorker ? st.worker + it.worker : st.worker);
  if (it.dropped == 2) {  // the worker's ring was full
    r.add(it.handedOff, id, ObsKind::Drop, worker, 0, it.masterCpu);
    return r;
  }
  if (it.handedOff < 0) return r;
  // A polling worker can take the item before the master's clock read after the push (and its
  // wake-up call) returns: the item is in the worker's hands from whichever came first. Ending
  // the hand-off there keeps the stages adding up to the sojourn; the master's whole cost per
  // push, wake-up included, is the master_handoff_ns fact.
  const std::int64_t enq = it.workerStart >= 0 ? std::min(it.handedOff, it.workerStart) : it.handedOff;
  r.add(enq, id, ObsKind::Handoff, worker, static_cast<double>(enq - it.masterFinish), it.masterCpu);
  r.add(enq, id, ObsKind::Enqueue, worker, 0, it.masterCpu);
  if (it.workerStart < 0) return r;
  r.add(it.workerStart, id, ObsKind::Start, worker, static_cast<double>(it.workerStart - enq), it.workerCpu);
  if (it.workerFinish < 0) return r;
  r.add(it.workerFinish, id, ObsKind::Finish, worker, static_cast<double>(it.workerFinish - it.workerStart),
        it.workerCpu);
  if (st.sinkState) r.add(it.workerFinish, id, ObsKind::State, st.sink, 0, it.workerCpu);
  r.add(it.workerFinish, id, ObsKind::Depart, st.sink, static_cast<double>(it.workerFinish - sched),
        it.workerCpu);
  return r;
}

}  // namespace

std::int64_t replayItems(const std::vector<std::int64_t>& scheduleNs, std::size_t items,
                         const std::function<ItemRecords(std::size_t)>& recordsOf, observe::Recorder& rec,
                         const std::function<void(observe::Observation&)>& adjust) {
  struct Head {
    std::int64_t time;
    std::uint64_t seq;
    std::size_t slot;
    bool operator>(const Head& o) const { return time != o.time ? time > o.time : seq > o.seq; }
  };
  std::priority_queue<Head, std::vector<Head>, std::greater<>> heap;
  std::vector<ItemRecords> slots;
  std::vector<std::size_t> freeSlots;
  std::uint64_t seq = 0;
  std::int64_t last = 0;
  std::size_t next = 0;
  const std::size_t n = std::min(scheduleNs.size(), items);
  for (;;) {
    // Items enter in schedule order, which is the order of their first records.
    if (next < n && (heap.empty() || scheduleNs[next] <= heap.top().time)) {
      ItemRecords r = recordsOf(next);
      ++next;
      if (r.n == 0) continue;
      std::size_t slot = slots.size();
      if (freeSlots.empty()) {
        slots.push_back(r);
      } else {
        slot = freeSlots.back();
        freeSlots.pop_back();
        slots[slot] = r;
      }
      heap.push({r.ev[0].timeNs, seq++, slot});
      continue;
    }
    if (heap.empty()) break;
    const Head h = heap.top();
    heap.pop();
    ItemRecords& r = slots[h.slot];
    Observation o = r.ev[r.next++];
    if (adjust) adjust(o);
    rec.record(o);
    last = std::max(last, o.timeNs);
    if (r.next < r.n) {
      heap.push({r.ev[r.next].timeNs, seq++, h.slot});
    } else {
      freeSlots.push_back(h.slot);
    }
  }
  return last;
}

std::int64_t replayRuntime(const std::vector<std::int64_t>& scheduleNs, const std::vector<ItemTimes>& log,
                           const RuntimeStations& stations, observe::Recorder& rec,
                           const std::function<void(observe::Observation&)>& adjust) {
  return replayItems(
      scheduleNs, log.size(), [&](std::size_t i) { return eventsOf(i, scheduleNs[i], log[i], stations); },
      rec, adjust);
}

}  // namespace amp::real
