// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "amp/run/lab.h"
#include "amp/run/params.h"

namespace amp::run {

/// A problem per student: each exercise's numbers drawn from (assignment seed, lab, student id),
/// so that students get different numbers and a grader who knows only the id and
/// the seed derives the same problem again, on any machine.

/// FNV-1a (64 bits) of the bytes: fixed by its definition, unlike std::hash, which may differ
/// between standard libraries and runs.
std::uint64_t stableHash(std::string_view bytes);
/// SplitMix64's output for the state `x` (sim::splitmix64 on a copy): every input bit moves about
/// half the output bits.
std::uint64_t splitMix64(std::uint64_t x);

/// Where an assignment moves one of an exercise's parameters for a student: values in [lo, hi],
/// drawn evenly (evenly in log when `log`), snapped to `step` when it is not 0.
struct VaryRange {
  double lo = 0.0, hi = 0.0;
  double step = 0.0;
  bool log = false;
};

/// One exercise as one student gets it.
struct AssignedExercise {
  std::string id;
  /// The exercise's prompt with the student's numbers where it states a varied parameter's
  /// value (a number it states with that parameter's unit, or a setting's value it states once).
  std::string prompt;
  /// What the student sets: the exercise's settings, the varied ones with the student's values.
  std::map<std::string, std::string> setup;
  Params params;                            ///< the lab's defaults with `setup` applied
  std::map<std::string, VaryRange> ranges;  ///< the parameters that vary, and where
  /// No draw passed the lab's checks (validate, a finite and as stable model answer): the
  /// exercise's own setup, the same for every student.
  bool ownSetup = false;
};

/// Where each of the exercise's parameters varies. The rule varies the numbers a student reads or
/// sets: each numeric setting of the exercise, and each numeric parameter whose value
/// the prompt states with its unit ("a master of 1 ms"), within ±25% (a log-scale parameter:
/// ×/÷ 1.25), snapped to the parameter's step (a whole number for an integer) and inside its
/// range. A parameter whose number the prompt states more than once, or shares with another varied
/// parameter, or that is a cell of one of the exercise's tables, keeps its value: the prompt could
/// not show the student's number unambiguously; so does a count whose neighbour the prompt states
/// ("14 workers … add one, 15 in all").
std::map<std::string, VaryRange> assignmentRanges(const Lab& lab, const Exercise& exercise);

/// The exercise for `student` under the assignment's `seed`. A parameter's draw depends on
/// (seed, lab, student, parameter, its value in the exercise), not on the exercise: a student's
/// "defaults" are the same numbers in each exercise that varies them. Draws until the parameters pass
/// run::validate and the model gives a finite answer (and a stable one where the exercise's own
/// setup is stable), at most 32 draws; then the exercise's own setup (ownSetup).
AssignedExercise assignExercise(const Lab& lab, const Exercise& exercise, std::uint64_t seed,
                                const std::string& student);

}  // namespace amp::run
