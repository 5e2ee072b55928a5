// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QStringList>

namespace amp::app {

/// `amplab assignment LAB [--student ID] [--seed S] [--exercise EX]... [--json] [--out FILE.json]
/// [--answer EX=VALUE... --submit FILE.json [--db PATH]]`: a student's own numbers for the lab's
/// exercises, or (with --submit) their answers written to a submission file and saved as attempts.
/// `args` are the words after the command. Returns the exit status (0; 1 the attempts could not
/// be saved; 2 bad input).
int cmdAssignment(const QStringList& args);

/// `amplab grade ASSIGNMENT.json DIR [--csv OUT.csv]`: every submission in DIR graded against the
/// problem derived again from its student's id; a CSV row per answer, a bad submission a row with
/// its error. Returns 0, or 2 for a bad assignment file, folder or option.
int cmdGrade(const QStringList& args);

}  // namespace amp::app
