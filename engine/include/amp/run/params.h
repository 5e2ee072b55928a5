// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace amp::run {

enum class ParamKind { Real, Integer, Choice, Text };
enum class Scale { Linear, Log };

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
  std::string defText;               ///< Choice/Text default

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
};

/// A real number in [min, max] starting at `def`: continuous, linear scale, no help yet.
ParamSpec realParam(std::string key, std::string label, std::string unit, double min, double max, double def);
/// A whole number in [min, max] starting at `def` (step 1, linear scale).
ParamSpec integerParam(std::string key, std::string label, std::string unit, double min, double max,
                       double def);
/// One of `choices` (no unit), starting at `def`.
ParamSpec choiceParam(std::string key, std::string label, std::vector<std::string> choices, std::string def);

/// A lab's parameter values: numbers for Real/Integer, text for Choice/Text.
class Params {
 public:
  double num(const std::string& key) const;  ///< throws std::out_of_range naming the key
  int integer(const std::string& key) const { return static_cast<int>(num(key)); }
  const std::string& text(const std::string& key) const;  ///< Choice/Text values
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
