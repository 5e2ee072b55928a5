// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The model's formula in the reader's language: its words translated line by line, its symbols,
// subscripts and line breaks as the model wrote them, its numbers with the reader's decimal sign;
// in the About tab, in reports and in `describe`, while `describe --json` keeps the English.
#include <QDir>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "amp/labs/registry.h"
#include "amp/run/lab_text.h"
#include "amp/run/runner.h"
#include "amplab_process.h"
#include "gui/lab_page.h"
#include "i18n/translators.h"
#include "report/report.h"
#include "store/run_store.h"
#include "widgets/format.h"
#include "widgets/page_view.h"

using namespace amp;

namespace {

const run::Lab& foundations() { return *labs::findLab("foundations"); }

run::Params foundationsWith(const std::map<std::string, std::string>& values) {
  return run::paramsWith(foundations().params(), values);
}

/// The mathematical tokens of a formula line: what a translation must keep. A token with a word of
/// four letters or more is prose ("(Pollaczek–Khinchine;", "arrival"), any other with a symbol,
/// a subscript or a digit is mathematics ("S_m", "λ·E[S²]", "(2(1−ρ_m))").
QStringList mathOf(const QString& line) {
  static const QRegularExpression mathChar(QStringLiteral("[=≤≥<>·/^_()⌊⌋−+*²0-9]"));
  static const QRegularExpression word(QStringLiteral("\\p{L}{4,}"));
  QStringList math;
  for (QString token : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    while (token.endsWith(QLatin1Char(',')) || token.endsWith(QLatin1Char(';')) ||
           token.endsWith(QLatin1Char(':')))
      token.chop(1);
    if (token.contains(mathChar) && !token.contains(word)) math << token;
  }
  return math;
}

/// `german` is `english` translated: as many lines, each with the same mathematics (numbers with a
/// decimal comma where the English has a point), and at least one line reads differently.
void compareWithEnglish(const QString& german, const std::string& englishFormula) {
  const QStringList en = QString::fromStdString(englishFormula).split(QLatin1Char('\n'));
  const QStringList de = german.split(QLatin1Char('\n'));
  QCOMPARE(de.size(), en.size());
  static const QRegularExpression decimal(QStringLiteral("(\\d)\\.(\\d)"));
  for (qsizetype i = 0; i < en.size(); ++i) {
    const QStringList want = mathOf(QString(en[i]).replace(decimal, QStringLiteral("\\1,\\2")));
    QVERIFY2(mathOf(de[i]) == want, qPrintable(de[i] + QStringLiteral("\n  keeps not\n") + en[i]));
  }
  QVERIFY2(german != QString::fromStdString(englishFormula), qPrintable(german));
}

}  // namespace

class TestFormulaLanguage : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::shared_ptr<app::RunStore> store_;

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    app::setTranslationDirs({QStringLiteral(AMP_QM_DIR)});
    store_ = std::make_shared<app::RunStore>();
    QCOMPARE(store_->open(dir_.filePath(QStringLiteral("formula.db"))), QString());
  }
  void cleanup() { app::useLanguage(QStringLiteral("en")); }

  // In English the formula is what the model wrote, byte for byte, empty lines included.
  void englishIsTheModelsOwn() {
    app::useLanguage(QStringLiteral("en"));
    const std::string formula = foundations().model(run::defaults(foundations().params())).formula;
    QCOMPARE(widgets::formulaText(formula), QString::fromStdString(formula));
    QCOMPARE(widgets::formulaText("a\n\nb\n"), QStringLiteral("a\n\nb\n"));
    QVERIFY(widgets::formulaText("").isEmpty());
  }

  void theAboutTabShowsItInGerman() {
    app::useLanguage(QStringLiteral("de"));
    app::LabPage page(foundations(), store_);
    const QString text = page.textView()->toPlainText();
    const qsizetype at = text.indexOf(QStringLiteral("Das Modell"));
    QVERIFY2(at >= 0, qPrintable(text.right(2000)));
    const QString section = text.mid(at);
    const std::string english = foundations().model(run::defaults(foundations().params())).formula;
    const QString german = widgets::formulaText(english);
    compareWithEnglish(german, english);
    for (const QString& line : german.split(QLatin1Char('\n')))
      QVERIFY2(section.contains(line), qPrintable(line + QStringLiteral("\n  not in\n") + section));
    // The legend's words in German, its symbols as they were.
    QVERIFY2(section.contains(QStringLiteral("λ Ankunftsrate, S_m Bedienzeit des Masters, h Übergabe")),
             qPrintable(section));
    QVERIFY(section.contains(QStringLiteral("(Erlang C, M/M/c)")));
    QVERIFY(!section.contains(QStringLiteral("arrival rate")));
    // AMP_FORMULA_SHOTS=DIR keeps a picture of the tab's end, where the model stands.
    if (const QString shots = qEnvironmentVariable("AMP_FORMULA_SHOTS"); !shots.isEmpty()) {
      page.resize(1280, 800);
      page.show();
      page.showTab(1);
      QTest::qWait(200);
      page.textView()->verticalScrollBar()->setValue(page.textView()->verticalScrollBar()->maximum());
      QVERIFY(page.textView()->grab().save(QDir(shots).filePath(QStringLiteral("about_model_de.png"))));
    }
  }

  // Away from the defaults: a choice pair the defaults never show, and an overloaded master whose
  // line quotes utilizations with decimals (a comma in German and Spanish).
  void otherParametersInGermanAndSpanish() {
    app::useLanguage(QStringLiteral("de"));
    const std::string locked =
        foundations()
            .model(
                foundationsWith({{"design", "locked"}, {"master_dist", "lognormal"}, {"arrival_rate", "4"}}))
            .formula;
    const QString lockedDe = widgets::formulaText(locked);
    compareWithEnglish(lockedDe, locked);
    QVERIFY2(
        lockedDe.contains(QStringLiteral("λ Ankunftsrate, S_m serialisierter Schritt, h_lock Übergabe der "
                                         "Sperre zwischen Kernen")),
        qPrintable(lockedDe));

    const std::string overloaded = foundations().model(foundationsWith({{"arrival_rate", "12"}})).formula;
    QVERIFY2(overloaded.find("= 1.2,") != std::string::npos, overloaded.c_str());
    const QString overloadedDe = widgets::formulaText(overloaded);
    compareWithEnglish(overloadedDe, overloaded);
    QVERIFY2(
        overloadedDe.startsWith(QStringLiteral("ρ_master = λ·S = 1,2, ρ_workers = 0,8: eine Auslastung ≥ 1 "
                                               "bedeutet, dass die Warteschlange unbegrenzt wächst")),
        qPrintable(overloadedDe));

    app::useLanguage(QStringLiteral("es"));
    const QString overloadedEs = widgets::formulaText(overloaded);
    compareWithEnglish(overloadedEs, overloaded);
    QVERIFY2(overloadedEs.contains(QStringLiteral("= 1,2, ρ_workers = 0,8: una utilización ≥ 1")),
             qPrintable(overloadedEs));
    QVERIFY(
        widgets::formulaText(locked).contains(QStringLiteral("λ tasa de llegadas, S_m paso serializado")));
  }

  void aGermanReportHasTheGermanFormula() {
    app::useLanguage(QStringLiteral("de"));
    run::RunSpec spec;
    spec.lab = "foundations";
    spec.mode = run::Mode::Model;
    for (const auto& params :
         {run::defaults(foundations().params()), foundationsWith({{"arrival_rate", "12"}})}) {
      spec.params = params;
      const run::RunResult r = run::execute(foundations(), spec, {});
      const QString md = app::reportMarkdown(foundations(), r, {});
      const qsizetype at = md.indexOf(QStringLiteral("## Das Modell\n\n```\n"));
      QVERIFY2(at >= 0, qPrintable(md));
      const qsizetype begin = md.indexOf(QLatin1Char('\n'), md.indexOf(QStringLiteral("```"), at)) + 1;
      const QString block = md.mid(begin, md.indexOf(QStringLiteral("\n```"), begin) - begin);
      QCOMPARE(block, widgets::formulaText(r.model.formula));
      compareWithEnglish(block, r.model.formula);
    }
  }

  // A unit that is a word reads in the reader's language where a value is drawn with it (a chart's
  // model line "2 writes"); a unit of symbols stays as it is.
  void wordUnitsInGerman() {
    app::useLanguage(QStringLiteral("de"));
    QCOMPARE(widgets::formatWithUnit(2, "writes"), QStringLiteral("2 Schreibvorgänge"));
    QCOMPARE(widgets::formatWithUnit(3.2, "× a little core"), QStringLiteral("3,2 × ein kleiner Kern"));
    QCOMPARE(widgets::formatWithUnit(1.5, "ms"), QStringLiteral("1,5 ms"));
    QCOMPARE(widgets::formatWithUnit(85, "1/s"), QStringLiteral("85 1/s"));
    app::useLanguage(QStringLiteral("es"));
    QCOMPARE(widgets::formatWithUnit(4, "workers"), QStringLiteral("4 trabajadores"));
    app::useLanguage(QStringLiteral("en"));
    QCOMPARE(widgets::formatWithUnit(2, "writes"), QStringLiteral("2 writes"));
  }

  // `describe` speaks LANG's language; its --json keeps the English formula, the same bytes as under C.
  void describeInGermanJsonInEnglish() {
    const QString db = dir_.filePath(QStringLiteral("cli.db"));
    const auto text =
        testing::runAmplab({"describe", "foundations"}, db, 60000, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(text.code, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("\nModell:\nE[T] = W_master + W_q,workers + S_w\n")),
             text.out.constData());
    QVERIFY2(out.contains(QStringLiteral("λ Ankunftsrate, S_m Bedienzeit des Masters")),
             text.out.constData());
    QVERIFY(!out.contains(QStringLiteral("arrival rate")));

    const auto de =
        testing::runAmplab({"describe", "foundations", "--json"}, db, 60000, QStringLiteral("de_DE.UTF-8"));
    const auto c = testing::runAmplab({"describe", "foundations", "--json"}, db, 60000, QStringLiteral("C"));
    QCOMPARE(de.code, 0);
    QCOMPARE(c.code, 0);
    QCOMPARE(de.out, c.out);
    QVERIFY(de.out.contains("arrival rate"));
  }
};

QTEST_MAIN(TestFormulaLanguage)
#include "test_formula_language.moc"
