// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Every lab's page text in German and Spanish: both translations are compiled in, each keeps the
// English file's structure (headings per level, the claim, code blocks, formula lines, code spans,
// the model's placeholders, all filled by the model), and the page loads the text of the user
// interface's language, falling back to English.
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include "amp/labs/registry.h"
#include "amp/run/lab_text.h"
#include "widgets/lab_text_file.h"

using namespace amp;

namespace {

const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("es")};

QString readSource(const QString& name) {
  QFile f(QStringLiteral(AMP_LAB_TEXTS "/") + name);
  if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
  return QString::fromUtf8(f.readAll());
}

// What a translation must keep as it is, gathered from one Markdown text.
struct Skeleton {
  QStringList headings;      // "#", "##", "###": the level of each heading in order
  int quoteBlocks = 0;       // block quotes (the claim, the misconceptions box)
  QStringList codeBlocks;    // fenced blocks, verbatim
  QStringList formulas;      // the mathematical tokens of each formula line (indented paragraph)
  QStringList codeSpans;     // `...`, sorted: word order may change, the spans may not
  QStringList placeholders;  // {{...}}, sorted
};

Skeleton skeletonOf(const QString& md) {
  Skeleton s;
  const QStringList lines = md.split(QLatin1Char('\n'));
  bool inFence = false, inQuote = false;
  QString fence, previous;
  static const QRegularExpression heading(QStringLiteral("^(#{1,3}) "));
  static const QRegularExpression mathChar(QStringLiteral("[=≤≥<>·/^_()⌊⌋−+*0-9]"));
  static const QRegularExpression word(QStringLiteral("\\p{L}{4,}"));
  for (const QString& line : lines) {
    if (line.startsWith(QLatin1String("```"))) {
      if (inFence) s.codeBlocks << fence;
      inFence = !inFence;
      fence.clear();
    } else if (inFence) {
      fence += line + QLatin1Char('\n');
    } else {
      if (const auto m = heading.match(line); m.hasMatch()) s.headings << m.captured(1);
      const bool quote = line.startsWith(QLatin1Char('>'));
      if (quote && !inQuote) ++s.quoteBlocks;
      inQuote = quote;
      // A formula stands alone, indented by two spaces after an empty line.
      if (previous.trimmed().isEmpty() && line.startsWith(QLatin1String("  ")) &&
          !line.startsWith(QLatin1String("   "))) {
        QStringList math;
        for (QString token : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
          while (token.endsWith(QLatin1Char('.')) || token.endsWith(QLatin1Char(';')) ||
                 token.endsWith(QLatin1Char(':')))
            token.chop(1);
          // A word in parentheses ("(over the flows") is prose, not mathematics.
          if ((token.contains(mathChar) && !token.contains(word)) || token == QLatin1String("−"))
            math << token;
        }
        s.formulas << math.join(QLatin1Char(' '));
      }
    }
    previous = line;
  }
  static const QRegularExpression span(QStringLiteral("`[^`\n]+`"));
  static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^}]*\\}\\}"));
  QString outsideFences;
  inFence = false;
  for (const QString& line : lines) {
    if (line.startsWith(QLatin1String("```")))
      inFence = !inFence;
    else if (!inFence)
      outsideFences += line + QLatin1Char('\n');
  }
  for (auto it = span.globalMatch(outsideFences); it.hasNext();) s.codeSpans << it.next().captured(0);
  for (auto it = placeholder.globalMatch(md); it.hasNext();) s.placeholders << it.next().captured(0);
  s.codeSpans.sort();
  s.placeholders.sort();
  return s;
}

}  // namespace

class TestLabTranslations : public QObject {
  Q_OBJECT

 private slots:
  void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

  void everyLabHasBothTranslationsCompiledIn() {
    for (const auto& lab : labs::allLabs()) {
      const QString id = QString::fromStdString(lab->info().id);
      for (const QString& lang : kLanguages) {
        const QString path = QStringLiteral(":/labs/%1.%2.md").arg(id, lang);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(widgets::labTextPath(lab->info().id, lang), path);
        QVERIFY2(!readSource(QStringLiteral("%1.%2.md").arg(id, lang)).isEmpty(), qPrintable(path));
      }
    }
  }

  void translationsKeepTheStructure() {
    for (const auto& lab : labs::allLabs()) {
      const QString id = QString::fromStdString(lab->info().id);
      const Skeleton english = skeletonOf(readSource(id + QStringLiteral(".md")));
      QVERIFY2(!english.headings.isEmpty(), qPrintable(id));
      for (const QString& lang : kLanguages) {
        const QString name = QStringLiteral("%1.%2.md").arg(id, lang);
        const Skeleton t = skeletonOf(readSource(name));
        const QByteArray where = name.toUtf8();
        QVERIFY2(t.headings == english.headings, (where + ": headings " + t.headings.join(' ').toUtf8() +
                                                  " instead of " + english.headings.join(' ').toUtf8())
                                                     .constData());
        QVERIFY2(t.quoteBlocks == english.quoteBlocks, (where + ": block quotes").constData());
        QVERIFY2(t.codeBlocks == english.codeBlocks, (where + ": code blocks").constData());
        for (qsizetype i = 0; i < english.formulas.size(); ++i) {
          QVERIFY2(i < t.formulas.size(),
                   (where + ": formula line missing: " + english.formulas[i].toUtf8()).constData());
          QVERIFY2(t.formulas[i] == english.formulas[i], (where + ": formula " + t.formulas[i].toUtf8() +
                                                          " instead of " + english.formulas[i].toUtf8())
                                                             .constData());
        }
        QVERIFY2(t.formulas.size() == english.formulas.size(), (where + ": formula lines").constData());
        for (const QString& s : english.codeSpans)
          QVERIFY2(t.codeSpans.contains(s), (where + ": code span " + s.toUtf8() + " missing").constData());
        QVERIFY2(t.codeSpans == english.codeSpans, (where + ": code spans differ").constData());
        QVERIFY2(t.placeholders == english.placeholders, (where + ": placeholders differ").constData());
        // And the model fills every one of them.
        std::string problems;
        run::fillModelNumbers(*lab, readSource(name).toStdString(), problems);
        QVERIFY2(problems.empty(), (where + ": " + QByteArray::fromStdString(problems)).constData());
      }
    }
  }

  // The structure check itself notices a dropped section and a renamed key.
  void theCheckNoticesWhatADriftWouldBreak() {
    const QString md = QStringLiteral(
        "# T\n\n> claim\n\n## A\n\nuse `arrival_rate`, {{sojourn_ms}}\n\n  X ≤ min(1/S_m, c/S_w) per second.\n\n"
        "## B\n\ntext\n");
    const Skeleton s = skeletonOf(md);
    QCOMPARE(s.headings, QStringList({"#", "##", "##"}));
    // Its mathematical tokens: a lone letter or word ("X", "per") is not one.
    QCOMPARE(s.formulas, QStringList({"≤ min(1/S_m, c/S_w)"}));
    QCOMPARE(s.codeSpans, QStringList({"`arrival_rate`"}));
    QCOMPARE(s.placeholders, QStringList({"{{sojourn_ms}}"}));
    const Skeleton dropped = skeletonOf(QString(md).replace(QStringLiteral("## B\n"), QString()));
    QVERIFY(dropped.headings != s.headings);
    const Skeleton renamed =
        skeletonOf(QString(md).replace(QStringLiteral("`arrival_rate`"), QStringLiteral("`ankunftsrate`")));
    QVERIFY(renamed.codeSpans != s.codeSpans);
    const Skeleton formula =
        skeletonOf(QString(md).replace(QStringLiteral("c/S_w"), QStringLiteral("c·S_w")));
    QVERIFY(formula.formulas != s.formulas);
  }

  void thePageTakesTheInterfacesLanguage() {
    const std::string id = labs::allLabs().front()->info().id;
    const QString english = widgets::labTextFile(id, QStringLiteral("en"));
    QVERIFY(!english.isEmpty());

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(widgets::labTextPath(id), QStringLiteral(":/labs/%1.de.md").arg(QString::fromStdString(id)));
    const QString german = widgets::labTextFile(id);
    QVERIFY(!german.isEmpty());
    QVERIFY(german != english);
    QCOMPARE(german, readSource(QStringLiteral("%1.de.md").arg(QString::fromStdString(id))));

    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    QCOMPARE(widgets::labTextFile(id),
             readSource(QStringLiteral("%1.es.md").arg(QString::fromStdString(id))));

    // A language without a translation, and English itself, read the English text.
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(widgets::labTextPath(id), QStringLiteral(":/labs/%1.md").arg(QString::fromStdString(id)));
    QCOMPARE(widgets::labTextFile(id), english);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(widgets::labTextFile(id), english);
    // A lab without any text has none in any language.
    QVERIFY(widgets::labTextFile("no_such_lab", QStringLiteral("de")).isEmpty());
  }

  // The model's numbers take the interface's decimal separator; the text around them and the
  // settings inside a placeholder keep theirs, and a placeholder the model cannot fill stays.
  void theModelsNumbersTakeTheLocalesSeparator() {
    const run::Lab& lab = *labs::allLabs().front();
    // A value with a fraction at the defaults: the first placeholder of the English text that has one.
    const QString english = widgets::labTextFile(lab.info().id, QStringLiteral("en"));
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    QString fractional, plain;
    std::string problems;
    for (auto it = placeholder.globalMatch(english);
         it.hasNext() && (fractional.isEmpty() || plain.isEmpty());) {
      const QString p = it.next().captured();
      const QString v = QString::fromStdString(run::fillModelNumbers(lab, p.toStdString(), problems));
      if (v.contains(QLatin1Char('.')) && fractional.isEmpty()) fractional = p;
      if (!v.contains(QLatin1Char('.')) && !v.contains(QLatin1Char('{')) && plain.isEmpty()) plain = p;
    }
    QVERIFY(!fractional.isEmpty());
    QVERIFY(!plain.isEmpty());
    const QString dotted =
        QString::fromStdString(run::fillModelNumbers(lab, fractional.toStdString(), problems));
    const QString whole = QString::fromStdString(run::fillModelNumbers(lab, plain.toStdString(), problems));
    const QString text = QStringLiteral("at 0.5: %1, %2; {{no_such_key}}").arg(fractional, plain);

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    problems.clear();
    QCOMPARE(widgets::fillModelNumbersLocalized(lab, text, problems),
             QStringLiteral("at 0.5: %1, %2; {{no_such_key}}")
                 .arg(QString(dotted).replace(QLatin1Char('.'), QLatin1Char(',')), whole));
    QVERIFY(problems.find("no_such_key") != std::string::npos);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    problems.clear();
    QCOMPARE(widgets::fillModelNumbersLocalized(lab, text, problems),
             QStringLiteral("at 0.5: %1, %2; {{no_such_key}}").arg(dotted, whole));
  }
};

QTEST_APPLESS_MAIN(TestLabTranslations)
#include "test_lab_translations.moc"
