// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/params.h"

#include <unistd.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "amp/run/phrase.h"

namespace amp::run {

double Params::num(const std::string& key) const {
  auto it = nums_.find(key);
  if (it == nums_.end()) throw std::out_of_range("no numeric parameter '" + key + "'");
  return it->second;
}

const std::string& Params::text(const std::string& key) const {
  auto it = texts_.find(key);
  if (it == texts_.end()) throw std::out_of_range("no text parameter '" + key + "'");
  return it->second;
}

ParamSpec realParam(std::string key, std::string label, std::string unit, double min, double max,
                    double def) {
  ParamSpec s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.unit = std::move(unit);
  s.kind = ParamKind::Real;
  s.min = min;
  s.max = max;
  s.def = def;
  return s;
}

ParamSpec integerParam(std::string key, std::string label, std::string unit, double min, double max,
                       double def) {
  ParamSpec s = realParam(std::move(key), std::move(label), std::move(unit), min, max, def);
  s.kind = ParamKind::Integer;
  s.step = 1;
  return s;
}

ParamSpec choiceParam(std::string key, std::string label, std::vector<std::string> choices, std::string def) {
  ParamSpec s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.kind = ParamKind::Choice;
  s.choices = std::move(choices);
  s.defText = std::move(def);
  return s;
}

ParamSpec pathParam(std::string key, std::string label) {
  ParamSpec s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.kind = ParamKind::Path;
  s.help = "a folder for the lab's files; empty = a temporary folder, removed after the run";
  return s;
}

std::string parameterName(const std::vector<ParamSpec>& specs, const std::string& key) {
  const ParamSpec* s = findSpec(specs, key);
  if (s == nullptr || s->label.empty()) return key;
  std::string name = s->label;
  // "Worker time" → "worker time", but an acronym keeps its capitals ("CPU time", "RSS hash").
  if (name.size() < 2 || !std::isupper(static_cast<unsigned char>(name[1])))
    name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
  return name;
}

bool isRelevant(const ParamSpec& spec, const Params& params) {
  if (spec.relevantKey.empty()) return true;
  auto it = params.texts().find(spec.relevantKey);
  if (it == params.texts().end()) return true;
  for (const auto& v : spec.relevantValues)
    if (v == it->second) return true;
  return false;
}

Params defaults(const std::vector<ParamSpec>& specs) {
  Params p;
  for (const auto& s : specs) {
    if (s.isTextual()) {
      p.setText(s.key, s.defText);
    } else {
      p.set(s.key, s.def);
    }
  }
  return p;
}

const ParamSpec* findSpec(const std::vector<ParamSpec>& specs, const std::string& key) {
  for (const auto& s : specs) {
    if (s.key == key) return &s;
  }
  return nullptr;
}

std::string formatNumber(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  // Shortest text that reads back as the same double; plain digits where they stay short
  // (300000 and 0.0001, not 3e+05 and 1e-04), an exponent beyond.
  const double a = std::abs(v);
  const bool plain = a == 0.0 || (a >= 1e-6 && a < 1e15);
  auto res = plain ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed)
                   : std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, res.ptr);
}

namespace {

/// A path parameter names a folder a run makes its files in: try it (a fresh directory, removed
/// at once), since permission bits do not tell (root ignores them; a read-only mount does not).
bool canCreateIn(const std::string& folder) {
  std::string probe = (std::filesystem::path(folder) / ".amplab-probe-XXXXXX").string();
  if (::mkdtemp(probe.data()) == nullptr) return false;
  ::rmdir(probe.c_str());
  return true;
}

}  // namespace

std::string allowedText(const ParamSpec& spec) {
  switch (spec.kind) {
    case ParamKind::Choice: {
      std::string s;
      for (std::size_t i = 0; i < spec.choices.size(); ++i) s += (i ? "|" : "") + spec.choices[i];
      return phrase("one of %1", {s});
    }
    case ParamKind::Text:
      return phrase("text");
    case ParamKind::Path:
      return phrase("a folder, or empty for a temporary one");
    case ParamKind::Table: {
      std::string s;
      for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        if (i > 0) s += ',';
        s += spec.columns[i].key;
      }
      return phrase("JSON rows [[%1], ...] of %2 to %3 rows",
                    {s, std::to_string(spec.minRows), std::to_string(spec.maxRows)});
    }
    case ParamKind::Integer:
      return spec.unit.empty()
                 ? phrase("an integer in [%1, %2]", {formatNumber(spec.min), formatNumber(spec.max)})
                 : phrase("an integer in [%1, %2] %3",
                          {formatNumber(spec.min), formatNumber(spec.max), spec.unit});
    case ParamKind::Real:
      break;
  }
  return spec.unit.empty()
             ? phrase("a number in [%1, %2]", {formatNumber(spec.min), formatNumber(spec.max)})
             : phrase("a number in [%1, %2] %3", {formatNumber(spec.min), formatNumber(spec.max), spec.unit});
}

std::string applySetting(const std::vector<ParamSpec>& specs, Params& params, const std::string& key,
                         const std::string& value) {
  const ParamSpec* spec = findSpec(specs, key);
  if (spec == nullptr) {
    std::string known;
    for (const auto& s : specs) known += (known.empty() ? "" : ", ") + s.key;
    return phrase("unknown parameter '%1'; known parameters: %2", {key, known});
  }
  if (spec->kind == ParamKind::Choice) {
    for (const auto& c : spec->choices) {
      if (c == value) {
        params.setText(key, value);
        return {};
      }
    }
    return phrase("invalid value '%1' for %2: allowed is %3", {value, key, allowedText(*spec)});
  }
  if (spec->kind == ParamKind::Text) {
    params.setText(key, value);
    return {};
  }
  if (spec->kind == ParamKind::Path) {
    std::error_code ec;
    if (!value.empty() && !std::filesystem::is_directory(value, ec))
      return phrase("%1 = '%2' is not a folder: allowed is %3", {key, value, allowedText(*spec)});
    if (!value.empty() && !canCreateIn(value))
      return phrase("%1 = '%2' is a folder this program cannot write to: allowed is %3",
                    {key, value, allowedText(*spec)});
    params.setText(key, value);
    return {};
  }
  if (spec->kind == ParamKind::Table) {
    TableRows rows;
    if (std::string err = parseTable(*spec, value, rows); !err.empty()) return err;
    params.setText(key, formatTable(rows));
    return {};
  }
  double v = 0;
  const char* first = value.data();
  const char* last = value.data() + value.size();
  auto res = std::from_chars(first, last, v);
  if (value.empty() || res.ec != std::errc() || res.ptr != last || !std::isfinite(v)) {
    return phrase("'%1' is not a number for %2: allowed is %3", {value, key, allowedText(*spec)});
  }
  if (spec->kind == ParamKind::Integer && v != std::floor(v)) {
    return phrase("'%1' is not an integer for %2: allowed is %3", {value, key, allowedText(*spec)});
  }
  if (v < spec->min || v > spec->max) {
    return phrase("%1 = %2 is out of range: allowed is %3", {key, value, allowedText(*spec)});
  }
  params.set(key, v);
  return {};
}

std::string applySetting(const std::vector<ParamSpec>& specs, Params& params, const std::string& assignment) {
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0) {
    return phrase("'%1' is not of the form key=value", {assignment});
  }
  return applySetting(specs, params, assignment.substr(0, eq), assignment.substr(eq + 1));
}

}  // namespace amp::run
