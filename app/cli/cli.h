// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QByteArray>
#include <QStringList>
#include <vector>

namespace amp::app {

/// True when the arguments are for the command line: any first word (an unknown one is an error there,
/// never the GUI), --help, -h or --version. No arguments or other options open the GUI.
bool isCliCommand(const QStringList& args);
/// Runs a headless command; returns the exit status (0 ok; 1 run failure, run not saved, database not
/// ours, corrupt or newer; 2 bad input).
/// JSON goes to stdout, progress and messages to stderr.
int runCli(const QStringList& args);
/// A batch file's text as the commands it would run, checked entirely first (JSON schema, labs,
/// keys, ranges); "" or the message naming the entry and what is wrong (`file` names it there).
QString batchCommands(const QByteArray& text, const QString& file, std::vector<QStringList>& commands);

}  // namespace amp::app
