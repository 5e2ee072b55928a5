// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QCoreApplication>
#include <QString>
#include <string>

namespace amp::app {

/// The context of the command line's human output (CliWords::tr): its words in the language of
/// LANG (LC_ALL, LC_MESSAGES; i18n/translators.h). --json, --csv and JSON keys never pass through it.
struct CliWords {
  Q_DECLARE_TR_FUNCTIONS(amp::app::CliWords)
};

/// A number in human output: `significant` digits with the reader's decimal sign (QLocale(),
/// "0,5" under LANG=de_DE.UTF-8), never grouped. Never for --json or --csv.
QString humanNumber(double v, int significant = 5);
/// "[0.25, 0.75]"; "[0,25; 0,75]" where the comma is the decimal sign.
QString humanInterval(double lo, double hi, int significant = 5);
/// A run's progress stage as the progress bar shows it: "replication 3/10", "real run 1 of 2",
/// "warm-up (MSER-5)", … in the reader's language; a stage it does not know stays as it is.
QString stageWords(const std::string& stage);
/// "ok", "cancelled", "failed" (a run's stored status) in the reader's language.
QString humanStatus(const QString& status);

}  // namespace amp::app
