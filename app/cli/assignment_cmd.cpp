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
#include <cmath>
#include <optional>

#include "amp/labs/registry.h"
#include "cli/assignment_files.h"
#include "store/run_store.h"

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
    throw BadInput{p.errorText() + " (see 'amplab " + command + " --help')"};
}

const run::Lab& labOrThrow(const QString& id, const QString& where = {}) {
  if (const run::Lab* lab = labs::findLab(id.toStdString())) return *lab;
  QStringList ids;
  for (const auto& l : labs::allLabs()) ids << q(l->info().id);
  throw BadInput{where + "unknown lab '" + id + "'; labs: " + ids.join(", ")};
}

std::uint64_t seedOrThrow(const QString& text) {
  bool ok = false;
  const qulonglong v = text.toULongLong(&ok);
  if (!ok || v > (1ULL << 53))
    throw BadInput{"--seed must be a whole number in [0, 2^53], got '" + text + "'"};
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
  const QString within = QStringLiteral("within %1%").arg(e.tolerance * 100, 0, 'g', 3);
  switch (e.answerFrom) {
    case run::Mode::Model:
      return within + ", graded by the model";
    case run::Mode::Sim:
      return within + " or inside the 95% CI, graded by a seeded simulation";
    case run::Mode::Real:
      return within + ", graded on the model (your real run is yours to make; the grader cannot re-run it)";
  }
  return within;
}

void printAssignment(const run::Lab& lab, std::uint64_t seed, const std::vector<run::Exercise>& exercises,
                     const QString& student) {
  QTextStream o(stdout);
  const auto specs = lab.params();
  o << "Assignment: " << q(lab.info().title) << " (" << q(lab.info().id) << "), seed " << seed;
  if (!student.isEmpty()) o << ", student " << student;
  o << "\n";
  if (!student.isEmpty())
    o << "Your numbers are the settings under each exercise; a number the text works out from them (a\n"
         "utilization, a capacity) may be the lab's own example.\n";
  int n = 0;
  for (const auto& e : exercises) {
    o << "\n" << ++n << ". " << q(e.id) << "\n";
    const ValueName metric = valueName(lab, e.metric);
    if (student.isEmpty()) {
      o << "   " << q(e.prompt) << "\n";
      const auto ranges = run::assignmentRanges(lab, e);
      QStringList varies;
      for (const auto& [key, r] : ranges) {
        const run::ParamSpec* spec = run::findSpec(specs, key);
        varies << q(key) + " " +
                      withUnit(q(run::formatNumber(r.lo)) + " … " + q(run::formatNumber(r.hi)),
                               spec != nullptr ? q(spec->unit) : QString());
      }
      o << "   Varies:  "
        << (varies.isEmpty() ? QStringLiteral("nothing (the same for every student)") : varies.join(", "))
        << "\n";
    } else {
      const run::AssignedExercise a = run::assignExercise(lab, e, seed, student.toStdString());
      o << "   " << q(a.prompt) << "\n";
      QStringList set;
      for (const auto& [key, value] : a.setup) {
        const run::ParamSpec* spec = run::findSpec(specs, key);
        set << q(key) + " = " +
                   withUnit(q(value), spec != nullptr && !spec->isTextual() ? q(spec->unit) : QString());
      }
      o << "   Set:     " << (set.isEmpty() ? QStringLiteral("nothing (the lab's defaults)") : set.join(", "))
        << "\n";
      if (a.ownSetup) o << "   (the exercise's own numbers: no other draw passed the lab's checks)\n";
    }
    o << "   Predict: " << q(e.metric) << " (" << metric.label << ")"
      << (metric.unit.isEmpty() ? QString() : " in " + metric.unit) << ", " << gradedByWords(e) << "\n";
  }
  const QString seedWord = QStringLiteral(" --seed %1").arg(seed);
  if (student.isEmpty())
    o << "\nEach student's own numbers: amplab assignment " << q(lab.info().id) << " --student ID" << seedWord
      << "\nTo grade: amplab assignment " << q(lab.info().id) << seedWord
      << " --out ASSIGNMENT.json, then amplab grade ASSIGNMENT.json SUBMISSIONS/\n";
  else
    o << "\nTo hand in: amplab assignment " << q(lab.info().id) << " --student " << shellWord(student)
      << seedWord << " --answer " << q(exercises.front().id) << "=VALUE [--answer ...] --submit FILE.json\n";
}

bool writeJson(const QString& file, const QJsonObject& doc, QString& error) {
  QSaveFile f(file);
  if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) < 0 ||
      !f.commit()) {
    error = file + ": cannot write it (" + f.errorString() + ")";
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
      throw BadInput{option + " '" + w + "': expected EXERCISE=VALUE with EXERCISE one of " + ids.join(", ") +
                     " (lab '" + q(lab.info().id) + "')"};
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
      throw BadInput{"--answer " + q(exercises[at].id) + "=" + text + ": the prediction must be a number" +
                     (unit.isEmpty() ? QString() : " in " + unit)};
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
      throw BadInput{"--run " + q(e.id) + "=" + text + ": no such run in " + store.path() +
                     " (the runs: amplab runs list)"};
    if (r->lab != lab.info().id)
      throw BadInput{"--run " + q(e.id) + "=" + text + ": a run of lab " + q(r->lab) + ", not " +
                     q(lab.info().id)};
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
        differ << q(key) + " = " + q(run::formatNumber(r->params.num(key))) + ", yours " + q(value);
    if (!differ.isEmpty())
      QTextStream(stderr) << "warning: run " << id << " was not made at your numbers for " << q(e.id) << " ("
                          << differ.join("; ") << ")\n";
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
      throw BadInput{e + " (--submit adds to a submission file, or writes a new one)"};
    if (before.student != s.student || before.lab != s.lab || before.seed != s.seed)
      throw BadInput{file + ": the submission of student " + before.student + " for " + before.lab +
                     " seed " + QString::number(before.seed) + ", not of " + student + " for " + s.lab +
                     " seed " + QString::number(seed) + "; choose another file"};
    s.answers = before.answers;
    s.runs = before.runs;
  }
  for (const auto& [id, v] : answers) s.answers[id] = v;
  if (const QString e = RunStore::pathProblem(db, RunStore::Access::ReadWrite); !e.isEmpty())
    throw BadInput{e};
  RunStore store;
  if (const QString e = store.open(db); !e.isEmpty()) {
    QTextStream(stderr) << "error: " << e << "\n";
    return kFailed;
  }
  for (auto& [id, ref] : runsOrThrow(runWords, exercises, lab, seed, student, store)) s.runs[id] = ref;
  QString error;
  if (!writeJson(file, submissionToJson(s), error)) throw BadInput{error};
  QTextStream o(stdout);
  o << "Saved " << answers.size() << (answers.size() == 1 ? " answer" : " answers") << " of " << student
    << " to " << file << " (" << s.answers.size() << " of " << exercises.size()
    << " exercises answered). Hand in that file.\n";

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
      QTextStream(stderr) << "error: your attempt could not be saved: " << err << "\n";
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
                       ? QStringLiteral("missing lab")
                       : "unknown argument '" + p.positionalArguments().at(1) + "'"};
  const run::Lab& lab = labOrThrow(p.positionalArguments().front());
  const std::uint64_t s = seedOrThrow(p.value(seed));
  const QString who = p.value(student).trimmed();
  if (p.isSet(student) && who.isEmpty()) throw BadInput{"--student needs an id (a name, a number)"};
  std::vector<run::Exercise> exercises;
  if (const QString e = selectExercises(lab, p.values(exercise), exercises); !e.isEmpty()) throw BadInput{e};

  if (p.isSet(runRef) && !p.isSet(submitFile)) throw BadInput{"--run EX=ID goes with --answer and --submit"};
  if (p.isSet(submitFile) || p.isSet(answer)) {
    if (!p.isSet(submitFile) || !p.isSet(answer))
      throw BadInput{"--answer EX=VALUE and --submit FILE.json go together"};
    if (who.isEmpty()) throw BadInput{"--submit needs --student ID"};
    const auto answers = answersOrThrow(p.values(answer), exercises, lab);
    return submit(lab, s, exercises, who, answers, p.values(runRef), p.value(submitFile),
                  p.isSet(db) ? p.value(db) : RunStore::defaultPath());
  }
  const QJsonObject doc = assignmentToJson(lab, s, exercises, who);
  if (p.isSet(outFile)) {
    QString error;
    if (!writeJson(p.value(outFile), doc, error)) throw BadInput{error};
    QTextStream(stderr) << "wrote " << p.value(outFile) << "\n";
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

QString number(double v) { return std::isfinite(v) ? QString::number(v, 'g', 10) : QString(); }

int grade(const QStringList& args) {
  QCommandLineParser p;
  p.addPositionalArgument("ASSIGNMENT", "ASSIGNMENT.json");
  p.addPositionalArgument("DIR", "submissions");
  const QCommandLineOption csv("csv", "write the CSV to FILE", "FILE");
  p.addOption(csv);
  parse(p, "grade", args);
  const QStringList pos = p.positionalArguments();
  if (pos.size() != 2) throw BadInput{"grade takes ASSIGNMENT.json and a folder of submissions"};
  Assignment as;
  if (const QString e = readAssignment(pos[0], as); !e.isEmpty()) throw BadInput{e};
  const run::Lab& lab = labOrThrow(as.lab, pos[0] + ": key 'lab': ");
  std::vector<run::Exercise> exercises;
  if (const QString e = selectExercises(lab, as.exercises, exercises); !e.isEmpty())
    throw BadInput{pos[0] + ": exercises: " + e};
  const QDir dir(pos[1]);
  if (!QFileInfo(pos[1]).isDir()) throw BadInput{pos[1] + ": not a folder (the students' submission files)"};

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
    if (const QString e = readSubmission(path, s); !e.isEmpty()) {
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
  QTextStream(stderr) << submissions << (submissions == 1 ? " submission: " : " submissions: ") << passed
                      << " of " << answered << " answers passed, " << unanswered
                      << " exercises not answered, " << errors
                      << (errors == 1 ? " row with an error" : " rows with an error") << "\n";
  return kOk;
}

/// Bad input becomes "error: …" on stderr and exit 2, as for every command.
int guarded(int (*command)(const QStringList&), const QStringList& args) {
  try {
    return command(args);
  } catch (const BadInput& bad) {
    QTextStream(stderr) << "error: " << bad.message << "\n";
    return kBadInput;
  }
}

}  // namespace

int cmdAssignment(const QStringList& args) { return guarded(assignment, args); }
int cmdGrade(const QStringList& args) { return guarded(grade, args); }

}  // namespace amp::app
