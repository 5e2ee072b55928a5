// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/shared_arena.h"

#include <sys/mman.h>

#include <cstdint>
#include <stdexcept>

#include "amp/run/phrase.h"

namespace amp::real {

SharedArena::SharedArena(std::size_t bytes) : size_(bytes == 0 ? 1 : bytes) {
  // MAP_SHARED|MAP_ANONYMOUS: survives fork() as the same pages in both processes, and the kernel
  // hands it out zeroed, so atomics placed here start at 0 without a constructor race.
  void* p = mmap(nullptr, size_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    throw std::runtime_error(run::phrase("cannot map %1 bytes of shared memory", {std::to_string(size_)}));
  base_ = static_cast<char*>(p);
}

SharedArena::~SharedArena() {
  if (base_ != nullptr) munmap(base_, size_);
}

void* SharedArena::allocate(std::size_t bytes, std::size_t align) {
  const auto at = reinterpret_cast<std::uintptr_t>(base_) + used_;
  const std::uintptr_t aligned = (at + align - 1) & ~(static_cast<std::uintptr_t>(align) - 1);
  const std::size_t offset = aligned - reinterpret_cast<std::uintptr_t>(base_);
  if (offset + bytes > size_) throw std::bad_alloc();
  used_ = offset + bytes;
  return base_ + offset;
}

}  // namespace amp::real
