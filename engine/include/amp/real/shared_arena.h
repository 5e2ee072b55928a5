// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstddef>
#include <new>
#include <utility>

#include "amp/real/spsc_ring.h"

namespace amp::real {

/// Memory that a process seat and its parent both see at the same address: one anonymous shared
/// mapping made before the fork. Objects in it must be lock-free (atomics, rings, plain data):
/// no heap pointers, no mutexes. Destructors are not run; the mapping goes with the arena.
class SharedArena {
 public:
  explicit SharedArena(std::size_t bytes);
  ~SharedArena();
  SharedArena(const SharedArena&) = delete;
  SharedArena& operator=(const SharedArena&) = delete;

  /// Zeroed memory; throws std::bad_alloc when the arena is full.
  void* allocate(std::size_t bytes, std::size_t align = alignof(std::max_align_t));
  template <class T, class... Args>
  T* make(Args&&... args) {
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }
  template <class T>
  T* makeArray(std::size_t n) {
    T* p = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
    for (std::size_t i = 0; i < n; ++i) new (p + i) T();
    return p;
  }
  /// An SPSC ring whose slots and indices live here, with a doorbell that wakes across processes.
  template <class T>
  SpscRing<T>* makeRing(std::size_t capacity) {
    auto* cells = makeArray<typename SpscRing<T>::Cell>(ringCapacity(capacity));
    return make<SpscRing<T>>(capacity, cells, true);
  }

  /// Bytes a makeRing<T>(capacity) takes, alignment included: for sizing an arena.
  template <class T>
  static constexpr std::size_t ringBytes(std::size_t capacity) {
    return ringCapacity(capacity) * sizeof(typename SpscRing<T>::Cell) + sizeof(SpscRing<T>) + 2 * kCacheLine;
  }

  std::size_t size() const { return size_; }
  std::size_t used() const { return used_; }

 private:
  char* base_ = nullptr;
  std::size_t size_ = 0, used_ = 0;
};

}  // namespace amp::real
