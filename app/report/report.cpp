// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "report/report.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

#include "cli/json_io.h"
#include "report/chart_render.h"

namespace amp::app {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QString fmt(double v) {
  if (!std::isfinite(v)) return QStringLiteral("–");
  return QString::number(v, 'g', 5);
}

QString suffixOf(const QString& file) { return QFileInfo(file).suffix().toLower(); }

QString writeFile(const QString& file, const QByteArray& bytes) {
  QFile f(file);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return QStringLiteral("cannot write %1: %2").arg(file, f.errorString());
  if (f.write(bytes) != bytes.size()) return QStringLiteral("cannot write %1: %2").arg(file, f.errorString());
  return {};
}

QString paramValue(const run::ParamSpec& p, const run::Params& params) {
  if (p.kind == run::ParamKind::Choice || p.kind == run::ParamKind::Text) {
    return params.texts().count(p.key) ? q(params.texts().at(p.key)) : QString();
  }
  return params.nums().count(p.key) ? QString::number(params.nums().at(p.key), 'g', 6) : QString();
}

/// Rows of the model-vs-measurement table: metric, unit, model, measured ± CI, p50, p99.
struct Row {
  QString key, label, unit, model, measured, ci, p50, p99;
};
std::vector<Row> rows(const run::Lab& lab, const run::RunResult& r) {
  std::vector<Row> out;
  for (const auto& m : lab.metrics()) {
    auto it = r.metrics.find(m.key);
    auto mv = r.model.values.find(m.key);
    if (it == r.metrics.end() && mv == r.model.values.end()) continue;
    Row row{q(m.key), q(m.label), q(m.unit), "–", "–", "–", "–", "–"};
    if (mv != r.model.values.end()) {
      row.model = fmt(mv->second);
      if (r.model.exact.count(m.key) && !r.model.exact.at(m.key)) row.model += " (approx.)";
    }
    if (it != r.metrics.end()) {
      row.measured = fmt(it->second.mean);
      row.ci = QStringLiteral("[%1, %2]").arg(fmt(it->second.ciLo), fmt(it->second.ciHi));
      if (it->second.percentiles.count("p50")) row.p50 = fmt(it->second.percentiles.at("p50"));
      if (it->second.percentiles.count("p99")) row.p99 = fmt(it->second.percentiles.at("p99"));
    }
    out.push_back(row);
  }
  return out;
}

QStringList hostLines(const run::RunResult& r) {
  QStringList l;
  l << QStringLiteral("CPU: %1").arg(q(r.host.cpuModel));
  l << QStringLiteral("Logical cores: %1%2").arg(r.host.cores).arg(r.host.smt ? " (SMT)" : "");
  l << QStringLiteral("Virtual machine: %1").arg(r.host.virtualized ? "yes" : "no");
  l << QStringLiteral("Frequency governor: %1").arg(q(r.host.governor));
  l << QStringLiteral("Asymmetry: %1").arg(q(r.host.asymmetry.empty() ? "none" : r.host.asymmetry));
  if (r.mode == run::Mode::Real) {
    l << QStringLiteral("Oversubscribed: %1").arg(r.oversubscribed ? "yes" : "no");
    for (const auto& p : r.placements) {
      QStringList cpus;
      for (int c : p.cpusSeen) cpus << QString::number(c);
      l << QStringLiteral("Thread %1: requested CPU %2, %3, ran on CPU %4")
               .arg(q(p.thread))
               .arg(p.requestedCpu < 0 ? QStringLiteral("any") : QString::number(p.requestedCpu))
               .arg(p.pinned ? "pinned" : "not pinned")
               .arg(cpus.join(", "));
    }
    for (const auto& [k, v] : r.facts) l << QStringLiteral("%1: %2").arg(q(k), fmt(v));
  }
  return l;
}

QString title(const run::Lab& lab, const run::RunResult& r) {
  return QStringLiteral("%1 — %2 run %3")
      .arg(q(lab.info().title), QString::fromLatin1(run::modeName(r.mode)))
      .arg(r.runId);
}

}  // namespace

QString checkChartFile(const QString& file) {
  const QString s = suffixOf(file);
  if (s == "png" || s == "svg" || s == "pdf") return {};
  return QStringLiteral("--chart %1: the file must end in .png, .svg or .pdf").arg(file);
}

QString checkReportFile(const QString& file) {
  const QString s = suffixOf(file);
  if (s == "pdf" || s == "html" || s == "md") return {};
  return QStringLiteral("--report %1: the file must end in .pdf, .html or .md").arg(file);
}

QString metricsCsv(const run::Lab& lab, const run::RunResult& r) {
  QString csv = QStringLiteral("metric,unit,model,mean,ci_lo,ci_hi,p50,p95,p99\n");
  for (const auto& m : lab.metrics()) {
    auto it = r.metrics.find(m.key);
    auto mv = r.model.values.find(m.key);
    if (it == r.metrics.end() && mv == r.model.values.end()) continue;
    auto num = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 10) : QString(); };
    auto pct = [&](const char* p) {
      return it != r.metrics.end() && it->second.percentiles.count(p) ? num(it->second.percentiles.at(p))
                                                                      : QString();
    };
    csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
               .arg(q(m.key), q(m.unit), mv != r.model.values.end() ? num(mv->second) : QString(),
                    it != r.metrics.end() ? num(it->second.mean) : QString(),
                    it != r.metrics.end() ? num(it->second.ciLo) : QString(),
                    it != r.metrics.end() ? num(it->second.ciHi) : QString(), pct("p50"), pct("p95"),
                    pct("p99"));
  }
  return csv;
}

QString reportMarkdown(const run::Lab& lab, const run::RunResult& r, const QStringList& chartImages,
                       const RunLabel& label) {
  // A person's text is shown as text: HTML-escaped (Markdown viewers render HTML) and with
  // Markdown's own markup characters escaped.
  auto text = [](const QString& s) {
    QString e = s.toHtmlEscaped();
    for (const QChar c : QStringLiteral("\\`*_[]#|")) e.replace(c, QStringLiteral("\\") + c);
    return e;
  };
  QString md;
  md += "# " + (label.name.isEmpty() ? title(lab, r) : text(label.name) + " — " + title(lab, r)) + "\n\n";
  md += "*" + q(lab.info().question) + "*\n\n";
  if (!label.notes.isEmpty()) {
    md += "## Note\n\n";
    for (const QString& line : label.notes.split(QLatin1Char('\n'))) md += "> " + text(line) + "\n";
    md += "\n";
  }
  md += QStringLiteral("Run %1 (%2), started %3, seed %4, status %5.\n\n")
            .arg(r.runId)
            .arg(q(r.uuid), q(r.started))
            .arg(r.seed)
            .arg(QString::fromLatin1(run::statusName(r.status)));
  md += "## Verdict\n\n" + q(r.verdict) + "\n\n";
  if (!r.bottleneck.empty()) md += "Bottleneck: **" + q(r.bottleneck) + "**\n\n";
  for (const auto& w : r.warnings) md += "> Warning: " + q(w) + "\n\n";
  md +=
      "## Model and measurement\n\n"
      "| metric | unit | model | measured | 95% CI | p50 | p99 |\n"
      "|---|---|---|---|---|---|---|\n";
  for (const Row& row : rows(lab, r)) {
    md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
              .arg(row.key, row.unit, row.model, row.measured, row.ci, row.p50, row.p99);
  }
  md += "\n" + q(r.lengthRule) + "\n\n";
  md += "## Model\n\n```\n" + q(r.model.formula) + "\n```\n\n";
  if (!r.model.approximation.empty()) md += "Approximation: " + q(r.model.approximation) + "\n\n";
  for (const auto& n : r.model.notes) md += "- " + q(n) + "\n";
  md += "\n## Parameters\n\n| parameter | value | unit |\n|---|---|---|\n";
  for (const auto& p : lab.params())
    md += QStringLiteral("| %1 | %2 | %3 |\n").arg(q(p.key), paramValue(p, r.params), q(p.unit));
  md += "\n## Host\n\n";
  for (const QString& l : hostLines(r)) md += "- " + l + "\n";
  if (!chartImages.isEmpty()) {
    md += "\n## Charts\n\n";
    for (const QString& img : chartImages) md += "![" + QFileInfo(img).baseName() + "](" + img + ")\n\n";
  }
  return md;
}

QString reportHtml(const run::Lab& lab, const run::RunResult& r, const QStringList& chartImages,
                   const RunLabel& label) {
  auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
  QString h;
  h += "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(title(lab, r)) + "</title>";
  h += "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:60em;margin:1em auto;}"
       "table{border-collapse:collapse;}td,th{border:1px solid #999;padding:2px 8px;text-align:right;}"
       "th{background:#eee;}td:first-child{text-align:left;}.warn{color:#a00;}pre{background:#f4f4f4;padding:"
       "6px;}"
       "</style></head><body>";
  h += "<h1>" + (label.name.isEmpty() ? esc(title(lab, r)) : esc(label.name) + " — " + esc(title(lab, r))) +
       "</h1>";
  h += "<p><i>" + esc(q(lab.info().question)) + "</i></p>";
  if (!label.notes.isEmpty())
    h += "<h2>Note</h2><p>" + esc(label.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")) + "</p>";
  h += QStringLiteral("<p>Run %1 (%2), started %3, seed %4, status %5.</p>")
           .arg(r.runId)
           .arg(esc(q(r.uuid)), esc(q(r.started)))
           .arg(r.seed)
           .arg(QString::fromLatin1(run::statusName(r.status)));
  h += "<h2>Verdict</h2><p>" + esc(q(r.verdict)) + "</p>";
  if (!r.bottleneck.empty()) h += "<p>Bottleneck: <b>" + esc(q(r.bottleneck)) + "</b></p>";
  for (const auto& w : r.warnings) h += "<p class=\"warn\">Warning: " + esc(q(w)) + "</p>";
  h += "<h2>Model and measurement</h2><table><tr><th>metric</th><th>unit</th><th>model</th><th>measured</th>"
       "<th>95% CI</th><th>p50</th><th>p99</th></tr>";
  for (const Row& row : rows(lab, r)) {
    h += QStringLiteral(
             "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
             .arg(esc(row.label + " (" + row.key + ")"), esc(row.unit), esc(row.model), esc(row.measured),
                  esc(row.ci), esc(row.p50), esc(row.p99));
  }
  h += "</table><p>" + esc(q(r.lengthRule)) + "</p>";
  for (const QString& img : chartImages) h += "<p><img src=\"" + esc(img) + "\" width=\"640\"></p>";
  h += "<h2>Model</h2><pre>" + esc(q(r.model.formula)) + "</pre>";
  if (!r.model.approximation.empty()) h += "<p>Approximation: " + esc(q(r.model.approximation)) + "</p>";
  if (!r.model.notes.empty()) {
    h += "<ul>";
    for (const auto& n : r.model.notes) h += "<li>" + esc(q(n)) + "</li>";
    h += "</ul>";
  }
  h += "<h2>Parameters</h2><table><tr><th>parameter</th><th>value</th><th>unit</th></tr>";
  for (const auto& p : lab.params()) {
    h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
             .arg(esc(q(p.key)), esc(paramValue(p, r.params)), esc(q(p.unit)));
  }
  h += "</table><h2>Host</h2><ul>";
  for (const QString& l : hostLines(r)) h += "<li>" + esc(l) + "</li>";
  h += "</ul></body></html>";
  return h;
}

QString exportRunChart(const run::Lab& lab, const run::RunResult& r, const QString& file) {
  if (const QString e = checkChartFile(file); !e.isEmpty()) return e;
  return renderRunChart(lab, r, mainChartOf(lab, r), file);
}

QString exportSweepChart(const run::Lab& lab, const std::string& key,
                         const std::vector<run::SweepPoint>& points, const QString& file) {
  if (const QString e = checkChartFile(file); !e.isEmpty()) return e;
  return renderSweepChart(lab, key, points, file);
}

QString exportReport(const run::Lab& lab, const run::RunResult& r, const QString& file,
                     const RunLabel& label) {
  const QString s = suffixOf(file);
  if (const QString e = checkReportFile(file); !e.isEmpty()) return e;
  const QFileInfo info(file);
  // Charts as PNG: beside a Markdown file (it links them), in a temporary folder otherwise.
  QTemporaryDir tmp;
  const QString chartDir = s == "md" ? info.absolutePath() : tmp.path();
  QStringList images;
  for (const run::ChartSpec& spec : reportChartsOf(lab, r)) {
    const QString img = QDir(chartDir).filePath(info.completeBaseName() + "_" + q(spec.id) + ".png");
    if (renderRunChart(lab, r, spec, img).isEmpty()) images << img;
  }
  if (s == "md") {
    QStringList rel;
    for (const QString& img : images) rel << QFileInfo(img).fileName();
    return writeFile(file, reportMarkdown(lab, r, rel, label).toUtf8());
  }
  if (s == "html") {
    // Self-contained: images inline as data URLs, so the file can be mailed alone.
    QStringList inlined;
    for (const QString& img : images) {
      QFile f(img);
      if (f.open(QIODevice::ReadOnly))
        inlined << "data:image/png;base64," + QString::fromLatin1(f.readAll().toBase64());
    }
    return writeFile(file, reportHtml(lab, r, inlined, label).toUtf8());
  }
  QTextDocument doc;
  QStringList names;
  for (int i = 0; i < images.size(); ++i) {
    const QString name = QStringLiteral("chart%1.png").arg(i);
    doc.addResource(QTextDocument::ImageResource, QUrl(name), QImage(images[i]));
    names << name;
  }
  doc.setHtml(reportHtml(lab, r, names, label));
  QPdfWriter pdf(file);
  pdf.setPageSize(QPageSize(QPageSize::A4));
  pdf.setResolution(150);
  pdf.setTitle(title(lab, r));
  pdf.setCreator(QStringLiteral("AMP Lab"));
  doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
  doc.print(&pdf);
  return QFileInfo(file).size() > 0 ? QString() : QStringLiteral("cannot write %1").arg(file);
}

QString exportRunData(const run::Lab& lab, const run::RunResult& r, const QString& format,
                      const QString& file, QByteArray* bytes, const RunLabel& label) {
  QByteArray data;
  if (format == "json") {
    QJsonObject doc = resultToJson(r);
    doc.insert("name", label.name);
    doc.insert("notes", label.notes);
    data = QJsonDocument(doc).toJson(QJsonDocument::Indented);
  } else if (format == "csv") {
    data = metricsCsv(lab, r).toUtf8();
  } else if (format == "md" && file.isEmpty()) {
    data = reportMarkdown(lab, r, {}, label).toUtf8();
  } else if (format == "html" && file.isEmpty()) {
    data = reportHtml(lab, r, {}, label).toUtf8();
  } else if (format == "md" || format == "html" || format == "pdf") {
    QString target = file;
    if (suffixOf(target) != format) target += "." + format;
    return exportReport(lab, r, target, label);
  } else {
    return QStringLiteral("unknown export format '%1' (csv|json|pdf|html|md)").arg(format);
  }
  if (file.isEmpty()) {
    if (bytes != nullptr) *bytes = data;
    return {};
  }
  return writeFile(file, data);
}

}  // namespace amp::app
