// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/assignment_files.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <exception>

#include "amp/run/runner.h"
#include "gui/exercise_grading.h"

namespace amp::app {

namespace {

constexpr double kMaxSeed = 9007199254740992.0;  // 2^53: every whole number up to it is exact in JSON

QString q(const std::string& s) { return QString::fromStdString(s); }

/// A message's template in the reader's language (the command line's context), or as written for
/// the grade CSV, which never changes with the language.
QString say(const char* text, Words words) {
  return words == Words::Reader ? QCoreApplication::translate("amp::app::CliWords", text)
                                : QString::fromUtf8(text);
}

/// "… (it is missing)" when the key is not there at all.
QString missing(const QString& message, bool isMissing, Words words) {
  return isMissing ? say(QT_TRANSLATE_NOOP("amp::app::CliWords", "%1 (it is missing)"), words).arg(message)
                   : message;
}

/// The document in `file` as an object, or a message naming the file.
QString readObject(const QString& file, QJsonObject& out, Words words) {
  QFile f(file);
  if (!f.exists()) return say(QT_TRANSLATE_NOOP("amp::app::CliWords", "%1: no such file"), words).arg(file);
  if (!f.open(QIODevice::ReadOnly))
    return say(QT_TRANSLATE_NOOP("amp::app::CliWords", "%1: cannot read it (%2)"), words)
        .arg(file, f.errorString());
  QJsonParseError parseError{};
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return say(QT_TRANSLATE_NOOP("amp::app::CliWords", "%1: not JSON (%2 at byte %3)"), words)
        .arg(file, parseError.errorString(), QString::number(parseError.offset));
  if (!doc.isObject())
    return say(QT_TRANSLATE_NOOP("amp::app::CliWords", "%1: the document must be a JSON object"), words)
        .arg(file);
  out = doc.object();
  return {};
}

/// `o[key]` as the file's format name and version, or the message naming what is wrong.
QString checkFormat(const QString& file, const QJsonObject& o, const QString& format, Words words) {
  if (o.value("format").toString() != format)
    return missing(say(QT_TRANSLATE_NOOP("amp::app::CliWords", "%1: key '%2' must be %3"), words)
                       .arg(file, "format", '"' + format + '"'),
                   !o.contains("format"), words);
  if (o.value("version").toDouble(-1) != kAssignmentVersion)
    return say(QT_TRANSLATE_NOOP("amp::app::CliWords", "%1: key '%2' must be %3"), words)
        .arg(file, "version", QString::number(kAssignmentVersion));
  return {};
}

QString readText(const QString& file, const QJsonObject& o, const QString& key, QString& out, Words words) {
  const QJsonValue v = o.value(key);
  if (!v.isString() || v.toString().trimmed().isEmpty())
    return missing(
        say(QT_TRANSLATE_NOOP("amp::app::CliWords", "%1: key '%2' must be a non-empty text"), words)
            .arg(file, key),
        v.isUndefined(), words);
  out = v.toString();
  return {};
}

QString readSeed(const QString& file, const QJsonObject& o, std::uint64_t& out, Words words) {
  const QJsonValue v = o.value("seed");
  const double d = v.toDouble(-1);
  if (!v.isDouble() || d < 0 || d > kMaxSeed || d != std::floor(d))
    return missing(
        say(QT_TRANSLATE_NOOP("amp::app::CliWords", "%1: key '%2' must be a whole number in [0, 2^53]"),
            words)
            .arg(file, "seed"),
        v.isUndefined(), words);
  out = static_cast<std::uint64_t>(d);
  return {};
}

}  // namespace

QString selectExercises(const run::Lab& lab, const QStringList& ids, std::vector<run::Exercise>& out) {
  const std::vector<run::Exercise> all = lab.exercises();
  QStringList known;
  for (const auto& e : all) known << q(e.id);
  for (const QString& id : ids)
    if (!known.contains(id))
      return QCoreApplication::translate("amp::app::CliWords",
                                         "unknown exercise '%1' for lab '%2'; exercises: %3")
          .arg(id, q(lab.info().id), known.join(", "));
  out.clear();
  for (const auto& e : all)
    if (ids.isEmpty() || ids.contains(q(e.id))) out.push_back(e);
  if (out.empty())
    return QCoreApplication::translate("amp::app::CliWords", "lab '%1' has no exercises")
        .arg(q(lab.info().id));
  return {};
}

QJsonObject assignmentToJson(const run::Lab& lab, std::uint64_t seed,
                             const std::vector<run::Exercise>& exercises, const QString& student) {
  QJsonArray list;
  for (const auto& e : exercises) {
    QJsonObject vary;
    for (const auto& [key, r] : run::assignmentRanges(lab, e))
      vary[q(key)] = QJsonObject{{"from", r.lo}, {"to", r.hi}};
    QJsonObject item{{"id", q(e.id)},
                     {"metric", q(e.metric)},
                     {"unit", unitOf(lab, e.metric)},
                     {"answer_from", run::modeName(e.answerFrom)},
                     {"tolerance", e.tolerance},
                     {"vary", vary}};
    item["prompt"] = q(e.prompt);
    if (!student.isEmpty()) {
      const run::AssignedExercise a = run::assignExercise(lab, e, seed, student.toStdString());
      QJsonObject setup;
      for (const auto& [k, v] : a.setup) setup[q(k)] = q(v);
      item["prompt"] = q(a.prompt);
      item["setup"] = setup;
    }
    list.append(item);
  }
  QJsonObject doc{{"format", "amplab-assignment"},
                  {"version", kAssignmentVersion},
                  {"lab", q(lab.info().id)},
                  {"seed", static_cast<double>(seed)},
                  {"exercises", list}};
  if (!student.isEmpty()) doc["student"] = student;
  return doc;
}

QString readAssignment(const QString& file, Assignment& out) {
  const Words words = Words::Reader;
  QJsonObject o;
  if (QString e = readObject(file, o, words); !e.isEmpty()) return e;
  if (QString e = checkFormat(file, o, "amplab-assignment", words); !e.isEmpty()) return e;
  if (QString e = readText(file, o, "lab", out.lab, words); !e.isEmpty()) return e;
  if (QString e = readSeed(file, o, out.seed, words); !e.isEmpty()) return e;
  const QJsonValue list = o.value("exercises");
  if (!list.isArray() || list.toArray().isEmpty())
    return QCoreApplication::translate("amp::app::CliWords",
                                       "%1: key '%2' must be a non-empty list of {\"id\": EXERCISE}")
        .arg(file, "exercises");
  out.exercises.clear();
  const QJsonArray items = list.toArray();
  for (qsizetype i = 0; i < items.size(); ++i) {
    const QString id = items[i].toObject().value("id").toString();
    if (id.isEmpty())
      return QCoreApplication::translate("amp::app::CliWords",
                                         "%1: exercises[%2].id must be the id of one of the lab's exercises")
          .arg(file, QString::number(i));
    out.exercises << id;
  }
  return {};
}

QJsonObject submissionToJson(const Submission& s) {
  QJsonObject answers;
  for (const auto& [id, v] : s.answers) answers[id] = v;
  QJsonObject runs;
  for (const auto& [id, r] : s.runs) {
    QJsonObject ref{{"uuid", r.uuid}};
    if (std::isfinite(r.value)) ref["value"] = r.value;
    runs[id] = ref;
  }
  QJsonObject doc{{"format", "amplab-submission"},
                  {"version", kAssignmentVersion},
                  {"student", s.student},
                  {"lab", s.lab},
                  {"seed", static_cast<double>(s.seed)},
                  {"answers", answers}};
  if (!runs.isEmpty()) doc["runs"] = runs;
  return doc;
}

QString readSubmission(const QString& file, Submission& out, Words words) {
  QJsonObject o;
  if (QString e = readObject(file, o, words); !e.isEmpty()) return e;
  if (QString e = checkFormat(file, o, "amplab-submission", words); !e.isEmpty()) return e;
  if (QString e = readText(file, o, "student", out.student, words); !e.isEmpty()) return e;
  if (QString e = readText(file, o, "lab", out.lab, words); !e.isEmpty()) return e;
  if (QString e = readSeed(file, o, out.seed, words); !e.isEmpty()) return e;
  const QJsonValue answers = o.value("answers");
  if (!answers.isObject())
    return say(QT_TRANSLATE_NOOP("amp::app::CliWords",
                                 "%1: key '%2' must be an object {EXERCISE: prediction}"),
               words)
        .arg(file, "answers");
  out.answers.clear();
  const QJsonObject a = answers.toObject();
  for (auto it = a.begin(); it != a.end(); ++it) {
    if (!it.value().isDouble())
      return say(QT_TRANSLATE_NOOP("amp::app::CliWords",
                                   "%1: answers.%2 must be a number (the prediction, in the metric's unit)"),
                 words)
          .arg(file, it.key());
    out.answers[it.key()] = it.value().toDouble();
  }
  out.runs.clear();
  const QJsonValue runs = o.value("runs");
  if (runs.isUndefined()) return {};
  if (!runs.isObject())
    return say(QT_TRANSLATE_NOOP("amp::app::CliWords",
                                 "%1: key '%2' must be an object {EXERCISE: {\"uuid\": RUN, \"value\": v}}"),
               words)
        .arg(file, "runs");
  const QJsonObject r = runs.toObject();
  for (auto it = r.begin(); it != r.end(); ++it) {
    const QJsonObject ref = it.value().toObject();
    const QJsonValue value = ref.value("value");
    if (ref.value("uuid").toString().isEmpty() || !(value.isUndefined() || value.isDouble()))
      return say(QT_TRANSLATE_NOOP(
                     "amp::app::CliWords",
                     "%1: runs.%2 must be {\"uuid\": the run's UUID, \"value\": a number (optional)}"),
                 words)
          .arg(file, it.key());
    out.runs[it.key()] = {ref.value("uuid").toString(), value.toDouble(NAN)};
  }
  return {};
}

Answer answerFor(const run::Lab& lab, const run::Exercise& e, const run::AssignedExercise& a,
                 std::uint64_t seed) {
  Answer out;
  if (e.answerFrom == run::Mode::Sim) {
    run::RunSpec spec;
    spec.lab = lab.info().id;
    spec.mode = run::Mode::Sim;
    spec.params = a.params;
    spec.seed = seed == 0 ? 1 : seed;  // seed 0 is not a simulation seed the runner takes
    const run::RunResult r = run::execute(lab, spec);
    const auto it = r.metrics.find(e.metric);
    out.gradedBy = QStringLiteral("simulation (seed %1)").arg(spec.seed);
    if (r.status != run::RunStatus::Ok)
      out.error = "the simulation failed: " + q(r.error);
    else if (it == r.metrics.end())
      out.error = "the simulation gives no value for " + q(e.metric);
    else {
      out.value = it->second.mean;
      out.ciLo = it->second.ciLo;
      out.ciHi = it->second.ciHi;
    }
    return out;
  }
  out.gradedBy =
      e.answerFrom == run::Mode::Model
          ? QStringLiteral("model")
          : QStringLiteral("model (a real-run exercise: a grader cannot re-run the student's machine)");
  try {
    const run::ModelResult m = lab.model(a.params);
    const auto it = m.values.find(e.metric);
    if (it == m.values.end() || !std::isfinite(it->second))
      out.error =
          "the model gives no value for " + q(e.metric) + " here" +
          (e.answerFrom == run::Mode::Real ? QStringLiteral(": grade it from the student's own real run")
                                           : QString());
    else
      out.value = it->second;
  } catch (const std::exception& ex) {
    out.error = "the model failed: " + QString::fromUtf8(ex.what());
  }
  return out;
}

bool passes(const run::Exercise& e, double prediction, const Answer& answer) {
  if (!answer.error.isEmpty() || !std::isfinite(prediction)) return false;
  return ExerciseGrading::grade(e, nullptr, prediction, answer.value, answer.ciLo, answer.ciHi,
                                answer.gradedBy)
      .passed;
}

ValueName valueName(const run::Lab& lab, const std::string& key) {
  for (const auto& m : lab.metrics())
    if (m.key == key) return {q(m.label), q(m.unit)};
  for (const auto& v : lab.modelValues())
    if (v.key == key) return {q(v.label), q(v.unit)};
  return {q(key), {}};
}

QStringList setupWords(const std::map<std::string, std::string>& setup) {
  QStringList words;
  for (const auto& [k, v] : setup) words << q(k) + "=" + q(v);
  return words;
}

}  // namespace amp::app
