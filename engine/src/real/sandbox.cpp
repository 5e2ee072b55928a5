// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/sandbox.h"

#include <sched.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <iterator>
#include <stdexcept>

#include "amp/run/phrase.h"
#include "child_exit.h"

#ifdef AMP_HAVE_SECCOMP
#include <seccomp.h>
#endif

namespace amp::real {
namespace {

// What a sandboxed body may always do: leave, tell the time and its CPU, wait, and manage its
// own memory (the allocator and a sanitizer's runtime need that; it reaches no file or peer).
const char* const kBaseSyscalls[] = {"exit",      "exit_group",  "rt_sigreturn",  "restart_syscall",
                                     "getpid",    "gettid",      "clock_gettime", "clock_nanosleep",
                                     "nanosleep", "sched_yield", "getcpu",        "futex",
                                     "brk",       "mmap",        "munmap",        "madvise"};

// The child's exit code when its own setting up failed (affinity, filter): a failure, not its body's.
constexpr int kSetupFailed = 125;

}  // namespace

const char* toString(SandboxEnd end) {
  switch (end) {
    case SandboxEnd::Running:
      return "running";
    case SandboxEnd::Exited:
      return "exited";
    case SandboxEnd::Failed:
      return "failed";
    case SandboxEnd::KilledByFilter:
      return "killed by its syscall filter";
    case SandboxEnd::KilledByParent:
      return "killed by its parent";
    case SandboxEnd::KilledOther:
      return "killed by a signal";
  }
  return "?";
}

bool syscallFilterAvailable() {
#ifdef AMP_HAVE_SECCOMP
  return true;
#else
  return false;
#endif
}

void applySyscallFilter(const std::vector<std::string>& extra) {
#ifdef AMP_HAVE_SECCOMP
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
  if (ctx == nullptr) throw std::runtime_error(run::phrase("seccomp_init failed"));
  std::vector<std::string> allow(std::begin(kBaseSyscalls), std::end(kBaseSyscalls));
  allow.insert(allow.end(), extra.begin(), extra.end());
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer asks for the alternate signal stack's bounds before any call that does not
  // return (leaving the body, an exception): a query that changes nothing.
  allow.emplace_back("sigaltstack");
#endif
  for (const auto& name : allow) {
    const int nr = seccomp_syscall_resolve_name(name.c_str());
    if (nr == __NR_SCMP_ERROR) {
      seccomp_release(ctx);
      throw std::runtime_error(run::phrase("unknown syscall '%1' in the filter", {name}));
    }
    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0);
  }
  // Writing to stderr only, so that a sanitizer's report or an abort message gets out; the body
  // cannot write to any other descriptor it inherited.
  seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(write), 1, SCMP_A0(SCMP_CMP_EQ, 2));
  const int rc = seccomp_load(ctx);
  seccomp_release(ctx);
  if (rc != 0) throw std::runtime_error(run::phrase("the seccomp filter could not be loaded"));
#else
  (void)extra;
  throw std::runtime_error(run::phrase("this build has no seccomp support (libseccomp missing)"));
#endif
}

Sandbox::Sandbox(const SandboxSpec& spec, const std::function<int()>& body) {
  const pid_t parent = getpid();
  pid_ = fork();
  if (pid_ < 0)
    throw std::runtime_error(run::phrase("fork() failed (system error: %1)", {std::strerror(errno)}));
  if (pid_ > 0) return;
  // ---- the child: only the forking thread exists here; leave with leaveChild, never through the
  // parent's atexit handlers or static destructors.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) leaveChild(kSetupFailed);  // the parent died before the line above took effect
  if (!spec.cpus.empty()) {
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int c : spec.cpus)
      if (c >= 0 && c < CPU_SETSIZE) CPU_SET(c, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) leaveChild(kSetupFailed);
  }
  int code = 0;
  try {
    if (spec.filter) applySyscallFilter(spec.allowSyscalls);
  } catch (...) {
    leaveChild(kSetupFailed);
  }
  try {
    code = body();
  } catch (...) {
    code = 1;
  }
  leaveChild(code);
}

Sandbox::~Sandbox() {
  if (end_ != SandboxEnd::Running || pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
}

std::int64_t Sandbox::cpuNs() {
  if (end_ != SandboxEnd::Running) return lastCpuNs_;
  clockid_t clock{};
  timespec ts{};
  if (clock_getcpuclockid(pid_, &clock) == 0 && clock_gettime(clock, &ts) == 0)
    lastCpuNs_ = static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
  return lastCpuNs_;
}

void Sandbox::noteStatus(int status) {
  if (WIFEXITED(status)) {
    end_ = WEXITSTATUS(status) == 0 ? SandboxEnd::Exited : SandboxEnd::Failed;
  } else if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    end_ = sig == SIGSYS               ? SandboxEnd::KilledByFilter
           : killed_ && sig == SIGKILL ? SandboxEnd::KilledByParent
                                       : SandboxEnd::KilledOther;
  }
}

bool Sandbox::poll() {
  if (end_ != SandboxEnd::Running) return true;
  cpuNs();  // the last reading, before the child is gone
  int status = 0;
  if (waitpid(pid_, &status, WNOHANG) != pid_) return false;
  noteStatus(status);
  return true;
}

void Sandbox::kill() {
  if (end_ != SandboxEnd::Running) return;
  cpuNs();
  killed_ = true;
  ::kill(pid_, SIGKILL);
}

void Sandbox::wait() {
  if (end_ != SandboxEnd::Running) return;
  int status = 0;
  while (waitpid(pid_, &status, 0) != pid_) {
    if (errno != EINTR) return;
  }
  noteStatus(status);
}

}  // namespace amp::real
