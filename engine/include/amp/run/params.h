// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace amp::run {

/// Table: rows of numbers with typed, ranged columns (a task set, an incident's steps), kept as
/// JSON text `[[1,4],[2,6]]`. Path: a folder the lab keeps its files in ("" = a temporary one).
enum class ParamKind { Real, Integer, Choice, Text, Table, Path };
enum class Scale { Linear, Log };

/// One column of a table parameter: a number in [min, max] (whole when `integer`); a row that
/// stops short of this column takes `def`.
struct ColumnSpec {
  std::string key, label, unit;
  double min = 0.0, max = 1.0;
  bool integer = false;
  double def = 0.0;
  /// A column of the same row this one may not exceed ("C_us" not above "T_us"); empty = none.
  std::string notAbove;

  ColumnSpec notAboveColumn(std::string other) && {
    notAbove = std::move(other);
    return std::move(*this);
  }
};

/// One parameter of a lab: the contract for sliders, `--set key=value`, saved runs and reports.
/// Labs make one with realParam(), integerParam() or choiceParam() and chain what differs from
/// the defaults: `realParam("rate", "Rate", "1/s", 0.1, 100, 8).withScale(Scale::Log).withHelp("…")`.
struct ParamSpec {
  std::string key;    ///< exactly as LABS.md spells it
  std::string label;  ///< shown to the user (English source; translated at display time)
  std::string unit;   ///< "ms", "1/s", "" for counts
  ParamKind kind = ParamKind::Real;
  double min = 0.0, max = 1.0, def = 0.0, step = 0.0;  ///< step 0 = continuous
  Scale scale = Scale::Linear;
  std::string help;
  std::vector<std::string> choices;  ///< Choice: allowed values; default = defText
  std::string defText;               ///< Choice/Text/Table/Path default
  std::vector<ColumnSpec> columns;   ///< Table: its columns
  int minRows = 1, maxRows = 32;     ///< Table: how many rows it may have
  /// Shown and used only while the choice `relevantKey` has one of `relevantValues`
  /// (e.g. `epsilon` only for policy epsilon_greedy); empty = always.
  std::string relevantKey;
  std::vector<std::string> relevantValues;

  /// The grid the slider and spin box snap to; 0 = continuous.
  ParamSpec withStep(double s) && {
    step = s;
    return std::move(*this);
  }
  ParamSpec withScale(Scale s) && {
    scale = s;
    return std::move(*this);
  }
  ParamSpec withHelp(std::string text) && {
    help = std::move(text);
    return std::move(*this);
  }
  ParamSpec relevantWhen(std::string choiceKey, std::vector<std::string> values) && {
    relevantKey = std::move(choiceKey);
    relevantValues = std::move(values);
    return std::move(*this);
  }
  /// Table: between `least` and `most` rows.
  ParamSpec withRows(int least, int most) && {
    minRows = least;
    maxRows = most;
    return std::move(*this);
  }
  bool isTextual() const {
    return kind == ParamKind::Choice || kind == ParamKind::Text || kind == ParamKind::Table ||
           kind == ParamKind::Path;
  }
};

/// A real number in [min, max] starting at `def`: continuous, linear scale, no help yet.
ParamSpec realParam(std::string key, std::string label, std::string unit, double min, double max, double def);
/// A whole number in [min, max] starting at `def` (step 1, linear scale).
ParamSpec integerParam(std::string key, std::string label, std::string unit, double min, double max,
                       double def);
/// One of `choices` (no unit), starting at `def`.
ParamSpec choiceParam(std::string key, std::string label, std::vector<std::string> choices, std::string def);

/// Rows of numbers in [min, max] with typed columns, starting at `def` (JSON rows, e.g.
/// "[[1,4],[2,6]]"); 1 to 32 rows unless withRows() says otherwise.
ParamSpec tableParam(std::string key, std::string label, std::vector<ColumnSpec> columns, std::string def);
/// A column of a table parameter; a short row takes `def` for it.
ColumnSpec numberColumn(std::string key, std::string label, std::string unit, double min, double max,
                        double def);
ColumnSpec integerColumn(std::string key, std::string label, std::string unit, double min, double max,
                         double def);
/// A folder for the lab's files; "" (the default) means a temporary folder, removed after the run.
ParamSpec pathParam(std::string key, std::string label);

using TableRows = std::vector<std::vector<double>>;
/// Parses a table parameter's JSON text against its columns and row limits into `rows` (a short
/// row completed with the columns' defaults); "" on success, else a message naming the key, the row and the
/// column ("task_set row 2, column period_ms: 0 is out of range: allowed is a number in [0.1, 1000] ms").
std::string parseTable(const ParamSpec& spec, const std::string& text, TableRows& rows);
/// The JSON text of `rows` ("[[1,4],[2,6]]").
std::string formatTable(const TableRows& rows);

/// A lab's parameter values: numbers for Real/Integer, text for Choice/Text/Table/Path.
class Params {
 public:
  double num(const std::string& key) const;  ///< throws std::out_of_range naming the key
  int integer(const std::string& key) const { return static_cast<int>(num(key)); }
  const std::string& text(const std::string& key) const;  ///< Choice/Text/Path values
  /// A table parameter's rows (throws std::invalid_argument when its text is not rows of numbers).
  TableRows table(const std::string& key) const;
  bool has(const std::string& key) const { return nums_.count(key) + texts_.count(key) > 0; }
  void set(const std::string& key, double v) { nums_[key] = v; }
  void setText(const std::string& key, std::string v) { texts_[key] = std::move(v); }
  const std::map<std::string, double>& nums() const { return nums_; }
  const std::map<std::string, std::string>& texts() const { return texts_; }
  bool operator==(const Params&) const = default;

 private:
  std::map<std::string, double> nums_;
  std::map<std::string, std::string> texts_;
};

/// How a sentence names the parameter `key`: its label with a small first letter ("worker time
/// per request"), or the key itself when the lab has no such parameter.
std::string parameterName(const std::vector<ParamSpec>& specs, const std::string& key);

/// Whether `spec` matters with these values (its relevantWhen choice matches, or it has none).
bool isRelevant(const ParamSpec& spec, const Params& params);

/// Every key at its default.
Params defaults(const std::vector<ParamSpec>& specs);
const ParamSpec* findSpec(const std::vector<ParamSpec>& specs, const std::string& key);
/// Describes what a key accepts: "a number in [0.1, 100] ms", "one of shared|per_worker_rr".
std::string allowedText(const ParamSpec& spec);
/// Parse `value` for `key` and store it; returns "" on success, else a message naming the key
/// and what is allowed ("unknown parameter 'x' for lab 'foundations'; known: ...").
std::string applySetting(const std::vector<ParamSpec>& specs, Params& params, const std::string& key,
                         const std::string& value);
/// Parse "key=value" (as given to --set).
std::string applySetting(const std::vector<ParamSpec>& specs, Params& params, const std::string& assignment);
/// Format a number the way the CLI and reports show it (shortest round-trip, no trailing zeros).
std::string formatNumber(double v);

}  // namespace amp::run
