// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QCoreApplication>
#include <QString>

namespace amp::app {

/// The context of the help's explaining words (CliHelp::tr). The syntax of a command (its words,
/// options and metavariables such as FILE, LAB, k=v) is never translated.
struct CliHelp {
  Q_DECLARE_TR_FUNCTIONS(amp::app::CliHelp)
};

/// `amplab --help`: every command's entry, then what a real run without --duration does, the exit
/// status and where the database is; in the reader's language, wrapped to 99 columns.
QString helpText();
/// `amplab COMMAND --help`: that command's entries (and a note that belongs to it); "" for a word
/// that is no command.
QString commandHelp(const QString& command);

}  // namespace amp::app
