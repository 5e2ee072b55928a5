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
};

QTEST_GUILESS_MAIN(TestCliWords)
#include "test_cli_words.moc"
