// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "report/report.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QJsonDocument>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>
#include <QUrl>
#include <cmath>
#include <functional>

#include "amp/run/lab_text.h"
#include "cli/json_io.h"
#include "report/chart_render.h"
#include "report/report_doc.h"
#include "report/run_config.h"
#include "widgets/format.h"

namespace amp::app {

namespace {

/// Charts in a report are drawn at this size in pixels with this text size, and printed this wide.
constexpr QSize kChartSize(720, 450);
constexpr double kChartFontPt = 11;
constexpr double kChartPrintCm = 16;
constexpr int kPdfDpi = 150;

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
  if (params.texts().count(p.key)) {
    // A table's rows one per line: a table cell never breaks inside a line, and a long table must fit.
    const QString text = q(params.texts().at(p.key));
    return p.kind == run::ParamKind::Table
               ? QString(text).replace(QLatin1String("],["), QLatin1String("],\n["))
               : text;
  }
  return params.nums().count(p.key) ? QString::number(params.nums().at(p.key), 'g', 6) : QString();
}

/// Rows of the model-vs-measurement table: metric, unit, model, measured ± CI, p50, p99.
struct Row {
  QString key, label, unit, model, atMeasured, measured, ci, p50, p99;
};
std::vector<Row> rows(const run::Lab& lab, const run::RunResult& r) {
  std::vector<Row> out;
  for (const auto& m : lab.metrics()) {
    auto it = r.metrics.find(m.key);
    auto mv = r.model.values.find(m.key);
    if (it == r.metrics.end() && mv == r.model.values.end()) continue;
    Row row{q(m.key), q(m.label), q(m.unit), "–", "–", "–", "–", "–", "–"};
    if (auto am = r.modelAtMeasured.find(m.key); am != r.modelAtMeasured.end())
      row.atMeasured = fmt(am->second);
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

QString modeWord(run::Mode m) {
  switch (m) {
    case run::Mode::Model:
      return QStringLiteral("model");
    case run::Mode::Sim:
      return QStringLiteral("simulation");
    case run::Mode::Real:
      return QStringLiteral("real");
  }
  return {};
}

/// The claim the lab tests: the block quote at the top of its text, numbers filled from the model.
QString claimOf(const run::Lab& lab) {
  QFile f(QStringLiteral(":/labs/%1.md").arg(q(lab.info().id)));
  if (!f.open(QIODevice::ReadOnly)) return {};
  QStringList quote;
  QTextStream in(&f);
  while (!in.atEnd()) {
    const QString line = in.readLine();
    if (line.startsWith(QLatin1Char('>'))) {
      quote << line.mid(1).trimmed();
    } else if (!quote.isEmpty() || line.startsWith(QLatin1String("## "))) {
      break;
    }
  }
  std::string problems;
  return q(run::fillModelNumbers(lab, quote.join(QLatin1Char(' ')).toStdString(), problems));
}

/// The verdict's first sentence (what the run says, in one sentence) and the rest (why).
std::pair<QString, QString> splitVerdict(const QString& v) {
  const qsizetype end = v.indexOf(QLatin1String(". "));
  if (end < 0) return {v, {}};
  return {v.left(end + 1), v.mid(end + 2).trimmed()};
}

QString unitOf(const run::Lab& lab, const std::string& key) {
  for (const auto& m : lab.metrics())
    if (m.key == key) return q(m.unit);
  for (const auto& v : lab.modelValues())
    if (v.key == key) return q(v.unit);
  return {};
}

void addExercises(ReportDoc& d, const run::Lab& lab, const std::vector<RunStore::Attempt>& attempts) {
  const auto exercises = lab.exercises();
  if (exercises.empty()) return;
  d.heading(QStringLiteral("Exercises"));
  int answered = 0, passed = 0;
  std::vector<QStringList> rows;
  for (std::size_t i = 0; i < exercises.size(); ++i) {
    const run::Exercise& ex = exercises[i];
    const QString unit = unitOf(lab, ex.metric);
    d.paragraph(
        QStringLiteral("%1. %2 (graded by %3)").arg(i + 1).arg(q(ex.prompt), modeWord(ex.answerFrom)));
    const RunStore::Attempt* last = nullptr;
    int tries = 0;
    for (const auto& a : attempts) {
      if (a.exercise != q(ex.id)) continue;
      last = &a;
      ++tries;
    }
    const QString withUnit = unit.isEmpty() ? QString() : QStringLiteral(" ") + unit;
    if (last == nullptr) {
      rows.push_back({QString::number(i + 1), QStringLiteral("–"), QStringLiteral("–"),
                      QStringLiteral("not attempted"), QStringLiteral("0")});
      continue;
    }
    ++answered;
    passed += last->passed ? 1 : 0;
    rows.push_back({QString::number(i + 1), fmt(last->prediction) + withUnit, fmt(last->answer) + withUnit,
                    (last->passed ? QStringLiteral("passed, ") : QStringLiteral("not passed, ")) + last->when,
                    QString::number(tries)});
  }
  d.table({QStringLiteral("exercise"), QStringLiteral("your prediction"), QStringLiteral("answer"),
           QStringLiteral("grade\n(latest attempt)"), QStringLiteral("attempts")},
          rows);
  d.paragraph(QStringLiteral("%1 of %2 exercises answered, %3 passed.")
                  .arg(answered)
                  .arg(exercises.size())
                  .arg(passed));
}

/// The document of one run; `charts` are the images' sources and captions in the order drawn.
/// The lab's tables (per task, per state, per step), each under the title its output declares.
void addTables(ReportDoc& d, const run::Lab& lab, const run::RunResult& r) {
  for (const run::Table& t : r.tables) {
    QString name = q(t.name);
    for (const auto& o : lab.outputs())
      if (o.key == t.name) name = widgets::labText(o.label);
    d.heading(QStringLiteral("Table: ") + name);
    QStringList header;
    for (const auto& c : t.columns) header << widgets::tableHeading(c);
    std::vector<QStringList> rows;
    for (const auto& row : t.rows) {
      QStringList cells;
      for (const auto& cell : row) cells << widgets::formatTableCell(cell);
      rows.push_back(cells);
    }
    d.table(header, rows);
  }
}

ReportDoc runDoc(const run::Lab& lab, const run::RunResult& r,
                 const std::vector<std::pair<QString, QString>>& charts, const ReportExtras& x) {
  ReportDoc d;
  const QString mode = modeWord(r.mode);
  d.title(x.label.name.isEmpty() ? q(lab.info().title) : x.label.name);
  d.subtitle(QStringLiteral("AMP Lab · %1 · a %2 run").arg(q(lab.info().title), mode));
  d.paragraph(QStringLiteral("Question: ") + q(lab.info().question));
  d.list({QStringLiteral("Date: %1").arg(r.started.empty() ? QStringLiteral("not saved") : q(r.started)),
          QStringLiteral("Run: %1 (%2)").arg(r.runId).arg(q(r.uuid)),
          QStringLiteral("Lab: %1 (%2)").arg(q(lab.info().title), q(lab.info().id)),
          QStringLiteral("Status: %1").arg(QString::fromLatin1(run::statusName(r.status)))});
  if (!x.label.notes.isEmpty()) {
    d.heading(QStringLiteral("Note"));
    d.quote(x.label.notes);
  }
  d.pageBreak();

  if (const QString claim = claimOf(lab); !claim.isEmpty()) {
    d.heading(QStringLiteral("The claim"));
    d.quote(claim);
  }
  d.heading(QStringLiteral("Verdict"));
  const auto [sentence, why] = splitVerdict(q(r.verdict));
  d.strong(sentence);
  if (!why.isEmpty()) d.paragraph(why);
  if (!r.bottleneck.empty()) d.paragraph(QStringLiteral("Bottleneck: ") + q(r.bottleneck));
  for (const auto& w : r.warnings) d.warning(QStringLiteral("Warning: ") + q(w));

  d.heading(r.mode == run::Mode::Model
                ? QStringLiteral("The model's values")
                : QStringLiteral("Model and %1, with 95% confidence intervals").arg(mode));
  const std::vector<Row> table = rows(lab, r);
  const bool atMeasured = !r.modelAtMeasured.empty();
  std::vector<QStringList> cells;
  for (const Row& row : table) {
    QStringList c{row.label + "\n(" + row.key + ")", row.unit, row.model};
    if (atMeasured) c << row.atMeasured;
    if (r.mode != run::Mode::Model) c << row.measured << row.ci << row.p50 << row.p99;
    cells.push_back(c);
  }
  QStringList header{QStringLiteral("metric"), QStringLiteral("unit"), QStringLiteral("model")};
  if (atMeasured) header << QStringLiteral("model at the\nmeasured service");
  if (r.mode != run::Mode::Model)
    header << mode << QStringLiteral("95% CI") << QStringLiteral("p50") << QStringLiteral("p99");
  d.table(header, cells);
  if (atMeasured)
    d.paragraph(QStringLiteral(
        "The model at the measured service takes the service times this run measured instead of the ones "
        "asked for: the gap between it and the model is the host's; what remains is queueing the model "
        "does not describe."));
  if (!r.lengthRule.empty()) d.paragraph(q(r.lengthRule));

  for (const auto& [source, caption] : charts) d.image(source, caption);
  addTables(d, lab, r);

  d.heading(QStringLiteral("The model"));
  d.code(q(r.model.formula), {});
  if (!r.model.approximation.empty())
    d.paragraph(QStringLiteral("Approximation: ") + q(r.model.approximation));
  if (!r.model.notes.empty()) {
    QStringList notes;
    for (const auto& n : r.model.notes) notes << q(n);
    d.list(notes);
  }

  addExercises(d, lab, x.attempts);

  d.heading(QStringLiteral("Parameters and seeds"));
  std::vector<QStringList> params;
  for (const auto& p : lab.params())
    params.push_back({q(p.label) + "\n(" + q(p.key) + ")", paramValue(p, r.params), q(p.unit)});
  d.table({QStringLiteral("parameter"), QStringLiteral("value"), QStringLiteral("unit")}, params);
  QStringList seeds;
  if (r.mode != run::Mode::Model) seeds << QStringLiteral("Seed: %1").arg(r.seed);
  if (r.mode == run::Mode::Sim) {
    seeds << QStringLiteral("Replications: %1").arg(r.reps)
          << QStringLiteral("Simulated time per replication: %1 s").arg(fmt(r.simSecondsPerRep))
          << QStringLiteral("Warm-up deleted: %1 s").arg(fmt(r.warmupSeconds));
  }
  for (const char* k : {"time_scale", "service_clock"})
    if (auto it = r.labels.find(k); it != r.labels.end()) seeds << q(k) + ": " + q(it->second);
  if (!seeds.isEmpty()) d.list(seeds);

  d.heading(QStringLiteral("Host"));
  d.list(hostLines(r));

  d.heading(QStringLiteral("Run it again"));
  d.paragraph(
      QStringLiteral("This report carries the run's configuration. amplab batch --from-report FILE "
                     "runs it again: a simulation gives the same numbers, a real run the same "
                     "settings on the machine it runs on."));
  d.code(QString::fromUtf8(QJsonDocument(runConfig(lab, r)).toJson(QJsonDocument::Indented)),
         QStringLiteral("json"), QString::fromLatin1(kRunConfigName));
  return d;
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

namespace {
/// The given chart images with the titles of the charts the run has data for, in order.
std::vector<std::pair<QString, QString>> captioned(const run::Lab& lab, const run::RunResult& r,
                                                   const QStringList& images) {
  const auto specs = reportChartsOf(lab, r);
  std::vector<std::pair<QString, QString>> out;
  for (int i = 0; i < images.size(); ++i)
    out.emplace_back(images[i], i < static_cast<int>(specs.size())
                                    ? q(specs[static_cast<std::size_t>(i)].title)
                                    : QString());
  return out;
}
}  // namespace

QString reportMarkdown(const run::Lab& lab, const run::RunResult& r, const QStringList& chartImages,
                       const ReportExtras& extras) {
  return runDoc(lab, r, captioned(lab, r, chartImages), extras).markdown();
}

QString reportHtml(const run::Lab& lab, const run::RunResult& r, const QStringList& chartImages,
                   const ReportExtras& extras) {
  return runDoc(lab, r, captioned(lab, r, chartImages), extras).html(kChartSize.width());
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

namespace {

/// The document as the PDF prints it, into `doc`: the charts become its resources, shown
/// kChartPrintCm wide. They are drawn at kChartSize with kChartFontPt text, so their smallest
/// text (tick labels, 0.9 of the font) stays above 8 pt on paper.
void typeset(QTextDocument& doc, const std::function<ReportDoc(const QStringList&)>& make,
             const QStringList& charts) {
  QFont body(QStringLiteral("DejaVu Sans"));
  body.setPointSizeF(10);
  doc.setDefaultFont(body);
  QStringList names;
  for (int i = 0; i < charts.size(); ++i) {
    const QString name = QStringLiteral("chart%1.png").arg(i);
    doc.addResource(QTextDocument::ImageResource, QUrl(name), QImage(charts[i]));
    names << name;
  }
  // An HTML width is in CSS pixels, 96 to the inch, whatever device the document is laid out on.
  doc.setHtml(make(names).html(qRound(kChartPrintCm / 2.54 * 96)));
}

/// Writes `doc` as `file` (.pdf, .html or .md). `charts` are PNG files whose sources the document
/// names by their index ("chart:0", ...): inlined in HTML, beside the file in Markdown, resources
/// in the PDF. `attachment` is carried by a PDF as a file of its own.
QString writeDocument(const std::function<ReportDoc(const QStringList&)>& make, const QStringList& charts,
                      const QString& file, const QString& pdfTitle, const QByteArray& attachment) {
  const QString s = suffixOf(file);
  if (s == "md") {
    QStringList beside;  // Markdown links the images by their names in its own folder
    for (const QString& c : charts) beside << QFileInfo(c).fileName();
    return writeFile(file, make(beside).markdown().toUtf8());
  }
  if (s == "html") {
    // Self-contained: images inline as data URLs, so the file can be mailed alone.
    QStringList inlined;
    for (const QString& img : charts) {
      QFile f(img);
      if (f.open(QIODevice::ReadOnly))
        inlined << "data:image/png;base64," + QString::fromLatin1(f.readAll().toBase64());
    }
    return writeFile(file, make(inlined).html(kChartSize.width()).toUtf8());
  }
  QPdfWriter pdf(file);
  pdf.setPageSize(QPageSize(QPageSize::A4));
  pdf.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
  pdf.setResolution(kPdfDpi);
  pdf.setTitle(pdfTitle);
  pdf.setCreator(QStringLiteral("AMP Lab"));
  if (!attachment.isEmpty())
    pdf.addFileAttachment(QString::fromLatin1(kRunConfigName) + ".json", attachment,
                          QStringLiteral("application/json"));
  QTextDocument doc;
  // Laid out on the PDF itself, so that a point is a point on paper (not a screen's pixel).
  doc.documentLayout()->setPaintDevice(&pdf);
  typeset(doc, make, charts);
  doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
  doc.print(&pdf);
  return QFileInfo(file).size() > 0 ? QString() : QStringLiteral("cannot write %1").arg(file);
}

/// Where a report's chart images go: beside a Markdown file (it links them), else a temporary folder.
QString chartFolder(const QString& file, const QTemporaryDir& tmp) {
  return suffixOf(file) == "md" ? QFileInfo(file).absolutePath() : tmp.path();
}

QString chartFile(const QString& folder, const QString& report, const std::string& id) {
  return QDir(folder).filePath(QFileInfo(report).completeBaseName() + "_" + q(id) + ".png");
}

}  // namespace

namespace {
/// A run's charts drawn for print into `folder` (named after `report`), and the document that
/// shows them with their captions.
struct RunReport {
  QStringList images, captions;
  std::function<ReportDoc(const QStringList&)> make;
};
RunReport drawRunReport(const run::Lab& lab, const run::RunResult& r, const ReportExtras& extras,
                        const QString& folder, const QString& report) {
  RunReport out;
  for (const run::ChartSpec& spec : reportChartsOf(lab, r)) {
    const QString img = chartFile(folder, report, spec.id);
    if (renderRunChart(lab, r, spec, img, kChartSize, kChartFontPt).isEmpty()) {
      out.images << img;
      out.captions << q(spec.title);
    }
  }
  out.make = [&lab, &r, extras, captions = out.captions](const QStringList& sources) {
    std::vector<std::pair<QString, QString>> charts;
    for (int i = 0; i < sources.size() && i < captions.size(); ++i)
      charts.emplace_back(sources[i], captions[i]);
    return runDoc(lab, r, charts, extras);
  };
  return out;
}
}  // namespace

QString exportReport(const run::Lab& lab, const run::RunResult& r, const QString& file,
                     const ReportExtras& extras) {
  if (const QString e = checkReportFile(file); !e.isEmpty()) return e;
  QTemporaryDir tmp;
  const RunReport report = drawRunReport(lab, r, extras, chartFolder(file, tmp), file);
  return writeDocument(report.make, report.images, file, title(lab, r),
                       QJsonDocument(runConfig(lab, r)).toJson(QJsonDocument::Indented));
}

void previewReport(const run::Lab& lab, const run::RunResult& r, const ReportExtras& extras,
                   QTextDocument* doc) {
  QTemporaryDir tmp;
  const RunReport report = drawRunReport(lab, r, extras, tmp.path(), QStringLiteral("preview"));
  typeset(*doc, report.make, report.images);
}

QString exportSweepReport(const run::Lab& lab, const std::string& key,
                          const std::vector<run::SweepPoint>& points, const QString& file,
                          const ReportExtras& extras) {
  if (const QString e = checkReportFile(file); !e.isEmpty()) return e;
  if (points.empty()) return QStringLiteral("the sweep has no points to report");
  QTemporaryDir tmp;
  const QString img = chartFile(chartFolder(file, tmp), file, "sweep");
  QStringList images;
  if (renderSweepChart(lab, key, points, img, kChartSize, kChartFontPt).isEmpty()) images << img;
  const auto specs = lab.params();
  const auto* swept = run::findSpec(specs, key);
  const std::string metric = lab.keyMetric();
  const QString unit = unitOf(lab, metric);
  const run::RunResult& first = points.front().result;
  const auto make = [&](const QStringList& sources) {
    ReportDoc d;
    d.title(extras.label.name.isEmpty() ? q(lab.info().title) + " — sweep" : extras.label.name);
    d.subtitle(
        QStringLiteral("AMP Lab · %1 · a %2 sweep over %3")
            .arg(q(lab.info().title), modeWord(first.mode), swept != nullptr ? q(swept->label) : q(key)));
    d.paragraph(QStringLiteral("Question: ") + q(lab.info().question));
    if (!extras.label.notes.isEmpty()) d.quote(extras.label.notes);
    if (const QString claim = claimOf(lab); !claim.isEmpty()) {
      d.heading(QStringLiteral("The claim"));
      d.quote(claim);
    }
    d.heading(QStringLiteral("The curve"));
    for (const QString& s : sources)
      d.image(s, QStringLiteral("%1 against %2, with 95% CIs and the model")
                     .arg(q(metric), swept != nullptr ? q(swept->label) : q(key)));
    d.heading(QStringLiteral("Point by point"));
    std::vector<QStringList> rows;
    for (const run::SweepPoint& p : points) {
      const run::RunResult& r = p.result;
      const auto m = r.metrics.find(metric);
      const auto mv = r.model.values.find(metric);
      rows.push_back(
          {fmt(p.value) + (swept != nullptr && !swept->unit.empty() ? " " + q(swept->unit) : QString()),
           mv != r.model.values.end() ? fmt(mv->second) : QStringLiteral("–"),
           m != r.metrics.end() ? fmt(m->second.mean) : QStringLiteral("–"),
           m != r.metrics.end() ? QStringLiteral("[%1, %2]").arg(fmt(m->second.ciLo), fmt(m->second.ciHi))
                                : QStringLiteral("–"),
           QString::number(r.reps), QString::number(r.seed), QString::fromLatin1(run::statusName(r.status))});
    }
    d.table({swept != nullptr ? q(swept->key) : q(key),
             "model " + q(metric) + (unit.isEmpty() ? "" : " [" + unit + "]"), modeWord(first.mode),
             QStringLiteral("95% CI"), QStringLiteral("replications"), QStringLiteral("seed"),
             QStringLiteral("status")},
            rows);
    d.heading(QStringLiteral("Parameters of the first point"));
    std::vector<QStringList> params;
    for (const auto& p : specs)
      params.push_back({q(p.label) + "\n(" + q(p.key) + ")", paramValue(p, first.params), q(p.unit)});
    d.table({QStringLiteral("parameter"), QStringLiteral("value"), QStringLiteral("unit")}, params);
    d.heading(QStringLiteral("Host"));
    d.list(hostLines(first));
    return d;
  };
  return writeDocument(make, images, file, q(lab.info().title) + " — sweep", {});
}

QString exportRunData(const run::Lab& lab, const run::RunResult& r, const QString& format,
                      const QString& file, QByteArray* bytes, const ReportExtras& extras) {
  QByteArray data;
  if (format == "json") {
    QJsonObject doc = resultToJson(r);
    doc.insert("name", extras.label.name);
    doc.insert("notes", extras.label.notes);
    data = QJsonDocument(doc).toJson(QJsonDocument::Indented);
  } else if (format == "csv") {
    data = metricsCsv(lab, r).toUtf8();
  } else if (format == "md" && file.isEmpty()) {
    data = reportMarkdown(lab, r, {}, extras).toUtf8();
  } else if (format == "html" && file.isEmpty()) {
    data = reportHtml(lab, r, {}, extras).toUtf8();
  } else if (format == "md" || format == "html" || format == "pdf") {
    QString target = file;
    if (suffixOf(target) != format) target += "." + format;
    return exportReport(lab, r, target, extras);
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
