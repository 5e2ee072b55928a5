// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <sys/syscall.h>
#include <unistd.h>

namespace amp::real {

/// Ends a forked child at once: no atexit handler, no static destructor of the parent's. Straight to
/// exit_group rather than _exit, which a sanitizer intercepts to run its leak check — in a child
/// that holds the parent's live allocations (reported as leaks) and under a syscall filter that
/// forbids the check's tracer thread (killing the child that had ended well).
[[noreturn]] inline void leaveChild(int code) {
  ::syscall(SYS_exit_group, code);
  _exit(code);  // not reached
}

}  // namespace amp::real
