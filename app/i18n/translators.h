// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QLocale>
#include <QString>
#include <QStringList>

namespace amp::app {

/// The locale a language setting names: "de", "es", "en", or "" for the desktop's own, which is
/// languageFromEnvironment()'s (the system locale where it is that language).
QLocale localeForLanguage(const QString& code);

/// Makes `code` ("" = the desktop's language) the language of the whole application: removes the
/// translators installed before, installs every amplab*_<lang>.qm found in the translation folders
/// (the user interface and the labs' own strings each ship one) and Qt's own qtbase_<lang>.qm, and
/// makes the locale the default, so numbers follow the language too. Returns the files it loaded.
QStringList useLanguage(const QString& code);
/// Where useLanguage looks for amplab*_<lang>.qm: the binary's resources (":/i18n") unless a
/// test points it at the build's folder.
void setTranslationDirs(const QStringList& dirs);
/// The code last given to useLanguage ("" = the desktop's language).
QString currentLanguage();

/// The language the command line speaks, from the environment as the C library reads it: the first
/// of LC_ALL, LC_MESSAGES and LANG that is set and not empty ("de_DE.UTF-8" → "de"). "en" when
/// none is set, for "C" and "POSIX", and for a language AMP Lab has no translation for. Unless the
/// locale is C or POSIX, GNU's LANGUAGE list ("es:de") comes first: its first language AMP Lab
/// speaks (en, de, es) wins.
QString languageFromEnvironment();

}  // namespace amp::app
