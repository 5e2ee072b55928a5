// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <string>

#include "amp/real/cpu_topology.h"
#include "amp/real/placement.h"
#include "amp/real/speed_model.h"

using namespace amp::real;

namespace {

void writeFile(const QString& root, const std::string& rel, const std::string& text) {
  const std::string path = root.toStdString() + rel;
  QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
  std::ofstream(path) << text << "\n";
}

// A recorded hybrid machine: CPUs 0-3 are two big cores with SMT (0/1, 2/3), CPUs 4-5 are
// little cores without SMT, capacity 1024 against 400.
QString fakeHybrid(QTemporaryDir& dir) {
  const QString root = dir.path();
  writeFile(root, "/sys/devices/system/cpu/online", "0-5");
  const int core[] = {0, 0, 1, 1, 2, 3};
  const char* sib[] = {"0-1", "0-1", "2-3", "2-3", "4", "5"};
  for (int c = 0; c < 6; ++c) {
    const std::string d = "/sys/devices/system/cpu/cpu" + std::to_string(c);
    writeFile(root, d + "/topology/core_id", std::to_string(core[c]));
    writeFile(root, d + "/topology/physical_package_id", "0");
    writeFile(root, d + "/topology/thread_siblings_list", sib[c]);
    writeFile(root, d + "/cpu_capacity", c < 4 ? "1024" : "400");
  }
  writeFile(root, "/sys/devices/cpu_core/cpus", "0-3");
  writeFile(root, "/sys/devices/cpu_atom/cpus", "4-5");
  writeFile(root, "/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", "powersave");
  writeFile(
      root, "/proc/cpuinfo",
      "processor\t: 0\nmodel name\t: Test CPU 9000\nflags\t\t: fpu sse2 hypervisor avx\n\nprocessor\t: 1\n");
  return root;
}

CpuTopology twoPlainCpus() {
  CpuTopology t;
  for (int c = 0; c < 2; ++c) {
    CpuInfo info;
    info.id = c;
    info.core = c;
    info.package = 0;
    info.siblings = {c};
    t.cpus.push_back(info);
  }
  return t;
}

}  // namespace

class TestRealTopology : public QObject {
  Q_OBJECT
 private slots:
  void parsesCpuLists();
  void readsThisMachine();
  void readsAHybridMachine();
  void masterGetsABigCoreToItself();
  void oversubscriptionSaysWhoShares();
  void speedModelLabelsEmulationAsEmulation();
};

void TestRealTopology::parsesCpuLists() {
  QCOMPARE(parseCpuList("0-3,8,10-11\n"), (std::vector<int>{0, 1, 2, 3, 8, 10, 11}));
  QCOMPARE(parseCpuList("5"), std::vector<int>{5});
  QCOMPARE(parseCpuList(""), std::vector<int>{});
  QCOMPARE(parseCpuList("3,1-2,x,1"), (std::vector<int>{1, 2, 3}));
}

void TestRealTopology::readsThisMachine() {
  const CpuTopology t = CpuTopology::probe();
  QVERIFY(!t.cpus.empty());
  QVERIFY(!t.usableCpus().empty());
  QVERIFY(!t.modelName.empty());
  QVERIFY(!t.governor.empty());
  QVERIFY(t.physicalCores() >= 1);
  for (const auto& c : t.cpus)
    QVERIFY(std::find(c.siblings.begin(), c.siblings.end(), c.id) != c.siblings.end());
  const amp::run::HostInfo h = hostInfo(t);
  QCOMPARE(h.cores, static_cast<int>(t.usableCpus().size()));
  QCOMPARE(h.cpuModel, t.modelName);
  QVERIFY(measureWakeupLatencyUs(20) > 0.0);
  QVERIFY(otherRunnableThreads(2) >= 0.0);
}

void TestRealTopology::readsAHybridMachine() {
  QTemporaryDir dir;
  const CpuTopology t = CpuTopology::probe(fakeHybrid(dir).toStdString());
  QCOMPARE(t.cpus.size(), std::size_t(6));
  QCOMPARE(t.modelName, std::string("Test CPU 9000"));
  QVERIFY(t.hypervisor);
  QCOMPARE(t.governor, std::string("powersave"));
  QVERIFY(t.smt());
  QCOMPARE(t.physicalCores(), 4);
  QVERIFY(t.heterogeneous());
  QCOMPARE(t.bigCpus(), (std::vector<int>{0, 1, 2, 3}));
  QCOMPARE(t.littleCpus(), (std::vector<int>{4, 5}));
  QCOMPARE(t.find(4)->coreType, std::string("efficiency"));
  QVERIFY(t.sameCore(0, 1));
  QVERIFY(!t.sameCore(1, 2));
  const amp::run::HostInfo h = hostInfo(t);
  QVERIFY(h.smt);
  QVERIFY(h.virtualized);
  QCOMPARE(h.asymmetry, std::string("real big/little"));
}

void TestRealTopology::masterGetsABigCoreToItself() {
  QTemporaryDir dir;
  const CpuTopology t = CpuTopology::probe(fakeHybrid(dir).toStdString());
  const Placement p = planPlacement(t, 3, PlacementPolicy::MasterApart);
  QCOMPARE(p.masterCpu, 0);
  // Not the master's SMT sibling (CPU 1); one thread per physical core first.
  QCOMPARE(p.workerCpus, (std::vector<int>{2, 4, 5}));
  QVERIFY(p.lightCpu != 0);
  const Placement packed = planPlacement(t, 2, PlacementPolicy::Packed);
  QCOMPARE(packed.masterCpu, 0);
  QCOMPARE(packed.workerCpus, (std::vector<int>{1, 2}));
  const Placement none = planPlacement(t, 2, PlacementPolicy::Unpinned);
  QCOMPARE(none.masterCpu, -1);
  QCOMPARE(none.workerCpus, (std::vector<int>{-1, -1}));
}

void TestRealTopology::oversubscriptionSaysWhoShares() {
  const CpuTopology t = twoPlainCpus();
  const Placement p = planPlacement(t, 4, PlacementPolicy::MasterApart);
  QCOMPARE(p.masterCpu, 0);
  std::vector<amp::run::ThreadPlacement> threads{{"master", p.masterCpu, true, {}}};
  for (int w = 0; w < 4; ++w)
    threads.push_back({"worker " + std::to_string(w), p.workerCpus[static_cast<std::size_t>(w)], true, {}});
  const Oversubscription o = checkOversubscription(threads, 2);
  QVERIFY(o.oversubscribed);
  QCOMPARE(
      o.message,
      std::string("5 threads on 2 cores: oversubscribed (CPU 1: worker 0, worker 1, worker 2, worker 3)"));
  const Oversubscription fine = checkOversubscription({threads[0], threads[1]}, 2);
  QVERIFY(!fine.oversubscribed);
  QVERIFY(fine.message.empty());
  // Two threads asking for one CPU share it even when there are cores to spare.
  const Oversubscription shared =
      checkOversubscription({{"master", 0, true, {}}, {"worker 0", 0, true, {}}}, 8);
  QVERIFY(shared.oversubscribed);
  QCOMPARE(shared.message, std::string("2 threads on 8 cores: oversubscribed (CPU 0: master, worker 0)"));
}

void TestRealTopology::speedModelLabelsEmulationAsEmulation() {
  QCOMPARE(SpeedModel().label(), std::string("none"));
  const SpeedModel e = SpeedModel::emulated(4, 2, 3.0);
  QCOMPARE(e.factor(0), 1.0);
  QCOMPARE(e.factor(3), 3.0);
  QCOMPARE(e.label(), std::string("emulated big/little (factor 3.0)"));
  // A symmetric machine cannot offer real little cores: emulated, and said so.
  CpuTopology flat = twoPlainCpus();
  Placement p = planPlacement(flat, 1, PlacementPolicy::MasterApart);
  const SpeedModel m = SpeedModel::choose(flat, p, 1, 2.5);
  QVERIFY(m.emulatedAsymmetry());
  QCOMPARE(m.label(), std::string("emulated big/little (factor 2.5)"));
  // A hybrid machine: the little worker goes to a real little core, nothing is emulated.
  QTemporaryDir dir;
  const CpuTopology hybrid = CpuTopology::probe(fakeHybrid(dir).toStdString());
  Placement hp = planPlacement(hybrid, 2, PlacementPolicy::MasterApart);
  const SpeedModel r = SpeedModel::choose(hybrid, hp, 1, 2.5);
  QVERIFY(r.realAsymmetry());
  QCOMPARE(r.factor(1), 1.0);
  QCOMPARE(hp.workerCpus[1], 4);
  QCOMPARE(r.label(), std::string("real big/little"));
}

QTEST_APPLESS_MAIN(TestRealTopology)
#include "test_real_topology.moc"
