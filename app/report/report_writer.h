// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>
#include <string>

#include "report/report_doc.h"

class QTemporaryDir;
class QTextDocument;

namespace amp::app {

/// Charts in a report are drawn at this size in pixels with this text size, and printed 16 cm wide,
/// so their smallest text (tick labels, 0.9 of the font) stays above 8 pt on paper.
inline constexpr QSize kReportChartSize(720, 450);
inline constexpr double kReportChartFontPt = 11;

/// A report ready to be written: its chart images (PNG files) and the document that shows them,
/// made for the sources each format gives the images (inline data, file names, resources).
struct DrawnReport {
  QStringList images;
  std::function<ReportDoc(const QStringList& sources)> make;
  QString pdfTitle;
  QByteArray attachment;  ///< a PDF carries it as a file of its own (the run's configuration)
};

/// Writes the report as `file`: PDF (A4, charts as resources), HTML (one file, images inline) or
/// Markdown (images beside it), by the extension. "" or what went wrong.
QString writeReport(const DrawnReport& report, const QString& file);
/// The report as its PDF prints it, into `doc`, for a preview.
void typesetReport(const DrawnReport& report, QTextDocument* doc);
/// As typesetReport, on a page `pageWidth` wide (in `doc`'s layout units): a table wider than
/// the page (German and Spanish labels and numbers are longer; a cell's key or number never
/// breaks) is set smaller, 9 pt down to 6 pt, until everything drawn fits, rather than being cut
/// at the page's edge. Returns the tables' type size.
double typesetForPage(const DrawnReport& report, QTextDocument* doc, double pageWidth);

/// Where a report's chart images go: beside a Markdown file (it links them), else `tmp`.
QString chartFolder(const QString& file, const QTemporaryDir& tmp);
/// The image file of chart `id` of the report `report`, in `folder`.
QString chartFile(const QString& folder, const QString& report, const std::string& id);
/// The file's extension in lower case ("pdf").
QString reportSuffix(const QString& file);
/// "" or "cannot write FILE: why".
QString writeBytes(const QString& file, const QByteArray& bytes);

}  // namespace amp::app
