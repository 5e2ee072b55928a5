// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/run_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <vector>

#include "amp/run/phrase.h"
#include "widgets/format.h"

namespace amp::widgets {

namespace {

struct Template {
  std::string english;
  QRegularExpression pattern;
  std::vector<int> places;  ///< the placeholder number (1…9) of each capture, in order
  QStringList literals;     ///< the words between the placeholders: a text lacking one cannot match
  int literalChars = 0;
  /// No letter of its own ("%1: %2", "%1 %2 → %3"): it would match nearly any text, so it is tried
  /// only after a text's joined parts (". ", "; ") were looked for, and is known only where what
  /// its last placeholder holds is.
  bool weak = true;
};

/// Which templates fromTemplate() tries.
enum class Tried { Strong, All, AllJudged };

/// One pattern per template, the most specific (most literal text) first, so that "%1 (the model
/// is an approximation: %2)" is tried after the templates that hold the same words and more.
const std::vector<Template>& templates() {
  static const std::vector<Template> all = [] {
    std::vector<Template> out;
    for (const std::string& t : run::phraseTemplates()) {
      Template tp;
      tp.english = t;
      const QString text = QString::fromStdString(t);
      // Split into literal words and placeholders first: a placeholder followed by a single space
      // and the next placeholder ("%1 %2 → %3": a name of several words, then a number) is greedy.
      std::vector<QString> parts{QString()};
      for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1] >= QLatin1Char('1') &&
            text[i + 1] <= QLatin1Char('9')) {
          tp.places.push_back(text[i + 1].digitValue());
          parts.emplace_back();
          ++i;
        } else {
          parts.back() += text[i];
        }
      }
      QString re = QStringLiteral("^") + QRegularExpression::escape(parts[0]);
      for (std::size_t k = 0; k < parts.size(); ++k) {
        if (!parts[k].isEmpty()) tp.literals << parts[k];
        tp.literalChars += static_cast<int>(parts[k].size());
        if (k == 0) continue;
        const bool greedy = k + 1 < parts.size() && parts[k] == QLatin1String(" ");
        re += (greedy ? QStringLiteral("(.*)") : QStringLiteral("(.*?)")) +
              QRegularExpression::escape(parts[k]);
      }
      re += QStringLiteral("$");
      tp.weak = !std::any_of(tp.literals.begin(), tp.literals.end(), [](const QString& w) {
        return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLetter(); });
      });
      tp.pattern = QRegularExpression(re, QRegularExpression::DotMatchesEverythingOption);
      tp.pattern.optimize();
      out.push_back(std::move(tp));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Template& a, const Template& b) { return a.literalChars > b.literalChars; });
    return out;
  }();
  return all;
}

bool known(const QString& text);

/// True when every "(" and "[" of `text` is closed after it, and nothing is closed that was not opened.
bool balanced(const QString& text) {
  int round = 0, square = 0;
  for (const QChar c : text) {
    if (c == QLatin1Char('('))
      ++round;
    else if (c == QLatin1Char(')') && --round < 0)
      return false;
    else if (c == QLatin1Char('['))
      ++square;
    else if (c == QLatin1Char(']') && --square < 0)
      return false;
  }
  return round == 0 && square == 0;
}

/// "5.366", "+7.9%", "-0.3", "12 ms", "1e-05": the same number with the locale's decimal sign.
bool localNumber(const QString& text, QString& out) {
  static const QRegularExpression number(
      QStringLiteral("^([+\\-−]?)(\\d+)(?:\\.(\\d+))?((?:e[+\\-]?\\d+)?)(%| [^\\s\\d][^\\s]{0,7})?$"));
  const auto m = number.match(text);
  if (!m.hasMatch()) return false;
  const QLocale locale;
  out = m.captured(1) + m.captured(2);
  if (m.capturedLength(3) > 0) out += locale.decimalPoint() + m.captured(3);
  out += m.captured(4) + m.captured(5);
  return true;
}

QString render(const QString& text, int depth, bool localNumbers);

/// `text` through the template it was built from; false when none matches.
bool fromTemplate(const QString& text, int depth, bool localNumbers, QString& out, Tried tried = Tried::All) {
  if (depth > 6) return false;
  for (const Template& t : templates()) {
    if (t.weak && tried == Tried::Strong) continue;
    if (!std::all_of(t.literals.begin(), t.literals.end(),
                     [&](const QString& w) { return text.contains(w); }))
      continue;
    const auto m = t.pattern.match(text);
    if (!m.hasMatch()) continue;
    // What a placeholder held is whole: its brackets balance ("(+1.7%" is half of a part the
    // engine wrote), and in a first try it is no sentence of several ("… gap. Model at …"), which
    // the parts joined by ". " are, each found alone.
    bool whole = true;
    for (int c = 1; c <= static_cast<int>(t.places.size()) && whole; ++c) {
      const QString part = m.captured(c);
      whole = balanced(part) && (tried != Tried::Strong || !part.contains(QLatin1String(". ")));
    }
    if (!whole) continue;
    if (t.weak && tried == Tried::AllJudged && !known(m.captured(static_cast<int>(t.places.size()))))
      continue;
    const QString translated = QCoreApplication::translate(run::kPhraseContext, t.english.c_str());
    std::vector<QString> args(10);
    for (std::size_t c = 0; c < t.places.size(); ++c) {
      QString& slot = args[static_cast<std::size_t>(t.places[c])];
      if (slot.isNull()) slot = render(m.captured(static_cast<int>(c) + 1), depth + 1, localNumbers);
    }
    out.clear();
    for (qsizetype i = 0; i < translated.size(); ++i) {
      if (translated[i] == QLatin1Char('%') && i + 1 < translated.size() &&
          translated[i + 1] >= QLatin1Char('1') && translated[i + 1] <= QLatin1Char('9')) {
        out += args[static_cast<std::size_t>(translated[i + 1].digitValue())];
        ++i;
      } else {
        out += translated[i];
      }
    }
    return true;
  }
  return false;
}

/// A whole piece: a template, a lab's word, or a number.
bool wholePiece(const QString& text, int depth, bool localNumbers, QString& out, Tried tried = Tried::All) {
  if (localNumber(text, out)) {
    if (!localNumbers) out = text;
    return true;
  }
  if (fromTemplate(text, depth, localNumbers, out, tried)) return true;
  const QString lab = labText(text.toStdString());
  if (lab != text) {
    out = lab;
    return true;
  }
  // A thread's name with its index ("worker 0"): the lab's word, the same index.
  static const QRegularExpression indexed(QStringLiteral("^(\\D+) (\\d+)$"));
  if (const auto m = indexed.match(text); m.hasMatch()) {
    QString word;
    if (m.captured(1) != text && wholePiece(m.captured(1), depth + 1, localNumbers, word, Tried::Strong)) {
      out = word + QLatin1Char(' ') + m.captured(2);
      return true;
    }
  }
  // A parameter's label as a sentence quotes it, lower-cased ("worker service time" for "Worker
  // service time"): its translation likewise, except in German, whose nouns keep their capital.
  if (!text.isEmpty() && text[0].isLower()) {
    const QString label = text[0].toUpper() + text.mid(1);
    QString translated = labText(label.toStdString());
    if (translated != label) {
      if (QLocale().language() != QLocale::German && translated.size() > 1 && translated[1].isLower())
        translated[0] = translated[0].toLower();
      out = translated;
      return true;
    }
  }
  return false;
}

QString render(const QString& text, int depth, bool localNumbers) {
  if (text.isEmpty()) return text;
  QString out;
  if (wholePiece(text, depth, localNumbers, out, Tried::Strong)) return out;
  // Parts the engine joined: the first part that is whole on its own, then the rest likewise.
  for (const QString& sep : {QStringLiteral(". "), QStringLiteral("; "), QStringLiteral(", ")}) {
    for (qsizetype at = text.indexOf(sep); at > 0; at = text.indexOf(sep, at + 1)) {
      QString head;
      if (!wholePiece(text.left(at), depth, localNumbers, head, Tried::AllJudged)) continue;
      return head + sep + render(text.mid(at + sep.size()), depth, localNumbers);
    }
  }
  // Last, a template of punctuation only ("<seat>: <why>").
  if (fromTemplate(text, depth, localNumbers, out)) return out;
  return text;
}

bool known(const QString& text) {
  QString out;
  if (localNumber(text, out) || fromTemplate(text, 0, false, out, Tried::AllJudged)) return true;
  for (const QString& sep : {QStringLiteral(". "), QStringLiteral("; ")}) {
    for (qsizetype at = text.indexOf(sep); at > 0; at = text.indexOf(sep, at + 1))
      if (fromTemplate(text.left(at), 0, false, out, Tried::AllJudged) && known(text.mid(at + sep.size())))
        return true;
  }
  return false;
}

}  // namespace

bool runTextKnown(const std::string& english) { return known(QString::fromStdString(english)); }

QString runText(const std::string& english) {
  // Where the language has no catalogue (English, or the command line without one), the sentences
  // stay English, and so do their numbers: never English words with a decimal comma.
  static const char* const probe = "analytic model";
  const bool translated = QCoreApplication::translate(run::kPhraseContext, probe) != QLatin1String(probe);
  return render(QString::fromStdString(english), 0, translated);
}

}  // namespace amp::widgets
