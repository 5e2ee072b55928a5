// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The command line in the language of LANG (LC_ALL and LC_MESSAGES before it): German words and
// decimal commas for a person, the same --json and --csv bytes as under LANG=C, English for a
// language AMP Lab does not speak.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "amplab_process.h"

using amp::testing::CliResult;

namespace {
/// --json of a run without what differs between two runs of the same spec (its id and timing).
QJsonObject stable(QJsonObject o) {
  for (const char* key : {"uuid", "wall_s", "started"}) o.remove(QLatin1String(key));
  return o;
}
}  // namespace

class TestCliLanguage : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int dbs_ = 0;

  /// amplab under `lang` (LANG), on a database of its own.
  CliResult amplab(const QStringList& args, const QString& lang) {
    return amp::testing::runAmplab(args, dir_.filePath(QStringLiteral("cli%1.db").arg(++dbs_)), 120000, lang);
  }

 private slots:
  void germanWordsAndDecimalCommas() {
    const CliResult labs = amplab({"labs"}, "de_DE.UTF-8");
    QCOMPARE(labs.code, 0);
    QVERIFY2(labs.out.contains("Master und Worker"), labs.out.constData());
    const CliResult run = amplab({"run", "foundations", "--mode", "model"}, "de_DE.UTF-8");
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains("Lauf 1 (Modell), Startwert 1"), run.out.constData());
    QVERIFY2(run.out.contains("Modell 918,16 ms") && run.out.contains("Engpass: "), run.out.constData());
    QVERIFY(!run.out.contains("918.16"));
    const CliResult describe = amplab({"describe", "foundations"}, "de_DE.UTF-8");
    QVERIFY(describe.out.contains("Parameter:") && describe.out.contains("Kennzahlen:"));
    // Bad input is explained in German, and still exits 2.
    const CliResult bad = amplab({"run", "nolab"}, "de_DE.UTF-8");
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.startsWith("Fehler: unbekanntes Labor 'nolab'"), bad.err.constData());
  }

  void jsonAndCsvNeverChange() {
    QCOMPARE(amplab({"labs", "--json"}, "de_DE.UTF-8").out, amplab({"labs", "--json"}, "C").out);
    QCOMPARE(amplab({"describe", "foundations", "--json"}, "es_ES.UTF-8").out,
             amplab({"describe", "foundations", "--json"}, "C").out);
    const QStringList run{"run", "foundations", "--mode", "model", "--json"};
    const CliResult c = amplab(run, "C"), de = amplab(run, "de_DE.UTF-8");
    QVERIFY(!c.json().isEmpty());
    QCOMPARE(stable(de.json()), stable(c.json()));
    const QStringList sweep{"sweep",  "foundations",        "--mode", "model",
                            "--vary", "arrival_rate=2:8:3", "--csv"};
    const CliResult csvC = amplab(sweep, "C"), csvDe = amplab(sweep, "de_DE.UTF-8");
    QVERIFY2(csvC.out.contains("918.1"), csvC.out.constData());  // the model at 8/s, with a point
    QCOMPARE(csvDe.out, csvC.out);
  }

  void anUnknownLanguageIsEnglish() {
    for (const char* lang : {"xx_YY.UTF-8", "C", "POSIX", ""}) {
      const CliResult labs = amplab({"labs"}, QString::fromLatin1(lang));
      QVERIFY2(labs.out.contains("Master and workers"), lang);
      const CliResult bad = amplab({"run", "nolab"}, QString::fromLatin1(lang));
      QVERIFY2(bad.err.startsWith("error: unknown lab 'nolab'"), bad.err.constData());
    }
  }

  void lcAllComesBeforeLang() {
    QProcessEnvironment env =
        amp::testing::amplabEnvironment(dir_.filePath(QStringLiteral("order.db")), "de_DE.UTF-8");
    const auto labs = [&env] {
      QProcess p;
      p.setProcessEnvironment(env);
      p.start(AMPLAB_BIN, {"labs"});
      return amp::testing::finishAmplab(p, 60000).out;
    };
    env.insert("LC_MESSAGES", "es_ES.UTF-8");
    QVERIFY2(labs().contains("Maestro y trabajadores"), "LC_MESSAGES before LANG");
    env.insert("LC_ALL", "C");
    QVERIFY2(labs().contains("Master and workers"), "LC_ALL before LC_MESSAGES");
    env.insert("LC_ALL", "");  // set but empty: as if unset
    QVERIFY2(labs().contains("Maestro y trabajadores"), "an empty LC_ALL is skipped");
  }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "test_cli_language.moc"
