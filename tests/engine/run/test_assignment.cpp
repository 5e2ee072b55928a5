// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QtTest>
#include <cmath>
#include <set>
#include <string>

#include "amp/labs/registry.h"
#include "amp/run/assignment.h"
#include "amp/run/runner.h"
#include "tiny_lab.h"

using namespace amp;

namespace {

/// The tiny lab with exercises: one that sets and states its numbers, one that states a default
/// with its unit, one whose number is ambiguous, one on a whole number, one near capacity and one
/// that states a table's cell.
class TinyClassLab final : public tiny::TinyLab {
 public:
  /// The tiny lab's parameters and a table, whose cells a prompt may state.
  std::vector<run::ParamSpec> params() const override {
    auto specs = tiny::TinyLab::params();
    specs.push_back(run::tableParam("rows", "Rows", {run::numberColumn("c", "C", "ms", 0, 100, 1)}, "[[5]]"));
    return specs;
  }
  std::vector<run::Exercise> exercises() const override {
    return {
        {"knee",
         "Raise the arrival rate to 800/s. Predict the mean wait in ms.",
         {{"arrival_rate", "800"}},
         "wait_ms",
         run::Mode::Model,
         0.05,
         ""},
        {"knee_again",
         "Same setting (800/s): predict the sojourn in ms.",
         {{"arrival_rate", "800"}},
         "sojourn_ms",
         run::Mode::Model,
         0.05,
         ""},
        {"stated",
         "With a service time of 1 ms, predict the sojourn in ms.",
         {},
         "sojourn_ms",
         run::Mode::Model,
         0.05,
         ""},
        {"ambiguous",
         "Use 2 servers at 2 requests per ms... predict the wait.",
         {{"servers", "2"}},
         "wait_ms",
         run::Mode::Model,
         0.05,
         ""},
        {"servers",
         "Spread the load over 4 servers: predict the wait in ms.",
         {{"servers", "4"}},
         "wait_ms",
         run::Mode::Model,
         0.05,
         ""},
        {"table",
         "Give the row 1 ms; predict the wait in ms.",
         {{"rows", "[[1]]"}},
         "wait_ms",
         run::Mode::Model,
         0.05,
         ""},
        {"plus_one",
         "With 2 servers the wait is short. Add one, 3 in all: predict the wait in ms.",
         {{"servers", "3"}},
         "wait_ms",
         run::Mode::Model,
         0.05,
         ""},
        {"edge",
         "At 990/s the queue is near its knee: predict the wait in ms.",
         {{"arrival_rate", "990"}},
         "wait_ms",
         run::Mode::Model,
         0.05,
         ""},
    };
  }
};

/// "student-7" (appended: GCC 12 warns falsely about `"…" + std::to_string(i)`).
std::string studentId(int i) {
  std::string id = "student-";
  id += std::to_string(i);
  return id;
}

const run::Exercise& exercise(const run::Lab& lab, const std::string& id) {
  static std::vector<run::Exercise> kept;
  kept = lab.exercises();
  for (const auto& e : kept)
    if (e.id == id) return e;
  throw std::runtime_error("no exercise " + id);
}

}  // namespace

/// A problem per student: stable draws, the generic rule's ranges, the prompt with the student's
/// numbers, and every registered lab's exercises drawn for many students.
class TestAssignment : public QObject {
  Q_OBJECT
 private slots:
  void hashesAreFixedByTheirDefinition();
  void sameStudentSameProblem();
  void studentsGetDifferentNumbers();
  void seedChangesTheProblem();
  void aSettingKeepsItsNumbersAcrossExercises();
  void promptStatesTheStudentsNumbers();
  void aDefaultStatedWithItsUnitVaries();
  void anAmbiguousNumberKeepsItsValue();
  void wholeNumbersStayWhole();
  void numbersTheTextCountsWithStay();
  void drawsStayStable();
  void everyLabsExercisesDeriveValidProblems();
};

void TestAssignment::hashesAreFixedByTheirDefinition() {
  // FNV-1a's and SplitMix64's published values: the same on every machine.
  QCOMPARE(run::stableHash(""), 0xcbf29ce484222325ULL);
  QCOMPARE(run::stableHash("a"), 0xaf63dc4c8601ec8cULL);
  QCOMPARE(run::splitMix64(0), 0xe220a8397b1dcdafULL);
}

void TestAssignment::sameStudentSameProblem() {
  const TinyClassLab lab;
  const auto a = run::assignExercise(lab, exercise(lab, "knee"), 7, "alice");
  const auto b = run::assignExercise(lab, exercise(lab, "knee"), 7, "alice");
  QCOMPARE(a.setup, b.setup);
  QCOMPARE(a.prompt, b.prompt);
  QVERIFY(!a.ownSetup);
}

void TestAssignment::studentsGetDifferentNumbers() {
  const TinyClassLab lab;
  std::set<std::string> rates;
  for (const char* id : {"alice", "bob", "carol", "dave", "erin", "frank"})
    rates.insert(run::assignExercise(lab, exercise(lab, "knee"), 7, id).setup.at("arrival_rate"));
  QVERIFY2(rates.size() >= 5, "six students share their arrival rates");
  const auto alice = run::assignExercise(lab, exercise(lab, "knee"), 7, "alice");
  const auto bob = run::assignExercise(lab, exercise(lab, "knee"), 7, "bob");
  QVERIFY(alice.setup != bob.setup);
  QVERIFY(lab.model(alice.params).values.at("wait_ms") != lab.model(bob.params).values.at("wait_ms"));
}

void TestAssignment::seedChangesTheProblem() {
  const TinyClassLab lab;
  int differ = 0;
  for (std::uint64_t seed = 1; seed <= 5; ++seed)
    differ += run::assignExercise(lab, exercise(lab, "knee"), seed, "alice").setup !=
              run::assignExercise(lab, exercise(lab, "knee"), seed + 100, "alice").setup;
  QVERIFY(differ >= 4);
}

void TestAssignment::aSettingKeepsItsNumbersAcrossExercises() {
  // "Same setting" in the second exercise is true for every student.
  const TinyClassLab lab;
  for (int i = 0; i < 10; ++i) {
    const auto first = run::assignExercise(lab, exercise(lab, "knee"), 7, studentId(i));
    const auto again = run::assignExercise(lab, exercise(lab, "knee_again"), 7, studentId(i));
    QCOMPARE(again.setup, first.setup);
    QVERIFY(again.prompt.find("(" + first.setup.at("arrival_rate") + "/s)") != std::string::npos);
  }
}

void TestAssignment::promptStatesTheStudentsNumbers() {
  const TinyClassLab lab;
  const auto a = run::assignExercise(lab, exercise(lab, "knee"), 7, "bob");
  const double rate = a.params.num("arrival_rate");
  QVERIFY(rate >= 600 && rate <= 1000);
  QVERIFY(rate != 800);
  QVERIFY2(a.prompt.find("to " + run::formatNumber(rate) + "/s") != std::string::npos, a.prompt.c_str());
  QVERIFY(a.prompt.find("800") == std::string::npos);
  // The number in the prompt is the value set, to the figure.
  QCOMPARE(std::stod(a.setup.at("arrival_rate")), rate);
}

void TestAssignment::aDefaultStatedWithItsUnitVaries() {
  const TinyClassLab lab;
  const auto ranges = run::assignmentRanges(lab, exercise(lab, "stated"));
  QCOMPARE(ranges.size(), std::size_t(1));
  QCOMPARE(ranges.begin()->first, std::string("service_ms"));
  QCOMPARE(ranges.begin()->second.lo, 0.75);
  QCOMPARE(ranges.begin()->second.hi, 1.25);
  const auto a = run::assignExercise(lab, exercise(lab, "stated"), 3, "carol");
  QVERIFY(a.setup.count("service_ms") == 1);
  QVERIFY2(a.prompt.find(a.setup.at("service_ms") + " ms") != std::string::npos, a.prompt.c_str());
}

void TestAssignment::anAmbiguousNumberKeepsItsValue() {
  // "2" is both the servers setting and another number of the prompt: a student's 3 could not be
  // shown without changing the other one too, so servers stays.
  const TinyClassLab lab;
  QVERIFY(run::assignmentRanges(lab, exercise(lab, "ambiguous")).empty());
  const auto a = run::assignExercise(lab, exercise(lab, "ambiguous"), 7, "alice");
  QCOMPARE(a.setup.at("servers"), std::string("2"));
  QVERIFY(!a.ownSetup);
}

void TestAssignment::wholeNumbersStayWhole() {
  // 4 servers is the range's top: a quarter less is 3, a quarter more is out of range.
  const TinyClassLab lab;
  std::set<double> servers;
  for (int i = 0; i < 40; ++i) {
    const auto a = run::assignExercise(lab, exercise(lab, "servers"), 1, studentId(i));
    const double c = a.params.num("servers");
    QCOMPARE(c, std::round(c));
    servers.insert(c);
    QVERIFY2(a.prompt.find(run::formatNumber(c) + " servers") != std::string::npos, a.prompt.c_str());
    QCOMPARE(a.params.num("arrival_rate"), 500.0);
  }
  QCOMPARE(servers, (std::set<double>{3, 4}));
}

void TestAssignment::numbersTheTextCountsWithStay() {
  // "1 ms" is the table's cell here, though the service time is 1 ms too: it stays.
  const TinyClassLab lab;
  QVERIFY(run::assignmentRanges(lab, exercise(lab, "table")).empty());
  QVERIFY(!run::assignmentRanges(lab, exercise(lab, "stated")).empty());
  // "3 in all" is counted from "2 servers": a student's 4 would contradict it.
  QVERIFY(run::assignmentRanges(lab, exercise(lab, "plus_one")).empty());
}

void TestAssignment::drawsStayStable() {
  // At 990/s (ρ = 0.99) a quarter more is past capacity: every draw is a stable queue with a
  // finite wait, however many draws it took.
  const TinyClassLab lab;
  int moved = 0;
  for (int i = 0; i < 40; ++i) {
    const auto a = run::assignExercise(lab, exercise(lab, "edge"), 1, studentId(i));
    const auto m = lab.model(a.params);
    QVERIFY(m.stable);
    QVERIFY(std::isfinite(m.values.at("wait_ms")));
    moved += a.params.num("arrival_rate") != 990;
  }
  QVERIFY(moved > 30);
}

void TestAssignment::everyLabsExercisesDeriveValidProblems() {
  int varied = 0, total = 0;
  for (const auto& lab : labs::allLabs()) {
    for (const auto& e : lab->exercises()) {
      if (e.answerFrom != run::Mode::Model) continue;
      std::set<std::map<std::string, std::string>> setups;
      for (int i = 0; i < 20; ++i) {
        const std::string who = studentId(i);
        const auto a = run::assignExercise(*lab, e, 2026, who);
        const std::string where = lab->info().id + "/" + e.id + " for " + who;
        QVERIFY2(!a.ownSetup, ("no valid draw: " + where).c_str());
        run::RunSpec spec;
        spec.lab = lab->info().id;
        spec.mode = run::Mode::Model;
        spec.params = a.params;
        const std::string problem = run::validate(*lab, spec);
        QVERIFY2(problem.empty(), (where + ": " + problem).c_str());
        const auto m = lab->model(a.params);
        QVERIFY2(m.values.count(e.metric) == 1 && std::isfinite(m.values.at(e.metric)), where.c_str());
        setups.insert(a.setup);
      }
      ++total;
      varied += setups.size() > 1;
    }
  }
  QVERIFY(total >= 14);
  // Nearly every exercise states or sets a number a student can get their own value of.
  QVERIFY2(varied * 4 >= total * 3, (std::to_string(varied) + " of " + std::to_string(total)).c_str());
}

QTEST_GUILESS_MAIN(TestAssignment)
#include "test_assignment.moc"
