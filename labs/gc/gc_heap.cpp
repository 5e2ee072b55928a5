// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gc/gc_heap.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>

#include "amp/real/doorbell.h"

namespace amp::labs::gc {

namespace {

// Work is handed out in chunks of this many frontier entries (or arena nodes in the sweep): small
// enough to balance threads, large enough that the shared counter is not the bottleneck.
constexpr std::size_t kChunk = 256;

std::int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

/// CPU time this thread has used [ns].
std::int64_t cpuNs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

/// The emulated little core: having used `sinceCpuNs` of CPU time until now for a piece of work,
/// spin until it has used `work` times as much. CPU time, not wall time: time the thread spent
/// preempted is not stretched too.
void stretch(std::int64_t sinceCpuNs, double work) {
  if (work <= 1.0) return;
  const auto used = static_cast<double>(cpuNs() - sinceCpuNs);
  const std::int64_t until = sinceCpuNs + static_cast<std::int64_t>(used * work);
  while (cpuNs() < until) real::cpuRelax();
}

}  // namespace

Heap::Heap(std::uint32_t objects, int mutators, std::uint32_t slots)
    : objects_(objects),
      mutators_(mutators),
      rootsPer_(slots),
      nodes_(new Node[objects]),
      roots_(new std::atomic<std::uint32_t>[static_cast<std::size_t>(mutators) * slots]),
      members_(static_cast<std::size_t>(mutators) * slots * kStructure, kNull),
      sizes_(static_cast<std::size_t>(mutators) * slots, 0),
      free_(objects) {
  for (std::uint32_t i = 0; i < objects; ++i) {
    nodes_[i].child[0].store(kNull, std::memory_order_relaxed);
    nodes_[i].child[1].store(kNull, std::memory_order_relaxed);
    nodes_[i].mark.store(0, std::memory_order_relaxed);
    nodes_[i].payload = 0;
    free_[i] = i;
  }
  for (std::size_t i = 0; i < static_cast<std::size_t>(mutators) * slots; ++i)
    roots_[i].store(kNull, std::memory_order_relaxed);
  freeCount_ = objects;
}

std::uint32_t Heap::slotsFor(double live, int mutators) {
  const double perStructure = (kStructure + 1) / 2.0;
  return static_cast<std::uint32_t>(std::max(1.0, std::round(live / (perStructure * std::max(1, mutators)))));
}

std::uint64_t Heap::freeLeft() const {
  const std::uint32_t used = cursor_.load(std::memory_order_relaxed);
  return used >= freeCount_ ? 0 : freeCount_ - used;
}

bool Heap::allocateInto(std::size_t slot, FastRng& rng) {
  std::uint8_t& size = sizes_[slot];
  if (size == kStructure) size = 0;  // the whole structure is dropped: garbage for the next collection
  const std::uint32_t i = cursor_.fetch_add(1, std::memory_order_relaxed);
  if (i >= freeCount_) return false;
  const std::uint32_t n = free_[i];
  std::uint32_t* members = &members_[slot * kStructure];
  Node& node = nodes_[n];
  node.payload = static_cast<std::uint32_t>(rng.next());
  // relaxed: nobody else reads these while the world runs; the collector sees them through the
  // stop-the-world barrier.
  node.child[0].store(size > 0 ? members[size - 1] : kNull, std::memory_order_relaxed);
  node.child[1].store(size > 0 ? members[rng.below(size)] : kNull, std::memory_order_relaxed);
  members[size] = n;
  ++size;
  roots_[slot].store(n, std::memory_order_relaxed);
  return true;
}

bool Heap::populate(int m, FastRng& rng) {
  const std::size_t base = static_cast<std::size_t>(m) * rootsPer_;
  for (std::size_t s = base; s < base + rootsPer_; ++s)
    for (std::uint32_t k = 1 + rng.below(kStructure); sizes_[s] < k;)
      if (!allocateInto(s, rng)) return false;
  return true;
}

bool Heap::allocateAndRewire(int m, FastRng& rng) {
  const std::size_t base = static_cast<std::size_t>(m) * rootsPer_;
  if (!allocateInto(base + rng.below(rootsPer_), rng)) return false;
  // Rewire: pointer 1 of a random node of another structure now points to another of its nodes,
  // so the structure's shape changes while what it keeps alive does not (pointer 0 chains it).
  const std::size_t s = base + rng.below(rootsPer_);
  if (const std::uint8_t size = sizes_[s]; size > 1) {
    const std::uint32_t* members = &members_[s * kStructure];
    nodes_[members[rng.below(size)]].child[1].store(members[rng.below(size)], std::memory_order_relaxed);
  }
  return true;
}

bool Heap::tryMark(std::uint32_t n, std::vector<std::uint32_t>& next) const {
  if (n == kNull) return false;
  std::atomic<std::uint32_t>& mark = nodes_[n].mark;
  // relaxed: the level barrier orders the marks for the next level; exchange makes exactly one
  // thread the node's owner, so each live node enters the frontier once.
  if (mark.load(std::memory_order_relaxed) == epoch_ ||
      mark.exchange(epoch_, std::memory_order_relaxed) == epoch_)
    return false;
  next.push_back(n);
  return true;
}

bool Heap::collect(int t, int threads, double work, real::PhaseBarrier& barrier,
                   const std::atomic<bool>& stop, Collection* out) {
  const auto tu = static_cast<std::size_t>(t);
  const std::int64_t t0 = nowNs();
  if (t == 0) {
    ++epoch_;
    next_.resize(static_cast<std::size_t>(threads));
    freed_.resize(static_cast<std::size_t>(threads));
    frontier_.clear();
    chunk_.store(0, std::memory_order_relaxed);
    done_ = false;
  }
  if (!barrier.arriveAndWait(stop)) return false;
  std::vector<std::uint32_t>& next = next_[tu];
  std::vector<std::uint32_t>& freed = freed_[tu];
  next.clear();
  freed.clear();
  // ---- mark, level by level: level 0 is the roots, each next level the pointers of the last ----
  const std::size_t rootSlots = static_cast<std::size_t>(mutators_) * rootsPer_;
  for (bool roots = true;; roots = false) {
    const std::size_t size = roots ? rootSlots : frontier_.size();
    const std::int64_t began = work > 1.0 ? cpuNs() : 0;
    for (;;) {
      const std::size_t from = chunk_.fetch_add(kChunk, std::memory_order_relaxed);
      if (from >= size) break;
      const std::size_t to = std::min(size, from + kChunk);
      for (std::size_t i = from; i < to; ++i) {
        if (roots) {
          tryMark(roots_[i].load(std::memory_order_relaxed), next);
        } else {
          const Node& node = nodes_[frontier_[i]];
          tryMark(node.child[0].load(std::memory_order_relaxed), next);
          tryMark(node.child[1].load(std::memory_order_relaxed), next);
        }
      }
    }
    stretch(began, work);
    if (!barrier.arriveAndWait(stop)) return false;
    if (t == 0) {
      frontier_.clear();
      for (auto& n : next_) {
        frontier_.insert(frontier_.end(), n.begin(), n.end());
        n.clear();
      }
      done_ = frontier_.empty();
      chunk_.store(0, std::memory_order_relaxed);
    }
    if (!barrier.arriveAndWait(stop)) return false;
    if (done_) break;
  }
  const std::int64_t t1 = nowNs();
  // ---- sweep: every node this collection did not reach goes on the free list ----
  const std::size_t n = objects_;
  const std::size_t per = (n + static_cast<std::size_t>(threads) - 1) / static_cast<std::size_t>(threads);
  const std::size_t lo = std::min(n, tu * per), hi = std::min(n, lo + per);
  freed.reserve(hi - lo);
  const std::int64_t began = work > 1.0 ? cpuNs() : 0;
  for (std::size_t i = lo; i < hi; ++i)
    if (nodes_[i].mark.load(std::memory_order_relaxed) != epoch_)
      freed.push_back(static_cast<std::uint32_t>(i));
  stretch(began, work);
  if (!barrier.arriveAndWait(stop)) return false;
  if (t == 0) {
    std::uint32_t count = 0;
    for (const auto& f : freed_) {
      std::copy(f.begin(), f.end(), free_.begin() + count);
      count += static_cast<std::uint32_t>(f.size());
    }
    freeCount_ = count;
    cursor_.store(0, std::memory_order_relaxed);
    if (out != nullptr) {
      out->freed = count;
      out->marked = objects_ - count;
    }
  }
  if (out != nullptr) {
    out->markNs = t1 - t0;
    out->sweepNs = nowNs() - t1;
  }
  return true;
}

std::uint64_t Heap::reachable() const {
  std::vector<char> seen(objects_, 0);
  std::vector<std::uint32_t> stack;
  std::uint64_t count = 0;
  const std::size_t rootSlots = static_cast<std::size_t>(mutators_) * rootsPer_;
  for (std::size_t r = 0; r < rootSlots; ++r) stack.push_back(roots_[r].load(std::memory_order_relaxed));
  while (!stack.empty()) {
    const std::uint32_t v = stack.back();
    stack.pop_back();
    if (v == kNull || seen[v] != 0) continue;
    seen[v] = 1;
    ++count;
    for (const auto& c : nodes_[v].child) stack.push_back(c.load(std::memory_order_relaxed));
  }
  return count;
}

std::string Heap::check() const {
  // Its own walk (a depth-first search with its own marks), not the collector's level marking.
  std::vector<char> seen(objects_, 0);
  std::vector<std::uint32_t> stack;
  const std::size_t rootSlots = static_cast<std::size_t>(mutators_) * rootsPer_;
  for (std::size_t r = 0; r < rootSlots; ++r) stack.push_back(roots_[r].load(std::memory_order_relaxed));
  while (!stack.empty()) {
    const std::uint32_t v = stack.back();
    stack.pop_back();
    if (v == kNull || seen[v] != 0) continue;
    if (v >= objects_) return "a pointer to node " + std::to_string(v) + " outside the arena";
    seen[v] = 1;
    for (const auto& c : nodes_[v].child) stack.push_back(c.load(std::memory_order_relaxed));
  }
  std::vector<char> onFree(objects_, 0);
  for (std::uint32_t i = 0; i < freeCount_; ++i) {
    const std::uint32_t v = free_[i];
    if (v >= objects_) return "free-list entry " + std::to_string(i) + " outside the arena";
    if (onFree[v] != 0) return "node " + std::to_string(v) + " is on the free list twice";
    onFree[v] = 1;
  }
  for (std::uint32_t v = 0; v < objects_; ++v) {
    if (seen[v] != 0 && onFree[v] != 0) return "reachable node " + std::to_string(v) + " was freed";
    if (seen[v] == 0 && onFree[v] == 0) return "unreachable node " + std::to_string(v) + " was not freed";
  }
  return {};
}

}  // namespace amp::labs::gc
