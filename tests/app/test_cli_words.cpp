// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The command line's words for a person (cli/cli_words.h): numbers with the reader's decimal sign,
// the progress bar's stages and a run's status in the reader's language, English untouched.
#include <QTest>

#include "cli/cli_words.h"
#include "i18n/translators.h"

class TestCliWords : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { amp::app::setTranslationDirs({QStringLiteral(AMP_QM_DIR)}); }
  void cleanup() { amp::app::useLanguage(QStringLiteral("en")); }

  void englishIsAsBefore() {
    amp::app::useLanguage(QStringLiteral("en"));
    QCOMPARE(amp::app::humanNumber(918.1578947), QStringLiteral("918.16"));
    QCOMPARE(amp::app::humanNumber(123456789.0), QStringLiteral("1.2346e+08"));
    QCOMPARE(amp::app::humanInterval(-0.5, 12345.6), QStringLiteral("[-0.5, 12346]"));
    QCOMPARE(amp::app::stageWords("replication 3/10"), QStringLiteral("replication 3/10"));
    QCOMPARE(amp::app::humanStatus(QStringLiteral("cancelled")), QStringLiteral("cancelled"));
  }

  void germanAndSpanish() {
    amp::app::useLanguage(QStringLiteral("de"));
    QCOMPARE(amp::app::humanNumber(918.1578947), QStringLiteral("918,16"));
    QCOMPARE(amp::app::humanNumber(12345.6), QStringLiteral("12346"));  // never grouped
    QCOMPARE(amp::app::humanInterval(-0.5, 1.25), QStringLiteral("[-0,5; 1,25]"));
    QCOMPARE(amp::app::stageWords("replication 3/10"), QStringLiteral("Replikation 3/10"));
    QCOMPARE(amp::app::stageWords("run 2: warm-up (MSER-5)"),
             QStringLiteral("Lauf 2: Einschwingphase (MSER-5)"));
    QCOMPARE(amp::app::stageWords("workers = 4"), QStringLiteral("workers = 4"));  // a sweep's point
    QCOMPARE(amp::app::humanStatus(QStringLiteral("failed")), QStringLiteral("fehlgeschlagen"));
    amp::app::useLanguage(QStringLiteral("es"));
    QCOMPARE(amp::app::stageWords("real run 1 of 2"), QStringLiteral("ejecución real 1 de 2"));
    QCOMPARE(amp::app::humanNumber(0.53333333), QStringLiteral("0,53333"));
  }

  void languageFromTheEnvironment() {
    const char* names[] = {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"};
    QByteArray saved[4];
    for (int i = 0; i < 4; ++i) saved[i] = qgetenv(names[i]);
    // LC_ALL, LC_MESSAGES, LANG, LANGUAGE -> the command line's language ("" = unset)
    const auto under = [&names](std::initializer_list<const char*> values) {
      int i = 0;
      for (const char* v : values) {
        if (*v == '\0')
          qunsetenv(names[i]);
        else
          qputenv(names[i], v);
        ++i;
      }
      return amp::app::languageFromEnvironment();
    };
    QCOMPARE(under({"", "", "de_DE.UTF-8", ""}), QStringLiteral("de"));
    QCOMPARE(under({"", "es_ES.UTF-8", "de_DE.UTF-8", ""}), QStringLiteral("es"));
    QCOMPARE(under({"", "", "de_DE.UTF-8", "es:de"}), QStringLiteral("es"));
    QCOMPARE(under({"", "", "de_AT.UTF-8", "fr_FR:pt:es_MX"}), QStringLiteral("es"));  // unknown ones skipped
    QCOMPARE(under({"", "", "es_ES.UTF-8", "en_GB:de"}), QStringLiteral("en"));
    QCOMPARE(under({"", "", "es_ES.UTF-8", "fr:it"}), QStringLiteral("es"));  // none shipped: the locale's
    QCOMPARE(under({"", "", "C", "es:de"}), QStringLiteral("en"));
    QCOMPARE(under({"POSIX", "", "de_DE.UTF-8", "es"}), QStringLiteral("en"));
    QCOMPARE(under({"", "", "C.UTF-8", "de"}), QStringLiteral("en"));
    QCOMPARE(under({"", "", "", "de"}), QStringLiteral("en"));  // no locale at all is C
    // The GUI's "desktop's language" is the same choice.
    under({"", "", "de_DE.UTF-8", "es"});
    QCOMPARE(amp::app::localeForLanguage(QString()).language(), QLocale::Spanish);
    under({"", "", "de_DE.UTF-8", ""});
    QCOMPARE(amp::app::localeForLanguage(QString()).language(), QLocale::German);
    under({"", "", "fr_FR.UTF-8", ""});
    QCOMPARE(amp::app::localeForLanguage(QString()).language(), QLocale::English);
    for (int i = 0; i < 4; ++i) {
      if (saved[i].isNull())
        qunsetenv(names[i]);
      else
        qputenv(names[i], saved[i]);
    }
  }
};

QTEST_GUILESS_MAIN(TestCliWords)
#include "test_cli_words.moc"
