// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The texts of a run in the reader's language: every phrase() template is listed; every verdict,
// warning and length rule that each lab's simulation and model write is found again from a
// template; German and Spanish as a reader sees them, numbers with a decimal comma; a text no
// template matches stays as it is.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <cctype>
#include <memory>

#include "amp/labs/registry.h"
#include "amp/run/phrase.h"
#include "amp/run/runner.h"
#include "widgets/format.h"
#include "widgets/run_text.h"

using amp::run::phrase;
using amp::widgets::runText;
using amp::widgets::runTextKnown;

class TestRunText : public QObject {
  Q_OBJECT

  std::vector<std::unique_ptr<QTranslator>> translators_;

  void useLanguage(const QString& lang) {
    for (auto& t : translators_) QCoreApplication::removeTranslator(t.get());
    translators_.clear();
    QLocale::setDefault(QLocale(lang));
    if (lang == QLatin1String("en")) return;
    for (const QString& base : {QStringLiteral("amplab_run_"), QStringLiteral("amplab_labs_")}) {
      auto t = std::make_unique<QTranslator>();
      QVERIFY2(t->load(QStringLiteral(AMP_QM_DIR "/") + base + lang + QStringLiteral(".qm")),
               qPrintable(base + lang));
      QCoreApplication::installTranslator(t.get());
      translators_.push_back(std::move(t));
    }
  }

 private slots:
  void cleanup() { useLanguage(QStringLiteral("en")); }

  /// A phrase() called with a template the list lacks would show in English forever: the sources
  /// of the engine and the labs are read for every literal template.
  void everyTemplateInTheSourcesIsListed() {
    static const QRegularExpression call(
        QStringLiteral("\\bphrase\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    int calls = 0;
    for (const QString& dir :
         {QStringLiteral(AMP_SOURCE_DIR "/engine/src"), QStringLiteral(AMP_SOURCE_DIR "/labs")}) {
      QDirIterator it(dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                      QDirIterator::Subdirectories);
      while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("/phrases.cpp"))) continue;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = call.globalMatch(text); m.hasNext();) {
          QString tmpl;
          for (auto l = literal.globalMatch(m.next().captured(1)); l.hasNext();) tmpl += l.next().captured(1);
          QVERIFY2(amp::run::isPhraseTemplate(tmpl.toStdString()),
                   qPrintable(path + QStringLiteral(": not in engine/src/run/phrases.cpp: ") + tmpl));
          ++calls;
        }
      }
    }
    QVERIFY2(calls >= 50, qPrintable(QString::number(calls)));
  }

  /// Each lab, model and a short simulation: every text of the run comes from a template. The
  /// precision target is set out of reach, so its warning and the precision rule are written too.
  void everyLabsRunTextsAreKnown() {
    int texts = 0;
    for (const auto& lab : amp::labs::allLabs()) {
      for (const auto mode : {amp::run::Mode::Model, amp::run::Mode::Sim}) {
        if (mode == amp::run::Mode::Sim && !lab->hasSim()) continue;
        amp::run::RunSpec spec;
        spec.lab = lab->info().id;
        spec.mode = mode;
        spec.params = amp::run::defaults(lab->params());
        spec.duration = 1.0;
        spec.minReps = 2;
        spec.maxReps = 2;
        spec.targetRelHalfWidth = 1e-9;
        spec.jobs = 2;
        const amp::run::RunResult r = amp::run::execute(*lab, spec);
        QVERIFY2(r.status == amp::run::RunStatus::Ok, (spec.lab + ": " + r.error).c_str());
        std::vector<std::string> all = r.warnings;
        all.push_back(r.verdict);
        all.push_back(r.lengthRule);
        for (const auto& t : all) {
          QVERIFY2(runTextKnown(t), (spec.lab + ": no template for: " + t).c_str());
          ++texts;
        }
      }
    }
    QVERIFY(texts >= 40);
  }

  void germanVerdictWithNumbers() {
    useLanguage(QStringLiteral("de"));
    const std::string v =
        phrase("model outside the simulation's 95% CI for %1 (model %2, measured %3, %4%): %5",
               {"sojourn_ms", "5.366", "5.8", "+8.1",
                phrase("the model is an approximation here (%1)", {"Kingman"})});
    QCOMPARE(runText(v),
             QStringLiteral("Modell außerhalb des 95-%-KI der Simulation für sojourn_ms (Modell 5,366, "
                            "gemessen 5,8, +8,1%): das Modell ist hier eine Näherung (Kingman)"));
  }

  void germanWarningsAndLabWords() {
    useLanguage(QStringLiteral("de"));
    QCOMPARE(runText(phrase("precision target not reached within the maximum length of %1 s", {"1.5"})),
             QStringLiteral("Präzisionsziel innerhalb der maximalen Länge von 1,5 s nicht erreicht"));
    QCOMPARE(runText(phrase("unstable: utilization ≥ 1 at the %1", {"master"})),
             QStringLiteral("instabil: Auslastung ≥ 1 (Engpass: Master)"));
    QCOMPARE(runText(phrase("run %1: %2",
                            {"2", phrase("precision target not reached within the maximum length")})),
             QStringLiteral("Lauf 2: Präzisionsziel innerhalb der maximalen Länge nicht erreicht"));
  }

  /// Parts joined by "; " and ". " are each found; a name of several words before a number too.
  void joinedPartsInGermanAndSpanish() {
    const std::string rule = phrase("fixed warm-up %1 s", {"0.5"}) + "; " +
                             phrase("%1 (fixed: the system is unstable, so no precision target)",
                                    {phrase("%1 replications of %2 simulated s", {"4", "2.5"})});
    const std::string gap =
        phrase("model inside the real run's 95% CI") + ". " +
        phrase("Model at the requested service %1, at the measured service %2; measured %3 [%4, %5]",
               {"2 ms", "2.2 ms", "2.3 ms", "2.1", "2.5"}) +
        ". " +
        phrase("The service times this run measured (%1) move the model by %2; %3",
               {phrase("%1 %2 → %3 (%4)", {"master service time", "2", "2.2", "+10%"}), "+10%",
                phrase("at the measured service the model is inside the CI: no queueing beyond the model")});
    QVERIFY(runTextKnown(rule));
    QVERIFY(runTextKnown(gap));
    useLanguage(QStringLiteral("de"));
    QCOMPARE(runText(rule),
             QStringLiteral("feste Einschwingphase 0,5 s; 4 Replikationen zu 2,5 simulierten s (fest: "
                            "das System ist instabil, daher kein Präzisionsziel)"));
    const QString de = runText(gap);
    QVERIFY2(de.startsWith(
                 QStringLiteral("Modell im 95-%-KI des realen Laufs. Modell bei der verlangten Bedienzeit "
                                "2 ms, bei der gemessenen Bedienzeit 2,2 ms; gemessen 2,3 ms [2,1; 2,5]. ")),
             qPrintable(de));
    QVERIFY2(de.contains(QStringLiteral("2 → 2,2 (+10%)")) &&
                 de.endsWith(QStringLiteral("kein Warten über das Modell hinaus")),
             qPrintable(de));
    useLanguage(QStringLiteral("es"));
    QCOMPARE(runText(rule),
             QStringLiteral("calentamiento fijo de 0,5 s; 4 replicaciones de 2,5 s simulados (fija: el "
                            "sistema es inestable, así que no hay objetivo de precisión)"));
  }

  /// A language without a translation (the command line where none is loaded): English words
  /// keep English numbers, never "7,16 s deleted".
  void untranslatedKeepsEnglishNumbers() {
    QLocale::setDefault(QLocale(QStringLiteral("de")));
    const std::string rule = phrase("fixed warm-up %1 s", {"0.5"});
    QCOMPARE(runText(rule), QString::fromStdString(rule));
  }

  /// A lab's text quoting the model at other parameters than the defaults: found through its
  /// number-free form, German with the new numbers and a decimal comma.
  void labTextAtOtherParametersIsGerman() {
    useLanguage(QStringLiteral("de"));
    int checked = 0;
    for (const auto& lab : amp::labs::allLabs()) {
      for (const auto& e : lab->exercises()) {
        std::vector<std::string> numbers;
        if (amp::run::numberFreeText(e.prompt, &numbers).empty()) continue;
        // The same sentence with every number changed, as at other settings.
        std::string other;
        std::vector<std::string> none;
        const std::string form = amp::run::numberFreeText(e.prompt, &none);
        for (std::size_t i = 0; i < form.size(); ++i) {
          if (form[i] == '%' && i + 1 < form.size() &&
              std::isdigit(static_cast<unsigned char>(form[i + 1]))) {
            while (i + 1 < form.size() && std::isdigit(static_cast<unsigned char>(form[i + 1]))) ++i;
            other += "12.25";
          } else {
            other += form[i];
          }
        }
        const QString german = amp::widgets::labText(other);
        QVERIFY2(german != QString::fromStdString(other), other.c_str());
        QVERIFY2(german.contains(QStringLiteral("12,25")) && !german.contains(QStringLiteral("12.25")),
                 qPrintable(german));
        QVERIFY2(amp::widgets::labText(e.prompt) != QString::fromStdString(e.prompt), e.prompt.c_str());
        ++checked;
      }
    }
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    QCOMPARE(amp::run::numberFreeText("p99 of 95% at 0.5 ms, M/M/1 and s0"),
             std::string("p99 of 95% at %1 ms, M/M/%2 and s0"));
  }

  /// A failed run's reason: the seat's name, the engine's words and the system's own text as an
  /// argument; also inside "real run 2: …".
  void errorsInGermanAndSpanish() {
    const std::string killed =
        phrase("real run %1: %2",
               {"2", phrase("%1: %2", {"master", phrase("killed by signal %1 (%2)", {"9", "Killed"})})});
    const std::string noReal = phrase("the lab '%1' has no real mode", {"tiny"});
    const std::string disk =
        phrase("%1 (system error: %2)",
               {phrase("cannot create %1", {"/tmp/x/journal.log"}), "No space left on device"});
    for (const std::string& t : {killed, noReal, disk}) QVERIFY2(runTextKnown(t), t.c_str());
    QVERIFY(!runTextKnown("master: the moon fell"));
    useLanguage(QStringLiteral("de"));
    QCOMPARE(runText(killed), QStringLiteral("realer Lauf 2: Master: durch Signal 9 beendet (Killed)"));
    QCOMPARE(runText(noReal), QStringLiteral("das Labor „tiny“ hat keinen realen Modus"));
    QCOMPARE(runText(disk),
             QStringLiteral(
                 "/tmp/x/journal.log kann nicht angelegt werden (Systemfehler: No space left on device)"));
    useLanguage(QStringLiteral("es"));
    QCOMPARE(runText(killed), QStringLiteral("ejecución real 2: maestro: terminado por la señal 9 (Killed)"));
  }

  /// A parameter the run cannot take: the engine's check in the reader's language, the interval
  /// with the language's separator.
  void validationInGerman() {
    const amp::run::Lab* lab = amp::labs::findLab("foundations");
    QVERIFY(lab != nullptr);
    amp::run::RunSpec spec;
    spec.lab = "foundations";
    spec.params = amp::run::defaults(lab->params());
    spec.params.set("master_ms", 1e9);
    const std::string problem = amp::run::validate(*lab, spec);
    QVERIFY2(problem.find("is out of range") != std::string::npos && runTextKnown(problem), problem.c_str());
    useLanguage(QStringLiteral("de"));
    const QString de = runText(problem);
    QVERIFY2(de.contains(QStringLiteral("liegt außerhalb des Bereichs: erlaubt ist eine Zahl in [")) &&
                 de.contains(QStringLiteral("; ")) && !de.contains(QStringLiteral("allowed")),
             qPrintable(de));
    // The key as the user typed it, although "workers" is also a station's name the lab translates.
    const std::string typed = amp::run::applySetting(lab->params(), spec.params, "workers=99");
    QVERIFY(!typed.empty());
    QVERIFY2(runText(typed).startsWith(QStringLiteral("workers = 99 ")), qPrintable(runText(typed)));
    QVERIFY(runText(amp::run::phrase("%1 = '%2' is not allowed: allowed is %3", {"dist", "workers", "exp"}))
                .contains(QStringLiteral("„workers“")));
  }

  /// A template of punctuation only ("%1: %2") is tried last: joined parts that hold a colon of
  /// their own are still found one by one.
  void punctuationTemplateComesLast() {
    useLanguage(QStringLiteral("de"));
    const std::string joined = phrase("unstable: the model predicts unbounded queues") + "; " +
                               phrase("fixed warm-up %1 s", {"0.5"});
    QCOMPARE(runText(joined), QStringLiteral("instabil: das Modell sagt unbeschränkte Warteschlangen voraus; "
                                             "feste Einschwingphase 0,5 s"));
  }

  /// How the parameters were fitted to the host, in the reader's words: the parameters' labels
  /// translated, no English left.
  void fitWordsInGermanAndSpanish() {
    const amp::run::Lab* lab = amp::labs::findLab("foundations");
    QVERIFY(lab != nullptr);
    amp::run::Params p = amp::run::defaults(lab->params());
    p.set("workers", 16);
    const amp::run::FittedParams fit = amp::run::fitToHost(*lab, p, 2);
    QVERIFY(fit.changed);
    QCOMPARE(fit.words,
             std::string("workers 16 → 1, worker service time 400 → 25 ms (same utilizations, 2 busy "
                         "seats on 2 cores)"));
    useLanguage(QStringLiteral("de"));
    const QString de = runText(fit.words);
    QVERIFY2(de.contains(QStringLiteral("16 → 1")) && de.contains(QStringLiteral("400 → 25 ms")) &&
                 de.endsWith(QStringLiteral("(gleiche Auslastungen, 2 belegte Plätze auf 2 Kernen)")),
             qPrintable(de));
    QVERIFY2(!de.contains(QStringLiteral("workers")) && !de.contains(QStringLiteral("service time")),
             qPrintable(de));
    // Every lab's fit to one core, the real face's own starting values too: none of the words stays.
    for (const auto& l : amp::labs::allLabs()) {
      const std::string words = amp::run::fitToHost(*l, amp::run::defaults(l->params()), 1).words;
      const QString german = runText(words);
      for (const char* english :
           {"same utilizations", "busy seats", "starting values", "group commit", "workers"})
        QVERIFY2(!german.contains(QLatin1String(english)), qPrintable(german));
    }
    useLanguage(QStringLiteral("es"));
    const QString es = runText(fit.words);
    QVERIFY2(!es.contains(QStringLiteral("workers")) && !es.contains(QStringLiteral("service time")) &&
                 es.contains(QStringLiteral("mismas utilizaciones")),
             qPrintable(es));
  }

  /// The noun of a late-arrival or overload warning is inside the template, so it translates.
  void nounsTranslate() {
    useLanguage(QStringLiteral("de"));
    QCOMPARE(runText(phrase(
                 "%1 requests were still in the system %2 s after the load ended: the system is overloaded",
                 {"12", "2.0"})),
             QStringLiteral(
                 "12 Anfragen waren 2,0 s nach dem Ende der Last noch im System: das System ist überlastet"));
    useLanguage(QStringLiteral("es"));
    QVERIFY(
        runText(
            phrase("%1 of %2 packets left the generator more than %3 µs after their scheduled time (worst "
                   "%4 µs); their waits still count from the scheduled time",
                   {"3", "900", "500", "812"}))
            .startsWith(QStringLiteral("3 de 900 paquetes salieron del generador")));
    // The harness's own seats inside a warning, with their index.
    QCOMPARE(
        runText(phrase("%1: %2", {"hog 1", "killed by signal 9 (Killed)"})).section(QLatin1Char(':'), 0, 0),
        QStringLiteral("carga de fondo 1"));
  }

  /// Large numbers read as the English text writes them: a whole number whole, else a lower-case e.
  void largeNumbersKeepTheirForm() {
    useLanguage(QStringLiteral("de"));
    QCOMPARE(amp::widgets::formatValue(120000000.0), QStringLiteral("120000000"));
    QCOMPARE(amp::widgets::formatValue(123456789.5), QStringLiteral("1,235e+08"));
    QCOMPARE(amp::widgets::formatValue(1.5e20), QStringLiteral("1,5e+20"));
  }

  /// A real run's verdict as the engine writes it: the cause, the model at the measured service and
  /// each parameter's change with the part the host added, all of it German.
  void realVerdictWithHostShareIsGerman() {
    const std::string v =
        "model outside the real run's 95% CI for sojourn_ms (model 642.857, measured 939.101, +46.1%): the service "
        "times this run measured explain the gap. Model at the requested service 642.857 ms, at the measured "
        "service 717.763 ms; measured 939.101 ms [702.737, 1175.466]. The service times this run measured (master "
        "service time 100 → 101.682 (+1.7%: the schedule drew 101.146, the host added +0.5%), worker service time "
        "66.667 → 66.269 (-0.6%: the schedule drew 65.574, the host added +1.1%)) move the model by +11.7%; at the "
        "measured service the model is inside the CI: no queueing beyond the model";
    QVERIFY(runTextKnown(v));
    useLanguage(QStringLiteral("de"));
    const QString de = runText(v);
    for (const char* english : {"service", "schedule", "host", "model by", "the gap"})
      QVERIFY2(!de.contains(QLatin1String(english)), qPrintable(de));
    QVERIFY2(de.contains(QStringLiteral(
                 "101,682 (+1,7%: der Ablaufplan zog 101,146, der Rechner fügte +0,5% hinzu)")),
             qPrintable(de));
  }

  void unmatchedTextStaysAsItIs() {
    useLanguage(QStringLiteral("de"));
    for (const std::string t : {"the moon is made of 1.5 cheeses", "fixed warm-up", "a; b. c, d", ""}) {
      QCOMPARE(runText(t), QString::fromStdString(t));
      QVERIFY(t.empty() || !runTextKnown(t));
    }
  }
};

QTEST_MAIN(TestRunText)
#include "test_run_text.moc"
