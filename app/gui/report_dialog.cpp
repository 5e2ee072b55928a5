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

namespace amp::app {

ReportDialog::ReportDialog(const run::Lab& lab, run::RunResult result, ReportExtras extras, QWidget* parent)
    : QDialog(parent), lab_(lab), result_(std::move(result)), extras_(std::move(extras)) {
  setWindowTitle(tr("Report of run %1").arg(result_.runId));
  auto* layout = new QVBoxLayout(this);
  preview_ = new QTextBrowser(this);
  preview_->setOpenLinks(false);
  previewReport(lab_, result_, extras_, preview_->document());
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

QString ReportDialog::saveAs(const QString& file) const { return exportReport(lab_, result_, file, extras_); }

void ReportDialog::chooseFile(const QString& suffix) {
  QString name = extras_.label.name.isEmpty()
                     ? QString::fromStdString(lab_.info().id) + "_run" + QString::number(result_.runId)
                     : extras_.label.name;
  name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
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
