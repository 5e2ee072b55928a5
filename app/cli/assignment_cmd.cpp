// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/assignment_cmd.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <optional>

#include "amp/labs/registry.h"
#include "cli/assignment_files.h"
#include "cli/cli_words.h"
#include "store/run_store.h"
#include "widgets/format.h"

namespace amp::app {

namespace {

constexpr int kOk = 0, kFailed = 1, kBadInput = 2;

struct BadInput {
  QString message;
};

QString q(const std::string& s) { return QString::fromStdString(s); }

/// The options of `command`, parsed; an unknown option or a missing value is bad input.
void parse(QCommandLineParser& p, const QString& command, const QStringList& args) {
  p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  if (!p.parse(QStringList{"amplab " + command} + args))
    throw BadInput{CliWords::tr("%1 (see '%2')").arg(p.errorText(), "amplab " + command + " --help")};
}

const run::Lab& labOrThrow(const QString& id, const QString& where = {}) {
  if (const run::Lab* lab = labs::findLab(id.toStdString())) return *lab;
  QStringList ids;
  for (const auto& l : labs::allLabs()) ids << q(l->info().id);
  throw BadInput{where + CliWords::tr("unknown lab '%1'; labs: %2").arg(id, ids.join(", "))};
}

std::uint64_t seedOrThrow(const QString& text) {
  bool ok = false;
  const qulonglong v = text.toULongLong(&ok);
  if (!ok || v > (1ULL << 53))
    throw BadInput{amp::app::CliWords::tr("%1 must be a whole number in [%2, %3], got '%4'")
                       .arg("--seed", "0", "2^53", text)};
  return v;
}

/// A word as a shell reads it back (a student id with a space).
QString shellWord(const QString& w) {
  static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.@+/:-]+$"));
  return plain.match(w).hasMatch() ? w : "'" + QString(w).replace("'", "'\\''") + "'";
}

QString withUnit(const QString& value, const QString& unit) {
  return unit.isEmpty() ? value : value + " " + unit;
}

QString gradedByWords(const run::Exercise& e) {
  const QString percent = humanNumber(e.tolerance * 100, 3);
  switch (e.answerFrom) {
    case run::Mode::Model:
      return CliWords::tr("within %1%, graded by the model").arg(percent);
    case run::Mode::Sim:
      return CliWords::tr("within %1% or inside the 95% CI, graded by a seeded simulation").arg(percent);
    case run::Mode::Real:
      return CliWords::tr(
                 "within %1%, graded on the model (your real run is yours to make; the grader cannot "
                 "re-run it)")
          .arg(percent);
  }
  return CliWords::tr("within %1%").arg(percent);
}

/// "Varies:", "Set:", "Predict:" in the reader's language, padded to one column for the values.
QString fieldLabel(const QString& label) {
  const qsizetype width = std::max(
      {CliWords::tr("Varies:").size(), CliWords::tr("Set:").size(), CliWords::tr("Predict:").size()});
  return label.leftJustified(width + 1);
}

void printAssignment(const run::Lab& lab, std::uint64_t seed, const std::vector<run::Exercise>& exercises,
                     const QString& student) {
  QTextStream o(stdout);
  const auto specs = lab.params();
  const QString title = widgets::labText(lab.info().title), id = q(lab.info().id);
  o << (student.isEmpty()
            ? CliWords::tr("Assignment: %1 (%2), seed %3").arg(title, id).arg(seed)
            : CliWords::tr("Assignment: %1 (%2), seed %3, student %4").arg(title, id).arg(seed).arg(student))
    << "\n";
  if (!student.isEmpty())
    o << CliWords::tr(
             "Your numbers are the settings under each exercise; a number the text works out from them (a\n"
             "utilization, a capacity) may be the lab's own example.")
      << "\n";
  int n = 0;
  for (const auto& e : exercises) {
    o << "\n" << ++n << ". " << q(e.id) << "\n";
    const ValueName metric = valueName(lab, e.metric);
    if (student.isEmpty()) {
      o << "   " << widgets::labText(e.prompt) << "\n";
      const auto ranges = run::assignmentRanges(lab, e);
      QStringList varies;
      for (const auto& [key, r] : ranges) {
        const run::ParamSpec* spec = run::findSpec(specs, key);
        varies << q(key) + " " +
                      withUnit(q(run::formatNumber(r.lo)) + " … " + q(run::formatNumber(r.hi)),
                               spec != nullptr ? q(spec->unit) : QString());
      }
      o << "   " << fieldLabel(CliWords::tr("Varies:"))
        << (varies.isEmpty() ? CliWords::tr("nothing (the same for every student)") : varies.join(", "))
        << "\n";
    } else {
      const run::AssignedExercise a = run::assignExercise(lab, e, seed, student.toStdString());
      o << "   " << widgets::labText(a.prompt) << "\n";
      QStringList set;
      for (const auto& [key, value] : a.setup) {
        const run::ParamSpec* spec = run::findSpec(specs, key);
        set << q(key) + " = " +
                   withUnit(q(value), spec != nullptr && !spec->isTextual() ? q(spec->unit) : QString());
      }
      o << "   " << fieldLabel(CliWords::tr("Set:"))
        << (set.isEmpty() ? CliWords::tr("nothing (the lab's defaults)") : set.join(", ")) << "\n";
      if (a.ownSetup)
        o << "   " << CliWords::tr("(the exercise's own numbers: no other draw passed the lab's checks)")
          << "\n";
    }
    const QString label = widgets::labText(metric.label.toStdString());
    o << "   " << fieldLabel(CliWords::tr("Predict:"))
      << (metric.unit.isEmpty() ? QStringLiteral("%1 (%2)").arg(q(e.metric), label)
                                : CliWords::tr("%1 (%2) in %3").arg(q(e.metric), label, metric.unit))
      << ", " << gradedByWords(e) << "\n";
  }
  const QString seedWord = QStringLiteral(" --seed %1").arg(seed);
  if (student.isEmpty())
    o << "\n"
      << CliWords::tr("Each student's own numbers: %1")
             .arg("amplab assignment " + id + " --student ID" + seedWord)
      << "\n"
      << CliWords::tr("To grade: %1, then %2")
             .arg("amplab assignment " + id + seedWord + " --out ASSIGNMENT.json",
                  "amplab grade ASSIGNMENT.json SUBMISSIONS/")
      << "\n";
  else
    o << "\n"
      << CliWords::tr("To hand in: %1")
             .arg("amplab assignment " + id + " --student " + shellWord(student) + seedWord + " --answer " +
                  q(exercises.front().id) + "=VALUE [--answer ...] --submit FILE.json")
      << "\n";
}

bool writeJson(const QString& file, const QJsonObject& doc, QString& error) {
  QSaveFile f(file);
  if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) < 0 ||
      !f.commit()) {
    error = CliWords::tr("%1: cannot write it (%2)").arg(file, f.errorString());
    return false;
  }
  return true;
}

/// `option` EX=VALUE words as exercise index -> value text, EX one of the chosen exercises.
std::map<std::size_t, QString> pairsOrThrow(const QString& option, const QStringList& words,
                                            const std::vector<run::Exercise>& exercises,
                                            const run::Lab& lab) {
  QStringList ids;
  for (const auto& e : exercises) ids << q(e.id);
  std::map<std::size_t, QString> out;
  for (const QString& w : words) {
    const qsizetype eq = w.indexOf('=');
    const qsizetype at = eq > 0 ? ids.indexOf(w.left(eq)) : -1;
    if (at < 0)
      throw BadInput{CliWords::tr("%1 '%2': expected EXERCISE=VALUE with EXERCISE one of %3 (lab '%4')")
                         .arg(option, w, ids.join(", "), q(lab.info().id))};
    out[static_cast<std::size_t>(at)] = w.mid(eq + 1);
  }
  return out;
}

/// --answer EX=VALUE words into predictions for the chosen exercises.
std::map<QString, double> answersOrThrow(const QStringList& words,
                                         const std::vector<run::Exercise>& exercises, const run::Lab& lab) {
  std::map<QString, double> out;
  for (const auto& [at, text] : pairsOrThrow("--answer", words, exercises, lab)) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
      const QString unit = unitOf(lab, exercises[at].metric);
      const QString word = "--answer " + q(exercises[at].id) + "=" + text;
      throw BadInput{unit.isEmpty()
                         ? CliWords::tr("%1: the prediction must be a number").arg(word)
                         : CliWords::tr("%1: the prediction must be a number in %2").arg(word, unit)};
    }
    out[q(exercises[at].id)] = v;
  }
  return out;
}

/// --run EX=ID words into references to the student's saved runs (of this lab), with a warning
/// when a run was not made at the student's numbers.
std::map<QString, RunRef> runsOrThrow(const QStringList& words, const std::vector<run::Exercise>& exercises,
                                      const run::Lab& lab, std::uint64_t seed, const QString& student,
                                      const RunStore& store) {
  std::map<QString, RunRef> out;
  for (const auto& [at, text] : pairsOrThrow("--run", words, exercises, lab)) {
    const run::Exercise& e = exercises[at];
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    QString error;
    const std::optional<run::RunResult> r = ok ? store.load(id, &error) : std::nullopt;
    if (!r)
      throw BadInput{CliWords::tr("%1: no such run in %2 (the runs: %3)")
                         .arg("--run " + q(e.id) + "=" + text, store.path(), "amplab runs list")};
    if (r->lab != lab.info().id)
      throw BadInput{CliWords::tr("%1: a run of lab %2, not %3")
                         .arg("--run " + q(e.id) + "=" + text, q(r->lab), q(lab.info().id))};
    RunRef ref{q(r->uuid), NAN};
    if (const auto m = r->metrics.find(e.metric); m != r->metrics.end())
      ref.value = m->second.mean;
    else if (const auto v = r->model.values.find(e.metric);
             r->mode == run::Mode::Model && v != r->model.values.end())
      ref.value = v->second;
    const run::AssignedExercise a = run::assignExercise(lab, e, seed, student.toStdString());
    QStringList differ;
    for (const auto& [key, value] : a.setup)
      if (r->params.has(key) && !r->params.texts().count(key) && r->params.num(key) != a.params.num(key))
        differ << CliWords::tr("%1 = %2, yours %3")
                      .arg(q(key), q(run::formatNumber(r->params.num(key))), q(value));
    if (!differ.isEmpty())
      QTextStream(stderr) << CliWords::tr("warning: %1")
                                 .arg(CliWords::tr("run %1 was not made at your numbers for %2 (%3)")
                                          .arg(QString::number(id), q(e.id), differ.join("; ")))
                          << "\n";
    out[q(e.id)] = ref;
  }
  return out;
}

/// Writes (or adds to) the student's submission file and saves each answer as an attempt.
int submit(const run::Lab& lab, std::uint64_t seed, const std::vector<run::Exercise>& exercises,
           const QString& student, const std::map<QString, double>& answers, const QStringList& runWords,
           const QString& file, const QString& db) {
  Submission s{student, q(lab.info().id), seed, {}, {}};
  if (QFileInfo::exists(file)) {
    Submission before;
    if (const QString e = readSubmission(file, before); !e.isEmpty())
      throw BadInput{CliWords::tr("%1 (--submit adds to a submission file, or writes a new one)").arg(e)};
    if (before.student != s.student || before.lab != s.lab || before.seed != s.seed)
      throw BadInput{
          CliWords::tr("%1: the submission of student %2 for %3 seed %4, not of %5 for %6 seed %7; choose "
                       "another file")
              .arg(file, before.student, before.lab, QString::number(before.seed), student, s.lab,
                   QString::number(seed))};
    s.answers = before.answers;
    s.runs = before.runs;
  }
  for (const auto& [id, v] : answers) s.answers[id] = v;
  if (const QString e = RunStore::pathProblem(db, RunStore::Access::ReadWrite); !e.isEmpty())
    throw BadInput{e};
  RunStore store;
  if (const QString e = store.open(db); !e.isEmpty()) {
    QTextStream(stderr) << CliWords::tr("error: %1").arg(e) << "\n";
    return kFailed;
  }
  for (auto& [id, ref] : runsOrThrow(runWords, exercises, lab, seed, student, store)) s.runs[id] = ref;
  QString error;
  if (!writeJson(file, submissionToJson(s), error)) throw BadInput{error};
  QTextStream o(stdout);
  o << (answers.size() == 1
            ? CliWords::tr("Saved 1 answer of %1 to %2 (%3 of %4 exercises answered). Hand in "
                           "that file.")
                  .arg(student, file, QString::number(s.answers.size()), QString::number(exercises.size()))
            : CliWords::tr("Saved %1 answers of %2 to %3 (%4 of %5 exercises answered). Hand "
                           "in that file.")
                  .arg(QString::number(answers.size()), student, file, QString::number(s.answers.size()),
                       QString::number(exercises.size())))
    << "\n";

  // Each answer is also an attempt in the student's own progress, as the exercise panel keeps it.
  for (const auto& e : exercises) {
    const auto it = answers.find(q(e.id));
    if (it == answers.end()) continue;
    const run::AssignedExercise a = run::assignExercise(lab, e, seed, student.toStdString());
    const Answer answer = answerFor(lab, e, a, seed);
    if (!answer.error.isEmpty()) continue;  // the grader says why; nothing to keep here
    if (const QString err = store.saveExerciseAttempt(q(lab.info().id), q(e.id), it->second, answer.value,
                                                      passes(e, it->second, answer));
        !err.isEmpty()) {
      QTextStream(stderr)
          << CliWords::tr("error: %1").arg(CliWords::tr("your attempt could not be saved: %1").arg(err))
          << "\n";
      return kFailed;
    }
  }
  return kOk;
}

int assignment(const QStringList& args) {
  QCommandLineParser p;
  p.addPositionalArgument("LAB", "the lab");
  const QCommandLineOption student("student", "student id", "ID"), seed("seed", "assignment seed", "S", "1"),
      exercise("exercise", "only this exercise", "EX"), json("json", "JSON document"),
      outFile("out", "write ASSIGNMENT.json", "FILE"), answer("answer", "a prediction", "EX=VALUE"),
      submitFile("submit", "submission file", "FILE"), runRef("run", "the run made for it", "EX=ID"),
      db("db", "database", "PATH");
  p.addOptions({student, seed, exercise, json, outFile, answer, submitFile, runRef, db});
  parse(p, "assignment", args);
  if (p.positionalArguments().size() != 1)
    throw BadInput{p.positionalArguments().isEmpty()
                       ? CliWords::tr("missing %1").arg(CliWords::tr("lab id (see 'amplab labs')"))
                       : CliWords::tr("unknown argument '%1'; see '%2'")
                             .arg(p.positionalArguments().at(1), "amplab assignment --help")};
  const run::Lab& lab = labOrThrow(p.positionalArguments().front());
  const std::uint64_t s = seedOrThrow(p.value(seed));
  const QString who = p.value(student).trimmed();
  if (p.isSet(student) && who.isEmpty())
    throw BadInput{CliWords::tr("%1 needs an id (a name, a number)").arg("--student")};
  std::vector<run::Exercise> exercises;
  if (const QString e = selectExercises(lab, p.values(exercise), exercises); !e.isEmpty()) throw BadInput{e};

  if (p.isSet(runRef) && !p.isSet(submitFile))
    throw BadInput{CliWords::tr("%1 goes with %2 and %3").arg("--run EX=ID", "--answer", "--submit")};
  if (p.isSet(submitFile) || p.isSet(answer)) {
    if (!p.isSet(submitFile) || !p.isSet(answer))
      throw BadInput{CliWords::tr("%1 and %2 go together").arg("--answer EX=VALUE", "--submit FILE.json")};
    if (who.isEmpty()) throw BadInput{CliWords::tr("%1 needs %2").arg("--submit", "--student ID")};
    const auto answers = answersOrThrow(p.values(answer), exercises, lab);
    return submit(lab, s, exercises, who, answers, p.values(runRef), p.value(submitFile),
                  p.isSet(db) ? p.value(db) : RunStore::defaultPath());
  }
  const QJsonObject doc = assignmentToJson(lab, s, exercises, who);
  if (p.isSet(outFile)) {
    QString error;
    if (!writeJson(p.value(outFile), doc, error)) throw BadInput{error};
    QTextStream(stderr) << CliWords::tr("wrote %1").arg(p.value(outFile)) << "\n";
  }
  if (p.isSet(json)) {
    QTextStream(stdout) << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    return kOk;
  }
  printAssignment(lab, s, exercises, who);
  return kOk;
}

QString csvField(const QString& f) {
  if (!f.contains(',') && !f.contains('"') && !f.contains('\n')) return f;
  return '"' + QString(f).replace("\"", "\"\"") + '"';
}

/// "3 of 4 answers passed, 1 exercises not answered, 0 rows with an error" for a person.
QString gradeTally(int passed, int answered, int unanswered, int errors) {
  return CliWords::tr("%1 of %2 answers passed, %3 exercises not answered")
             .arg(passed)
             .arg(answered)
             .arg(unanswered) +
         ", " +
         (errors == 1 ? CliWords::tr("1 row with an error")
                      : CliWords::tr("%1 rows with an error").arg(errors));
}

QString number(double v) { return std::isfinite(v) ? QString::number(v, 'g', 10) : QString(); }

int grade(const QStringList& args) {
  QCommandLineParser p;
  p.addPositionalArgument("ASSIGNMENT", "ASSIGNMENT.json");
  p.addPositionalArgument("DIR", "submissions");
  const QCommandLineOption csv("csv", "write the CSV to FILE", "FILE");
  p.addOption(csv);
  parse(p, "grade", args);
  const QStringList pos = p.positionalArguments();
  if (pos.size() != 2)
    throw BadInput{CliWords::tr("%1 takes %2 and a folder of submissions").arg("grade", "ASSIGNMENT.json")};
  Assignment as;
  if (const QString e = readAssignment(pos[0], as); !e.isEmpty()) throw BadInput{e};
  const run::Lab& lab = labOrThrow(as.lab, pos[0] + ": " + CliWords::tr("key '%1': ").arg("lab"));
  std::vector<run::Exercise> exercises;
  if (const QString e = selectExercises(lab, as.exercises, exercises); !e.isEmpty())
    throw BadInput{pos[0] + ": " + CliWords::tr("key '%1': ").arg("exercises") + e};
  const QDir dir(pos[1]);
  if (!QFileInfo(pos[1]).isDir())
    throw BadInput{CliWords::tr("%1: not a folder (the students' submission files)").arg(pos[1])};

  const QString kNoAnswer = QStringLiteral("no answer");
  QStringList rows{
      "student,exercise,parameters,prediction,answer,unit,relative_error,tolerance,passed,graded_by,"
      "run_uuid,run_value,file,error"};
  int answered = 0, passed = 0, unanswered = 0, errors = 0, submissions = 0;
  const QString assignmentPath = QFileInfo(pos[0]).canonicalFilePath();
  const QStringList files = dir.entryList({"*.json"}, QDir::Files, QDir::Name);
  for (const QString& name : files) {
    const QString path = dir.filePath(name);
    if (QFileInfo(path).canonicalFilePath() == assignmentPath) continue;
    ++submissions;
    const auto row = [&](const QString& student, const QString& exercise, const QStringList& middle,
                         const QString& error) {
      QStringList f{student, exercise};
      QStringList graded = middle;  // parameters … run_value; what is not known stays empty
      graded.resize(10);
      f += graded;
      f << name << error;
      for (QString& x : f) x = csvField(x);
      rows << f.join(',');
      (error == kNoAnswer ? unanswered : errors) += !error.isEmpty();
    };
    Submission s;
    // The CSV never changes with the language: a file's problem is in its words as written.
    if (const QString e = readSubmission(path, s, Words::Source); !e.isEmpty()) {
      row(s.student, {}, {}, e);
      continue;
    }
    if (s.lab != as.lab || s.seed != as.seed) {
      row(s.student, {}, {},
          QStringLiteral("for lab %1 seed %2, not this assignment's lab %3 seed %4")
              .arg(s.lab)
              .arg(s.seed)
              .arg(as.lab)
              .arg(as.seed));
      continue;
    }
    for (const auto& [id, v] : s.answers)
      if (!as.exercises.contains(id)) row(s.student, id, {}, "not an exercise of this assignment");
    for (const auto& e : exercises) {
      const run::AssignedExercise a = run::assignExercise(lab, e, as.seed, s.student.toStdString());
      const auto it = s.answers.find(q(e.id));
      const QString params = setupWords(a.setup).join(' ');
      if (it == s.answers.end()) {
        row(s.student, q(e.id), {params}, kNoAnswer);
        continue;
      }
      const auto run = s.runs.find(q(e.id));
      const Answer answer = answerFor(lab, e, a, as.seed);
      const bool ok = passes(e, it->second, answer);
      const double rel = answer.value != 0 ? (it->second - answer.value) / std::fabs(answer.value) : NAN;
      ++answered;
      passed += ok;
      row(s.student, q(e.id),
          {params, number(it->second), number(answer.value), unitOf(lab, e.metric), number(rel),
           number(e.tolerance), answer.error.isEmpty() ? (ok ? "yes" : "no") : QString(), answer.gradedBy,
           run != s.runs.end() ? run->second.uuid : QString(),
           run != s.runs.end() ? number(run->second.value) : QString()},
          answer.error);
    }
  }
  const QByteArray text = (rows.join('\n') + '\n').toUtf8();
  if (p.isSet(csv)) {
    QSaveFile f(p.value(csv));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) < 0 || !f.commit())
      throw BadInput{p.value(csv) + ": cannot write it (" + f.errorString() + ")"};
  } else {
    QTextStream(stdout) << text;
  }
  QTextStream(stderr)
      << (submissions == 1
              ? CliWords::tr("1 submission: %1").arg(gradeTally(passed, answered, unanswered, errors))
              : CliWords::tr("%1 submissions: %2")
                    .arg(QString::number(submissions), gradeTally(passed, answered, unanswered, errors)))
      << "\n";
  return kOk;
}

/// Bad input becomes "error: …" on stderr and exit 2, as for every command.
int guarded(int (*command)(const QStringList&), const QStringList& args) {
  try {
    return command(args);
  } catch (const BadInput& bad) {
    QTextStream(stderr) << CliWords::tr("error: %1").arg(bad.message) << "\n";
    return kBadInput;
  }
}

}  // namespace

int cmdAssignment(const QStringList& args) { return guarded(assignment, args); }
int cmdGrade(const QStringList& args) { return guarded(grade, args); }

}  // namespace amp::app
