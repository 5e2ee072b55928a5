// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Two runs of one lab side by side: what differs between them, the key metric's difference with
// its own CI (paired where both replayed the same random numbers), every metric of both, each
// run's main chart, and both configurations, so `amplab batch --from-report` runs the pair again.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "report/chart_render.h"
#include "report/report.h"
#include "report/report_words.h"
#include "report/report_writer.h"
#include "report/run_config.h"
#include "widgets/run_text.h"

namespace amp::app {

namespace {

using namespace words;

QString runLine(const QString& letter, const QString& name, const run::RunResult& r) {
  return ReportWords::tr("%1: %2run %3, a %4 run, seed %5, %6")
      .arg(letter, name.isEmpty() ? QString() : name + " — ")
      .arg(r.runId)
      .arg(modeWord(r.mode))
      .arg(r.seed)
      .arg(r.started.empty() ? ReportWords::tr("not saved") : q(r.started));
}

/// The difference in one sentence a student can quote.
QString differenceSentence(const run::Lab& lab, const ComparedRuns& c) {
  const run::Difference& d = c.difference;
  const QString unit = unitOf(lab, d.key);
  const QString u = unit.isEmpty() ? QString() : " " + unit;
  const bool decided = d.ciLo > 0.0 || d.ciHi < 0.0;
  return ReportWords::tr("B − A = %1%2, 95% CI %3%2: %4")
      .arg(fmt(d.diff), u, interval(d.ciLo, d.ciHi),
           decided ? (d.diff > 0 ? ReportWords::tr("B is higher than A (the CI excludes 0).")
                                 : ReportWords::tr("B is lower than A (the CI excludes 0)."))
                   : ReportWords::tr("no difference is shown (the CI contains 0)."));
}

DrawnReport drawComparisonReport(const run::Lab& lab, const ComparedRuns& c, const ReportExtras& extras,
                                 const QString& folder, const QString& report) {
  DrawnReport out;
  QStringList captions;
  for (const auto& [letter, r] : {std::pair{"a", &c.a}, std::pair{"b", &c.b}}) {
    const run::ChartSpec spec = mainChartOf(lab, *r);
    const QString img = chartFile(folder, report, std::string("run_") + letter);
    if (renderRunChart(lab, *r, spec, img, kReportChartSize, kReportChartFontPt).isEmpty()) {
      out.images << img;
      captions
          << ReportWords::tr("Run %1: %2").arg(QString::fromLatin1(letter).toUpper(), fromLab(spec.title));
    }
  }
  out.pdfTitle = ReportWords::tr("%1 — comparison").arg(fromLab(lab.info().title));
  out.attachment =
      QJsonDocument(QJsonObject{{"runs", QJsonArray{runConfig(lab, c.a), runConfig(lab, c.b)}}}).toJson();
  out.make = [&lab, &c, extras, captions, config = out.attachment](const QStringList& sources) {
    ReportDoc d;
    d.title(extras.label.name.isEmpty()
                ? ReportWords::tr("%1 — two runs compared").arg(fromLab(lab.info().title))
                : extras.label.name);
    d.subtitle(ReportWords::tr("AMP Lab · %1 · run %2 (A) against run %3 (B)")
                   .arg(fromLab(lab.info().title))
                   .arg(c.a.runId)
                   .arg(c.b.runId));
    d.paragraph(ReportWords::tr("Question: %1").arg(fromLab(lab.info().question)));
    d.list({runLine(QStringLiteral("A"), c.nameA, c.a), runLine(QStringLiteral("B"), c.nameB, c.b)});
    if (!extras.label.notes.isEmpty()) d.quote(extras.label.notes);
    if (const QString claim = claimOf(lab); !claim.isEmpty()) {
      d.heading(ReportWords::tr("The claim"));
      d.quote(claim);
    }

    d.heading(ReportWords::tr("What differs"));
    std::vector<QStringList> differs;
    for (const auto& p : lab.params()) {
      const QString va = paramValue(p, c.a.params), vb = paramValue(p, c.b.params);
      if (va != vb) differs.push_back({fromLab(p.label) + "\n(" + q(p.key) + ")", va, vb, q(p.unit)});
    }
    if (differs.empty()) {
      d.paragraph(
          ReportWords::tr("The parameters are the same: only the face, the seed or the host differ."));
    } else {
      d.table(
          {ReportWords::tr("parameter"), QStringLiteral("A"), QStringLiteral("B"), ReportWords::tr("unit")},
          differs);
    }

    const run::Difference& diff = c.difference;
    d.heading(ReportWords::tr("The difference in %1").arg(q(diff.key)));
    if (!diff.error.empty()) {
      d.warning(ReportWords::tr("No difference could be measured: %1").arg(widgets::runText(diff.error)));
    } else {
      d.strong(differenceSentence(lab, c));
      d.paragraph(
          diff.paired
              ? ReportWords::tr("Paired: %1 replication pairs, each pair fed the same random numbers, so "
                                "the noise both runs share cancels. The same replications read as two "
                                "separate samples give %2, the interval two separate runs would "
                                "have given.")
                    .arg(diff.pairs)
                    .arg(interval(diff.unpairedLo, diff.unpairedHi))
              : ReportWords::tr("Unpaired, from each run's own CI (half-widths added in quadrature): "
                                "only two simulations can replay the same random numbers."));
    }

    d.heading(ReportWords::tr("Metric by metric"));
    std::vector<QStringList> rows;
    for (const auto& m : lab.metrics()) {
      const auto ma = c.a.metrics.find(m.key), mb = c.b.metrics.find(m.key);
      const auto xa = c.a.model.values.find(m.key), xb = c.b.model.values.find(m.key);
      if (ma == c.a.metrics.end() && mb == c.b.metrics.end() && xa == c.a.model.values.end()) continue;
      const auto measured = [](const auto& it, const auto& end) {
        return it == end
                   ? QStringLiteral("–")
                   : fmt(it->second.mean) + QLatin1Char('\n') + interval(it->second.ciLo, it->second.ciHi);
      };
      rows.push_back({fromLab(m.label) + "\n(" + q(m.key) + ")", q(m.unit),
                      xa != c.a.model.values.end() ? fmt(xa->second) : QStringLiteral("–"),
                      measured(ma, c.a.metrics.end()),
                      xb != c.b.model.values.end() ? fmt(xb->second) : QStringLiteral("–"),
                      measured(mb, c.b.metrics.end())});
    }
    d.table({ReportWords::tr("metric"), ReportWords::tr("unit"), ReportWords::tr("model A"),
             ReportWords::tr("A, 95% CI"), ReportWords::tr("model B"), ReportWords::tr("B, 95% CI")},
            rows);

    for (int i = 0; i < sources.size() && i < captions.size(); ++i) d.image(sources[i], captions[i]);

    d.heading(ReportWords::tr("What each run says"));
    d.list({QStringLiteral("A: ") + widgets::runText(c.a.verdict),
            QStringLiteral("B: ") + widgets::runText(c.b.verdict)});

    d.heading(ReportWords::tr("Parameters of A"));
    addParameters(d, lab, c.a.params);
    d.heading(ReportWords::tr("Host"));
    d.list(hostLines(c.a));
    if (c.b.host.cpuModel != c.a.host.cpuModel || c.b.host.cores != c.a.host.cores) {
      d.heading(ReportWords::tr("Host of B"));
      d.list(hostLines(c.b));
    }

    d.heading(ReportWords::tr("Run them again"));
    d.paragraph(
        ReportWords::tr("This report carries both runs' configurations. amplab batch --from-report FILE "
                        "runs A and B again."));
    d.code(QString::fromUtf8(QJsonDocument::fromJson(config).toJson(QJsonDocument::Indented)),
           QStringLiteral("json"), QString::fromLatin1(kRunConfigName));
    return d;
  };
  return out;
}

}  // namespace

QString exportComparisonReport(const run::Lab& lab, const ComparedRuns& c, const QString& file,
                               const ReportExtras& extras) {
  if (const QString e = checkReportFile(file); !e.isEmpty()) return e;
  QTemporaryDir tmp;
  return writeReport(drawComparisonReport(lab, c, extras, chartFolder(file, tmp), file), file);
}

void previewComparisonReport(const run::Lab& lab, const ComparedRuns& c, const ReportExtras& extras,
                             QTextDocument* doc) {
  QTemporaryDir tmp;
  typesetReport(drawComparisonReport(lab, c, extras, tmp.path(), QStringLiteral("preview")), doc);
}

}  // namespace amp::app
