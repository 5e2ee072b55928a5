// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QColor>
#include <QPalette>

namespace amp::widgets {

/// Whether the palette draws light text on a dark background (a dark desktop theme).
bool isDark(const QPalette& palette);

/// `hue` mixed into the palette's base colour by `amount` (0..1): a cell or box tinted in the
/// same way on a light and a dark desktop (a pale green there, a deep green here).
QColor tinted(const QPalette& palette, const QColor& hue, double amount);

/// A grey or black `color` (the model's line, error bars) that would vanish into `background`
/// becomes the palette's text colour, so it stays visible on a dark chart too; coloured ones keep
/// their hue, which the legend and the other charts refer to. Keeps the colour's alpha.
QColor readableOn(const QColor& color, const QColor& background, const QPalette& palette);

/// WCAG contrast ratio of two colours (1 = none, 21 = black on white).
double contrastRatio(const QColor& a, const QColor& b);

}  // namespace amp::widgets
