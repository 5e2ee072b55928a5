// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/lab_text_file.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include "amp/run/lab_text.h"

namespace amp::widgets {

QString labTextPath(const std::string& labId, const QString& language) {
  const QString id = QString::fromStdString(labId);
  const QString lang = language.isEmpty() ? QLocale().name().left(2) : language.left(2);
  // English is the source text and has no suffix.
  if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("C")) {
    const QString translated = QStringLiteral(":/labs/%1.%2.md").arg(id, lang);
    if (QFile::exists(translated)) return translated;
  }
  return QStringLiteral(":/labs/%1.md").arg(id);
}

QString labTextFile(const std::string& labId, const QString& language) {
  QFile f(labTextPath(labId, language));
  if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
  return QString::fromUtf8(f.readAll());
}

QString fillModelNumbersLocalized(const run::Lab& lab, const QString& text, std::string& problems) {
  static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^}]*\\}\\}"));
  static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+\\.[0-9]+$"));
  const QString point = QLocale().decimalPoint();
  QString out;
  qsizetype from = 0;
  for (auto it = placeholder.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    out += text.mid(from, m.capturedStart() - from);
    // One placeholder at a time, so that only the model's numbers change their separator.
    QString value = QString::fromStdString(run::fillModelNumbers(lab, m.captured().toStdString(), problems));
    if (decimal.match(value).hasMatch()) value.replace(QLatin1Char('.'), point);
    out += value;
    from = m.capturedEnd();
  }
  return out + text.mid(from);
}

}  // namespace amp::widgets
