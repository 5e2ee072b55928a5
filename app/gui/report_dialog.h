// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QDialog>
#include <functional>

#include "amp/run/lab.h"
#include "report/report.h"

class QTextBrowser;
class QTextDocument;

namespace amp::app {

/// One report the GUI can preview and save: a run's, a comparison's or a sweep's.
struct ReportSource {
  QString windowTitle;
  QString fileStem;  ///< the suggested file name, without extension
  std::function<void(QTextDocument*)> preview;
  std::function<QString(const QString& file)> save;  ///< "" or what went wrong
};
ReportSource runReportSource(const run::Lab& lab, run::RunResult result, ReportExtras extras);
ReportSource comparisonReportSource(const run::Lab& lab, ComparedRuns runs, ReportExtras extras);
ReportSource sweepReportSource(const run::Lab& lab, std::string key, std::vector<run::SweepPoint> points,
                               ReportExtras extras);

/// File → Export report (and a sweep's Report… button): the report as it will print, and buttons
/// that save it as PDF, HTML or Markdown.
class ReportDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ReportDialog(ReportSource source, QWidget* parent = nullptr);
  /// Writes the report to `file` (its extension chooses the format); "" or what went wrong.
  QString saveAs(const QString& file) const { return source_.save(file); }
  QTextBrowser* preview() const { return preview_; }

 private:
  void chooseFile(const QString& suffix);

  ReportSource source_;
  QTextBrowser* preview_ = nullptr;
};

}  // namespace amp::app
