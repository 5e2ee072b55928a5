// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <cmath>
#include <vector>

#include "amp/run/phrase.h"

namespace amp::widgets {

namespace {

/// `english` through its number-free form (run::numberFreeText), the numbers filled back with the
/// reader's decimal sign; a null QString when it has no such form or the form is not translated.
QString viaNumberFreeForm(const std::string& english) {
  std::vector<std::string> numbers;
  const std::string key = run::numberFreeText(english, &numbers);
  if (key.empty()) return {};
  const QString form = QCoreApplication::translate("amp::labs", key.c_str());
  if (form == QString::fromStdString(key)) return {};
  const QString point = QLocale().decimalPoint();
  QString out = QStringLiteral("");  // not null: an empty translation is still one
  for (qsizetype i = 0; i < form.size(); ++i) {
    qsizetype end = i + 1;
    while (form[i] == QLatin1Char('%') && end < form.size() && form[end].isDigit()) ++end;
    const std::size_t n = end > i + 1 ? form.mid(i + 1, end - i - 1).toULong() : 0;
    if (n >= 1 && n <= numbers.size()) {
      out += QString::fromStdString(numbers[n - 1]).replace(QLatin1Char('.'), point);
      i = end - 1;
    } else {
      out += form[i];
    }
  }
  return out;
}

}  // namespace

QString labText(const std::string& english) {
  if (english.empty()) return {};
  const QString direct = QCoreApplication::translate("amp::labs", english.c_str());
  if (direct != QString::fromStdString(english)) return direct;
  // Not translated as it stands: a text quoting the model at other parameters than the defaults.
  // Its number-free form is, and takes the numbers back with the reader's decimal sign.
  const QString filled = viaNumberFreeForm(english);
  return filled.isNull() ? direct : filled;
}

QString formulaText(const std::string& english) {
  QStringList lines;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = english.find('\n', start);
    const std::string line =
        english.substr(start, end == std::string::npos ? std::string::npos : end - start);
    // The number-free form first, so a line's numbers take the reader's decimal sign at the
    // defaults too (a line's own translation may quote them with a point).
    const QString filled = viaNumberFreeForm(line);
    lines << (filled.isNull() ? labText(line) : filled);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines.join(QLatin1Char('\n'));
}

QString formatValue(double v, int significant) {
  if (std::isnan(v)) return QStringLiteral("–");
  if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
  if (v == 0.0) return QStringLiteral("0");
  // The student's language decides the decimal sign (0,5 in German and Spanish); digits are
  // never grouped, so 123456 stays one readable token in a table cell.
  QLocale locale;
  locale.setNumberOptions(QLocale::OmitGroupSeparator);
  const double mag = std::fabs(v);
  // A whole number stays whole up to where the engine's own text (run::formatNumber) keeps its
  // digits; otherwise an exponent, written with a lower-case e as in the English text, not the
  // German locale's "1,2E+08".
  if (mag >= 1e7 && mag < 1e15 && v == std::floor(v)) return locale.toString(v, 'f', 0);
  if (mag >= 1e7 || mag < 1e-4)
    return locale.toString(v, 'g', significant).replace(locale.exponential(), QStringLiteral("e"));
  // Fixed notation with enough decimals for `significant` digits, trailing zeros trimmed, so
  // 0.0012345 reads "0.001235" and 123456 reads "123456".
  const int intDigits = static_cast<int>(std::floor(std::log10(mag))) + 1;
  const int decimals = std::max(0, significant - intDigits);
  QString s = locale.toString(v, 'f', decimals);
  const QString point = locale.decimalPoint();
  if (s.contains(point)) {
    while (s.endsWith(QLatin1Char('0'))) s.chop(1);
    if (s.endsWith(point)) s.chop(point.size());
  }
  return s;
}

QString formatWithUnit(double v, const std::string& unit) {
  const QString num = formatValue(v);
  if (unit.empty()) return num;
  return num + QLatin1Char(' ') + labText(unit);  // "2 writes" reads "2 Schreibvorgänge" in German
}

QString formatCi(const run::MetricValue& m) {
  const double half = (m.ciHi - m.ciLo) / 2.0;
  if (!(half > 0.0) || std::isnan(half)) return formatValue(m.mean);
  return formatValue(m.mean) + QStringLiteral(" ± ") + formatValue(half, 2);
}

QString formatTableCell(const run::TableCell& cell) {
  if (!cell.text.empty()) return labText(cell.text);
  if (std::isnan(cell.num)) return QStringLiteral("–");
  const double half = (cell.hi - cell.lo) / 2.0;
  if (!(half > 0.0)) return formatValue(cell.num);
  return formatValue(cell.num) + QStringLiteral(" ± ") + formatValue(half, 2);
}

QString tableHeading(const run::TableColumn& column) {
  const QString label = labText(column.label.empty() ? column.key : column.label);
  return column.unit.empty() ? label : label + QStringLiteral(" [") + labText(column.unit) + "]";
}

QColor modelColor() { return QColor(0x33, 0x33, 0x33); }
QColor simColor() { return QColor(0x1f, 0x77, 0xb4); }
QColor realColor() { return QColor(0xd9, 0x5f, 0x02); }

QColor paletteColor(int index) {
  // Colour-blind-safe qualitative palette (Okabe–Ito), so stacked stages stay distinguishable on a
  // projector too.
  static const QColor colors[] = {
      QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
      QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x00, 0x00)};
  const int n = static_cast<int>(sizeof(colors) / sizeof(colors[0]));
  return colors[((index % n) + n) % n];
}

}  // namespace amp::widgets
