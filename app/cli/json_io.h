// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QJsonObject>

#include "amp/run/compare.h"
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
/// B − A with its CI: difference, ci_lo, ci_hi, paired, pairs, and the unpaired CI for contrast.
QJsonObject differenceToJson(const run::Difference& d);

}  // namespace amp::app
