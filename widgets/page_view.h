// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QTextBrowser>
#include <vector>

namespace amp::widgets {

/// A lab's text (Markdown) in a narrow column that never scrolls sideways: a code block (a flow
/// diagram drawn in characters) is set smaller until its longest line fits the width, down to
/// kMinCodeScale of its size; where even that does not fit, it keeps its size and its lines wrap.
class PageView : public QTextBrowser {
  Q_OBJECT

 public:
  static constexpr double kMinCodeScale = 0.75;

  explicit PageView(QWidget* parent = nullptr);
  void setPage(const QString& markdown);
  /// The font size each code block is set in now, as a share of its own (1 = unchanged).
  std::vector<double> codeScales() const;

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void fitCode();

  struct Code {
    int block = 0;       ///< the block's number in the document
    double points = 0;   ///< its own font size
    double width = 0;    ///< its longest line at that size, with its indent [px]
    double scale = 1.0;  ///< as set now
  };
  std::vector<Code> code_;
  int fittedTo_ = -1;  ///< the width fitCode() last fitted to
};

}  // namespace amp::widgets
