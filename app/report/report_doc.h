// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QString>
#include <QStringList>
#include <vector>

namespace amp::app {

/// A report as a list of blocks of plain text, written once and rendered as HTML (for a browser,
/// or for the PDF through QTextDocument) or as Markdown. Every text is escaped by the renderer, so
/// a student's note or a parameter value can never become markup.
class ReportDoc {
 public:
  enum class Kind {
    Title,
    Subtitle,
    Heading,
    Paragraph,
    Strong,
    Quote,
    Warning,
    List,
    Table,
    Code,
    Image,
    PageBreak
  };
  struct Block {
    Kind kind = Kind::Paragraph;
    QString text;                   ///< the text; an image's source; a code block's content
    QString caption;                ///< an image's caption; a code block's language
    QString id;                     ///< a code block's marker, found again by configFromReport
    QStringList items;              ///< a list's items; a table's header
    std::vector<QStringList> rows;  ///< a table's rows
  };

  void title(const QString& t) { add(Kind::Title, t); }
  void subtitle(const QString& t) { add(Kind::Subtitle, t); }
  void heading(const QString& t) { add(Kind::Heading, t); }
  void paragraph(const QString& t) { add(Kind::Paragraph, t); }
  void strong(const QString& t) { add(Kind::Strong, t); }
  void quote(const QString& t) { add(Kind::Quote, t); }
  void warning(const QString& t) { add(Kind::Warning, t); }
  void list(const QStringList& items);
  void table(const QStringList& header, const std::vector<QStringList>& rows);
  void code(const QString& text, const QString& language, const QString& id = {});
  void image(const QString& source, const QString& caption);
  /// A new page in the PDF; nothing in HTML or Markdown.
  void pageBreak() { add(Kind::PageBreak); }

  /// One self-contained HTML page. `imageWidth` is the width an image is shown at, in the page's
  /// pixels (the PDF's page is measured in its device pixels).
  /// `tableFontPt`: the tables' type size (a PDF shrinks it where a wide table would pass the page's edge).
  QString html(int imageWidth, double tableFontPt = 9) const;
  QString markdown() const;

  const std::vector<Block>& blocks() const { return blocks_; }

 private:
  Block& add(Kind kind, const QString& text = {}) {
    Block& b = blocks_.emplace_back();
    b.kind = kind;
    b.text = text;
    return b;
  }
  std::vector<Block> blocks_;
};

}  // namespace amp::app
