// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QDialog>

#include "amp/run/lab.h"
#include "report/report.h"

class QTextBrowser;

namespace amp::app {

/// File → Export report: the report of one run as it will print, and buttons that save it as
/// PDF, HTML or Markdown.
class ReportDialog : public QDialog {
  Q_OBJECT

 public:
  ReportDialog(const run::Lab& lab, run::RunResult result, ReportExtras extras, QWidget* parent = nullptr);
  /// Writes the report to `file` (its extension chooses the format); "" or what went wrong.
  QString saveAs(const QString& file) const;
  QTextBrowser* preview() const { return preview_; }

 private:
  void chooseFile(const QString& suffix);

  const run::Lab& lab_;
  run::RunResult result_;
  ReportExtras extras_;
  QTextBrowser* preview_ = nullptr;
};

}  // namespace amp::app
