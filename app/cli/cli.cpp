// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/cli.h"

#include <signal.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <optional>
#include <vector>

#include "amp/labs/registry.h"
#include "amp/real/cpu_topology.h"
#include "amp/real/work_kernel.h"
#include "amp/run/compare.h"
#include "amp/run/runner.h"
#include "amp/run/sweep.h"
#include "amp/run/time_scale.h"
#include "cli/assignment_cmd.h"
#include "cli/cli_help.h"
#include "cli/cli_words.h"
#include "cli/json_io.h"
#include "cli/lesson_cmd.h"
#include "cli/samples.h"
#include "report/report.h"
#include "report/report_words.h"
#include "report/run_config.h"
#include "store/run_store.h"
#include "widgets/format.h"
#include "widgets/run_text.h"

namespace amp::app {

namespace {

constexpr int kOk = 0, kFailed = 1, kBadInput = 2, kInterrupted = 130;

/// Set by SIGINT (Ctrl-C) or SIGTERM while a command works: the runner cancels within ~100 ms and
/// what was measured is saved as cancelled. SA_RESETHAND makes a second signal end the process the
/// default way, for a user who does not want to wait.
std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) { interrupted.store(true, std::memory_order_relaxed); }

/// Catches SIGINT and SIGTERM for the life of a headless command; a signal the parent told us to
/// ignore (a background job of a script) stays ignored.
class InterruptCatcher {
 public:
  InterruptCatcher() {
    struct sigaction on {};
    on.sa_handler = onInterrupt;
    on.sa_flags = SA_RESETHAND;
    sigemptyset(&on.sa_mask);
    for (int i = 0; i < 2; ++i) {
      sigaction(kSignals[i], nullptr, &before_[i]);
      if (before_[i].sa_handler != SIG_IGN) sigaction(kSignals[i], &on, nullptr);
    }
  }
  ~InterruptCatcher() {
    for (int i = 0; i < 2; ++i) sigaction(kSignals[i], &before_[i], nullptr);
  }
  InterruptCatcher(const InterruptCatcher&) = delete;
  InterruptCatcher& operator=(const InterruptCatcher&) = delete;

 private:
  static constexpr int kSignals[2] = {SIGINT, SIGTERM};
  struct sigaction before_[2]{};
};

/// Ends the progress bar's line (if one is drawn) and says what an interrupt kept.
void sayInterrupted(const QString& what) {
  if (isatty(fileno(stderr)) != 0) std::fputc('\n', stderr);
  QTextStream(stderr) << CliWords::tr("interrupted: %1").arg(what) << '\n';
}

/// A bad-input error: message to stderr, exit 2.
struct BadInput {
  QString message;
};

void err(const QString& text) { QTextStream(stderr) << text << '\n'; }
void out(const QByteArray& text) {
  std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
  std::fflush(stdout);
}

/// Reads options from an argument list: --name value, --name=value, flags.
class Args {
 public:
  explicit Args(QStringList args) : args_(std::move(args)) {}
  /// The options that take no value; every other `--name` takes the next word, so a positional
  /// argument may come after options (`run --mode model foundations`).
  static bool isFlag(const QString& arg) {
    static const QStringList flags{"--json", "--csv", "--full", "--no-fit", "--help"};
    return flags.contains(arg);
  }
  bool flag(const QString& name) {
    const int i = args_.indexOf(name);
    if (i < 0) return false;
    args_.removeAt(i);
    return true;
  }
  std::optional<QString> value(const QString& name) {
    for (int i = 0; i < args_.size(); ++i) {
      if (args_[i] == name) {
        // A value never starts with "--": `--mode --db x` lacks the mode, it does not choose '--db'.
        if (i + 1 >= args_.size() || args_[i + 1].startsWith("--"))
          throw BadInput{CliWords::tr("%1 needs a value").arg(name)};
        QString v = args_[i + 1];
        args_.remove(i, 2);
        return v;
      }
      if (args_[i].startsWith(name + "=")) {
        QString v = args_[i].mid(name.size() + 1);
        args_.removeAt(i);
        return v;
      }
    }
    return std::nullopt;
  }
  QStringList values(const QString& name) {
    QStringList vs;
    while (auto v = value(name)) vs << *v;
    return vs;
  }
  QString positional(const QString& what) {
    for (int i = 0; i < args_.size(); ++i) {
      if (!args_[i].startsWith("--")) return args_.takeAt(i);
      if (!isFlag(args_[i]) && !args_[i].contains('=')) ++i;  // skip the option's value
    }
    throw BadInput{CliWords::tr("missing %1").arg(what)};
  }
  /// The words not yet taken (options and values, in the order given).
  QStringList remaining() const { return args_; }
  void expectEmpty() {
    if (!args_.isEmpty())
      throw BadInput{CliWords::tr("unknown argument '%1'; see 'amplab help'").arg(args_.first())};
  }

 private:
  QStringList args_;
};

double parseNumber(const QString& text, const QString& what, double lo, double hi) {
  bool ok = false;
  const double v = text.toDouble(&ok);
  if (!ok || !std::isfinite(v) || v < lo || v > hi) {
    throw BadInput{
        CliWords::tr("%1 must be a number in [%2, %3], got '%4'").arg(what).arg(lo).arg(hi).arg(text)};
  }
  return v;
}

int64_t parseInteger(const QString& text, const QString& what, double lo, double hi) {
  const double v = parseNumber(text, what, lo, hi);
  if (v != std::floor(v)) {
    throw BadInput{
        CliWords::tr("%1 must be a whole number in [%2, %3], got '%4'").arg(what).arg(lo).arg(hi).arg(text)};
  }
  return static_cast<int64_t>(v);
}

const run::Lab& labOrThrow(const QString& id) {
  if (const run::Lab* lab = labs::findLab(id.toStdString())) return *lab;
  QStringList ids;
  for (const auto& l : labs::allLabs()) ids << QString::fromStdString(l->info().id);
  throw BadInput{amp::app::CliWords::tr("unknown lab '%1'; labs: %2").arg(id, ids.join(", "))};
}

/// Progress on stderr: a bar on a terminal, nothing otherwise; an interrupt cancels.
run::RunHooks progressHooks() {
  run::RunHooks hooks;
  hooks.cancel = &interrupted;
  if (isatty(fileno(stderr)) == 0) return hooks;
  auto mu = std::make_shared<std::mutex>();
  hooks.progress = [mu](double f, const std::string& stage) {
    std::lock_guard lock(*mu);
    const int width = 30;
    const int filled = static_cast<int>(f * width);
    // The stage in the reader's language, cut to 40 characters (never inside a UTF-8 sequence).
    const QByteArray words = stageWords(stage).leftJustified(40, QLatin1Char(' '), true).toUtf8();
    std::fprintf(stderr, "\r[%s%s] %3d%% %s", std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 std::string(static_cast<std::size_t>(width - filled), '.').c_str(),
                 static_cast<int>(f * 100), words.constData());
    if (f >= 1.0) std::fprintf(stderr, "\n");
    std::fflush(stderr);
  };
  return hooks;
}

/// A real run starts from the lab's real defaults and parameters that fit this machine (fewer
/// workers, same utilizations); a parameter the user set stays theirs. Said on stderr, with the
/// way back.
void fitRealRun(const run::Lab& lab, const QStringList& sets, run::RunSpec& spec) {
  std::vector<std::string> chosen;
  for (const QString& set : sets) chosen.push_back(set.section('=', 0, 0).trimmed().toStdString());
  const run::FittedParams fitted = run::fitToHost(
      lab, spec.params, static_cast<int>(real::CpuTopology::probe().usableCpus().size()), chosen);
  if (!fitted.changed) return;
  spec.params = fitted.params;
  err(CliWords::tr("fitted to this machine: %1 (--no-fit keeps the lab's own values; a parameter you --set "
                   "is kept)")
          .arg(widgets::runText(fitted.words)));
}

/// Options shared by run and sweep: the lab's parameters, mode and run length.
run::RunSpec specFrom(const run::Lab& lab, Args& a) {
  run::RunSpec spec;
  spec.lab = lab.info().id;
  spec.params = run::defaults(lab.params());
  if (auto m = a.value("--mode")) {
    if (!run::parseMode(m->toStdString(), spec.mode))
      throw BadInput{amp::app::CliWords::tr("--mode must be one of model|sim|real, got '%1'").arg(*m)};
  }
  const QStringList sets = a.values("--set");
  for (const QString& set : sets) {
    const std::string e = run::applySetting(lab.params(), spec.params, set.toStdString());
    if (!e.empty()) throw BadInput{widgets::runText(e)};
  }
  if (auto v = a.value("--seed"))
    spec.seed = static_cast<std::uint64_t>(parseInteger(*v, "--seed", 0, 9.0e15));
  if (auto v = a.value("--duration"))
    spec.duration = parseNumber(*v, amp::app::CliWords::tr("--duration (seconds)"), 1e-3, 1e7);
  if (auto v = a.value("--warmup"))
    spec.warmup = parseNumber(*v, amp::app::CliWords::tr("--warmup (seconds)"), 0, 1e7);
  if (auto v = a.value("--reps")) spec.reps = static_cast<int>(parseInteger(*v, "--reps", 1, 10000));
  if (auto v = a.value("--jobs")) spec.jobs = static_cast<int>(parseInteger(*v, "--jobs", 1, 1024));
  if (auto v = a.value("--precision")) {
    spec.targetRelHalfWidth =
        parseNumber(*v, amp::app::CliWords::tr("--precision (relative CI half-width)"), 1e-4, 1);
    spec.realTargetRelHalfWidth = spec.targetRelHalfWidth;
  }
  if (auto v = a.value("--time-scale")) {
    // "1:50": the real run's work 50× shorter, its arrivals 50× denser; "10:1": 10× longer.
    double k = 1;
    if (!run::parseTimeScale(v->toStdString(), k))
      throw BadInput{amp::app::CliWords::tr(
                         "--time-scale must be 1:K (compress the lab's time K×, K up to 10000) or K:1 "
                         "(stretch it, K up to 100), got '%1'")
                         .arg(*v)};
    spec.timeScale = k;
  }
  if (auto v = a.value("--service-clock")) {
    real::ServiceClock clock{};
    if (!real::parseServiceClock(v->toStdString(), clock))
      throw BadInput{
          amp::app::CliWords::tr("--service-clock must be time (busy until the requested time has passed) or "
                                 "work (a fixed amount of computation), got '%1'")
              .arg(*v)};
    spec.serviceClock = clock;
  }
  // Rules across parameters (each value alone was checked as it was set).
  if (const std::string problem = lab.paramsProblem(spec.params); !problem.empty())
    throw BadInput{widgets::runText(problem)};
  if (spec.mode == run::Mode::Real && !a.flag("--no-fit")) fitRealRun(lab, sets, spec);
  if (spec.mode == run::Mode::Real && spec.duration > 600)
    throw BadInput{amp::app::CliWords::tr("--duration of a real run must be at most 600 s")};
  if (spec.mode == run::Mode::Sim && !lab.hasSim())
    throw BadInput{amp::app::CliWords::tr("lab '%1' has no sim mode").arg(QString::fromStdString(spec.lab))};
  if (spec.mode == run::Mode::Real && !lab.hasReal())
    throw BadInput{amp::app::CliWords::tr("lab '%1' has no real mode").arg(QString::fromStdString(spec.lab))};
  return spec;
}

/// The database of --db, else $AMPLAB_DB, else the default. A path that cannot be used is bad input, found
/// before anything is created.
QString dbPath(Args& a, RunStore::Access access) {
  const QString path = a.value("--db").value_or(RunStore::defaultPath());
  if (const QString e = RunStore::pathProblem(path, access); !e.isEmpty()) throw BadInput{e};
  return path;
}

/// Opens the store; on failure says why on stderr and returns false (exit 1: not ours, corrupt, newer or
/// not writable).
bool openStore(RunStore& store, const QString& path, RunStore::Access access = RunStore::Access::ReadWrite) {
  if (const QString e = store.open(path, access); !e.isEmpty()) {
    err(CliWords::tr("error: %1").arg(e));
    return false;
  }
  return true;
}

void printHuman(const run::Lab& lab, const run::RunResult& r) {
  QTextStream o(stdout);
  o << CliWords::tr("%1 (%2), %3 run %4, seed %5")
           .arg(widgets::labText(lab.info().title), QString::fromStdString(r.lab), words::modeWord(r.mode))
           .arg(r.runId)
           .arg(r.seed)
    << "\n";
  for (const auto& m : lab.metrics()) {
    auto it = r.metrics.find(m.key);
    auto mv = r.model.values.find(m.key);
    if (it == r.metrics.end() && mv == r.model.values.end()) continue;
    o << "  " << QString::fromStdString(m.key).leftJustified(20) << ' ';
    if (it != r.metrics.end()) {
      o << humanNumber(it->second.mean) << " " << m.unit.c_str() << "  "
        << CliWords::tr("95% CI %1").arg(humanInterval(it->second.ciLo, it->second.ciHi));
    }
    if (mv != r.model.values.end() && std::isfinite(mv->second)) {
      o << "  "
        << CliWords::tr("model %1")
               .arg((humanNumber(mv->second) + " " + QString::fromStdString(m.unit)).trimmed());
    }
    if (auto at = r.modelAtMeasured.find(m.key); at != r.modelAtMeasured.end() && std::isfinite(at->second))
      o << "  "
        << CliWords::tr("(at measured service %1)")
               .arg((humanNumber(at->second) + " " + QString::fromStdString(m.unit)).trimmed());
    o << "\n";
  }
  if (!r.verdict.empty()) o << "  " << CliWords::tr("verdict: %1").arg(widgets::runText(r.verdict)) << "\n";
  if (!r.bottleneck.empty())
    o << "  " << CliWords::tr("bottleneck: %1").arg(widgets::labText(r.bottleneck)) << "\n";
  if (!r.lengthRule.empty())
    o << "  " << CliWords::tr("length: %1").arg(widgets::runText(r.lengthRule)) << "\n";
  for (const auto& w : r.warnings) o << "  " << CliWords::tr("warning: %1").arg(widgets::runText(w)) << "\n";
}

int cmdLabs(Args a) {
  const bool json = a.flag("--json");
  a.expectEmpty();
  QJsonArray list;
  QTextStream o(stdout);
  // The category column as wide as its longest name in the reader's language, and two spaces.
  qsizetype categoryWidth = 20;
  for (const auto& lab : labs::allLabs())
    categoryWidth = std::max(categoryWidth, widgets::labText(lab->info().category).size());
  for (const auto& lab : labs::allLabs()) {
    const auto info = lab->info();
    list.append(QJsonObject{{"id", QString::fromStdString(info.id)},
                            {"title", QString::fromStdString(info.title)},
                            {"category", QString::fromStdString(info.category)},
                            {"question", QString::fromStdString(info.question)}});
    if (!json)
      o << QString::fromStdString(info.id).leftJustified(14)
        << widgets::labText(info.category).leftJustified(categoryWidth + 2) << widgets::labText(info.title)
        << "\n";
  }
  if (json) out(QJsonDocument(QJsonObject{{"labs", list}}).toJson(QJsonDocument::Indented));
  return kOk;
}

int cmdDescribe(Args a) {
  const bool json = a.flag("--json");
  const run::Lab& lab = labOrThrow(a.positional(CliWords::tr("lab id (see 'amplab labs')")));
  a.expectEmpty();
  if (json) {
    out(QJsonDocument(labToJson(lab)).toJson(QJsonDocument::Indented));
    return kOk;
  }
  QTextStream o(stdout);
  // One column of keys, as wide as the longest (a key never runs into its unit).
  int width = 20;
  for (const auto& p : lab.params()) width = std::max(width, static_cast<int>(p.key.size()) + 1);
  for (const auto& m : lab.metrics()) width = std::max(width, static_cast<int>(m.key.size()) + 1);
  for (const auto& v : lab.modelValues()) width = std::max(width, static_cast<int>(v.key.size()) + 1);
  const auto key = [width](const std::string& k) { return QString::fromStdString(k).leftJustified(width); };
  o << widgets::labText(lab.info().title) << " (" << lab.info().id.c_str() << ")\n"
    << widgets::labText(lab.info().question) << "\n\n"
    << CliWords::tr("Parameters:") << "\n";
  for (const auto& p : lab.params()) {
    o << "  " << key(p.key) << widgets::runText(run::allowedText(p)).leftJustified(44) << " "
      << CliWords::tr("default %1")
             .arg(!p.isTextual() ? widgets::runText(run::formatNumber(p.def))
                  : p.kind == run::ParamKind::Path && p.defText.empty() ? CliWords::tr("(a temporary folder)")
                                                                        : QString::fromStdString(p.defText));
    if (!p.relevantKey.empty()) {
      std::string values;
      for (const auto& v : p.relevantValues) values += (values.empty() ? "" : "|") + v;
      o << "  "
        << CliWords::tr("(only when %1 is %2)")
               .arg(QString::fromStdString(p.relevantKey), QString::fromStdString(values));
    }
    o << "\n";
    for (const auto& c : p.columns)
      o << "      " << CliWords::tr("column %1").arg(QString::fromStdString(c.key).leftJustified(14))
        << (c.integer ? CliWords::tr("an integer in [%1, %2] %3, default %4")
                      : CliWords::tr("a number in [%1, %2] %3, default %4"))
               .arg(QString::fromStdString(run::formatNumber(c.min)),
                    QString::fromStdString(run::formatNumber(c.max)), QString::fromStdString(c.unit),
                    QString::fromStdString(run::formatNumber(c.def)))
        << "\n";
  }
  o << "\n" << CliWords::tr("Metrics:") << "\n";
  for (const auto& m : lab.metrics())
    o << "  " << key(m.key) << (m.unit.empty() ? QString() : widgets::labText(m.unit)) << "\n";
  if (const auto values = lab.modelValues(); !values.empty()) {
    o << "\n" << CliWords::tr("Model values:") << "\n";
    for (const auto& v : values)
      o << "  " << key(v.key) << (v.unit.empty() ? QString() : widgets::labText(v.unit)) << "  "
        << widgets::labText(v.label) << "\n";
  }
  if (lab.runKind() == run::RunKind::Transient)
    o << "\n" << CliWords::tr("Runs are transient: one outcome per replication, no warm-up deleted.") << "\n";
  o << "\n"
    << CliWords::tr("Model:") << "\n"
    << widgets::formulaText(lab.model(run::defaults(lab.params())).formula) << "\n";
  return kOk;
}

/// The `--json` document: without the chart data unless `full` (`runs export --format json` has it all).
QJsonObject jsonForPrint(const run::RunResult& r, bool full) {
  QJsonObject o = resultToJson(r);
  if (!full) {
    o.remove("series");
    o.remove("histograms");
  }
  return o;
}

int cmdRun(Args a) {
  const bool json = a.flag("--json");
  const bool full = a.flag("--full");
  const run::Lab& lab = labOrThrow(a.positional(CliWords::tr("lab id (see 'amplab labs')")));
  run::RunSpec spec = specFrom(lab, a);
  const RunLabel label{a.value("--name").value_or(QString()), a.value("--note").value_or(QString())};
  const auto chart = a.value("--chart");
  const auto report = a.value("--report");
  const auto samplesFile = a.value("--samples");
  if (samplesFile && !samplesFile->endsWith(".csv", Qt::CaseInsensitive))
    throw BadInput{CliWords::tr("--samples %1: the file must end in .csv").arg(*samplesFile)};
  if (samplesFile && spec.mode == run::Mode::Model)
    throw BadInput{
        CliWords::tr("--samples needs a simulation or a real run: a model run has no requests to record")};
  if (chart) {
    if (const QString e = checkChartFile(*chart); !e.isEmpty()) throw BadInput{e};
  }
  if (report) {
    if (const QString e = checkReportFile(*report); !e.isEmpty()) throw BadInput{e};
  }
  const QString db = dbPath(a, RunStore::Access::ReadWrite);
  a.expectEmpty();
  RunStore store;
  if (!openStore(store, db)) return kFailed;
  SampleCsv samples;
  run::RunHooks hooks = progressHooks();
  if (samplesFile) hooks.record = &samples;
  run::RunResult r = run::execute(lab, spec, hooks);
  if (samplesFile && r.status != run::RunStatus::Failed) {
    double k = 1.0;  // a real run at 1:k recorded host time: told in the lab's time like its metrics
    if (auto it = r.labels.find("time_scale"); it != r.labels.end()) run::parseTimeScale(it->second, k);
    if (const QString e = samples.write(*samplesFile, lab.topology(r.params), k); !e.isEmpty()) {
      err(CliWords::tr("error: %1").arg(e));
      return kFailed;
    }
    err((spec.mode == run::Mode::Real ? CliWords::tr("wrote %1 records of the real run to %2%3")
                                      : CliWords::tr("wrote %1 records of the first replication to %2%3"))
            .arg(samples.kept())
            .arg(*samplesFile)
            .arg(samples.keepEvery() == 1 ? QString()
                                          : CliWords::tr(" (1 request in %1, chosen at random: weight %1)")
                                                .arg(samples.keepEvery())));
  }
  if (interrupted.load()) {
    r.status = run::RunStatus::Cancelled;
    const QString e = store.save(r, label);
    sayInterrupted(e.isEmpty()
                       ? CliWords::tr("the run stopped and was saved as cancelled (run %1), with what it "
                                      "measured until then")
                             .arg(r.runId)
                       : CliWords::tr("the run stopped and could not be saved: %1").arg(e));
    if (json) out(QJsonDocument(jsonForPrint(r, full)).toJson(QJsonDocument::Indented));
    return kInterrupted;
  }
  if (r.status == run::RunStatus::Failed) {
    err(CliWords::tr("error: the run failed: %1").arg(widgets::runText(r.error)));
    if (json) out(QJsonDocument(jsonForPrint(r, full)).toJson(QJsonDocument::Indented));
    return kFailed;
  }
  // A run that could not be saved is still shown, but the exit status says it is not in the database.
  int status = kOk;
  if (const QString e = store.save(r, label); !e.isEmpty()) {
    err(CliWords::tr("error: the run was not saved: %1").arg(e));
    status = kFailed;
  }
  if (r.unstable)
    err(CliWords::tr("warning: the system is unstable (utilization ≥ 1 at the %1)")
            .arg(QString::fromStdString(r.bottleneck)));
  if (chart) {
    if (const QString e = exportRunChart(lab, r, *chart); !e.isEmpty()) {
      err(CliWords::tr("error: %1").arg(e));
      return kFailed;
    }
  }
  if (report) {
    const ReportExtras extras{label, store.attempts(QString::fromStdString(lab.info().id))};
    if (const QString e = exportReport(lab, r, *report, extras); !e.isEmpty()) {
      err(CliWords::tr("error: %1").arg(e));
      return kFailed;
    }
  }
  if (json) {
    out(QJsonDocument(jsonForPrint(r, full)).toJson(QJsonDocument::Indented));
  } else {
    printHuman(lab, r);
  }
  return status;
}

/// A choice parameter is swept over its choices: "key" or "key=all" becomes the index range
/// key=0:n-1:n; everything else is left to parseVary.
QString choiceVary(const run::Lab& lab, const QString& vary) {
  const QString key = vary.section(QLatin1Char('='), 0, 0);
  const auto specs = lab.params();  // held: findSpec points into it
  const run::ParamSpec* ps = run::findSpec(specs, key.toStdString());
  if (ps == nullptr || ps->kind != run::ParamKind::Choice) return vary;
  if (vary != key && vary != key + QStringLiteral("=all")) return vary;
  const int n = static_cast<int>(ps->choices.size());
  return QStringLiteral("%1=0:%2:%3").arg(key).arg(n - 1).arg(n);
}

/// The axis names a parameter that can be swept, over values it accepts.
void checkAxis(const run::Lab& lab, const run::SweepAxis& axis) {
  const auto specs = lab.params();
  const run::ParamSpec* ps = run::findSpec(specs, axis.key);
  const QString key = QString::fromStdString(axis.key);
  if (ps == nullptr)
    throw BadInput{amp::app::CliWords::tr("--vary: '%1' is not a parameter of %2")
                       .arg(key, QString::fromStdString(lab.info().id))};
  if (ps->kind == run::ParamKind::Choice) {
    const double last = static_cast<double>(ps->choices.size() - 1);
    if (axis.from < 0 || axis.to < 0 || axis.from > last || axis.to > last)
      throw BadInput{
          amp::app::CliWords::tr("--vary: %1 is a choice: give '%1' (all of %2) or indices in [0, %3]")
              .arg(key, QString::fromStdString(run::allowedText(*ps)), QString::number(last))};
    return;
  }
  if (ps->isTextual())
    throw BadInput{amp::app::CliWords::tr("--vary: '%1' is not a number or a choice; allowed is %2")
                       .arg(key, QString::fromStdString(run::allowedText(*ps)))};
  for (double v : {axis.from, axis.to}) {
    run::Params probe;
    const std::string e = run::applySetting(specs, probe, axis.key, run::formatNumber(v));
    if (!e.empty()) throw BadInput{"--vary: " + QString::fromStdString(e)};
  }
}

/// A sweep point's value as the user reads it: a choice by name, a number as a number.
QString axisValueText(const run::Lab& lab, const std::string& key, double value) {
  const auto specs = lab.params();
  const run::ParamSpec* ps = run::findSpec(specs, key);
  if (ps != nullptr && ps->kind == run::ParamKind::Choice && value >= 0 &&
      value < static_cast<double>(ps->choices.size()))
    return QString::fromStdString(ps->choices[static_cast<std::size_t>(value)]);
  return QString::number(value, 'g', 10);
}

/// A word as a POSIX shell reads it back: quoted when it holds anything but safe characters.
QString shellQuoted(const QString& word) {
  static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=,+@%-]+$"));
  if (safe.match(word).hasMatch()) return word;
  return "'" + QString(word).replace("'", "'\\''") + "'";
}

/// `sweep ... --plan N`: the commands that run the sweep as N shards on any scheduler (each writes
/// its own database), then the merge. Nothing runs.
int printPlan(const QStringList& sweepWords, int shards) {
  QTextStream o(stdout);
  QStringList quoted;
  for (const QString& w : sweepWords) quoted << shellQuoted(w);
  QStringList parts;
  for (int k = 1; k <= shards; ++k) {
    o << "amplab sweep " << quoted.join(' ') << " --shard " << k << "/" << shards << " --db part-" << k
      << ".db\n";
    parts << QStringLiteral("part-%1.db").arg(k);
  }
  o << "amplab runs merge sweep.db " << parts.join(' ') << "\n";
  return kOk;
}

int cmdSweep(Args a) {
  const QStringList words = a.remaining();
  const bool json = a.flag("--json");
  const bool csv = a.flag("--csv");
  const run::Lab& lab = labOrThrow(a.positional(CliWords::tr("lab id (see 'amplab labs')")));
  run::SweepSpec sweep;
  const QStringList varies = a.values("--vary");
  if (varies.isEmpty())
    throw BadInput{
        CliWords::tr("sweep needs --vary key=from:to:steps[:log] (twice for a two-parameter sweep)")};
  if (varies.size() > 2)
    throw BadInput{CliWords::tr("--vary may be given at most twice (a two-parameter sweep)")};
  for (const QString& vary : varies) {
    const std::string e = run::parseVary(choiceVary(lab, vary).toStdString(), sweep);
    if (!e.empty()) throw BadInput{widgets::runText(e)};
  }
  checkAxis(lab, run::SweepAxis{sweep.key, sweep.from, sweep.to, sweep.steps, sweep.log});
  if (sweep.second) checkAxis(lab, *sweep.second);
  sweep.base = specFrom(lab, a);
  if (auto j = a.value("--jobs")) sweep.jobs = static_cast<int>(parseInteger(*j, "--jobs", 1, 1024));
  if (auto shard = a.value("--shard")) {
    const QStringList kn = shard->split('/');
    bool ok1 = false, ok2 = false;
    const int k = kn.value(0).toInt(&ok1), n = kn.value(1).toInt(&ok2);
    if (kn.size() != 2 || !ok1 || !ok2 || n < 1 || k < 1 || k > n)
      throw BadInput{CliWords::tr("--shard must be K/N with 1 ≤ K ≤ N, got '%1'").arg(*shard)};
    sweep.shardIndex = k - 1;
    sweep.shardCount = n;
  }
  const auto chart = a.value("--chart");
  if (chart) {
    if (const QString e = checkChartFile(*chart); !e.isEmpty()) throw BadInput{e};
  }
  const auto report = a.value("--report");
  if (report) {
    if (const QString e = checkReportFile(*report); !e.isEmpty()) throw BadInput{e};
    if (sweep.second)
      throw BadInput{CliWords::tr(
          "--report covers one-parameter sweeps; a two-parameter sweep's heat map is in the GUI")};
  }
  if (auto plan = a.value("--plan")) {
    const int shards = static_cast<int>(parseInteger(*plan, "--plan (shards)", 1, 100000));
    if (sweep.shardCount > 1)
      throw BadInput{CliWords::tr("--plan makes the shards itself: leave out --shard")};
    a.value("--db");  // each shard writes its own database
    a.expectEmpty();
    QStringList kept;  // the sweep as given, without what the plan sets per shard
    for (int i = 0; i < words.size(); ++i) {
      if (words[i] == "--plan" || words[i] == "--db") {
        ++i;
        continue;
      }
      if (words[i].startsWith("--plan=") || words[i].startsWith("--db=")) continue;
      kept << words[i];
    }
    return printPlan(kept, shards);
  }
  const QString db = dbPath(a, RunStore::Access::ReadWrite);
  a.expectEmpty();
  RunStore store;
  if (!openStore(store, db)) return kFailed;
  std::vector<run::SweepPoint> points = run::runSweep(lab, sweep, progressHooks());
  int failures = 0, saved = 0;
  for (auto& p : points) {
    if (p.result.lab.empty()) continue;  // an interrupt came before this point started: nothing to keep
    if (p.result.status == run::RunStatus::Failed) ++failures;
    if (const QString e = store.save(p.result); !e.isEmpty()) {
      err(CliWords::tr("error: a point was not saved: %1").arg(e));
      ++failures;
    } else {
      ++saved;
    }
  }
  if (interrupted.load()) {
    sayInterrupted(
        CliWords::tr("the sweep stopped; %1 of its points were saved (an unfinished one as cancelled)")
            .arg(saved));
    return kInterrupted;
  }
  if (chart && sweep.second) {
    err(CliWords::tr(
        "note: --chart draws one-parameter sweeps; a two-parameter sweep's heat map is in the GUI"));
  } else if (chart) {
    if (const QString e = exportSweepChart(lab, sweep.key, points, *chart); !e.isEmpty()) {
      err(CliWords::tr("error: %1").arg(e));
      return kFailed;
    }
  }
  if (report) {
    if (const QString e = exportSweepReport(lab, sweep.key, points, *report); !e.isEmpty()) {
      err(CliWords::tr("error: %1").arg(e));
      return kFailed;
    }
  }
  const std::string key = lab.keyMetric();
  const std::string key2 = sweep.second ? sweep.second->key : std::string();
  // Point i's change from point i − 1, paired by replication where they replayed the same input.
  const auto vsPrevious = [&](std::size_t i) -> std::optional<run::Difference> {
    if (i == 0 || sweep.second) return std::nullopt;
    run::Difference d = run::compareReplications(points[i - 1].result, points[i].result, key);
    return d.error.empty() ? std::optional(d) : std::nullopt;
  };
  if (csv) {
    QString text = QString::fromStdString(sweep.key);
    if (sweep.second) text += QLatin1Char(',') + QString::fromStdString(key2);
    const auto metrics = lab.metrics();
    for (const auto& m : metrics)
      text += QStringLiteral(",%1,%1_ci_lo,%1_ci_hi,%1_model").arg(QString::fromStdString(m.key));
    if (!sweep.second)
      text += QStringLiteral(",%1_vs_previous,%1_vs_previous_ci_lo,%1_vs_previous_ci_hi,paired")
                  .arg(QString::fromStdString(key));
    text += ",run_id,status\n";
    for (std::size_t i = 0; i < points.size(); ++i) {
      const run::SweepPoint& p = points[i];
      text += axisValueText(lab, sweep.key, p.value);
      if (sweep.second) text += QLatin1Char(',') + axisValueText(lab, key2, p.value2);
      for (const auto& m : metrics) {
        auto it = p.result.metrics.find(m.key);
        auto mv = p.result.model.values.find(m.key);
        if (it != p.result.metrics.end()) {
          text += QStringLiteral(",%1,%2,%3")
                      .arg(it->second.mean, 0, 'g', 10)
                      .arg(it->second.ciLo, 0, 'g', 10)
                      .arg(it->second.ciHi, 0, 'g', 10);
        } else {
          text += ",,,";
        }
        text += mv != p.result.model.values.end() && std::isfinite(mv->second)
                    ? QStringLiteral(",%1").arg(mv->second, 0, 'g', 10)
                    : QString(",");
      }
      if (!sweep.second) {
        const auto d = vsPrevious(i);
        text += d ? QStringLiteral(",%1,%2,%3,%4")
                        .arg(d->diff, 0, 'g', 10)
                        .arg(d->ciLo, 0, 'g', 10)
                        .arg(d->ciHi, 0, 'g', 10)
                        .arg(d->paired ? "yes" : "no")
                  : QStringLiteral(",,,,");
      }
      text += QStringLiteral(",%1,%2\n").arg(p.result.runId).arg(run::statusName(p.result.status));
    }
    out(text.toUtf8());
  } else if (json) {
    QJsonArray arr;
    for (std::size_t i = 0; i < points.size(); ++i) {
      const run::SweepPoint& p = points[i];
      QJsonObject o = resultToJson(p.result);
      o.remove("series");
      o.remove("histograms");
      o.insert("value", p.value);
      if (sweep.second) o.insert("value2", p.value2);
      if (const auto d = vsPrevious(i)) o.insert("vs_previous", differenceToJson(*d));
      arr.append(o);
    }
    out(QJsonDocument(
            QJsonObject{{"lab", QString::fromStdString(lab.info().id)},
                        {"vary", QString::fromStdString(sweep.key)},
                        {"vary2", QString::fromStdString(key2)},
                        {"shard", QStringLiteral("%1/%2").arg(sweep.shardIndex + 1).arg(sweep.shardCount)},
                        {"points", arr}})
            .toJson(QJsonDocument::Indented));
  } else {
    QTextStream o(stdout);
    o << QString::fromStdString(sweep.key).leftJustified(16);
    if (sweep.second) o << QString::fromStdString(key2).leftJustified(16);
    o << QString::fromStdString(key).leftJustified(14) << CliWords::tr("95% CI").leftJustified(24)
      << (sweep.second ? CliWords::tr("model")
                       : CliWords::tr("model").leftJustified(14) +
                             CliWords::tr("change from the previous point [95% CI]"))
      << "\n";
    for (std::size_t i = 0; i < points.size(); ++i) {
      const run::SweepPoint& p = points[i];
      auto it = p.result.metrics.find(key);
      auto mv = p.result.model.values.find(key);
      o << axisValueText(lab, sweep.key, p.value).leftJustified(16);
      if (sweep.second) o << axisValueText(lab, key2, p.value2).leftJustified(16);
      if (it != p.result.metrics.end()) {
        o << humanNumber(it->second.mean).leftJustified(14)
          << humanInterval(it->second.ciLo, it->second.ciHi).leftJustified(24);
      } else {
        o << QString("-").leftJustified(38);
      }
      const QString model = mv != p.result.model.values.end() ? humanNumber(mv->second) : "-";
      const auto d = vsPrevious(i);
      if (!d) {
        o << model << "\n";
        continue;
      }
      o << model.leftJustified(14) << (d->diff >= 0 ? "+" : "") << humanNumber(d->diff, 4) << " "
        << humanInterval(d->ciLo, d->ciHi, 4) << " "
        << (d->paired ? CliWords::tr("paired, %1 pairs").arg(d->pairs) : CliWords::tr("unpaired")) << "\n";
    }
  }
  return failures > 0 ? kFailed : kOk;
}

/// Edit distance, for "did you mean" on an unknown key.
int editDistance(const QString& a, const QString& b) {
  std::vector<int> row(static_cast<std::size_t>(b.size()) + 1);
  for (int j = 0; j <= b.size(); ++j) row[static_cast<std::size_t>(j)] = j;
  for (int i = 1; i <= a.size(); ++i) {
    int diag = row[0];
    row[0] = i;
    for (int j = 1; j <= b.size(); ++j) {
      const int up = row[static_cast<std::size_t>(j)];
      row[static_cast<std::size_t>(j)] =
          std::min({up + 1, row[static_cast<std::size_t>(j) - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row.back();
}

QString jsonTypeName(const QJsonValue& v) {
  if (v.isString()) return "\"" + v.toString() + "\"";
  if (v.isBool()) return v.toBool() ? "true" : "false";
  if (v.isDouble()) return QString::number(v.toDouble(), 'g', 17);
  if (v.isArray()) return CliWords::tr("a list");
  if (v.isObject()) return CliWords::tr("an object");
  return "null";
}

/// One batch entry against the file's schema, before anything runs: a wrong type or an unknown
/// key names its JSON path (runs[0].seed), instead of running with a value the user did not give.
void checkBatchEntry(const QJsonValue& entry, const QString& path) {
  if (!entry.isObject())
    throw BadInput{CliWords::tr("%1: expected an object, got %2").arg(path, jsonTypeName(entry))};
  const QJsonObject e = entry.toObject();
  static const QStringList keys{"lab",    "mode", "set",  "seed",       "duration",     "reps",
                                "warmup", "jobs", "vary", "time_scale", "service_clock"};
  for (auto it = e.begin(); it != e.end(); ++it) {
    if (keys.contains(it.key())) continue;
    QString best = keys.first();
    for (const QString& k : keys)
      if (editDistance(it.key(), k) < editDistance(it.key(), best)) best = k;
    throw BadInput{
        editDistance(it.key(), best) <= 2
            ? CliWords::tr("%1: unknown key \"%2\"; did you mean \"%3\"? Allowed: %4")
                  .arg(path, it.key(), best, keys.join(", "))
            : CliWords::tr("%1: unknown key \"%2\". Allowed: %3").arg(path, it.key(), keys.join(", "))};
  }
  const auto expect = [&](const QString& key, bool ok, const QString& what) {
    if (e.contains(key) && !ok)
      throw BadInput{
          CliWords::tr("%1: expected %2, got %3").arg(path + "." + key, what, jsonTypeName(e[key]))};
  };
  const auto isWhole = [](const QJsonValue& v) {
    return v.isDouble() && v.toDouble() == std::floor(v.toDouble());
  };
  if (!e.contains("lab"))
    throw BadInput{CliWords::tr("%1: needs \"lab\" (a lab id, see 'amplab labs')").arg(path)};
  expect("lab", e["lab"].isString(), CliWords::tr("a lab id (a string)"));
  expect("mode", e["mode"].isString(), CliWords::tr("\"model\", \"sim\" or \"real\""));
  expect("time_scale", e["time_scale"].isString(), CliWords::tr("\"1:K\" or \"K:1\""));
  expect("service_clock", e["service_clock"].isString(), CliWords::tr("\"time\" or \"work\""));
  expect("set", e["set"].isObject(), CliWords::tr("an object of parameter values ({\"key\": value})"));
  for (const char* k : {"seed", "reps", "jobs"}) expect(k, isWhole(e[k]), CliWords::tr("a whole number"));
  for (const char* k : {"duration", "warmup"})
    expect(k, e[k].isDouble(), CliWords::tr("a number of seconds"));
  if (e.contains("vary")) {
    bool ok = e["vary"].isString();
    if (e["vary"].isArray()) {
      ok = true;
      for (const auto& v : e["vary"].toArray()) ok = ok && v.isString();
    }
    expect("vary", ok, CliWords::tr("\"key=from:to:steps[:log]\" or a list of two of them"));
  }
  const QJsonObject sets = e["set"].toObject();
  for (auto it = sets.begin(); it != sets.end(); ++it)
    if (!it.value().isString() && !it.value().isDouble() && !it.value().isArray())
      throw BadInput{CliWords::tr("%1: expected %2, got %3")
                         .arg(path + ".set." + it.key(), CliWords::tr("a number, a text or table rows"),
                              jsonTypeName(it.value()))};
}

/// A class assignment: {"runs": [{"lab": .., "mode": .., "set": {k: v}, "seed": .., "duration": .., "reps":
/// .., "vary": "k=a:b:n"}]}; each entry is a run, or a sweep when it has "vary".
/// The commands of a batch file, every entry checked (schema, lab, keys, ranges) before any runs.
std::vector<QStringList> batchCommandsOrThrow(const QByteArray& text, const QString& file,
                                              const QStringList& passthrough) {
  QJsonParseError perr{};
  const QJsonDocument doc = QJsonDocument::fromJson(text, &perr);
  if (doc.isNull()) throw BadInput{CliWords::tr("%1 is not valid JSON: %2").arg(file, perr.errorString())};
  const QJsonArray entries = doc.isArray() ? doc.array() : doc.object().value("runs").toArray();
  if (entries.isEmpty())
    throw BadInput{CliWords::tr("%1 has no runs (expected {\"runs\": [...]} or a list)").arg(file)};
  // Check every entry before running any, so a typo in entry 9 does not waste entries 1–8.
  std::vector<QStringList> commands;
  for (int i = 0; i < entries.size(); ++i) {
    checkBatchEntry(entries[i], (doc.isArray() ? QStringLiteral("[%1]") : QStringLiteral("runs[%1]")).arg(i));
    const QJsonObject e = entries[i].toObject();
    QStringList args;
    const bool isSweep = e.contains("vary");
    args << (isSweep ? "sweep" : "run") << e.value("lab").toString();
    if (e.contains("mode")) args << "--mode" << e.value("mode").toString();
    if (e.contains("time_scale")) args << "--time-scale" << e.value("time_scale").toString();
    if (e.contains("service_clock")) args << "--service-clock" << e.value("service_clock").toString();
    const QJsonObject sets = e.value("set").toObject();
    for (auto it = sets.begin(); it != sets.end(); ++it) {
      // A table parameter may be given as JSON rows rather than as their text.
      const QString value =
          it.value().isString() ? it.value().toString()
          : it.value().isArray()
              ? QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact))
              : QString::number(it.value().toDouble(), 'g', 17);
      args << "--set" << it.key() + "=" + value;
    }
    for (const char* k : {"seed", "duration", "reps", "warmup", "jobs"}) {
      if (e.contains(k))
        args << QStringLiteral("--%1").arg(k) << QString::number(e.value(k).toDouble(), 'g', 17);
    }
    // "vary": "k=a:b:n", or a list of two of them for a two-parameter sweep.
    QStringList varies;
    if (e.value("vary").isArray()) {
      for (const auto& v : e.value("vary").toArray()) varies << v.toString();
    } else if (isSweep) {
      varies << e.value("vary").toString();
    }
    for (const QString& v : varies) args << "--vary" << v;
    args << passthrough;
    try {
      Args check(args.mid(2));
      const run::Lab& lab = labOrThrow(args[1]);
      if (isSweep) {
        run::SweepSpec s;
        const QStringList given = check.values("--vary");
        if (given.isEmpty() || given.size() > 2)
          throw BadInput{CliWords::tr("\"vary\" needs one or two key=from:to:steps[:log]")};
        for (const QString& v : given)
          if (const std::string m = run::parseVary(choiceVary(lab, v).toStdString(), s); !m.empty())
            throw BadInput{widgets::runText(m)};
        checkAxis(lab, run::SweepAxis{s.key, s.from, s.to, s.steps, s.log});
        if (s.second) checkAxis(lab, *s.second);
      }
      specFrom(lab, check);
    } catch (const BadInput& bad) {
      throw BadInput{CliWords::tr("%1, entry %2: %3").arg(file).arg(i + 1).arg(bad.message)};
    }
    commands.push_back(args);
  }
  return commands;
}

int cmdBatch(Args a) {
  // --from-report: the run a report carries (its configuration, embedded when it was written).
  const auto fromReport = a.value("--from-report");
  const QString file = fromReport ? *fromReport : a.positional(CliWords::tr("batch file (JSON)"));
  const QStringList passthrough = [&] {
    QStringList p;
    if (auto db = a.value("--db")) p << "--db" << *db;
    return p;
  }();
  const bool json = a.flag("--json");
  a.expectEmpty();
  QByteArray text;
  if (fromReport) {
    if (const QString e = configFromReport(file, &text); !e.isEmpty()) throw BadInput{e};
  } else {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
      throw BadInput{CliWords::tr("cannot read %1: %2").arg(file, f.errorString())};
    text = f.readAll();
  }
  const std::vector<QStringList> commands = batchCommandsOrThrow(text, file, passthrough);
  int status = kOk;
  for (std::size_t i = 0; i < commands.size(); ++i) {
    err(QStringLiteral("[%1/%2] amplab %3").arg(i + 1).arg(commands.size()).arg(commands[i].join(' ')));
    QStringList args = commands[i];
    if (json) args << "--json";
    const int rc = runCli(args);
    if (rc == kInterrupted) {
      err(CliWords::tr("the batch stopped after entry %1 of %2").arg(i + 1).arg(commands.size()));
      return kInterrupted;
    }
    if (rc != kOk) status = rc;
  }
  return status;
}

/// The parameters in which two runs differ, each as "workers 6 → 7".
QStringList paramDifferenceList(const run::Lab& lab, const run::RunResult& a, const run::RunResult& b) {
  QStringList out;
  for (const auto& spec : lab.params()) {
    const QString va = spec.isTextual() ? QString::fromStdString(a.params.text(spec.key))
                                        : QString::number(a.params.num(spec.key), 'g', 6);
    const QString vb = spec.isTextual() ? QString::fromStdString(b.params.text(spec.key))
                                        : QString::number(b.params.num(spec.key), 'g', 6);
    if (va != vb) out << QStringLiteral("%1 %2 → %3").arg(QString::fromStdString(spec.key), va, vb);
  }
  return out;
}

/// The same in one line, for --json (English whatever LANG says).
QString paramDifferences(const run::Lab& lab, const run::RunResult& a, const run::RunResult& b) {
  const QStringList out = paramDifferenceList(lab, a, b);
  return out.isEmpty() ? QStringLiteral("no parameter differs") : out.join(", ");
}

/// amplab compare A B: the difference B − A of one metric with its own CI. Two simulations are run
/// again as replication pairs with common random numbers (paired); anything else is compared from
/// the runs' own CIs (unpaired), and said so.
int cmdCompare(Args a) {
  const bool json = a.flag("--json");
  const auto idOf = [&](const char* which) {
    const QString text = a.positional(CliWords::tr("run id %1").arg(which));
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) throw BadInput{CliWords::tr("run ids must be positive integers, got '%1'").arg(text)};
    return id;
  };
  const qint64 idA = idOf("A"), idB = idOf("B");
  const auto metric = a.value("--metric");
  const auto pairsText = a.value("--pairs");
  const auto report = a.value("--report");
  if (report)
    if (const QString e = checkReportFile(*report); !e.isEmpty()) throw BadInput{e};
  const QString db = dbPath(a, RunStore::Access::ReadOnly);
  a.expectEmpty();
  RunStore store;
  if (!openStore(store, db, RunStore::Access::ReadOnly)) return kFailed;
  QString e;
  RunLabel labelA, labelB;
  auto ra = store.load(idA, &e, &labelA);
  if (!ra) throw BadInput{e};
  auto rb = store.load(idB, &e, &labelB);
  if (!rb) throw BadInput{e};
  if (ra->lab != rb->lab)
    throw BadInput{CliWords::tr("run %1 is of lab '%2' and run %3 of '%4': compare runs of one lab")
                       .arg(idA)
                       .arg(QString::fromStdString(ra->lab))
                       .arg(idB)
                       .arg(QString::fromStdString(rb->lab))};
  for (const auto* r : {&*ra, &*rb})
    if (r->mode == run::Mode::Model)
      throw BadInput{
          CliWords::tr("run %1 is a model-only run, which has no CI: compare simulations or real runs")
              .arg(r->runId)};
  const run::Lab& lab = labOrThrow(QString::fromStdString(ra->lab));
  const std::string key = metric ? metric->toStdString() : lab.keyMetric();
  if (run::findSpec(lab.params(), key) != nullptr || [&] {
        for (const auto& m : lab.metrics())
          if (m.key == key) return false;
        return true;
      }())
    throw BadInput{CliWords::tr("--metric %1 is not a metric of %2 (see 'amplab describe %2')")
                       .arg(QString::fromStdString(key), QString::fromStdString(ra->lab))};
  run::Difference d;
  QString how;
  if (ra->mode == run::Mode::Sim && rb->mode == run::Mode::Sim) {
    const int pairs = pairsText ? static_cast<int>(parseInteger(*pairsText, "--pairs", 2, 1000)) : 0;
    d = run::comparePairedRuns(lab, *ra, *rb, key, pairs, progressHooks());
    if (interrupted.load()) {
      sayInterrupted(CliWords::tr(
          "the comparison stopped; nothing was saved (a comparison is recomputed, never stored)"));
      return kInterrupted;
    }
    how = CliWords::tr(
              "paired: %1 replication pairs of %2 simulated s, both with run %3's random numbers "
              "(seed %4)")
              .arg(d.pairs)
              .arg(humanNumber(ra->simSecondsPerRep, 4))
              .arg(idA)
              .arg(ra->seed);
  } else {
    if (pairsText)
      throw BadInput{CliWords::tr("--pairs pairs simulations; run %1 or %2 is not one").arg(idA).arg(idB)};
    d = run::compareUnpaired(*ra, *rb, key);
    how =
        CliWords::tr("unpaired, from each run's own CI: only simulations can replay the same random numbers");
  }
  if (!d.error.empty()) {
    err(CliWords::tr("error: cannot compare: %1").arg(QString::fromStdString(d.error)));
    return kFailed;
  }
  if (report) {
    const QString re =
        exportComparisonReport(lab, ComparedRuns{*ra, *rb, labelA.name, labelB.name, d}, *report);
    if (!re.isEmpty()) {
      err(CliWords::tr("error: %1").arg(re));
      return kFailed;
    }
  }
  const bool decided = d.ciLo > 0.0 || d.ciHi < 0.0;
  // The JSON's verdict is English whatever LANG says; a person reads it in their language.
  const QString verdict = !decided ? QStringLiteral("no difference is shown: the CI of B − A contains 0")
                                   : QStringLiteral("B is %1 than A (the CI of B − A excludes 0)")
                                         .arg(d.diff > 0 ? "higher" : "lower");
  const QString verdictWords = !decided ? CliWords::tr("no difference is shown: the CI of B − A contains 0")
                               : d.diff > 0 ? CliWords::tr("B is higher than A (the CI of B − A excludes 0)")
                                            : CliWords::tr("B is lower than A (the CI of B − A excludes 0)");
  if (json) {
    QJsonObject o{{"lab", QString::fromStdString(ra->lab)},
                  {"run_a", idA},
                  {"run_b", idB},
                  {"metric", QString::fromStdString(key)},
                  {"unit", QString::fromStdString(d.unit)},
                  {"mean_a", d.meanA},
                  {"mean_b", d.meanB},
                  {"differs_in", paramDifferences(lab, *ra, *rb)},
                  {"verdict", verdict}};
    const QJsonObject diff = differenceToJson(d);
    for (auto it = diff.begin(); it != diff.end(); ++it) o.insert(it.key(), it.value());
    out(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return kOk;
  }
  const QString unit = d.unit.empty() ? QString() : " " + QString::fromStdString(d.unit);
  const QStringList differs = paramDifferenceList(lab, *ra, *rb);
  QTextStream o(stdout);
  o << CliWords::tr("compare run %1 (A) with run %2 (B), %3, %4")
           .arg(idA)
           .arg(idB)
           .arg(QString::fromStdString(lab.info().id), QString::fromStdString(key))
    << "\n";
  o << "  "
    << CliWords::tr("differs in: %1")
           .arg(differs.isEmpty() ? CliWords::tr("no parameter differs") : differs.join(", "))
    << "\n";
  o << "  A " << humanNumber(d.meanA) << unit << ", B " << humanNumber(d.meanB) << unit << "\n";
  o << "  B − A: " << humanNumber(d.diff) << unit << "  "
    << CliWords::tr("95% CI %1").arg(humanInterval(d.ciLo, d.ciHi)) << "  " << how << "\n";
  if (d.paired)
    o << "  "
      << CliWords::tr("the same replications unpaired: %1: pairing removes the noise both runs share")
             .arg(humanInterval(d.unpairedLo, d.unpairedHi))
      << "\n";
  o << "  " << CliWords::tr("verdict: %1").arg(verdictWords) << "\n";
  return kOk;
}

constexpr const char* kRunsUsage =
    "list|show ID|export ID --format csv|json|pdf|html|md|rename ID NAME|note ID TEXT|delete ID|merge OUT IN...";

/// amplab runs merge OUT.db IN.db...: OUT is opened as the target, not --db. Every input is checked
/// before OUT is created, and an input is only ever read.
int cmdRunsMerge(Args& a) {
  const QString target = a.positional(CliWords::tr("output database"));
  QStringList inputs;
  try {
    for (;;) inputs << a.positional(CliWords::tr("input database"));
  } catch (const BadInput&) {
  }
  a.expectEmpty();
  if (inputs.isEmpty()) throw BadInput{CliWords::tr("runs merge needs OUT.db and at least one IN.db")};
  for (const QString& in : inputs) {
    if (const QString e = RunStore::pathProblem(in, RunStore::Access::ReadOnly); !e.isEmpty())
      throw BadInput{e};
  }
  if (const QString e = RunStore::pathProblem(target, RunStore::Access::ReadWrite); !e.isEmpty())
    throw BadInput{e};
  RunStore outStore;
  if (!openStore(outStore, target)) return kFailed;
  for (const QString& in : inputs) {
    int added = 0;
    if (const QString e = outStore.merge(in, &added); !e.isEmpty()) {
      err(CliWords::tr("error: %1: %2").arg(in, e));
      return kFailed;
    }
    err(CliWords::tr("%1: %2 runs merged").arg(in).arg(added));
  }
  return kOk;
}

int cmdRuns(Args a) {
  const QString sub = a.positional(CliWords::tr("runs subcommand (list|show|export|delete|merge)"));
  if (sub == "merge") return cmdRunsMerge(a);
  // Checked before the database is opened, which for a writing subcommand may create it.
  if (!QStringList{"list", "show", "export", "delete", "rename", "note"}.contains(sub))
    throw BadInput{
        CliWords::tr("unknown runs subcommand '%1'; use %2").arg(sub, QString::fromLatin1(kRunsUsage))};
  // Listing, showing and exporting never create, migrate or lock a file for writing.
  const bool reads = sub == "list" || sub == "show" || sub == "export";
  const auto access = reads ? RunStore::Access::ReadOnly : RunStore::Access::ReadWrite;
  RunStore store;
  if (!openStore(store, dbPath(a, access), access)) return kFailed;
  auto idArg = [&] {
    const QString text = a.positional(CliWords::tr("run id"));
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) throw BadInput{CliWords::tr("run id must be a positive integer, got '%1'").arg(text)};
    return id;
  };
  if (sub == "list") {
    const bool json = a.flag("--json");
    RunFilter filter;
    filter.lab = a.value("--lab").value_or(QString());
    if (!filter.lab.isEmpty()) labOrThrow(filter.lab);
    if (auto v = a.value("--limit")) filter.limit = static_cast<int>(parseInteger(*v, "--limit", 0, 1e9));
    if (auto v = a.value("--offset")) filter.offset = static_cast<int>(parseInteger(*v, "--offset", 0, 1e9));
    if (auto v = a.value("--since")) {
      // A date or a date and time in ISO 8601, compared with the runs' UTC start times.
      QDateTime t = QDateTime::fromString(*v, Qt::ISODate);
      if (!t.isValid()) t = QDateTime(QDate::fromString(*v, Qt::ISODate), QTime(0, 0), Qt::UTC);
      if (!t.isValid())
        throw BadInput{
            CliWords::tr(
                "--since must be a date or time in ISO 8601 (2026-12-01 or 2026-12-01T14:00:00Z), got '%1'")
                .arg(*v)};
      filter.since = t.toUTC().toString(Qt::ISODate);
    }
    if (filter.offset > 0 && filter.limit == 0)
      throw BadInput{CliWords::tr("--offset needs --limit (a page of the newest runs)")};
    a.expectEmpty();
    const auto runs = store.list(filter);
    const qint64 total = filter.limit > 0 ? store.count(filter) : static_cast<qint64>(runs.size());
    if (json) {
      QJsonArray arr;
      for (const auto& r : runs) {
        QJsonObject o{{"run_id", r.id},       {"uuid", r.uuid},     {"lab", r.lab},
                      {"mode", r.mode},       {"status", r.status}, {"started", r.started},
                      {"name", r.name},       {"notes", r.notes},   {"key_metric", r.keyMetric},
                      {"key_unit", r.keyUnit}};
        o.insert("key_value", r.hasKey ? QJsonValue(r.keyValue) : QJsonValue());
        o.insert("key_source", r.keyFromModel ? "model" : "measured");
        arr.append(o);
      }
      out(QJsonDocument(QJsonObject{{"runs", arr}, {"total", total}}).toJson(QJsonDocument::Indented));
    } else {
      QTextStream o(stdout);
      if (runs.empty()) o << CliWords::tr("no runs in %1").arg(store.path()) << "\n";
      // The status column as wide as its longest word in the reader's language ("fehlgeschlagen").
      qsizetype statusWidth = 9;
      for (const char* status : {"ok", "cancelled", "failed"})
        statusWidth = std::max(statusWidth, humanStatus(QString::fromLatin1(status)).size());
      for (const auto& r : runs) {
        const QString value = !r.hasKey ? QStringLiteral("-")
                              : r.keyFromModel
                                  ? CliWords::tr("%1 (model)").arg(humanNumber(r.keyValue) + " " + r.keyUnit)
                                  : humanNumber(r.keyValue) + " " + r.keyUnit;
        o << QString::number(r.id).leftJustified(6) << r.started.leftJustified(22) << r.lab.leftJustified(14)
          << r.mode.leftJustified(7) << humanStatus(r.status).leftJustified(statusWidth + 1) << r.keyMetric
          << " " << value.trimmed() << (r.name.isEmpty() ? "" : "  " + r.name) << "\n";
      }
      if (static_cast<qint64>(runs.size()) < total)
        o << CliWords::tr("showing %1 of %2 runs (--limit, --offset page from the newest)")
                 .arg(runs.size())
                 .arg(total)
          << "\n";
    }
    return kOk;
  }
  if (sub == "show") {
    const bool json = a.flag("--json");
    const bool full = a.flag("--full");
    const qint64 id = idArg();
    a.expectEmpty();
    QString e;
    RunLabel label;
    auto r = store.load(id, &e, &label);
    if (!r) throw BadInput{e};
    if (json) {
      QJsonObject doc = jsonForPrint(*r, full);
      doc.insert("name", label.name);
      doc.insert("notes", label.notes);
      out(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else if (const run::Lab* lab = labs::findLab(r->lab)) {
      QTextStream o(stdout);
      if (!label.name.isEmpty()) o << CliWords::tr("name: %1").arg(label.name) << "\n";
      if (!label.notes.isEmpty()) o << CliWords::tr("note: %1").arg(label.notes) << "\n";
      o.flush();
      printHuman(*lab, *r);
    }
    return kOk;
  }
  if (sub == "export") {
    const qint64 id = idArg();
    const QString format = a.value("--format").value_or("json");
    const auto file = a.value("--output");
    a.expectEmpty();
    QString e;
    RunLabel label;
    auto r = store.load(id, &e, &label);
    if (!r) throw BadInput{e};
    const run::Lab* lab = labs::findLab(r->lab);
    if (lab == nullptr) throw BadInput{CliWords::tr("run %1 belongs to an unknown lab").arg(id)};
    const ReportExtras extras{label, store.attempts(QString::fromStdString(r->lab))};
    const QStringList formats{"csv", "json", "pdf", "html", "md"};
    if (!formats.contains(format))
      throw BadInput{CliWords::tr("--format must be one of %1, got '%2'").arg(formats.join('|'), format)};
    if ((format == "pdf") && !file) throw BadInput{CliWords::tr("--format pdf needs --output FILE.pdf")};
    QByteArray bytes;
    if (file) {
      if (const QString x = exportRunData(*lab, *r, format, *file, nullptr, extras); !x.isEmpty()) {
        err(CliWords::tr("error: %1").arg(x));
        return kFailed;
      }
      err(CliWords::tr("wrote %1").arg(*file));
      return kOk;
    }
    if (const QString x = exportRunData(*lab, *r, format, QString(), &bytes, extras); !x.isEmpty()) {
      err(CliWords::tr("error: %1").arg(x));
      return kFailed;
    }
    out(bytes);
    return kOk;
  }
  if (sub == "rename" || sub == "note") {
    const qint64 id = idArg();
    const QString text = a.positional(sub == "rename" ? CliWords::tr("new name") : CliWords::tr("note text"));
    a.expectEmpty();
    const QString e = sub == "rename" ? store.rename(id, text) : store.setNotes(id, text);
    if (!e.isEmpty()) throw BadInput{e};
    err(sub == "rename" ? CliWords::tr("run %1 is now named '%2'").arg(id).arg(text)
                        : CliWords::tr("run %1's note is set").arg(id));
    return kOk;
  }
  if (sub == "delete") {
    const qint64 id = idArg();
    a.expectEmpty();
    if (const QString e = store.remove(id); !e.isEmpty()) throw BadInput{e};
    err(CliWords::tr("deleted run %1").arg(id));
    return kOk;
  }
  throw BadInput{
      CliWords::tr("unknown runs subcommand '%1'; use %2").arg(sub, QString::fromLatin1(kRunsUsage))};
}

int cmdHelp(const QString& command = {}) {
  QTextStream(stdout) << (command.isEmpty() ? helpText() : commandHelp(command));
  return kOk;
}

int cmdVersion() {
  QTextStream(stdout) << "amplab " << QCoreApplication::applicationVersion() << "\n";
  return kOk;
}

const QStringList& commandNames() {
  static const QStringList names{"labs",    "describe",   "run",   "sweep",  "batch", "runs",
                                 "compare", "assignment", "grade", "lesson", "help"};
  return names;
}

}  // namespace

bool isCliCommand(const QStringList& args) {
  if (args.isEmpty()) return false;
  // Options belong to the GUI, except these; any word is a command, so a mistyped one is an error rather
  // than a window (which, without a display, would never close).
  static const QStringList cliOptions{"--help", "-h", "--version"};
  return !args.first().startsWith('-') || cliOptions.contains(args.first());
}

QString batchCommands(const QByteArray& text, const QString& file, std::vector<QStringList>& commands) {
  try {
    commands = batchCommandsOrThrow(text, file, {});
    return {};
  } catch (const BadInput& bad) {
    return bad.message;
  }
}

int runCli(const QStringList& args) {
  const InterruptCatcher catcher;
  const QString cmd = args.value(0);
  Args rest(args.mid(1));
  if (commandNames().contains(cmd) && cmd != "help" && (args.contains("--help") || args.contains("-h")))
    return cmdHelp(cmd);
  try {
    if (cmd == "labs") return cmdLabs(rest);
    if (cmd == "describe") return cmdDescribe(rest);
    if (cmd == "run") return cmdRun(rest);
    if (cmd == "sweep") return cmdSweep(rest);
    if (cmd == "batch") return cmdBatch(rest);
    if (cmd == "runs") return cmdRuns(rest);
    if (cmd == "compare") return cmdCompare(rest);
    if (cmd == "lesson") return cmdLesson(args.mid(1));
    if (cmd == "assignment") return cmdAssignment(args.mid(1));
    if (cmd == "grade") return cmdGrade(args.mid(1));
    if (cmd == "help" || cmd == "--help" || cmd == "-h") return cmdHelp();
    if (cmd == "--version") return cmdVersion();
    throw BadInput{
        CliWords::tr("unknown command '%1'; commands: %2 (or --help, --version; no arguments opens "
                     "the GUI)")
            .arg(cmd, commandNames().join(", "))};
  } catch (const BadInput& bad) {
    err(CliWords::tr("error: %1").arg(bad.message));
    return kBadInput;
  }
}

}  // namespace amp::app
