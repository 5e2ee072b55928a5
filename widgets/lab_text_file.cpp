// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/lab_text_file.h"

#include <QFile>
#include <QLocale>

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

}  // namespace amp::widgets
