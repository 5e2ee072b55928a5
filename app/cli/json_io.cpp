// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/json_io.h"

#include <QJsonArray>
#include <cmath>

#include "amp/labs/registry.h"

namespace amp::app {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
std::string s(const QJsonValue& v) { return v.toString().toStdString(); }

/// JSON has no infinity or NaN: such values become null (the reader sees "no value").
QJsonValue num(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }
double numOr(const QJsonValue& v, double fallback = NAN) { return v.isDouble() ? v.toDouble() : fallback; }

QJsonArray pointsToJson(const std::vector<std::pair<double, double>>& pts) {
  QJsonArray a;
  for (const auto& [x, y] : pts) a.append(QJsonArray{num(x), num(y)});
  return a;
}
std::vector<std::pair<double, double>> pointsFromJson(const QJsonArray& a) {
  std::vector<std::pair<double, double>> pts;
  for (const auto& p : a) pts.emplace_back(numOr(p.toArray().at(0)), numOr(p.toArray().at(1)));
  return pts;
}

const char* kindName(run::ParamKind k) {
  switch (k) {
    case run::ParamKind::Real:
      return "real";
    case run::ParamKind::Integer:
      return "integer";
    case run::ParamKind::Choice:
      return "choice";
    case run::ParamKind::Text:
      return "text";
    case run::ParamKind::Table:
      return "table";
    case run::ParamKind::Path:
      return "path";
  }
  return "real";
}

QJsonArray tablesToJson(const std::vector<run::Table>& tables) {
  QJsonArray out;
  for (const auto& t : tables) {
    QJsonArray columns;
    for (const auto& c : t.columns)
      columns.append(
          QJsonObject{{"key", q(c.key)}, {"label", q(c.label)}, {"unit", q(c.unit)}, {"text", c.text}});
    QJsonArray rows;
    for (const auto& row : t.rows) {
      QJsonArray cells;
      for (const auto& c : row) {
        if (!c.text.empty() || !std::isfinite(c.num)) {
          cells.append(q(c.text));
        } else if (std::isfinite(c.lo)) {
          cells.append(QJsonObject{{"mean", c.num}, {"ci95", QJsonArray{num(c.lo), num(c.hi)}}});
        } else {
          cells.append(c.num);
        }
      }
      rows.append(cells);
    }
    out.append(QJsonObject{{"name", q(t.name)}, {"columns", columns}, {"rows", rows}});
  }
  return out;
}

std::vector<run::Table> tablesFromJson(const QJsonArray& a) {
  std::vector<run::Table> out;
  for (const auto& v : a) {
    const QJsonObject to = v.toObject();
    run::Table t;
    t.name = s(to["name"]);
    for (const auto& c : to["columns"].toArray()) {
      const QJsonObject co = c.toObject();
      t.columns.push_back({s(co["key"]), s(co["label"]), s(co["unit"]), co["text"].toBool()});
    }
    for (const auto& rv : to["rows"].toArray()) {
      std::vector<run::TableCell> row;
      for (const auto& cv : rv.toArray()) {
        if (cv.isString()) {
          row.push_back(observe::textCell(s(cv)));
        } else if (cv.isObject()) {
          const QJsonObject co = cv.toObject();
          row.push_back(
              {numOr(co["mean"]), numOr(co["ci95"].toArray().at(0)), numOr(co["ci95"].toArray().at(1)), {}});
        } else {
          row.push_back(observe::numberCell(numOr(cv)));
        }
      }
      t.rows.push_back(std::move(row));
    }
    out.push_back(std::move(t));
  }
  return out;
}

QJsonArray timelinesToJson(const std::vector<run::Timeline>& timelines) {
  QJsonArray out;
  for (const auto& t : timelines) {
    QJsonArray lanes, events;
    for (const auto& l : t.lanes) lanes.append(q(l));
    for (const auto& e : t.events)
      events.append(QJsonObject{
          {"lane", q(e.lane)}, {"start_s", num(e.startS)}, {"end_s", num(e.endS)}, {"kind", q(e.kind)}});
    out.append(QJsonObject{{"name", q(t.name)}, {"lanes", lanes}, {"events", events}});
  }
  return out;
}

std::vector<run::Timeline> timelinesFromJson(const QJsonArray& a) {
  std::vector<run::Timeline> out;
  for (const auto& v : a) {
    const QJsonObject to = v.toObject();
    run::Timeline t;
    t.name = s(to["name"]);
    for (const auto& l : to["lanes"].toArray()) t.lanes.push_back(s(l));
    for (const auto& ev : to["events"].toArray()) {
      const QJsonObject eo = ev.toObject();
      t.events.push_back({s(eo["lane"]), numOr(eo["start_s"], 0.0), numOr(eo["end_s"], 0.0), s(eo["kind"])});
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

QJsonObject paramsToJson(const run::Params& p) {
  QJsonObject o;
  for (const auto& [k, v] : p.nums()) o.insert(q(k), v);
  for (const auto& [k, v] : p.texts()) o.insert(q(k), q(v));
  return o;
}

run::Params paramsFromJson(const QJsonObject& o) {
  run::Params p;
  for (auto it = o.begin(); it != o.end(); ++it) {
    if (it.value().isString()) {
      p.setText(it.key().toStdString(), s(it.value()));
    } else {
      p.set(it.key().toStdString(), it.value().toDouble());
    }
  }
  return p;
}

QJsonObject resultToJson(const run::RunResult& r) {
  QJsonObject o;
  o.insert("lab", q(r.lab));
  o.insert("mode", run::modeName(r.mode));
  o.insert("seed", QJsonValue(qint64(r.seed)));
  o.insert("run_id", QJsonValue(qint64(r.runId)));
  o.insert("uuid", q(r.uuid));
  o.insert("started", q(r.started));
  o.insert("status", run::statusName(r.status));
  if (!r.error.empty()) o.insert("error", q(r.error));
  o.insert("params", paramsToJson(r.params));
  if (const run::Lab* lab = labs::findLab(r.lab)) o.insert("key_metric", q(lab->keyMetric()));

  QJsonObject metrics;
  for (const auto& [k, m] : r.metrics) {
    QJsonObject mo{{"mean", num(m.mean)},
                   {"ci95", QJsonArray{num(m.ciLo), num(m.ciHi)}},
                   {"unit", q(m.unit)},
                   {"samples", QJsonValue(qint64(m.samples))}};
    for (const auto& [pk, pv] : m.percentiles) mo.insert(q(pk), num(pv));
    if (!m.perRep.empty()) {  // what pairs two sweep points by replication
      QJsonArray reps;
      for (double v : m.perRep) reps.append(num(v));
      mo.insert("replications", reps);
    }
    metrics.insert(q(k), mo);
  }
  o.insert("metrics", metrics);

  QJsonObject model;
  for (const auto& [k, v] : r.model.values) {
    if (std::isfinite(v)) model.insert(q(k), v);
  }
  o.insert("model", model);
  if (!r.modelAtMeasured.empty()) {
    QJsonObject atMeasured;
    for (const auto& [k, v] : r.modelAtMeasured)
      if (std::isfinite(v)) atMeasured.insert(q(k), v);
    o.insert("model_at_measured", atMeasured);
  }
  QJsonObject exact;
  for (const auto& [k, v] : r.model.exact) exact.insert(q(k), v);
  QJsonArray notes;
  for (const auto& n : r.model.notes) notes.append(q(n));
  o.insert("model_info", QJsonObject{{"stable", r.model.stable},
                                     {"exact", exact},
                                     {"formula", q(r.model.formula)},
                                     {"approximation", q(r.model.approximation)},
                                     {"bottleneck", q(r.model.bottleneck)},
                                     {"notes", notes}});
  o.insert("verdict", q(r.verdict));
  o.insert("bottleneck", q(r.bottleneck));
  o.insert("unstable", r.unstable);
  QJsonArray warnings;
  for (const auto& w : r.warnings) warnings.append(q(w));
  o.insert("warnings", warnings);
  o.insert("host", QJsonObject{{"cpu", q(r.host.cpuModel)},
                               {"cores", r.host.cores},
                               {"smt", r.host.smt},
                               {"virtualized", r.host.virtualized},
                               {"governor", q(r.host.governor)},
                               {"asymmetry", q(r.host.asymmetry)},
                               {"wakeup_latency_us", num(r.host.wakeupLatencyUs)}});
  o.insert("reps", r.reps);
  o.insert("sim_seconds_per_rep", num(r.simSecondsPerRep));
  o.insert("warmup_s", num(r.warmupSeconds));
  o.insert("wall_s", num(r.wallSeconds));
  o.insert("length_rule", q(r.lengthRule));

  QJsonArray series;
  for (const auto& sr : r.series) {
    QJsonObject so{{"name", q(sr.name)},
                   {"x_unit", q(sr.xUnit)},
                   {"y_unit", q(sr.yUnit)},
                   {"points", pointsToJson(sr.points)}};
    if (!sr.band.empty()) so.insert("ci95", pointsToJson(sr.band));
    series.append(so);
  }
  o.insert("series", series);
  QJsonArray hists;
  for (const auto& h : r.histograms) {
    hists.append(
        QJsonObject{{"name", q(h.name)}, {"unit", q(h.unit)}, {"buckets", pointsToJson(h.edgesAndCounts)}});
  }
  o.insert("histograms", hists);
  if (!r.tables.empty()) o.insert("tables", tablesToJson(r.tables));
  if (!r.timelines.empty()) o.insert("timelines", timelinesToJson(r.timelines));

  if (r.mode == run::Mode::Real) {
    QJsonArray placements;
    QJsonObject coresUsed;
    for (const auto& p : r.placements) {
      QJsonArray cpus;
      for (int c : p.cpusSeen) cpus.append(c);
      placements.append(QJsonObject{{"thread", q(p.thread)},
                                    {"requested_cpu", p.requestedCpu},
                                    {"pinned", p.pinned},
                                    {"cpus_seen", cpus}});
      coresUsed.insert(q(p.thread), cpus);
    }
    o.insert("placements", placements);
    o.insert("cores_used", coresUsed);
    o.insert("oversubscribed", r.oversubscribed);
  }
  QJsonObject facts;
  for (const auto& [k, v] : r.facts) {
    facts.insert(q(k), num(v));
    o.insert(q(k), num(v));  // also at the top level, e.g. "master_handoff_ns"
  }
  o.insert("facts", facts);
  QJsonObject labels;
  for (const auto& [k, v] : r.labels) labels.insert(q(k), q(v));
  o.insert("labels", labels);
  return o;
}

run::RunResult resultFromJson(const QJsonObject& o) {
  run::RunResult r;
  r.lab = s(o["lab"]);
  run::parseMode(s(o["mode"]), r.mode);
  r.seed = static_cast<std::uint64_t>(o["seed"].toInteger());
  r.runId = o["run_id"].toInteger();
  r.uuid = s(o["uuid"]);
  r.started = s(o["started"]);
  const std::string status = s(o["status"]);
  r.status = status == "failed"      ? run::RunStatus::Failed
             : status == "cancelled" ? run::RunStatus::Cancelled
                                     : run::RunStatus::Ok;
  r.error = s(o["error"]);
  r.params = paramsFromJson(o["params"].toObject());
  const QJsonObject metrics = o["metrics"].toObject();
  for (auto it = metrics.begin(); it != metrics.end(); ++it) {
    const QJsonObject mo = it.value().toObject();
    run::MetricValue m;
    m.mean = numOr(mo["mean"]);
    m.ciLo = numOr(mo["ci95"].toArray().at(0));
    m.ciHi = numOr(mo["ci95"].toArray().at(1));
    m.unit = s(mo["unit"]);
    m.samples = static_cast<std::uint64_t>(mo["samples"].toInteger());
    for (const char* p : {"p50", "p95", "p99", "p99.9", "max"}) {
      if (mo.contains(p)) m.percentiles[p] = numOr(mo[p]);
    }
    for (const QJsonValue v : mo["replications"].toArray()) m.perRep.push_back(numOr(v));
    r.metrics[it.key().toStdString()] = m;
  }
  const QJsonObject model = o["model"].toObject();
  for (auto it = model.begin(); it != model.end(); ++it)
    r.model.values[it.key().toStdString()] = it.value().toDouble();
  const QJsonObject atMeasured = o["model_at_measured"].toObject();
  for (auto it = atMeasured.begin(); it != atMeasured.end(); ++it)
    r.modelAtMeasured[it.key().toStdString()] = it.value().toDouble();
  const QJsonObject info = o["model_info"].toObject();
  r.model.stable = info["stable"].toBool(true);
  const QJsonObject exact = info["exact"].toObject();
  for (auto it = exact.begin(); it != exact.end(); ++it)
    r.model.exact[it.key().toStdString()] = it.value().toBool();
  r.model.formula = s(info["formula"]);
  r.model.approximation = s(info["approximation"]);
  r.model.bottleneck = s(info["bottleneck"]);
  for (const auto& n : info["notes"].toArray()) r.model.notes.push_back(s(n));
  r.verdict = s(o["verdict"]);
  r.bottleneck = s(o["bottleneck"]);
  r.unstable = o["unstable"].toBool();
  for (const auto& w : o["warnings"].toArray()) r.warnings.push_back(s(w));
  const QJsonObject host = o["host"].toObject();
  r.host.cpuModel = s(host["cpu"]);
  r.host.cores = host["cores"].toInt();
  r.host.smt = host["smt"].toBool();
  r.host.virtualized = host["virtualized"].toBool();
  r.host.governor = s(host["governor"]);
  r.host.asymmetry = s(host["asymmetry"]);
  r.host.wakeupLatencyUs = numOr(host["wakeup_latency_us"], 0.0);
  r.reps = o["reps"].toInt();
  r.simSecondsPerRep = numOr(o["sim_seconds_per_rep"], 0.0);
  r.warmupSeconds = numOr(o["warmup_s"], 0.0);
  r.wallSeconds = numOr(o["wall_s"], 0.0);
  r.lengthRule = s(o["length_rule"]);
  for (const auto& v : o["series"].toArray()) {
    const QJsonObject so = v.toObject();
    r.series.push_back({s(so["name"]), s(so["x_unit"]), s(so["y_unit"]),
                        pointsFromJson(so["points"].toArray()), pointsFromJson(so["ci95"].toArray())});
  }
  for (const auto& v : o["histograms"].toArray()) {
    const QJsonObject ho = v.toObject();
    r.histograms.push_back({s(ho["name"]), s(ho["unit"]), pointsFromJson(ho["buckets"].toArray())});
  }
  r.tables = tablesFromJson(o["tables"].toArray());
  r.timelines = timelinesFromJson(o["timelines"].toArray());
  for (const auto& v : o["placements"].toArray()) {
    const QJsonObject po = v.toObject();
    run::ThreadPlacement p;
    p.thread = s(po["thread"]);
    p.requestedCpu = po["requested_cpu"].toInt(-1);
    p.pinned = po["pinned"].toBool();
    for (const auto& c : po["cpus_seen"].toArray()) p.cpusSeen.push_back(c.toInt());
    r.placements.push_back(p);
  }
  r.oversubscribed = o["oversubscribed"].toBool();
  const QJsonObject facts = o["facts"].toObject();
  for (auto it = facts.begin(); it != facts.end(); ++it) r.facts[it.key().toStdString()] = numOr(it.value());
  const QJsonObject labels = o["labels"].toObject();
  for (auto it = labels.begin(); it != labels.end(); ++it) r.labels[it.key().toStdString()] = s(it.value());
  return r;
}

QJsonObject labToJson(const run::Lab& lab) {
  const run::LabInfo info = lab.info();
  QJsonArray params;
  for (const auto& p : lab.params()) {
    QJsonObject po{{"key", q(p.key)},
                   {"label", q(p.label)},
                   {"unit", q(p.unit)},
                   {"kind", kindName(p.kind)},
                   {"help", q(p.help)}};
    if (p.isTextual()) {
      po.insert("default", q(p.defText));
      QJsonArray choices;
      for (const auto& c : p.choices) choices.append(q(c));
      if (!choices.isEmpty()) po.insert("choices", choices);
      if (p.kind == run::ParamKind::Table) {
        QJsonArray columns;
        for (const auto& c : p.columns)
          columns.append(QJsonObject{{"key", q(c.key)},
                                     {"label", q(c.label)},
                                     {"unit", q(c.unit)},
                                     {"min", c.min},
                                     {"max", c.max},
                                     {"integer", c.integer}});
        po.insert("columns", columns);
        po.insert("min_rows", p.minRows);
        po.insert("max_rows", p.maxRows);
      }
    } else {
      po.insert("default", p.def);
      po.insert("min", p.min);
      po.insert("max", p.max);
      po.insert("scale", p.scale == run::Scale::Log ? "log" : "linear");
      if (p.step > 0) po.insert("step", p.step);
    }
    if (!p.relevantKey.empty()) {
      QJsonArray values;
      for (const auto& v : p.relevantValues) values.append(q(v));
      po.insert("relevant_when", QJsonObject{{"key", q(p.relevantKey)}, {"values", values}});
    }
    params.append(po);
  }
  QJsonArray metrics;
  for (const auto& m : lab.metrics()) {
    QJsonObject mo{{"key", q(m.key)},         {"label", q(m.label)},
                   {"unit", q(m.unit)},       {"percentiles", m.percentiles},
                   {"real_only", m.realOnly}, {"help", q(m.help)}};
    if (m.cls >= 0) mo.insert("class", m.cls);
    metrics.append(mo);
  }
  QJsonArray classes;
  for (const auto& c : lab.classes()) classes.append(q(c));
  QJsonArray modelValues;
  for (const auto& v : lab.modelValues())
    modelValues.append(
        QJsonObject{{"key", q(v.key)}, {"label", q(v.label)}, {"unit", q(v.unit)}, {"help", q(v.help)}});
  QJsonArray outputs;
  for (const auto& out : lab.outputs()) {
    static const char* const kinds[] = {"series", "histogram", "table", "timeline"};
    outputs.append(QJsonObject{{"key", q(out.key)},
                               {"label", q(out.label)},
                               {"kind", kinds[static_cast<int>(out.kind)]},
                               {"unit", q(out.unit)},
                               {"x_label", q(out.xLabel)},
                               {"x_unit", q(out.xUnit)}});
  }
  QJsonArray exercises;
  for (const auto& e : lab.exercises()) {
    QJsonObject setup;
    for (const auto& [k, v] : e.setup) setup.insert(q(k), q(v));
    exercises.append(QJsonObject{{"id", q(e.id)},
                                 {"prompt", q(e.prompt)},
                                 {"setup", setup},
                                 {"metric", q(e.metric)},
                                 {"graded_by", run::modeName(e.answerFrom)},
                                 {"tolerance", e.tolerance}});
  }
  const run::ModelResult model = lab.model(run::defaults(lab.params()));
  QJsonArray modes{"model"};
  if (lab.hasSim()) modes.append("sim");
  if (lab.hasReal()) modes.append("real");
  return QJsonObject{
      {"id", q(info.id)},
      {"title", q(info.title)},
      {"category", q(info.category)},
      {"question", q(info.question)},
      {"parameters", params},
      {"metrics", metrics},
      {"key_metric", q(lab.keyMetric())},
      {"model", QJsonObject{{"formula", q(model.formula)}, {"approximation", q(model.approximation)}}},
      {"modes", modes},
      {"run_kind", lab.runKind() == run::RunKind::Transient ? "transient" : "steady_state"},
      {"classes", classes},
      {"model_values", modelValues},
      {"outputs", outputs},
      {"exercises", exercises}};
}

QJsonObject differenceToJson(const run::Difference& d) {
  return QJsonObject{{"difference", num(d.diff)},
                     {"ci_lo", num(d.ciLo)},
                     {"ci_hi", num(d.ciHi)},
                     {"paired", d.paired},
                     {"pairs", d.pairs},
                     {"unpaired_ci_lo", num(d.unpairedLo)},
                     {"unpaired_ci_hi", num(d.unpairedHi)}};
}

}  // namespace amp::app
