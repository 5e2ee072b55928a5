// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <QTest>
#include <chrono>
#include <thread>

#include "amp/real/cpu_topology.h"
#include "amp/real/sandbox.h"

using namespace amp::real;

class TestSandbox : public QObject {
  Q_OBJECT
 private slots:
  void runsOnItsCpusAndExits() {
    const int cpu = CpuTopology::probe().usableCpus().back();  // one this process may use
    Sandbox s({{cpu}, true, {}}, [cpu] { return sched_getcpu() == cpu ? 0 : 1; });
    s.wait();
    QCOMPARE(int(s.end()), int(SandboxEnd::Exited));
    Sandbox failing({{}, false, {}}, [] { return 3; });
    failing.wait();
    QCOMPARE(int(failing.end()), int(SandboxEnd::Failed));
  }

  void aForbiddenSyscallKillsIt() {
    if (!syscallFilterAvailable()) QSKIP("built without libseccomp");
    Sandbox s({{}, true, {}}, [] { return ::open("/proc/self/status", O_RDONLY) >= 0 ? 0 : 2; });
    s.wait();
    QCOMPARE(int(s.end()), int(SandboxEnd::KilledByFilter));
    // The same call without the filter succeeds: the filter, not the call, killed it.
    Sandbox free({{}, false, {}}, [] { return ::open("/proc/self/status", O_RDONLY) >= 0 ? 0 : 2; });
    free.wait();
    QCOMPARE(int(free.end()), int(SandboxEnd::Exited));
    // It may write to stderr (a sanitizer's report gets out), to no other descriptor.
    Sandbox err({{}, true, {}}, [] { return ::write(2, "", 0) == 0 ? 0 : 2; });
    err.wait();
    QCOMPARE(int(err.end()), int(SandboxEnd::Exited));
    Sandbox out({{}, true, {}}, [] { return ::write(1, "", 0) == 0 ? 0 : 2; });
    out.wait();
    QCOMPARE(int(out.end()), int(SandboxEnd::KilledByFilter));
  }

  void theParentReadsItsCpuTimeAndKillsIt() {
    Sandbox s({{}, true, {}}, [] {
      std::uint64_t spins = 0;
      for (;;) asm volatile("" : "+r"(spins));  // spins until killed; the asm keeps the loop
      return 0;
    });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (s.cpuNs() < 20'000'000 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    QVERIFY(!s.poll());
    QVERIFY(s.cpuNs() >= 20'000'000);
    s.kill();
    s.wait();
    QCOMPARE(int(s.end()), int(SandboxEnd::KilledByParent));
    QVERIFY(s.cpuNs() >= 20'000'000);  // the last reading stays
  }
};

QTEST_APPLESS_MAIN(TestSandbox)
#include "test_sandbox.moc"
