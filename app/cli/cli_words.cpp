// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/cli_words.h"

#include <QLocale>

namespace amp::app {

QString humanNumber(double v, int significant) {
  QLocale locale;
  locale.setNumberOptions(QLocale::OmitGroupSeparator);
  return locale.toString(v, 'g', significant);
}

QString humanInterval(double lo, double hi, int significant) {
  const QString separator =
      QLocale().decimalPoint() == QLatin1String(",") ? QStringLiteral("; ") : QStringLiteral(", ");
  return QLatin1Char('[') + humanNumber(lo, significant) + separator + humanNumber(hi, significant) +
         QLatin1Char(']');
}

QString humanStatus(const QString& status) {
  if (status == QLatin1String("ok")) return CliWords::tr("ok");
  if (status == QLatin1String("cancelled")) return CliWords::tr("cancelled");
  if (status == QLatin1String("failed")) return CliWords::tr("failed");
  return status;
}

}  // namespace amp::app
