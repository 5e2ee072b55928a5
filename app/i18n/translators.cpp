// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "i18n/translators.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>
#include <vector>

namespace amp::app {

namespace {
// The translators of the current language; replaced as a whole when the language changes.
std::vector<std::unique_ptr<QTranslator>>& installed() {
  static std::vector<std::unique_ptr<QTranslator>> translators;
  return translators;
}

QString& current() {
  static QString code;
  return code;
}

QStringList& dirs() {
  static QStringList folders{QStringLiteral(":/i18n")};
  return folders;
}

void install(std::unique_ptr<QTranslator> t) {
  QCoreApplication::installTranslator(t.get());
  installed().push_back(std::move(t));
}
}  // namespace

QLocale localeForLanguage(const QString& code) {
  if (!code.isEmpty()) return QLocale(code);
  // The desktop's language is the one the command line speaks (LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
  // the system locale keeps its territory's conventions when it is that language.
  const QString lang = languageFromEnvironment();
  const QLocale system = QLocale::system();
  return QLocale::languageToCode(system.language()) == lang ? system : QLocale(lang);
}

QString currentLanguage() { return current(); }

void setTranslationDirs(const QStringList& folders) { dirs() = folders; }

QStringList useLanguage(const QString& code) {
  for (const auto& t : installed()) QCoreApplication::removeTranslator(t.get());
  installed().clear();
  current() = code;

  const QLocale locale = localeForLanguage(code);
  QLocale::setDefault(locale);
  QStringList loaded;
  // English is the source language: nothing to load.
  const QString lang = QLocale::languageToCode(locale.language());
  if (lang.isEmpty() || lang == QLatin1String("en") || locale.language() == QLocale::C) return loaded;

  for (const QString& dir : dirs()) {
    const QDir d(dir);
    for (const QString& name :
         d.entryList({QStringLiteral("amplab*_%1.qm").arg(lang)}, QDir::Files, QDir::Name)) {
      auto t = std::make_unique<QTranslator>();
      if (!t->load(d.filePath(name))) continue;
      loaded << d.filePath(name);
      install(std::move(t));
    }
  }
  // Qt's own texts (dialog buttons, context menus of text fields), where the system has them.
  auto qt = std::make_unique<QTranslator>();
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    loaded << qt->filePath();
    install(std::move(qt));
  }
  return loaded;
}

namespace {
/// "de_DE.UTF-8@euro" → "de": the language is what comes before the territory, codeset and modifier.
QString languageOf(const QString& locale) {
  return locale.section(QLatin1Char('_'), 0, 0)
      .section(QLatin1Char('.'), 0, 0)
      .section(QLatin1Char('@'), 0, 0)
      .toLower();
}
}  // namespace

QString languageFromEnvironment() {
  QString value;
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    value = qEnvironmentVariable(name);
    if (!value.isEmpty()) break;
  }
  static const QStringList translated{QStringLiteral("de"), QStringLiteral("es")};
  // GNU gettext's LANGUAGE ("es:de") is a list of preferences, read only when the locale is not C
  // or POSIX (a C locale means "no translation", whatever LANGUAGE says). English is shipped too:
  // "en:de" is English. Entries we have no translation for are skipped.
  const QString lang = languageOf(value);
  if (!value.isEmpty() && lang != QLatin1String("c") && lang != QLatin1String("posix")) {
    const QStringList preferences =
        qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString& entry : preferences) {
      const QString wanted = languageOf(entry);
      if (wanted == QLatin1String("en") || translated.contains(wanted)) return wanted;
    }
  }
  return translated.contains(lang) ? lang : QStringLiteral("en");
}

}  // namespace amp::app
