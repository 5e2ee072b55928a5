// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/cli_words.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace amp::app {

QString humanNumber(double v, int significant) {
  if (!std::isfinite(v)) return QString::number(v);  // "inf", "nan" as before
  QLocale locale;
  locale.setNumberOptions(QLocale::OmitGroupSeparator);
  // QLocale writes the exponent "E+08"; the command line always wrote "e+08".
  return locale.toString(v, 'g', significant).replace(QLatin1Char('E'), QLatin1Char('e'));
}

QString humanInterval(double lo, double hi, int significant) {
  const QString separator =
      QLocale().decimalPoint() == QLatin1String(",") ? QStringLiteral("; ") : QStringLiteral(", ");
  return QLatin1Char('[') + humanNumber(lo, significant) + separator + humanNumber(hi, significant) +
         QLatin1Char(']');
}

QString stageWords(const std::string& stage) {
  const QString s = QString::fromStdString(stage);
  if (s == QLatin1String("warm-up (MSER-5)")) return CliWords::tr("warm-up (MSER-5)");
  if (s == QLatin1String("replication pairs")) return CliWords::tr("replication pairs");
  if (s == QLatin1String("done")) return CliWords::tr("done");
  static const QRegularExpression replication(QStringLiteral("^replication (\\d+)/(\\d+)$"));
  static const QRegularExpression realRun(QStringLiteral("^real run (\\d+) of (\\d+)$"));
  static const QRegularExpression runOf(QStringLiteral("^run (\\d+): (.*)$"));
  if (const auto m = replication.match(s); m.hasMatch())
    return CliWords::tr("replication %1/%2").arg(m.captured(1), m.captured(2));
  if (const auto m = realRun.match(s); m.hasMatch())
    return CliWords::tr("real run %1 of %2").arg(m.captured(1), m.captured(2));
  if (const auto m = runOf.match(s); m.hasMatch())
    return CliWords::tr("run %1: %2").arg(m.captured(1), stageWords(m.captured(2).toStdString()));
  return s;
}

QString humanStatus(const QString& status) {
  if (status == QLatin1String("ok")) return CliWords::tr("ok");
  if (status == QLatin1String("cancelled")) return CliWords::tr("cancelled");
  if (status == QLatin1String("failed")) return CliWords::tr("failed");
  return status;
}

}  // namespace amp::app
