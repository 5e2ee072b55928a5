// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/page_view.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>
#include <cmath>

namespace amp::widgets {

PageView::PageView(QWidget* parent) : QTextBrowser(parent) {
  setUndoRedoEnabled(false);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void PageView::setPage(const QString& markdown) {
  setMarkdown(markdown);
  code_.clear();
  fittedTo_ = -1;
  QTextDocument* doc = document();
  for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
    if (!b.blockFormat().nonBreakableLines()) continue;
    const QTextCharFormat cf = b.charFormat();
    QFont f = doc->defaultFont();
    if (!cf.fontFamilies().toStringList().isEmpty()) f.setFamilies(cf.fontFamilies().toStringList());
    f.setStyleHint(QFont::Monospace);
    f.setFixedPitch(cf.fontFixedPitch() || f.fixedPitch());
    if (cf.fontPointSize() > 0) f.setPointSizeF(cf.fontPointSize());
    const QFontMetricsF fm(f);
    double widest = 0;
    for (const QString& line : b.text().split(QRegularExpression(QStringLiteral("[\\n\\x{2028}]"))))
      widest = std::max(widest, fm.horizontalAdvance(line));
    const QTextBlockFormat bf = b.blockFormat();
    widest += bf.leftMargin() + bf.rightMargin() + bf.textIndent() + bf.indent() * doc->indentWidth();
    code_.push_back({b.blockNumber(), f.pointSizeF(), widest, 1.0});
  }
  fitCode();
}

std::vector<double> PageView::codeScales() const {
  std::vector<double> out;
  for (const Code& c : code_) out.push_back(c.scale);
  return out;
}

void PageView::resizeEvent(QResizeEvent* event) {
  QTextBrowser::resizeEvent(event);
  fitCode();
}

void PageView::fitCode() {
  const int width = viewport()->width();
  if (code_.empty() || width == fittedTo_ || width <= 0) return;
  fittedTo_ = width;
  // Room for a line: the viewport less the document's margins and a little air.
  const double room = width - 2 * document()->documentMargin() - 4;
  for (Code& c : code_) {
    const double fits = c.width > room ? room / c.width : 1.0;
    // Smaller than that is hard to read: then its own size, wrapped.
    const bool wrap = fits < kMinCodeScale;
    const double scale = wrap ? 1.0 : std::floor(fits * 100) / 100;
    const QTextBlock b = document()->findBlockByNumber(c.block);
    if (!b.isValid()) continue;
    if (scale == c.scale && b.blockFormat().nonBreakableLines() == !wrap) continue;
    c.scale = scale;
    QTextCursor cursor(b);
    cursor.select(QTextCursor::BlockUnderCursor);
    QTextCharFormat size;
    size.setFontPointSize(c.points * scale);
    cursor.mergeCharFormat(size);
    QTextBlockFormat lines = b.blockFormat();
    lines.setNonBreakableLines(!wrap);
    QTextCursor(b).setBlockFormat(lines);
  }
}

}  // namespace amp::widgets
