// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "report/report_writer.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>

#include "report/run_config.h"

namespace amp::app {

namespace {

constexpr double kChartPrintCm = 16;
constexpr int kPdfDpi = 150;

/// The document as the PDF prints it, into `doc`: the charts become its resources, shown
/// kChartPrintCm wide; tables in `tableFontPt`.
void typeset(QTextDocument& doc, const DrawnReport& report, double tableFontPt = 9) {
  QFont body(QStringLiteral("DejaVu Sans"));
  body.setPointSizeF(10);
  doc.setDefaultFont(body);
  QStringList names;
  for (int i = 0; i < report.images.size(); ++i) {
    const QString name = QStringLiteral("chart%1.png").arg(i);
    doc.addResource(QTextDocument::ImageResource, QUrl(name), QImage(report.images[i]));
    names << name;
  }
  // An HTML width is in CSS pixels, 96 to the inch, whatever device the document is laid out on.
  doc.setHtml(report.make(names).html(qRound(kChartPrintCm / 2.54 * 96), tableFontPt));
}

/// How far right the document draws, as laid out now (recorded, not rasterised).
double drawnRight(QTextDocument& doc) {
  QPicture picture;
  QPainter painter(&picture);
  doc.drawContents(&painter);
  painter.end();
  return picture.boundingRect().right();
}

}  // namespace

QString reportSuffix(const QString& file) { return QFileInfo(file).suffix().toLower(); }

QString writeBytes(const QString& file, const QByteArray& bytes) {
  QFile f(file);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return QStringLiteral("cannot write %1: %2").arg(file, f.errorString());
  if (f.write(bytes) != bytes.size()) return QStringLiteral("cannot write %1: %2").arg(file, f.errorString());
  return {};
}

void typesetReport(const DrawnReport& report, QTextDocument* doc) { typeset(*doc, report); }

double typesetForPage(const DrawnReport& report, QTextDocument* doc, double pageWidth) {
  double pt = 9;
  for (; pt > 6; pt -= 0.5) {
    typeset(*doc, report, pt);
    if (drawnRight(*doc) <= pageWidth) return pt;
  }
  typeset(*doc, report, pt);
  return pt;
}

QString writeReport(const DrawnReport& report, const QString& file) {
  const QString s = reportSuffix(file);
  if (s == "md") {
    QStringList beside;  // Markdown links the images by their names in its own folder
    for (const QString& c : report.images) beside << QFileInfo(c).fileName();
    return writeBytes(file, report.make(beside).markdown().toUtf8());
  }
  if (s == "html") {
    // Self-contained: images inline as data URLs, so the file can be mailed alone.
    QStringList inlined;
    for (const QString& img : report.images) {
      QFile f(img);
      if (f.open(QIODevice::ReadOnly))
        inlined << "data:image/png;base64," + QString::fromLatin1(f.readAll().toBase64());
    }
    return writeBytes(file, report.make(inlined).html(kReportChartSize.width()).toUtf8());
  }
  QPdfWriter pdf(file);
  pdf.setPageSize(QPageSize(QPageSize::A4));
  pdf.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
  pdf.setResolution(kPdfDpi);
  pdf.setTitle(report.pdfTitle);
  pdf.setCreator(QStringLiteral("AMP Lab"));
  if (!report.attachment.isEmpty())
    pdf.addFileAttachment(QString::fromLatin1(kRunConfigName) + ".json", report.attachment,
                          QStringLiteral("application/json"));
  QTextDocument doc;
  // Laid out on the PDF itself, so that a point is a point on paper (not a screen's pixel).
  doc.documentLayout()->setPaintDevice(&pdf);
  doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
  typesetForPage(report, &doc, pdf.width());
  doc.print(&pdf);
  return QFileInfo(file).size() > 0 ? QString() : QStringLiteral("cannot write %1").arg(file);
}

QString chartFolder(const QString& file, const QTemporaryDir& tmp) {
  return reportSuffix(file) == "md" ? QFileInfo(file).absolutePath() : tmp.path();
}

QString chartFile(const QString& folder, const QString& report, const std::string& id) {
  return QDir(folder).filePath(QFileInfo(report).completeBaseName() + "_" + QString::fromStdString(id) +
                               ".png");
}

}  // namespace amp::app
