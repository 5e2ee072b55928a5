// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The labs' own texts in German and Spanish: every string the labs declare has a finished entry
// in both catalogues that keeps its numbers, placeholders and markup, and a lab page shows them.
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <algorithm>
#include <memory>
#include <set>

#include "amp/labs/registry.h"
#include "gui/exercise_panel.h"
#include "gui/lab_page.h"
#include "lab_strings.h"
#include "store/run_store.h"
#include "widgets/format.h"
#include "widgets/metric_table.h"
#include "widgets/param_panel.h"

namespace {

const char* const kContext = "amp::labs";

QString catalogue(const QString& lang) {
  return QStringLiteral(AMP_LAB_QM_DIR "/amplab_labs_%1.qm").arg(lang);
}

/// A text may read the same in another language when it is no phrase: a formula ("heap − live."),
/// a symbol, a unit, a name or a single word that both languages share ("Design", "Makespan").
/// Anything with two words in a row must read differently once translated.
bool maySpellTheSame(const QString& s) {
  static const QRegularExpression phrase(QStringLiteral("[A-Za-z]{2,}[ ,:]+[A-Za-z]{2,}"));
  return !s.contains(phrase);
}

/// What a translation must keep: numbers, %1-style placeholders, markup tags and line breaks.
QStringList kept(const QString& s) {
  static const QRegularExpression re(QStringLiteral("\\d+|%\\d|</?[A-Za-z][^>]*>|\\n"));
  QStringList out;
  for (auto it = re.globalMatch(s); it.hasNext();) out << it.next().captured();
  out.sort();
  return out;
}

}  // namespace

class TestLabStrings : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::shared_ptr<amp::app::RunStore> store_;

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    store_ = std::make_shared<amp::app::RunStore>();
    QCOMPARE(store_->open(dir_.filePath("strings.db")), QString());
  }

  void extractionIsDistinctSortedAndWithoutKeys() {
    const auto strings = amp::labstrings::labStrings();
    QVERIFY(strings.size() > 500);
    QVERIFY(std::is_sorted(strings.begin(), strings.end()));
    QVERIFY(std::adjacent_find(strings.begin(), strings.end()) == strings.end());
    const std::set<std::string> all(strings.begin(), strings.end());
    const auto& lab = *amp::labs::findLab("foundations");
    QVERIFY(all.count(lab.info().title) == 1);
    QVERIFY(all.count(lab.info().teacherNote) == 1);
    QVERIFY(all.count(lab.exercises().front().explanation) == 1);
    QVERIFY(all.count("arrival_rate") == 0);  // a key
    QVERIFY(all.count("lognormal") == 0);     // a choice's value is a key too
    QCOMPARE(amp::labstrings::cppLiteral("a \"b\"\\\n"), std::string("\"a \\\"b\\\"\\\\\\n\""));
  }

  void everyStringIsTranslated_data() {
    QTest::addColumn<QString>("lang");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
  }

  void everyStringIsTranslated() {
    QFETCH(QString, lang);
    QTranslator tr;
    QVERIFY2(tr.load(catalogue(lang)), qPrintable(catalogue(lang)));
    QStringList missing, english, changed;
    for (const auto& s : amp::labstrings::labStrings()) {
      const QString source = QString::fromStdString(s);
      const QString t = tr.translate(kContext, s.c_str());
      if (t.isEmpty())
        missing << source;
      else if (t == source && !maySpellTheSame(source))
        english << source;
      else if (kept(t) != kept(source))
        changed << QStringLiteral("%1\n  -> %2").arg(source, t);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 without a finished entry, the first: %2")
                                               .arg(missing.size())
                                               .arg(missing.value(0))));
    QVERIFY2(
        english.isEmpty(),
        qPrintable(
            QStringLiteral("%1 left in English, the first: %2").arg(english.size()).arg(english.value(0))));
    QVERIFY2(changed.isEmpty(),
             qPrintable(QStringLiteral("%1 with other numbers, placeholders or markup, the first: %2")
                            .arg(changed.size())
                            .arg(changed.value(0))));
  }

  void foundationsPageShowsGerman() {
    QTranslator de;
    QVERIFY(de.load(catalogue(QStringLiteral("de"))));
    QVERIFY(QCoreApplication::installTranslator(&de));
    const auto& lab = *amp::labs::findLab("foundations");
    QCOMPARE(amp::widgets::labText("Arrival rate"), de.translate(kContext, "Arrival rate"));
    const QString rate = amp::widgets::labText("Arrival rate");
    const QString sojourn = amp::widgets::labText("Sojourn time");
    const QString prompt = amp::widgets::labText(lab.exercises().front().prompt);
    QVERIFY(rate != QStringLiteral("Arrival rate"));
    QVERIFY(sojourn != QStringLiteral("Sojourn time"));
    QVERIFY(prompt != QString::fromStdString(lab.exercises().front().prompt));

    amp::app::LabPage page(lab, store_);
    page.resize(1280, 800);
    auto hasLabel = [](const QWidget* root, const QString& text) {
      for (const QLabel* l : root->findChildren<QLabel*>())
        if (l->text() == text) return true;
      return false;
    };
    QVERIFY2(hasLabel(page.paramPanel(), rate + QStringLiteral(" [1/s]")), qPrintable(rate));
    QVERIFY2(hasLabel(page.exercisePanel(), prompt), qPrintable(prompt));
    const QTableWidget* table = page.metricTable()->table();
    bool metricShown = false;
    for (int r = 0; r < table->rowCount(); ++r)
      if (table->item(r, 0) != nullptr && table->item(r, 0)->text().startsWith(sojourn)) metricShown = true;
    QVERIFY2(metricShown, qPrintable(sojourn));
    QCoreApplication::removeTranslator(&de);
  }

  // A choice is a key: "local" is also an edge label that reads "lokal" in German, yet the choice
  // keeps its name, as the help text and --set spell it.
  void choicesStayKeys() {
    QTranslator de;
    QVERIFY(de.load(catalogue(QStringLiteral("de"))));
    QVERIFY(QCoreApplication::installTranslator(&de));
    const QString translated = amp::widgets::labText("local");
    QVERIFY(translated != QStringLiteral("local"));
    amp::widgets::ParamPanel panel;
    panel.setSpecs(amp::labs::findLab("simd")->params());
    QStringList shown;
    for (const QComboBox* box : panel.findChildren<QComboBox*>())
      for (int i = 0; i < box->count(); ++i) shown << box->itemText(i);
    QCoreApplication::removeTranslator(&de);
    QVERIFY2(shown.contains(QStringLiteral("local")), qPrintable(shown.join(QLatin1Char(' '))));
    QVERIFY(!shown.contains(translated));
  }
};

QTEST_MAIN(TestLabStrings)
#include "test_lab_strings.moc"
