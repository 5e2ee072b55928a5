// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace amp::real {

/// How a sandboxed child ended (Running until it has been reaped).
enum class SandboxEnd {
  Running,
  Exited,          ///< its body returned 0
  Failed,          ///< its body returned non-zero, or threw
  KilledByFilter,  ///< SIGSYS: a system call its filter does not allow
  KilledByParent,  ///< kill() from the parent (over its CPU budget, a cancel)
  KilledOther,     ///< any other signal
};
const char* toString(SandboxEnd end);

/// Where a sandboxed child may run and what it may ask of the kernel.
struct SandboxSpec {
  std::vector<int> cpus;  ///< its affinity mask; empty = every CPU the parent may use
  bool filter = true;     ///< install the syscall filter (needs libseccomp: syscallFilterAvailable())
  /// Syscalls beyond the base set (exit, time, getcpu, futex, yield, memory management, a write to
  /// stderr) it may make; any other kills it with SIGSYS.
  std::vector<std::string> allowSyscalls;
};

/// True when this build can filter a child's syscalls (libseccomp).
bool syscallFilterAvailable();
/// Installs a kill-on-violation filter allowing the base set plus `extra` on the calling
/// process (irreversible); throws std::runtime_error naming what failed.
void applySyscallFilter(const std::vector<std::string>& extra);

/// A child process for code the lab does not trust: forked with its affinity mask and syscall
/// filter, watched by its parent, which reads its CPU time and may kill it. Unlike a harness
/// process seat, its death is an outcome the lab counts, not a failure of the run. Fork it from
/// the thread that will watch it: the child dies with that thread (PR_SET_PDEATHSIG).
class Sandbox {
 public:
  /// Forks; the child runs `body` and exits with its return value. Throws when fork() fails.
  Sandbox(const SandboxSpec& spec, const std::function<int()>& body);
  ~Sandbox();  ///< kills and reaps a child that still runs
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  pid_t pid() const { return pid_; }
  /// CPU time the child has used so far [ns] (its last reading once it has ended).
  std::int64_t cpuNs();
  /// Reaps the child if it has ended; true once it has.
  bool poll();
  /// SIGKILL (counted as KilledByParent unless it had already ended); poll() or wait() reaps it.
  void kill();
  /// Blocks until the child has ended and is reaped.
  void wait();
  SandboxEnd end() const { return end_; }

 private:
  void noteStatus(int status);
  pid_t pid_ = -1;
  SandboxEnd end_ = SandboxEnd::Running;
  bool killed_ = false;
  std::int64_t lastCpuNs_ = 0;
};

}  // namespace amp::real
