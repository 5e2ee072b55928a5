// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>

#include "amp/run/lab.h"
#include "amp/run/result.h"
#include "report/report_doc.h"

namespace amp::app {
/// The context of every word a report writes (ReportWords::tr), in the reader's language: the
/// GUI's, or LANG's on the command line. CSV and JSON never pass through it.
struct ReportWords {
  Q_DECLARE_TR_FUNCTIONS(amp::app::ReportWords)
};
}  // namespace amp::app

/// The words and numbers every report (a run's, a sweep's, a comparison's) writes the same way.
namespace amp::app::words {

inline QString q(const std::string& s) { return QString::fromStdString(s); }
/// Five significant digits with the reader's decimal sign (QLocale(): the GUI's language, LANG on
/// the command line), never grouped; "–" for a value that is not a number.
QString fmt(double v);
/// A confidence interval, "[0.25, 0.75]"; "[0,25; 0,75]" where the comma is the decimal sign.
QString interval(double lo, double hi);
/// "model", "simulation", "real", in the reader's language.
QString modeWord(run::Mode m);
/// "ok", "cancelled", "failed", in the reader's language.
QString statusWord(run::RunStatus s);
/// Text the lab declares (title, question, labels, prompts, chart titles), as the GUI shows it.
QString fromLab(const std::string& english);
/// A parameter's value as the report prints it (a table one row per line).
QString paramValue(const run::ParamSpec& p, const run::Params& params);
/// The metric's (or model value's) unit, "" when it has none.
QString unitOf(const run::Lab& lab, const std::string& key);
/// The claim the lab tests: the block quote at the top of its text, numbers filled from the model.
QString claimOf(const run::Lab& lab);
/// The machine a run ran on, and in a real run where each thread ran, one line each.
QStringList hostLines(const run::RunResult& r);
/// The parameter table: parameter (label and key), value, unit.
void addParameters(ReportDoc& d, const run::Lab& lab, const run::Params& params);

}  // namespace amp::app::words
