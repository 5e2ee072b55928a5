// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The command line in the language of LANG (LC_ALL and LC_MESSAGES before it, GNU's LANGUAGE list
// first unless the locale is C): German words and decimal commas for a person, the same --json and
// --csv bytes as under LANG=C, English for a language AMP Lab does not speak. The help's syntax stays
// as typed in every language; assignment, grade and lesson --check speak it too.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "amplab_process.h"

using amp::testing::CliResult;

namespace {
/// --json of a run without what differs between two runs of the same spec (its id and timing).
QJsonObject stable(QJsonObject o) {
  for (const char* key : {"uuid", "wall_s", "started"}) o.remove(QLatin1String(key));
  return o;
}

QByteArray fileBytes(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The widest line of `text`, in characters.
qsizetype widest(const QByteArray& text) {
  qsizetype w = 0;
  for (const QString& line : QString::fromUtf8(text).split('\n')) w = std::max(w, line.size());
  return w;
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

  void helpExplainsInTheReadersLanguageAndKeepsTheSyntax() {
    const CliResult de = amplab({"--help"}, "de_DE.UTF-8");
    QCOMPARE(de.code, 0);
    for (const char* words : {"listet die Labore auf", "die Kurve und eine Tabelle je Punkt",
                              "Rückgabewert: 0 Erfolg", "Ein realer Lauf ohne --duration"})
      QVERIFY2(de.out.contains(words), words);
    for (const char* syntax :
         {"  amplab run LAB [--mode model|sim|real] [--set k=v]... [--seed N] [--duration S] [--reps R]\n",
          "                 [--samples FILE.csv]  ",
          "ein Tabellenparameter nimmt JSON-Zeilen: --set task_set='[[1,4],[2,6]]'",
          "  amplab grade ASSIGNMENT.json DIR [--csv OUT.csv]\n", "$AMPLAB_DB"})
      QVERIFY2(de.out.contains(syntax), syntax);
    QVERIFY2(!de.out.contains("list labs") && !de.out.contains("Exit status"), de.out.constData());

    const CliResult es = amplab({"run", "--help"}, "es_ES.UTF-8");
    QCOMPARE(es.code, 0);
    QVERIFY2(es.out.startsWith("  amplab run LAB [--mode model|sim|real]"), es.out.constData());
    QVERIFY(es.out.contains("[--samples FILE.csv]  cada registro de la primera replicación"));
    QVERIFY(es.out.contains("Una ejecución real sin --duration"));  // what a real run does, with run
    QVERIFY(es.out.contains("(amplab --help muestra todas las órdenes.)"));
    QVERIFY(!es.out.contains("amplab sweep"));

    // English as before, and for a language AMP Lab does not speak; every language within 99 columns.
    const CliResult c = amplab({"--help"}, "C");
    QVERIFY(c.out.startsWith("amplab — a teaching lab for asymmetric multiprocessing\n\n"));
    QVERIFY(c.out.contains("\n  amplab labs [--json]                    list labs\n"));
    QVERIFY(c.out.contains("\n                 a choice parameter sweeps all its choices: --vary policy\n"));
    QVERIFY(c.out.contains("\nExit status: 0 success; 1 a run failed or could not be saved, or the"));
    QCOMPARE(amplab({"--help"}, "xx_YY.UTF-8").out, c.out);
    for (const CliResult* help : {&de, &es, &c}) QVERIFY2(widest(help->out) <= 99, help->out.constData());
  }

  void lessonCheckInGerman() {
    const CliResult shipped = amplab({"lesson", "foundations", "--check"}, "de_DE.UTF-8");
    QCOMPARE(shipped.code, 0);
    QVERIFY2(shipped.out.contains("20 Schritte zu foundations (4 Läufe, 3 Fragen"), shipped.out.constData());
    const QString bad = dir_.filePath("bad_lesson.json");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"lesson": 1, "title": "t", "lab": "foundations",
                "steps": [{"set": {"workerz": 3}}, {"reveal": true}]})");
    f.close();
    const CliResult broken = amplab({"lesson", bad, "--check"}, "de_DE.UTF-8");
    QCOMPARE(broken.code, 2);
    QVERIFY2(broken.err.contains("Fehler: " + bad.toUtf8() +
                                 ": Schritt 1: 'workerz' ist kein Parameter von foundations; erlaubt: "),
             broken.err.constData());
    QVERIFY2(broken.err.contains("Schritt 2: vor reveal steht keine Frage"), broken.err.constData());
    const CliResult english = amplab({"lesson", bad, "--check"}, "C");
    QVERIFY(english.err.contains("step 1: 'workerz' is not a parameter of foundations"));
    QVERIFY(
        amplab({"lesson", "--check"}, "es_ES.UTF-8").err.startsWith("error: uso: amplab lesson FILE|LAB"));
  }

  void assignmentAndGradeInGermanWithTheSameFiles() {
    QDir(dir_.path()).mkpath("subs_de");
    QDir(dir_.path()).mkpath("subs_c");
    const QString de = dir_.filePath("subs_de"), c = dir_.filePath("subs_c");
    const CliResult teacher =
        amplab({"assignment", "foundations", "--seed", "7", "--out", de + "/A.json"}, "de_DE.UTF-8");
    QCOMPARE(teacher.code, 0);
    QVERIFY2(teacher.out.startsWith("Hausaufgabe: Master und Worker (foundations), Startwert 7\n"),
             teacher.out.constData());
    QVERIFY(teacher.out.contains("   Variiert:   master_ms 80 … 125 ms"));
    QVERIFY(teacher.out.contains("innerhalb von 5 %, bewertet durch das Modell"));
    QVERIFY(teacher.err.contains("A.json geschrieben"));
    QCOMPARE(amplab({"assignment", "foundations", "--seed", "7", "--out", c + "/A.json"}, "C").code, 0);
    QCOMPARE(fileBytes(de + "/A.json"), fileBytes(c + "/A.json"));
    QVERIFY(!fileBytes(c + "/A.json").isEmpty());
    const QStringList json{"assignment", "foundations", "--seed", "7", "--student", "alice", "--json"};
    QCOMPARE(amplab(json, "de_DE.UTF-8").out, amplab(json, "C").out);

    const QStringList answers{"assignment", "foundations", "--seed",   "7",
                              "--student",  "alice",       "--answer", "crossover=4"};
    const CliResult submitted = amplab(answers + QStringList{"--submit", de + "/alice.json"}, "de_DE.UTF-8");
    QCOMPARE(submitted.code, 0);
    QVERIFY2(submitted.out.startsWith("1 Antwort von alice in "), submitted.out.constData());
    QCOMPARE(amplab(answers + QStringList{"--submit", c + "/alice.json"}, "C").code, 0);
    QCOMPARE(fileBytes(de + "/alice.json"), fileBytes(c + "/alice.json"));
    for (const QString& folder : {de, c}) {
      QFile broken(folder + "/broken.json");
      QVERIFY(broken.open(QIODevice::WriteOnly));
      broken.write(R"({"format": "amplab-submission", "version": 1, "lab": "foundations", "seed": 7})");
    }

    const CliResult gradeDe = amplab({"grade", de + "/A.json", de}, "de_DE.UTF-8");
    const CliResult gradeC = amplab({"grade", c + "/A.json", c}, "C");
    QCOMPARE(gradeDe.code, 0);
    QVERIFY2(gradeDe.err.startsWith("2 Abgaben: 1 von 1 Antworten bestanden"), gradeDe.err.constData());
    QVERIFY2(gradeC.err.startsWith("2 submissions: 1 of 1 answers passed"), gradeC.err.constData());
    // The CSV never changes with the language, its error column included.
    QVERIFY2(gradeC.out.contains("key 'student' must be a non-empty text (it is missing)"),
             gradeC.out.constData());
    QCOMPARE(QString::fromUtf8(gradeDe.out).replace(de, c), QString::fromUtf8(gradeC.out));

    const CliResult bad = amplab({"assignment", "foundations", "--seed", "x"}, "de_DE.UTF-8");
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.startsWith("Fehler: --seed muss eine ganze Zahl in [0, 2^53] sein"),
             bad.err.constData());
    const CliResult noFolder = amplab({"grade", c + "/A.json", dir_.filePath("none")}, "de_DE.UTF-8");
    QVERIFY2(noFolder.err.contains(": kein Ordner (die Abgabedateien der Studierenden)"),
             noFolder.err.constData());
  }

  void languageListComesFirstUnlessTheLocaleIsC() {
    const auto labsUnder = [this](const QString& language, const QString& lang) {
      QProcessEnvironment env =
          amp::testing::amplabEnvironment(dir_.filePath(QStringLiteral("list.db")), lang);
      env.insert("LANGUAGE", language);
      QProcess p;
      p.setProcessEnvironment(env);
      p.start(AMPLAB_BIN, {"labs"});
      return amp::testing::finishAmplab(p, 60000).out;
    };
    QVERIFY(labsUnder("es:de", "de_DE.UTF-8").contains("Maestro y trabajadores"));
    QVERIFY(labsUnder("fr:de", "es_ES.UTF-8").contains("Master und Worker"));   // fr skipped
    QVERIFY(labsUnder("en:de", "de_DE.UTF-8").contains("Master and workers"));  // English is ours too
    QVERIFY(labsUnder("es:de", "C").contains("Master and workers"));            // C: no translation
    QVERIFY(labsUnder("es", "C.UTF-8").contains("Master and workers"));
    QVERIFY(labsUnder("", "de_DE.UTF-8").contains("Master und Worker"));
  }

  void noDisplayIsSaidInTheEnvironmentsLanguage() {
    QProcessEnvironment env = amp::testing::amplabEnvironment(dir_.filePath(QStringLiteral("nodisplay.db")),
                                                              QStringLiteral("de_DE.UTF-8"));
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(name);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(AMPLAB_BIN, {"lesson", "foundations"});  // the GUI's lesson player: refused at once
    const CliResult r = amp::testing::finishAmplab(p, 60000);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith("Keine Anzeige gefunden, daher kann die Lektion nicht gezeigt werden; "
                              "'amplab lesson FILE --check' prüft sie ohne Oberfläche."),
             r.err.constData());
  }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "test_cli_language.moc"
