// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// What reads user input, fed mutated input (a seeded random mutator over the seeds in tests/fuzz/):
// nothing crashes, nothing out of range is accepted, and a saved run reads back the same however
// it was damaged first. A few thousand inputs per target by default; AMP_FUZZ_SECONDS runs longer.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "amp/labs/registry.h"
#include "amp/run/runner.h"
#include "cli/cli.h"
#include "cli/json_io.h"
#include "job_lab/job_lab.h"

using namespace amp;

namespace {

/// Byte-level mutations plus tokens that have broken parsers before.
class Mutator {
 public:
  explicit Mutator(quint32 seed) : rng_(seed) {}

  QByteArray mutate(QByteArray s) {
    const int edits = 1 + static_cast<int>(rng_.bounded(4));
    for (int e = 0; e < edits; ++e) {
      const int at = s.isEmpty() ? 0 : static_cast<int>(rng_.bounded(s.size() + 1));
      switch (rng_.bounded(6)) {
        case 0:  // flip a byte
          if (!s.isEmpty() && at < s.size()) s[at] = static_cast<char>(rng_.bounded(256));
          break;
        case 1:  // a troublesome token
          s.insert(at, kTokens[rng_.bounded(static_cast<int>(std::size(kTokens)))]);
          break;
        case 2:  // cut a range
          s.remove(at, static_cast<int>(rng_.bounded(8)));
          break;
        case 3:  // repeat a range
          s.insert(at, s.mid(at, static_cast<int>(rng_.bounded(16))));
          break;
        case 4:  // cut the end
          s.truncate(at);
          break;
        default:  // replace a number-like run with a token
          s.replace(at, static_cast<int>(rng_.bounded(4)),
                    kTokens[rng_.bounded(static_cast<int>(std::size(kTokens)))]);
      }
    }
    return s;
  }
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[rng_.bounded(static_cast<int>(v.size()))];
  }

 private:
  static constexpr const char* kTokens[] = {"-1",
                                            "0",
                                            "1e308",
                                            "-1e308",
                                            "nan",
                                            "inf",
                                            "-0",
                                            "1.5",
                                            "9999999999999999999",
                                            "0x10",
                                            "[",
                                            "]",
                                            "{",
                                            "}",
                                            "\"",
                                            ",",
                                            ":",
                                            "=",
                                            "==",
                                            "null",
                                            "true",
                                            "\\u0000",
                                            "[[]]",
                                            "[[-1]]",
                                            "\xff\xfe",
                                            "é",
                                            " ",
                                            "\n",
                                            "1e-320",
                                            "4294967297",
                                            "[[1,2,3,4,5,6,7,8]]"};
  QRandomGenerator rng_;
};

QList<QByteArray> linesOf(const QString& file) {
  QFile f(file);
  if (!f.open(QIODevice::ReadOnly)) return {};
  QList<QByteArray> out;
  for (const QByteArray& l : f.readAll().split('\n'))
    if (!l.isEmpty()) out << l;
  return out;
}

/// How many inputs a target gets: a fixed count, or as many as fit in AMP_FUZZ_SECONDS.
class Budget {
 public:
  Budget() {
    seconds_ = qEnvironmentVariableIntValue("AMP_FUZZ_SECONDS");
    timer_.start();
  }
  bool more(int done) const { return seconds_ > 0 ? timer_.elapsed() < seconds_ * 1000LL : done < 3000; }

 private:
  int seconds_ = 0;
  QElapsedTimer timer_;
};

}  // namespace

class TestFuzz : public QObject {
  Q_OBJECT

 private slots:
  void settingsAreAcceptedOnlyInRange() {
    const QList<QByteArray> seeds = linesOf(AMP_FUZZ_DIR "/settings.txt");
    QVERIFY(!seeds.isEmpty());
    Mutator m(1);
    std::vector<const run::Lab*> labs;
    for (const auto& l : labs::allLabs()) labs.push_back(l.get());
    const fixtures::JobLab jobLab;
    labs.push_back(&jobLab);
    int n = 0, accepted = 0;
    for (const Budget budget; budget.more(n); ++n) {
      const run::Lab& lab = *m.pick(labs);
      const auto specs = lab.params();
      // A seed of this lab's own (key=default) or of the corpus, mutated.
      QByteArray text = seeds[n % seeds.size()];
      if (n % 2 == 0) {
        const run::ParamSpec& s = m.pick(specs);
        text = QByteArray::fromStdString(s.key) + "=" +
               (s.isTextual() ? QByteArray::fromStdString(s.defText) : QByteArray::number(s.def));
      }
      // Every fourth input keeps its key and mutates only the value, so that value checks are reached.
      const int eq = static_cast<int>(text.indexOf('='));
      const std::string input =
          (n % 4 == 0 && eq >= 0 ? text.left(eq + 1) + m.mutate(text.mid(eq + 1)) : m.mutate(text))
              .toStdString();
      run::RunSpec spec;
      spec.params = run::defaults(specs);
      const std::string error = run::applySetting(specs, spec.params, input);
      if (!error.empty()) continue;
      ++accepted;
      // Whatever was accepted is a value the lab allows, one key at a time: a rule across
      // parameters (live_objects ≤ heap_objects) may still refuse the combination, and then
      // validate says exactly what that rule says.
      const std::string invalid = run::validate(lab, spec);
      QVERIFY2(invalid.empty() || invalid == lab.paramsProblem(spec.params),
               (lab.info().id + ": '" + input + "' was accepted, but " + invalid).c_str());
    }
    qInfo("%d settings, %d accepted", n, accepted);
  }

  void tablesAreAcceptedOnlyInRange() {
    const QList<QByteArray> seeds = linesOf(AMP_FUZZ_DIR "/tables.txt");
    QVERIFY(!seeds.isEmpty());
    const fixtures::JobLab lab;
    const std::vector<run::ParamSpec> specs = lab.params();
    const run::ParamSpec* spec = run::findSpec(specs, "tasks");
    QVERIFY(spec != nullptr);
    Mutator m(2);
    int n = 0, accepted = 0;
    for (const Budget budget; budget.more(n); ++n) {
      const std::string text = m.mutate(seeds[n % seeds.size()]).toStdString();
      run::TableRows rows;
      std::string error;
      try {
        error = run::parseTable(*spec, text, rows);
      } catch (const std::exception& e) {
        QFAIL(qPrintable(QString("parseTable threw %1 on %2")
                             .arg(e.what(), QString::fromLatin1(QByteArray::fromStdString(text).toHex()))));
      }
      if (!error.empty()) continue;
      ++accepted;
      QVERIFY2(
          static_cast<int>(rows.size()) >= spec->minRows && static_cast<int>(rows.size()) <= spec->maxRows,
          text.c_str());
      for (const auto& row : rows) {
        QCOMPARE(row.size(), spec->columns.size());
        for (std::size_t c = 0; c < row.size(); ++c)
          QVERIFY2(std::isfinite(row[c]) && row[c] >= spec->columns[c].min && row[c] <= spec->columns[c].max,
                   text.c_str());
      }
    }
    qInfo("%d tables, %d accepted", n, accepted);
  }

  void batchFilesNeverCrashAndNameWhatIsWrong() {
    QFile f(AMP_FUZZ_DIR "/batch.json");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray seed = f.readAll();
    std::vector<QStringList> commands;
    QCOMPARE(app::batchCommands(seed, "batch.json", commands), QString());  // the seed itself is good
    QCOMPARE(commands.size(), std::size_t(4));
    Mutator m(3);
    int n = 0, accepted = 0;
    for (const Budget budget; budget.more(n); ++n) {
      const QString error = app::batchCommands(m.mutate(seed), "batch.json", commands);
      if (error.isEmpty()) {
        ++accepted;
        QVERIFY(!commands.empty());
      } else {
        // Every message starts with what it is about: the file, or the JSON path of the entry.
        static const QRegularExpression names(QStringLiteral("^(batch\\.json|\\[\\d+\\]|runs\\[\\d+\\])"));
        QVERIFY2(names.match(error).hasMatch(), qPrintable(error));
      }
    }
    qInfo("%d batch files, %d accepted", n, accepted);
  }

  void savedRunsReadBackStably() {
    // A real saved run (a simulation, so it has metrics, series and histograms) as the seed.
    const run::Lab& lab = *labs::findLab("foundations");
    run::RunSpec spec;
    spec.lab = "foundations";
    spec.params = run::defaults(lab.params());
    spec.duration = 200;
    spec.reps = 2;
    const QByteArray seed =
        QJsonDocument(app::resultToJson(run::execute(lab, spec))).toJson(QJsonDocument::Compact);
    Mutator m(4);
    int n = 0, parsed = 0;
    for (const Budget budget; budget.more(n); ++n) {
      const QJsonDocument doc = QJsonDocument::fromJson(m.mutate(seed));
      if (!doc.isObject()) continue;
      ++parsed;
      // However damaged the input, what is read is a run that writes and reads back as itself.
      const QJsonObject once = app::resultToJson(app::resultFromJson(doc.object()));
      const QJsonObject twice = app::resultToJson(app::resultFromJson(once));
      QVERIFY2(once == twice, QJsonDocument(once).toJson().left(400).constData());
    }
    qInfo("%d runs, %d parsed as JSON", n, parsed);
  }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "test_fuzz.moc"
