// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/cli_help.h"

#include <QStringList>
#include <vector>

#include "cli/cli_words.h"

namespace amp::app {

namespace {

/// One line of a command's entry: its syntax, as typed in every language, and the words that
/// explain it (translated at display time; `literal` fills their %1, so that an option quoted in
/// a sentence stays as typed too). A syntax that starts with "amplab" begins a command.
struct Row {
  const char* syntax = nullptr;
  const char* words = nullptr;
  const char* literal = nullptr;
};

struct Entry {
  const char* command;  ///< the first word after amplab ("" for the GUI)
  std::vector<Row> rows;
};

const std::vector<Entry>& entries() {
  static const std::vector<Entry> all{
      {"", {{"amplab", QT_TRANSLATE_NOOP("amp::app::CliHelp", "the GUI")}}},
      {"labs", {{"amplab labs [--json]", QT_TRANSLATE_NOOP("amp::app::CliHelp", "list labs")}}},
      {"describe",
       {{"amplab describe LAB [--json]",
         QT_TRANSLATE_NOOP("amp::app::CliHelp", "parameters, ranges, metrics, model")}}},
      {"run",
       {{"amplab run LAB [--mode model|sim|real] [--set k=v]... [--seed N] [--duration S] [--reps R]"},
        {"[--warmup S] [--precision P] [--jobs J] [--service-clock time|work]"},
        {"[--time-scale 1:K] [--no-fit] [--db PATH] [--json [--full]]"},
        {"[--chart FILE.png|svg|pdf] [--report FILE.pdf|html|md] [--name TEXT] [--note TEXT]"},
        {"[--samples FILE.csv]",
         QT_TRANSLATE_NOOP("amp::app::CliHelp", "every record of the first replication (or real run)")}}},
      {"sweep",
       {{"amplab sweep LAB --vary k=from:to:steps[:log] [--vary k2=...] [--set k=v]... [--mode ...]"},
        {"[--reps R] [--jobs J] [--shard K/N] [--json|--csv] [--chart FILE]"},
        {"[--report FILE.pdf|html|md]",
         QT_TRANSLATE_NOOP("amp::app::CliHelp", "the curve and a table per point")},
        {"--plan N", QT_TRANSLATE_NOOP("amp::app::CliHelp",
                                       "prints the commands that run it as N shards, then merge them")},
        {nullptr, QT_TRANSLATE_NOOP("amp::app::CliHelp", "a choice parameter sweeps all its choices: %1"),
         "--vary policy"},
        {nullptr, QT_TRANSLATE_NOOP("amp::app::CliHelp", "a table parameter takes JSON rows: %1"),
         "--set task_set='[[1,4],[2,6]]'"}}},
      {"batch",
       {{"amplab batch FILE.json [--json]",
         QT_TRANSLATE_NOOP("amp::app::CliHelp", "a list of runs/sweeps, e.g. a class assignment")},
        {"amplab batch --from-report FILE.pdf|html|md",
         QT_TRANSLATE_NOOP("amp::app::CliHelp", "the run a report carries, again")}}},
      {"runs",
       {{"amplab runs list [--lab LAB] [--since DATE] [--limit N [--offset K]] [--json]"},
        {nullptr,
         QT_TRANSLATE_NOOP("amp::app::CliHelp", "(%1: the N newest runs, after skipping the K newest)"),
         "--limit"},
        {"amplab runs show ID|export ID --format csv|json|pdf|html|md [--output FILE]|delete ID"},
        {"amplab runs rename ID NAME | runs note ID TEXT",
         QT_TRANSLATE_NOOP("amp::app::CliHelp", "name or annotate a saved run (shown in exports)")},
        {"amplab runs merge OUT.db IN.db...",
         QT_TRANSLATE_NOOP("amp::app::CliHelp", "fold databases (e.g. sweep shards) together")}}},
      {"compare",
       {{"amplab compare A B [--metric KEY] [--pairs N] [--json] [--report FILE.pdf|html|md]"},
        {nullptr, QT_TRANSLATE_NOOP(
                      "amp::app::CliHelp",
                      "B − A with its own 95% CI; two simulations are re-run in pairs with common random "
                      "numbers (paired), other runs are compared from their own CIs")}}},
      {"lesson",
       {{"amplab lesson FILE|LAB [--check]",
         QT_TRANSLATE_NOOP(
             "amp::app::CliHelp",
             "step through a lesson script in presentation mode (GUI); %1 validates it headless (labs, "
             "keys, values, conditions, charts); a lab's id stands for its shipped lesson"),
         "--check"}}},
      {"assignment",
       {{"amplab assignment LAB [--student ID] [--seed S] [--exercise EX]... [--json] [--out FILE.json]"},
        {nullptr,
         QT_TRANSLATE_NOOP(
             "amp::app::CliHelp",
             "a problem per student: the exercises with the student's own numbers, drawn from the id and "
             "the assignment's seed; %1 writes the ASSIGNMENT.json to grade with"),
         "--out"},
        {"--answer EX=VALUE... [--run EX=RUN_ID]... --submit FILE.json [--db PATH]"},
        {nullptr,
         QT_TRANSLATE_NOOP("amp::app::CliHelp",
                           "hands in predictions (and the saved runs made for them); run again to add")}}},
      {"grade",
       {{"amplab grade ASSIGNMENT.json DIR [--csv OUT.csv]"},
        {nullptr,
         QT_TRANSLATE_NOOP(
             "amp::app::CliHelp",
             "every submission in %1 graded on the problem derived again from its student's id (model, "
             "or the seeded simulation): a CSV row per answer, with its error"),
         "DIR"}}},
      {"--version", {{"amplab --version | --help"}}},
  };
  return all;
}

constexpr qsizetype kWidth = 99;   // the widest line
constexpr qsizetype kIndent = 17;  // a continued syntax line and explaining words on lines of their own
constexpr qsizetype kColumn = 42;  // explaining words after a short syntax

/// `words` filled in after `line` (from its end, or a new line at `indent`), broken between words
/// so that no line is wider than kWidth unless a single word is.
void wrapInto(QStringList& lines, QString line, const QString& words, qsizetype indent) {
  const QString margin(indent, QLatin1Char(' '));
  bool fresh = line.trimmed().isEmpty();  // nothing on it yet but the margin
  for (const QString& word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    if (!fresh && line.size() + 1 + word.size() > kWidth) {
      lines << line;
      line = margin;
      fresh = true;
    }
    if (!fresh) line += QLatin1Char(' ');
    line += word;
    fresh = false;
  }
  lines << line;
}

QString explained(const Row& row) {
  const QString words = CliHelp::tr(row.words);
  return row.literal != nullptr ? words.arg(QString::fromUtf8(row.literal)) : words;
}

void render(const Entry& entry, QStringList& lines) {
  for (const Row& row : entry.rows) {
    const QString syntax = QString::fromUtf8(row.syntax != nullptr ? row.syntax : "");
    const bool command = syntax.startsWith(QLatin1String("amplab"));
    QString line = QString(command ? 2 : kIndent, QLatin1Char(' ')) + syntax;
    if (row.words == nullptr) {
      lines << line;
      continue;
    }
    if (syntax.isEmpty()) {
      wrapInto(lines, line, explained(row), kIndent);
      continue;
    }
    // The words after the syntax: from their column after a short command, else two spaces on; one that would
    // not fit even its first word there begins a line of its own.
    line = command && line.size() < kColumn - 1 ? line.leftJustified(kColumn - 1) : line + QLatin1Char(' ');
    const QString words = explained(row);
    if (line.size() + 1 + words.section(QLatin1Char(' '), 0, 0).size() > kWidth) {
      lines << QString(command ? 2 : kIndent, QLatin1Char(' ')) + syntax;
      line = QString(kIndent, QLatin1Char(' '));
    }
    wrapInto(lines, line, words, kIndent);
  }
}

QString paragraph(const QString& text) {
  QStringList lines;
  wrapInto(lines, QString(), text, 0);
  return lines.join(QLatin1Char('\n'));
}

QString realRunNote() {
  return paragraph(
      CliHelp::tr("A real run without %1 runs until the key metric's 95% CI is within %2 (default "
                  "5%) of its mean, at most 60 s. It starts from parameters fitted to this "
                  "machine (fewer workers, the same utilizations; %3 keeps the lab's own) and "
                  "at the lab's time scale (%4: work K× shorter, arrivals K× denser, results "
                  "in the lab's time; K:1 stretches it; 1:1 = the lab's own time).")
          .arg(QStringLiteral("--duration"), QStringLiteral("--precision"), QStringLiteral("--no-fit"),
               QStringLiteral("--time-scale 1:K")));
}

QString exitAndDatabaseNote() {
  return paragraph(CliHelp::tr("Exit status: 0 success; 1 a run failed or could not be saved, or the "
                               "database is not AMP Lab's, corrupt or newer; 2 bad input.") +
                   QLatin1Char(' ') +
                   CliHelp::tr("The database is %1, else %2, else the per-user data folder; its folder must "
                               "exist (the per-user one is created).")
                       .arg(QStringLiteral("--db PATH"), QStringLiteral("$AMPLAB_DB")));
}

}  // namespace

QString helpText() {
  QStringList lines{CliHelp::tr("%1 — a teaching lab for asymmetric multiprocessing").arg("amplab"),
                    QString()};
  for (const Entry& entry : entries()) render(entry, lines);
  return lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + realRunNote() + QStringLiteral("\n\n") +
         exitAndDatabaseNote() + QLatin1Char('\n');
}

QString commandHelp(const QString& command) {
  QStringList lines;
  for (const Entry& entry : entries())
    if (command == QLatin1String(entry.command)) render(entry, lines);
  if (lines.isEmpty()) return {};
  QString text = lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
  if (command == QLatin1String("run")) text += realRunNote() + QStringLiteral("\n\n");
  return text + CliWords::tr("(amplab --help shows every command.)") + QLatin1Char('\n');
}

}  // namespace amp::app
