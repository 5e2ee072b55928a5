// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cmath>
#include <cstdint>
#include <map>
#include <vector>

#include "amp/run/assignment.h"
#include "amp/run/lab.h"

namespace amp::app {

/// The two small files of a problem per student (app/README.md shows both).
///
/// ASSIGNMENT.json, what the teacher keeps: {"format": "amplab-assignment", "version": 1,
/// "lab": ID, "seed": S, "exercises": [{"id": EX, "metric", "unit", "answer_from", "tolerance",
/// "vary": {key: {"from", "to"}}, "prompt", and for one student their "setup"}], "student": ID
/// (when written for one; the prompt is then theirs)}. The grader reads format, version, lab, seed and the
/// exercises' ids; each student's numbers it derives again from the id.
///
/// A submission, what a student hands in: {"format": "amplab-submission", "version": 1,
/// "student": ID, "lab": ID, "seed": S, "answers": {EX: prediction}, and optionally "runs":
/// {EX: {"uuid": the run the student made for it, "value": its value of the metric}}}.

constexpr int kAssignmentVersion = 1;

/// An assignment as the grader reads it.
struct Assignment {
  QString lab;
  std::uint64_t seed = 1;
  QStringList exercises;
};

/// A run a student made for an exercise: its UUID (it stays the same when databases merge) and
/// its value of the exercise's metric (NaN: none).
struct RunRef {
  QString uuid;
  double value = NAN;
};

/// A student's answers as handed in.
struct Submission {
  QString student, lab;
  std::uint64_t seed = 0;
  std::map<QString, double> answers;  ///< exercise id -> prediction
  std::map<QString, RunRef> runs;     ///< exercise id -> the student's run for it
};

/// The lab's exercises named by `ids` (all of them when empty), in the lab's order; "" or the
/// message naming the unknown id and the lab's exercises.
QString selectExercises(const run::Lab& lab, const QStringList& ids, std::vector<run::Exercise>& out);

/// The ASSIGNMENT.json document; with a `student`, each exercise carries their prompt and setup.
QJsonObject assignmentToJson(const run::Lab& lab, std::uint64_t seed,
                             const std::vector<run::Exercise>& exercises, const QString& student);
/// Reads ASSIGNMENT.json: "" or a message naming the file, the JSON path and what is allowed.
QString readAssignment(const QString& file, Assignment& out);

QJsonObject submissionToJson(const Submission& s);
/// How a message reads: in the reader's language (for a person), or as written in the source (in
/// the grade CSV, which never changes with the language).
enum class Words { Reader, Source };
/// Reads a submission: "" or a message naming the file, the key and what is allowed.
QString readSubmission(const QString& file, Submission& out, Words words = Words::Reader);

/// The answer to one student's exercise as the grader computes it: the model's value, or the
/// mean of a simulation seeded with the assignment's seed (with its 95% CI) where the exercise
/// is answered by a simulation. An exercise answered by a real run is graded on the model, with a
/// note: a grader cannot re-run the student's machine.
struct Answer {
  double value = NAN, ciLo = NAN, ciHi = NAN;
  QString gradedBy;  ///< "model", "simulation (seed S)", "model (real-run exercise: …)"
  QString error;     ///< set when there is no answer (the model has no such value, the run failed)
};
Answer answerFor(const run::Lab& lab, const run::Exercise& exercise, const run::AssignedExercise& assigned,
                 std::uint64_t seed);
/// Within the exercise's tolerance of the answer, or inside its 95% CI (the exercise panel's rule).
bool passes(const run::Exercise& exercise, double prediction, const Answer& answer);

/// The label and unit of a metric or named model value of the lab (the key and no unit when the
/// lab has no such value).
struct ValueName {
  QString label, unit;
};
ValueName valueName(const run::Lab& lab, const std::string& key);
inline QString unitOf(const run::Lab& lab, const std::string& key) { return valueName(lab, key).unit; }
/// The setup as "key=value" words, in key order.
QStringList setupWords(const std::map<std::string, std::string>& setup);

}  // namespace amp::app
