// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QJsonObject>

#include "amp/run/lab.h"
#include "amp/run/result.h"

namespace amp::app {

/// The `run --json` document (DESIGN.md command-line contract); also what the store keeps.
QJsonObject resultToJson(const run::RunResult& r);
run::RunResult resultFromJson(const QJsonObject& o);
QJsonObject paramsToJson(const run::Params& p);
run::Params paramsFromJson(const QJsonObject& o);
/// `describe --json`.
QJsonObject labToJson(const run::Lab& lab);

}  // namespace amp::app
