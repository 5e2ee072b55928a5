// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "amp/real/phase_barrier.h"

namespace amp::labs::gc {

/// No node: an empty root slot or child pointer.
inline constexpr std::uint32_t kNull = UINT32_MAX;

/// A small fast generator for the mutators' random choices (splitmix64: one multiply chain per draw).
struct FastRng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32); }
};

/// What one collection did: the counts (from thread 0) and this thread's phase times.
struct Collection {
  std::uint64_t marked = 0;  ///< live nodes found (reachable from the roots)
  std::uint64_t freed = 0;   ///< nodes on the free list after the sweep (every unmarked one)
  std::int64_t markNs = 0, sweepNs = 0;
};

/// An arena of fixed-size nodes with two pointers each, the mutators' roots, and a stop-the-world
/// mark-sweep collector. The arena is the heap: `objects` nodes, some live, the rest free.
/// Each mutator keeps `slots` structures, each reachable from one root: a chain of up to
/// kStructure nodes (pointer 0: the node allocated before it) with pointer 1 to a random earlier
/// node of the same structure. A mutator allocates into a random structure of its own; a full
/// structure is dropped whole (garbage) and starts again, so each holds 1 to kStructure nodes,
/// (kStructure + 1)/2 on average, and the live set stays near slots·(kStructure + 1)/2 per mutator.
/// It also rewires pointer 1 of random nodes. Nodes come from the free list the last sweep left,
/// scattered over the arena, so marking chases pointers through memory at random. When the free
/// list is used up the world stops and one or more collector threads mark from the roots (level
/// by level, so several threads share the work) and sweep the whole arena.
class Heap {
 public:
  /// Nodes in a structure before it is dropped.
  static constexpr std::uint32_t kStructure = 8;
  /// Every node free; `slots` empty structures per mutator.
  Heap(std::uint32_t objects, int mutators, std::uint32_t slots);
  /// Structures per mutator for about `live` live nodes in all.
  static std::uint32_t slotsFor(double live, int mutators);

  std::uint32_t objects() const { return objects_; }
  int mutators() const { return mutators_; }

  // ---- mutators, while the world runs (each only with its own index) ----------------------------
  /// Gives each of mutator m's structures a random size of 1 to kStructure nodes (the steady
  /// state); false when the heap ran out first.
  bool populate(int m, FastRng& rng);
  /// Allocates a node into a random structure of mutator m (dropping it first when it is full) and
  /// rewires pointer 1 of a random node of another. False when the free list is used up: the
  /// world must stop.
  bool allocateAndRewire(int m, FastRng& rng);

  // ---- collector threads, while the world is stopped ----------------------------------------------
  /// Thread `t` of `threads` (all of them call it, with the same barrier of `threads` parties)
  /// collects: marks from the roots, sweeps, and leaves a new free list. `work` > 1 makes the
  /// thread use `work` times the CPU time for each marking level and for its sweep (the emulated
  /// little core: it spins for the difference after the real work). `out` gets this thread's phase times, and
  /// from thread 0 the collection's counts. False when `stop` broke the barrier.
  bool collect(int t, int threads, double work, real::PhaseBarrier& barrier, const std::atomic<bool>& stop,
               Collection* out);

  /// The checker, while the world is stopped and after a collection: walks the graph from the
  /// roots on its own and returns "" when every reachable node is kept and every unreachable one
  /// is on the free list exactly once, else what is wrong.
  std::string check() const;
  /// Nodes reachable from the roots now (the checker's walk).
  std::uint64_t reachable() const;
  /// Free nodes left before the world must stop.
  std::uint64_t freeLeft() const;

 private:
  struct Node {
    std::atomic<std::uint32_t> child[2];
    std::atomic<std::uint32_t> mark;  // the epoch of the last collection that reached it
    std::uint32_t payload;            // written on allocation: the node is real memory, not a shape
  };
  bool allocateInto(std::size_t slot, FastRng& rng);
  bool tryMark(std::uint32_t n, std::vector<std::uint32_t>& next) const;

  std::uint32_t objects_;
  int mutators_;
  std::uint32_t rootsPer_;
  std::unique_ptr<Node[]> nodes_;
  std::unique_ptr<std::atomic<std::uint32_t>[]> roots_;  // mutator m's at [m·rootsPer, (m+1)·rootsPer)
  // The mutators' own record of each structure's nodes (not roots: only to pick random pointers).
  std::vector<std::uint32_t> members_;  // slot s's nodes at [s·kStructure, s·kStructure + size)
  std::vector<std::uint8_t> sizes_;
  std::vector<std::uint32_t> free_;                   // the free list the last sweep left
  std::uint32_t freeCount_ = 0;                       // written only while the world is stopped
  alignas(64) std::atomic<std::uint32_t> cursor_{0};  // the mutators' next free-list entry
  // The collection's shared state (collector threads only, between barriers).
  std::uint32_t epoch_ = 0;
  std::vector<std::uint32_t> frontier_;
  std::vector<std::vector<std::uint32_t>> next_, freed_;
  alignas(64) std::atomic<std::size_t> chunk_{0};
  bool done_ = false;
};

}  // namespace amp::labs::gc
