// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "report/report_doc.h"

#include <QLocale>

#include "report/report_words.h"

namespace amp::app {

namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

/// A table's first cell with its long lines broken between words, at most `width` characters where
/// a word allows: a label (longer in German and Spanish) keeps the table on the page, while a key
/// or a number, one word, is never broken.
QString wrapWords(const QString& text, qsizetype width = 20) {
  QStringList lines;
  for (const QString& line : text.split(QLatin1Char('\n'))) {
    QString current;
    for (const QString& word : line.split(QLatin1Char(' '))) {
      if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
        lines << current;
        current.clear();
      }
      current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << current;
  }
  return lines.join(QLatin1Char('\n'));
}

/// A person's or a program's text inside Markdown: HTML-escaped (Markdown viewers render HTML)
/// and with Markdown's own markup characters escaped.
QString mdText(const QString& s) {
  QString e = s.toHtmlEscaped();
  for (const QChar c : QStringLiteral("\\`*_[]#|")) e.replace(c, QStringLiteral("\\") + c);
  return e;
}

/// Inside a fenced block nothing is markup, but a line of backticks would end the fence early.
QString fenceFor(const QString& text) {
  QString fence = QStringLiteral("```");
  while (text.contains(fence)) fence += QLatin1Char('`');
  return fence;
}

}  // namespace

void ReportDoc::list(const QStringList& items) { add(Kind::List).items = items; }

void ReportDoc::table(const QStringList& header, const std::vector<QStringList>& rows) {
  Block& b = add(Kind::Table);
  b.items = header;
  b.rows = rows;
}

void ReportDoc::code(const QString& text, const QString& language, const QString& id) {
  Block& b = add(Kind::Code, text);
  b.caption = language;
  b.id = id;
}

void ReportDoc::image(const QString& source, const QString& caption) {
  add(Kind::Image, source).caption = caption;
}

QString ReportDoc::html(int imageWidth, double tableFontPt) const {
  int figure = 0;
  QString title;
  for (const Block& b : blocks_)
    if (b.kind == Kind::Title) title = b.text;
  // The reader's language (the GUI's, or LANG's on the command line), for a browser's hyphenation and voice.
  const QString lang = QLocale().language() == QLocale::C ? QStringLiteral("en") : QLocale().bcp47Name();
  QString h = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" +
              esc(title) + "</title>";
  h += "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:50em;margin:1em auto;}"
       "h1.title{font-size:22pt;margin-top:3em;}p.subtitle{font-size:13pt;color:#444;}"
       "table{border-collapse:collapse;margin:0.5em 0;font-size:" +
       QString::number(tableFontPt) +
       "pt;}"
       "td,th{border:1px solid #999;padding:2px 6px;white-space:nowrap;}"
       "th{background:#eee;}td.n{text-align:right;}.warn{color:#a00;}"
       "blockquote{margin-left:1.5em;font-style:italic;}pre{background:#f4f4f4;padding:6px;}"
       ".caption{font-size:9pt;color:#444;}"
       "</style></head><body>";
  for (const Block& b : blocks_) {
    switch (b.kind) {
      case Kind::Title:
        h += "<h1 class=\"title\">" + esc(b.text) + "</h1>";
        break;
      case Kind::Subtitle:
        h += "<p class=\"subtitle\">" + esc(b.text) + "</p>";
        break;
      case Kind::Heading:
        h += "<h2>" + esc(b.text) + "</h2>";
        break;
      case Kind::Paragraph:
        h += "<p>" + esc(b.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")) + "</p>";
        break;
      case Kind::Strong:
        h += "<p><b>" + esc(b.text) + "</b></p>";
        break;
      case Kind::Quote:
        h +=
            "<blockquote>" + esc(b.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")) + "</blockquote>";
        break;
      case Kind::Warning:
        h += "<p class=\"warn\">" + esc(b.text) + "</p>";
        break;
      case Kind::List:
        h += "<ul>";
        for (const QString& i : b.items) h += "<li>" + esc(i) + "</li>";
        h += "</ul>";
        break;
      case Kind::Table: {
        // A cell's lines are kept whole (a key or a number never breaks); a cell may have several. The
        // first column's long lines are broken between words (wrapWords).
        const auto cell = [](const QString& text) {
          return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        };
        h += "<table cellspacing=\"0\"><tr>";
        for (const QString& c : b.items) h += "<th>" + cell(c) + "</th>";
        h += "</tr>";
        for (const QStringList& row : b.rows) {
          h += "<tr>";
          for (int i = 0; i < row.size(); ++i)
            h += (i == 0 ? "<td>" + cell(wrapWords(row[i])) : "<td class=\"n\">" + cell(row[i])) + "</td>";
          h += "</tr>";
        }
        h += "</table>";
        break;
      }
      case Kind::Code:
        // Wrapped, so a long formula stays on the page.
        h += (b.id.isEmpty() ? QStringLiteral("<pre style=\"white-space: pre-wrap\">")
                             : "<pre style=\"white-space: pre-wrap\" id=\"" + esc(b.id) + "\">") +
             esc(b.text) + "</pre>";
        break;
      case Kind::Image:
        h += QStringLiteral("<p><img src=\"%1\" width=\"%2\"><br><span class=\"caption\">%3</span></p>")
                 .arg(esc(b.text))
                 .arg(imageWidth)
                 .arg(ReportWords::tr("Figure %1. %2").arg(QString::number(++figure), esc(b.caption)));
        break;
      case Kind::PageBreak:
        h += "<p style=\"page-break-after: always\"></p>";
        break;
    }
  }
  return h + "</body></html>";
}

QString ReportDoc::markdown() const {
  QString md;
  for (const Block& b : blocks_) {
    switch (b.kind) {
      case Kind::Title:
        md += "# " + mdText(b.text) + "\n\n";
        break;
      case Kind::Subtitle:
        md += "*" + mdText(b.text) + "*\n\n";
        break;
      case Kind::Heading:
        md += "## " + mdText(b.text) + "\n\n";
        break;
      case Kind::Paragraph:
        md += mdText(b.text).replace(QLatin1Char('\n'), QStringLiteral("  \n")) + "\n\n";
        break;
      case Kind::Strong:
        md += "**" + mdText(b.text) + "**\n\n";
        break;
      case Kind::Quote:
        for (const QString& line : b.text.split(QLatin1Char('\n'))) md += "> " + mdText(line) + "\n";
        md += "\n";
        break;
      case Kind::Warning:
        md += "> " + mdText(b.text) + "\n\n";  // the text says it is a warning, in its language
        break;
      case Kind::List:
        for (const QString& i : b.items) md += "- " + mdText(i) + "\n";
        md += "\n";
        break;
      case Kind::Table: {
        QStringList header;
        for (const QString& c : b.items) header << mdText(c).replace(QLatin1Char('\n'), QLatin1Char(' '));
        md += "| " + header.join(" | ") + " |\n|" + QStringLiteral("---|").repeated(header.size()) + "\n";
        for (const QStringList& row : b.rows) {
          QStringList cells;
          for (const QString& c : row) cells << mdText(c).replace(QLatin1Char('\n'), QLatin1Char(' '));
          md += "| " + cells.join(" | ") + " |\n";
        }
        md += "\n";
        break;
      }
      case Kind::Code: {
        const QString fence = fenceFor(b.text);
        if (!b.id.isEmpty()) md += "<!-- " + b.id + " -->\n";
        md += fence + b.caption + "\n" + b.text + (b.text.endsWith('\n') ? "" : "\n") + fence + "\n\n";
        break;
      }
      case Kind::Image:
        md += "![" + mdText(b.caption) + "](" + b.text + ")\n\n";
        break;
      case Kind::PageBreak:
        break;
    }
  }
  return md;
}

}  // namespace amp::app
