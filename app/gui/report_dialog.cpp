// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/report_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <memory>

namespace amp::app {

namespace {

/// A name a file system takes: letters, digits, '_', '.', '-'.
QString fileNameOf(QString name) {
  return name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
}

}  // namespace

ReportSource runReportSource(const run::Lab& lab, run::RunResult result, ReportExtras extras) {
  const QString stem = extras.label.name.isEmpty()
                           ? QString::fromStdString(lab.info().id) + "_run" + QString::number(result.runId)
                           : extras.label.name;
  const auto shared =
      std::make_shared<std::pair<run::RunResult, ReportExtras>>(std::move(result), std::move(extras));
  return {
      ReportDialog::tr("Report of run %1").arg(shared->first.runId), fileNameOf(stem),
      [&lab, shared](QTextDocument* doc) { previewReport(lab, shared->first, shared->second, doc); },
      [&lab, shared](const QString& file) { return exportReport(lab, shared->first, file, shared->second); }};
}

ReportSource comparisonReportSource(const run::Lab& lab, ComparedRuns runs, ReportExtras extras) {
  const QString stem = QString::fromStdString(lab.info().id) + "_run" + QString::number(runs.a.runId) +
                       "_vs_run" + QString::number(runs.b.runId);
  const QString title =
      ReportDialog::tr("Report of run %1 against run %2").arg(runs.a.runId).arg(runs.b.runId);
  const auto shared =
      std::make_shared<std::pair<ComparedRuns, ReportExtras>>(std::move(runs), std::move(extras));
  return {title, fileNameOf(stem),
          [&lab, shared](QTextDocument* doc) {
            previewComparisonReport(lab, shared->first, shared->second, doc);
          },
          [&lab, shared](const QString& file) {
            return exportComparisonReport(lab, shared->first, file, shared->second);
          }};
}

ReportSource sweepReportSource(const run::Lab& lab, std::string key, std::vector<run::SweepPoint> points,
                               ReportExtras extras) {
  const QString stem = QString::fromStdString(lab.info().id + "_sweep_" + key);
  struct Sweep {
    std::string key;
    std::vector<run::SweepPoint> points;
    ReportExtras extras;
  };
  const auto s = std::make_shared<Sweep>(Sweep{std::move(key), std::move(points), std::move(extras)});
  return {
      ReportDialog::tr("Report of the sweep over %1").arg(QString::fromStdString(s->key)), fileNameOf(stem),
      [&lab, s](QTextDocument* doc) { previewSweepReport(lab, s->key, s->points, s->extras, doc); },
      [&lab, s](const QString& file) { return exportSweepReport(lab, s->key, s->points, file, s->extras); }};
}

ReportDialog::ReportDialog(ReportSource source, QWidget* parent)
    : QDialog(parent), source_(std::move(source)) {
  setWindowTitle(source_.windowTitle);
  auto* layout = new QVBoxLayout(this);
  preview_ = new QTextBrowser(this);
  preview_->setOpenLinks(false);
  preview_->setAccessibleName(tr("Report preview"));
  source_.preview(preview_->document());
  layout->addWidget(preview_, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  for (const auto& [suffix, text] :
       {std::pair{"pdf", tr("Save as &PDF…")}, std::pair{"html", tr("Save as &HTML…")},
        std::pair{"md", tr("Save as &Markdown…")}}) {
    QPushButton* b = buttons->addButton(text, QDialogButtonBox::ActionRole);
    const QString s = QString::fromLatin1(suffix);
    connect(b, &QPushButton::clicked, this, [this, s] { chooseFile(s); });
  }
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(820, 900);
}

void ReportDialog::chooseFile(const QString& suffix) {
  const QString& name = source_.fileStem;
  const QString filter = suffix == QLatin1String("pdf")    ? tr("PDF document (*.pdf)")
                         : suffix == QLatin1String("html") ? tr("HTML page (*.html)")
                                                           : tr("Markdown, charts beside it (*.md)");
  QString file = QFileDialog::getSaveFileName(
      this, tr("Save report"), QDir::home().filePath(name + QLatin1Char('.') + suffix), filter);
  if (file.isEmpty()) return;
  if (QFileInfo(file).suffix().isEmpty()) file += QLatin1Char('.') + suffix;
  if (const QString e = saveAs(file); !e.isEmpty()) {
    QMessageBox::warning(this, tr("Save report"), e);
    return;
  }
  QMessageBox::information(this, tr("Save report"), tr("Saved %1").arg(QDir::toNativeSeparators(file)));
}

}  // namespace amp::app
