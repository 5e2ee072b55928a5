// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QColor>
#include <QString>
#include <string>

#include "amp/run/result.h"

namespace amp::widgets {

/// Text that a lab declares (labels, help, prompts) is English source text; it is translated
/// here, at display time, in the "amp::labs" context that the labs mark their strings with.
QString labText(const std::string& english);
/// The model's formula (run::ModelResult::formula) in the reader's language: each line through
/// labText, so its words translate and its symbols and numbers stay; the line breaks stay too.
/// Never for JSON, which keeps the English formula.
QString formulaText(const std::string& english);

/// A number as a student reads it: 4 significant digits, no exponent for everyday magnitudes,
/// the default locale's decimal sign (QLocale(): "0,5" under German). Never for CSV or JSON.
QString formatValue(double v, int significant = 4);
/// "12.3 ms", "0.72", "85 1/s"; a unit that is a word in the reader's language ("2 Schreibvorgänge").
QString formatWithUnit(double v, const std::string& unit);
/// "12.3 ± 0.41" (the half-width of the 95% CI); "12.3" when the interval is empty.
QString formatCi(const run::MetricValue& m);

/// A lab table's cell: its words, or its number with the CI's half-width when it has one.
QString formatTableCell(const run::TableCell& cell);
/// A lab table's column heading: its label, with its unit in brackets.
QString tableHeading(const run::TableColumn& column);

/// One colour per face of a lab, used by every chart and the metric table alike.
QColor modelColor();
QColor simColor();
QColor realColor();
/// Colours for stacked stages and extra overlays, cycled by index.
QColor paletteColor(int index);

}  // namespace amp::widgets
