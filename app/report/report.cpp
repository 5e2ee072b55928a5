// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "report/report.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <cmath>

#include "cli/json_io.h"
#include "report/chart_render.h"
#include "report/report_doc.h"
#include "report/report_words.h"
#include "report/report_writer.h"
#include "report/run_config.h"
#include "widgets/format.h"
#include "widgets/run_text.h"

namespace amp::app {

namespace {

using namespace words;

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
    Row row{q(m.key), fromLab(m.label), fromLab(m.unit), "–", "–", "–", "–", "–", "–"};
    if (auto am = r.modelAtMeasured.find(m.key); am != r.modelAtMeasured.end())
      row.atMeasured = fmt(am->second);
    if (mv != r.model.values.end()) {
      row.model = fmt(mv->second);
      if (r.model.exact.count(m.key) && !r.model.exact.at(m.key)) row.model += ReportWords::tr(" (approx.)");
    }
    if (it != r.metrics.end()) {
      row.measured = fmt(it->second.mean);
      row.ci = interval(it->second.ciLo, it->second.ciHi);
      if (it->second.percentiles.count("p50")) row.p50 = fmt(it->second.percentiles.at("p50"));
      if (it->second.percentiles.count("p99")) row.p99 = fmt(it->second.percentiles.at("p99"));
    }
    out.push_back(row);
  }
  return out;
}

QString title(const run::Lab& lab, const run::RunResult& r) {
  return ReportWords::tr("%1 — %2 run %3").arg(fromLab(lab.info().title), modeWord(r.mode)).arg(r.runId);
}

/// The verdict's first sentence (what the run says, in one sentence) and the rest (why).
std::pair<QString, QString> splitVerdict(const QString& v) {
  const qsizetype end = v.indexOf(QLatin1String(". "));
  if (end < 0) return {v, {}};
  return {v.left(end + 1), v.mid(end + 2).trimmed()};
}

void addExercises(ReportDoc& d, const run::Lab& lab, const std::vector<RunStore::Attempt>& attempts) {
  const auto exercises = lab.exercises();
  if (exercises.empty()) return;
  d.heading(ReportWords::tr("Exercises"));
  int answered = 0, passed = 0;
  std::vector<QStringList> rows;
  for (std::size_t i = 0; i < exercises.size(); ++i) {
    const run::Exercise& ex = exercises[i];
    const QString unit = unitOf(lab, ex.metric);
    d.paragraph(
        ReportWords::tr("%1. %2 (graded by %3)").arg(i + 1).arg(fromLab(ex.prompt), modeWord(ex.answerFrom)));
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
                      ReportWords::tr("not attempted"), QStringLiteral("0")});
      continue;
    }
    ++answered;
    passed += last->passed ? 1 : 0;
    rows.push_back(
        {QString::number(i + 1), fmt(last->prediction) + withUnit, fmt(last->answer) + withUnit,
         (last->passed ? ReportWords::tr("passed, %1") : ReportWords::tr("not passed, %1")).arg(last->when),
         QString::number(tries)});
  }
  d.table({ReportWords::tr("exercise"), ReportWords::tr("your prediction"), ReportWords::tr("answer"),
           ReportWords::tr("grade\n(latest attempt)"), ReportWords::tr("attempts")},
          rows);
  d.paragraph(ReportWords::tr("%1 of %2 exercises answered, %3 passed.")
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
    d.heading(ReportWords::tr("Table: %1").arg(name));
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
  d.title(x.label.name.isEmpty() ? fromLab(lab.info().title) : x.label.name);
  d.subtitle(ReportWords::tr("AMP Lab · %1 · a %2 run").arg(fromLab(lab.info().title), mode));
  d.paragraph(ReportWords::tr("Question: %1").arg(fromLab(lab.info().question)));
  d.list({ReportWords::tr("Date: %1").arg(r.started.empty() ? ReportWords::tr("not saved") : q(r.started)),
          ReportWords::tr("Run: %1 (%2)").arg(r.runId).arg(q(r.uuid)),
          ReportWords::tr("Lab: %1 (%2)").arg(fromLab(lab.info().title), q(lab.info().id)),
          ReportWords::tr("Status: %1").arg(statusWord(r.status))});
  if (!x.label.notes.isEmpty()) {
    d.heading(ReportWords::tr("Note"));
    d.quote(x.label.notes);
  }
  d.pageBreak();

  if (const QString claim = claimOf(lab); !claim.isEmpty()) {
    d.heading(ReportWords::tr("The claim"));
    d.quote(claim);
  }
  d.heading(ReportWords::tr("Verdict"));
  const auto [sentence, why] = splitVerdict(widgets::runText(r.verdict));
  d.strong(sentence);
  if (!why.isEmpty()) d.paragraph(why);
  if (!r.bottleneck.empty())
    d.paragraph(ReportWords::tr("Bottleneck: %1").arg(widgets::labText(r.bottleneck)));
  for (const auto& w : r.warnings) d.warning(ReportWords::tr("Warning: %1").arg(widgets::runText(w)));

  d.heading(r.mode == run::Mode::Model
                ? ReportWords::tr("The model's values")
                : ReportWords::tr("Model and %1, with 95% confidence intervals").arg(mode));
  const std::vector<Row> table = rows(lab, r);
  const bool atMeasured = !r.modelAtMeasured.empty();
  std::vector<QStringList> cells;
  for (const Row& row : table) {
    QStringList c{row.label + "\n(" + row.key + ")", row.unit, row.model};
    if (atMeasured) c << row.atMeasured;
    if (r.mode != run::Mode::Model) c << row.measured << row.ci << row.p50 << row.p99;
    cells.push_back(c);
  }
  QStringList header{ReportWords::tr("metric"), ReportWords::tr("unit"), ReportWords::tr("model")};
  if (atMeasured) header << ReportWords::tr("model at the\nmeasured service");
  if (r.mode != run::Mode::Model)
    header << mode << ReportWords::tr("95% CI") << QStringLiteral("p50") << QStringLiteral("p99");
  d.table(header, cells);
  if (atMeasured)
    d.paragraph(ReportWords::tr(
        "The model at the measured service takes the service times this run measured instead of the ones "
        "asked for: the gap between it and the model is the host's; what remains is queueing the model "
        "does not describe."));
  if (!r.lengthRule.empty()) d.paragraph(widgets::runText(r.lengthRule));

  for (const auto& [source, caption] : charts) d.image(source, caption);
  addTables(d, lab, r);

  d.heading(ReportWords::tr("The model"));
  d.code(widgets::formulaText(r.model.formula), {});
  if (!r.model.approximation.empty())
    d.paragraph(ReportWords::tr("Approximation: %1").arg(fromLab(r.model.approximation)));
  if (!r.model.notes.empty()) {
    QStringList notes;
    for (const auto& n : r.model.notes) notes << q(n);
    d.list(notes);
  }

  addExercises(d, lab, x.attempts);

  d.heading(ReportWords::tr("Parameters and seeds"));
  std::vector<QStringList> params;
  for (const auto& p : lab.params())
    params.push_back({fromLab(p.label) + "\n(" + q(p.key) + ")", paramValue(p, r.params), fromLab(p.unit)});
  d.table({ReportWords::tr("parameter"), ReportWords::tr("value"), ReportWords::tr("unit")}, params);
  QStringList seeds;
  if (r.mode != run::Mode::Model) seeds << ReportWords::tr("Seed: %1").arg(r.seed);
  if (r.mode == run::Mode::Sim) {
    seeds << ReportWords::tr("Replications: %1").arg(r.reps)
          << ReportWords::tr("Simulated time per replication: %1 s").arg(fmt(r.simSecondsPerRep))
          << ReportWords::tr("Warm-up deleted: %1 s").arg(fmt(r.warmupSeconds));
  }
  for (const char* k : {"time_scale", "service_clock"})
    if (auto it = r.labels.find(k); it != r.labels.end()) seeds << q(k) + ": " + q(it->second);
  if (!seeds.isEmpty()) d.list(seeds);

  d.heading(ReportWords::tr("Host"));
  d.list(hostLines(r));

  d.heading(ReportWords::tr("Run it again"));
  d.paragraph(
      ReportWords::tr("This report carries the run's configuration. amplab batch --from-report FILE "
                      "runs it again: a simulation gives the same numbers, a real run the same "
                      "settings on the machine it runs on."));
  d.code(QString::fromUtf8(QJsonDocument(runConfig(lab, r)).toJson(QJsonDocument::Indented)),
         QStringLiteral("json"), QString::fromLatin1(kRunConfigName));
  return d;
}
}  // namespace

QString checkChartFile(const QString& file) {
  const QString s = reportSuffix(file);
  if (s == "png" || s == "svg" || s == "pdf") return {};
  return ReportWords::tr("--chart %1: the file must end in .png, .svg or .pdf").arg(file);
}

QString checkReportFile(const QString& file) {
  const QString s = reportSuffix(file);
  if (s == "pdf" || s == "html" || s == "md") return {};
  return ReportWords::tr("--report %1: the file must end in .pdf, .html or .md").arg(file);
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
                                    ? fromLab(specs[static_cast<std::size_t>(i)].title)
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
  return runDoc(lab, r, captioned(lab, r, chartImages), extras).html(kReportChartSize.width());
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
/// A run's charts drawn for print into `folder` (named after `report`), and the document that
/// shows them with their captions.
DrawnReport drawRunReport(const run::Lab& lab, const run::RunResult& r, const ReportExtras& extras,
                          const QString& folder, const QString& report) {
  DrawnReport out;
  QStringList captions;
  for (const run::ChartSpec& spec : reportChartsOf(lab, r)) {
    const QString img = chartFile(folder, report, spec.id);
    if (renderRunChart(lab, r, spec, img, kReportChartSize, kReportChartFontPt).isEmpty()) {
      out.images << img;
      captions << fromLab(spec.title);
    }
  }
  out.make = [&lab, &r, extras, captions](const QStringList& sources) {
    std::vector<std::pair<QString, QString>> charts;
    for (int i = 0; i < sources.size() && i < captions.size(); ++i)
      charts.emplace_back(sources[i], captions[i]);
    return runDoc(lab, r, charts, extras);
  };
  out.pdfTitle = title(lab, r);
  out.attachment = QJsonDocument(runConfig(lab, r)).toJson(QJsonDocument::Indented);
  return out;
}
}  // namespace

QString exportReport(const run::Lab& lab, const run::RunResult& r, const QString& file,
                     const ReportExtras& extras) {
  if (const QString e = checkReportFile(file); !e.isEmpty()) return e;
  QTemporaryDir tmp;
  return writeReport(drawRunReport(lab, r, extras, chartFolder(file, tmp), file), file);
}

void previewReport(const run::Lab& lab, const run::RunResult& r, const ReportExtras& extras,
                   QTextDocument* doc) {
  QTemporaryDir tmp;
  typesetReport(drawRunReport(lab, r, extras, tmp.path(), QStringLiteral("preview")), doc);
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
    if (reportSuffix(target) != format) target += "." + format;
    return exportReport(lab, r, target, extras);
  } else {
    return ReportWords::tr("unknown export format '%1' (csv|json|pdf|html|md)").arg(format);
  }
  if (file.isEmpty()) {
    if (bytes != nullptr) *bytes = data;
    return {};
  }
  return writeBytes(file, data);
}

}  // namespace amp::app
