// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/assignment.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <exception>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "amp/run/lab_text.h"
#include "amp/run/runner.h"
#include "amp/sim/rng.h"

namespace amp::run {

std::uint64_t stableHash(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a's offset basis and prime
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::uint64_t splitMix64(std::uint64_t x) { return sim::splitmix64(x); }

namespace {

constexpr double kSpread = 0.25;  // ±25% around the exercise's value
constexpr int kDraws = 32;

/// Where a number starts and ends in a text: a run of digits and dots, without a sentence's
/// final dot ("9.5." is 9.5).
struct Token {
  std::size_t pos, len;
};
std::vector<Token> numberTokens(const std::string& text) {
  std::vector<Token> out;
  const auto isNum = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.'; };
  for (std::size_t i = 0; i < text.size();) {
    if (!isNum(text[i]) || (text[i] == '.' && (i + 1 >= text.size() || !isNum(text[i + 1])))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && isNum(text[j])) ++j;
    std::size_t len = j - i;
    while (len > 0 && text[i + len - 1] == '.') --len;
    // A letter glued to the front (x2, p99) makes it part of a name, not a quantity.
    const bool glued = i > 0 && std::isalpha(static_cast<unsigned char>(text[i - 1])) != 0;
    if (len > 0 && !glued) out.push_back({i, len});
    i = j;
  }
  return out;
}

/// How many times the number `value` stands alone in `text`.
int occurrences(const std::vector<Token>& tokens, const std::string& text, const std::string& value) {
  return static_cast<int>(std::count_if(tokens.begin(), tokens.end(), [&](const Token& t) {
    return text.compare(t.pos, t.len, value) == 0 && t.len == value.size();
  }));
}

/// Whether the number `value` stands in `text` followed by `unit` ("1 ms", "9.5/s" for 1/s).
bool statedWithUnit(const std::vector<Token>& tokens, const std::string& text, const std::string& value,
                    const std::string& unit) {
  if (unit.empty()) return false;
  for (const Token& t : tokens) {
    if (t.len != value.size() || text.compare(t.pos, t.len, value) != 0) continue;
    std::size_t at = t.pos + t.len;
    if (at < text.size() && text[at] == ' ') ++at;
    for (const std::string& u : {unit, unit == "1/s" ? std::string("/s") : unit}) {
      if (text.compare(at, u.size(), u) != 0) continue;
      const std::size_t after = at + u.size();
      if (after >= text.size() || std::isalpha(static_cast<unsigned char>(text[after])) == 0) return true;
    }
  }
  return false;
}

/// `x` to 12 figures: a grid's or a product's binary noise dropped (1.2000000000000002 is the 1.2
/// a slider shows).
double clean(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.12g", x);
  return std::stod(text);
}

/// `x` on the grid of `step` from the parameter's minimum (as a linear slider snaps), in its range.
double onGrid(const ParamSpec& spec, double step, double x) {
  if (step > 0) x = spec.min + std::round((x - spec.min) / step) * step;
  return std::clamp(x, spec.min, spec.max);
}

/// ±25% of `value` (×/÷ 1.25 on a log scale) inside the parameter's range; lo == hi when nothing
/// is left to vary (a zero, a count of 1).
VaryRange genericRange(const ParamSpec& spec, double value) {
  VaryRange r;
  r.log = spec.scale == Scale::Log && value > 0;
  r.lo = r.log ? value / (1 + kSpread) : value * (1 - kSpread);
  r.hi = value * (1 + kSpread);
  if (r.lo > r.hi) std::swap(r.lo, r.hi);
  r.step = spec.kind == ParamKind::Integer ? std::max(1.0, spec.step) : spec.step;
  r.lo = clean(onGrid(spec, r.step, r.lo));
  r.hi = clean(onGrid(spec, r.step, r.hi));
  return r;
}

bool isNumeric(const ParamSpec* spec) {
  return spec != nullptr && (spec->kind == ParamKind::Real || spec->kind == ParamKind::Integer);
}

/// A drawn value as the student reads and sets it: on the step's grid (from the parameter's
/// minimum), else to three significant figures, so that the text shown is the value used.
double snapped(const ParamSpec& spec, const VaryRange& r, double x) {
  const double step = r.step > 0 ? r.step : (spec.kind == ParamKind::Integer ? 1.0 : 0.0);
  x = step > 0 ? clean(onGrid(spec, step, x)) : std::stod(significant(x, 3));
  return std::clamp(x, std::max(spec.min, r.lo), std::min(spec.max, r.hi));
}

/// How a prompt states `v`: as the labs' texts do (three figures), unless that would misstate a
/// value on a finer grid.
std::string statedAs(double v) {
  const std::string text = significant(v, 3);
  return std::stod(text) == v ? text : formatNumber(v);
}

/// A uniform number in [0, 1) for `what` (a parameter at a value) in draw `draw` of a student's
/// problems.
double uniform(std::uint64_t problem, const std::string& what, int draw) {
  const std::uint64_t bits =
      splitMix64(problem ^ splitMix64(stableHash(what) + static_cast<std::uint64_t>(draw)));
  return static_cast<double>(bits >> 11) * 0x1.0p-53;
}

/// The model's answer at `p` and whether the model is stable there; false when the model has no
/// such value or throws.
bool modelAnswer(const Lab& lab, const Params& p, const std::string& metric, double& value, bool& stable) {
  try {
    const ModelResult m = lab.model(p);
    const auto it = m.values.find(metric);
    if (it == m.values.end()) return false;
    value = it->second;
    stable = m.stable;
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

std::map<std::string, VaryRange> assignmentRanges(const Lab& lab, const Exercise& e) {
  const std::vector<ParamSpec> specs = lab.params();
  const Params base = paramsWith(specs, e.setup);
  const std::vector<Token> tokens = numberTokens(e.prompt);
  std::map<std::string, VaryRange> out;
  std::map<std::string, int> textUses;  // how many varied parameters state each number
  // Numbers inside the exercise's textual settings (a table's rows): the prompt may be stating one
  // of those ("200 µs of blocking" is a table cell, not the parameter that is 200 µs too).
  std::set<std::string> inTexts;
  for (const auto& [key, value] : e.setup)
    if (!isNumeric(findSpec(specs, key)))
      for (const Token& t : numberTokens(value)) inTexts.insert(value.substr(t.pos, t.len));
  for (const ParamSpec& spec : specs) {
    if (!isNumeric(&spec) || !isRelevant(spec, base)) continue;
    const double v = base.num(spec.key);
    const std::string text = significant(v, 3);
    const bool set = e.setup.count(spec.key) > 0;
    const bool stated = statedWithUnit(tokens, e.prompt, text, spec.unit);
    if (!set && !stated) continue;
    // A number the prompt states twice may be two things ("2 ms … 2 workers"): it stays.
    if (occurrences(tokens, e.prompt, text) > 1 || inTexts.count(text) > 0) continue;
    // A count whose neighbour the prompt states too is counted in the text ("14 workers … add
    // one, 15 in all"): a new value could not change both.
    if (spec.kind == ParamKind::Integer && (occurrences(tokens, e.prompt, significant(v - 1, 3)) > 0 ||
                                            occurrences(tokens, e.prompt, significant(v + 1, 3)) > 0))
      continue;
    const VaryRange r = genericRange(spec, v);
    if (r.hi <= r.lo) continue;
    out[spec.key] = r;
    ++textUses[text];
  }
  // A number two varied parameters share ("2 workers of 2 ms") names neither unambiguously.
  std::erase_if(out, [&](const auto& entry) {
    const std::string text = significant(base.num(entry.first), 3);
    return textUses[text] > 1 && occurrences(tokens, e.prompt, text) > 0;
  });
  return out;
}

AssignedExercise assignExercise(const Lab& lab, const Exercise& e, std::uint64_t seed,
                                const std::string& student) {
  const std::vector<ParamSpec> specs = lab.params();
  AssignedExercise a;
  a.id = e.id;
  a.prompt = e.prompt;
  a.setup = e.setup;
  a.params = paramsWith(specs, e.setup);
  a.ranges = assignmentRanges(lab, e);
  if (a.ranges.empty()) return a;

  double ownAnswer = 0;
  bool ownStable = true;
  const bool hasAnswer = modelAnswer(lab, a.params, e.metric, ownAnswer, ownStable);
  // Not the exercise's id: a parameter at the same value draws the same student value in every
  // exercise, so that "the defaults" are one set of numbers per student and an exercise that says
  // "same setting" as the one before gets the same numbers.
  const std::uint64_t problem = stableHash(std::to_string(seed) + '\x1f' + lab.info().id + '\x1f' + student);
  const Params own = a.params;
  bool found = false;
  for (int draw = 0; draw < kDraws; ++draw) {
    std::map<std::string, std::string> setup = e.setup;
    for (const auto& [key, r] : a.ranges) {
      const ParamSpec* spec = findSpec(specs, key);
      if (!isNumeric(spec)) continue;
      const double u = uniform(problem, key + '=' + formatNumber(own.num(key)), draw);
      const double x =
          r.log ? std::exp(std::log(r.lo) + u * (std::log(r.hi) - std::log(r.lo))) : r.lo + u * (r.hi - r.lo);
      setup[key] = formatNumber(snapped(*spec, r, x));
    }
    RunSpec check;
    check.lab = lab.info().id;
    check.mode = Mode::Model;
    check.params = defaults(specs);
    bool settable = true;
    for (const auto& [k, v] : setup) settable = settable && applySetting(specs, check.params, k, v).empty();
    if (!settable || !validate(lab, check).empty()) continue;
    double answer = 0;
    bool stable = true;
    if (hasAnswer && (!modelAnswer(lab, check.params, e.metric, answer, stable) || !std::isfinite(answer) ||
                      (ownStable && !stable)))
      continue;
    a.setup = std::move(setup);
    a.params = std::move(check.params);
    found = true;
    break;
  }
  a.ownSetup = !found;
  if (!found) return a;
  // The prompt states the student's numbers: each varied value it states once, unambiguously.
  const std::vector<Token> tokens = numberTokens(e.prompt);
  std::vector<std::pair<Token, std::string>> replacements;
  for (const auto& [key, r] : a.ranges) {
    if (!own.has(key) || !a.params.has(key)) continue;
    const std::string from = significant(own.num(key), 3);
    if (occurrences(tokens, e.prompt, from) != 1) continue;
    for (const Token& t : tokens)
      if (t.len == from.size() && e.prompt.compare(t.pos, t.len, from) == 0)
        replacements.emplace_back(t, statedAs(a.params.num(key)));
  }
  std::sort(replacements.begin(), replacements.end(),
            [](const auto& x, const auto& y) { return x.first.pos > y.first.pos; });
  for (const auto& [t, text] : replacements) a.prompt.replace(t.pos, t.len, text);
  return a;
}

}  // namespace amp::run
