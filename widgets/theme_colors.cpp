// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/theme_colors.h"

#include <algorithm>
#include <cmath>

namespace amp::widgets {

namespace {
// Relative luminance as WCAG 2 defines it (sRGB channels linearised).
double luminance(const QColor& c) {
  const auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}
// Below this a line or a label is hard to pick out from its background (WCAG asks 3 for graphics).
constexpr double kMinContrast = 2.5;
// Colours at most this saturated (of 255) read as grey: they carry no meaning a hue would.
constexpr int kGreySaturation = 40;
}  // namespace

bool isDark(const QPalette& palette) {
  return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor tinted(const QPalette& palette, const QColor& hue, double amount) {
  const QColor base = palette.color(QPalette::Base);
  const double a = std::clamp(amount, 0.0, 1.0);
  const auto mix = [a](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * a)); };
  return QColor(mix(base.red(), hue.red()), mix(base.green(), hue.green()), mix(base.blue(), hue.blue()));
}

QColor readableOn(const QColor& color, const QColor& background, const QPalette& palette) {
  if (color.hslSaturation() > kGreySaturation || contrastRatio(color, background) >= kMinContrast)
    return color;
  QColor text = palette.color(QPalette::Text);
  text.setAlpha(color.alpha());
  return text;
}

double contrastRatio(const QColor& a, const QColor& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace amp::widgets
