// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "amp/run/lab.h"
#include "amp/run/result.h"

namespace amp::app {

/// The name of the configuration a report carries: a PDF attachment's file name, the id of the
/// HTML block and the marker before the Markdown block.
inline constexpr const char* kRunConfigName = "amplab-run-config";

/// A run's configuration as one entry of a batch file ({"lab", "mode", "set", "seed", ...}): every
/// parameter, the seed, and for a simulation its replications, their length and warm-up, so that
/// `amplab batch` on it repeats the run exactly (a real run repeats its settings, not its host).
QJsonObject runConfig(const run::Lab& lab, const run::RunResult& r);

/// The batch file ({"runs": [entry]}) a report carries, read back from a report written by
/// exportReport or exportComparisonReport (.pdf, .html or .md; one entry, or a batch of them).
/// Returns "" and fills `json`, or says what is wrong.
QString configFromReport(const QString& file, QByteArray* json);

}  // namespace amp::app
