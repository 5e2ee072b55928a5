// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/lab_text.h"

#include <cmath>

namespace amp::run {

namespace {

std::string trimmed(const std::string& s) {
  const auto a = s.find_first_not_of(" \t");
  const auto b = s.find_last_not_of(" \t");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

/// The value a placeholder's inside ("key" or "key | a=1, b=2") names; false with a reason.
bool valueOf(const Lab& lab, const std::string& inside, double& value, std::string& why) {
  const auto bar = inside.find('|');
  const std::string key = trimmed(inside.substr(0, bar));
  const std::vector<ParamSpec> specs = lab.params();
  Params p = defaults(specs);
  if (bar != std::string::npos) {
    std::string rest = inside.substr(bar + 1);
    for (std::size_t start = 0; start <= rest.size();) {
      const auto comma = rest.find(',', start);
      const std::string setting = trimmed(rest.substr(start, comma - start));
      if (!setting.empty())
        if (std::string err = applySetting(specs, p, setting); !err.empty()) {
          why = err;
          return false;
        }
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  const ModelResult m = lab.model(p);
  auto it = m.values.find(key);
  if (it == m.values.end()) {
    // A setting the text states ("λ = {{arrival_rate}}/s") follows the lab's defaults too.
    const ParamSpec* spec = findSpec(specs, key);
    if (spec != nullptr && !spec->isTextual() && p.has(key)) {
      value = p.num(key);
      return true;
    }
  }
  if (it == m.values.end() || !std::isfinite(it->second)) {
    why = "the model gives no value for '" + key + "' there";
    return false;
  }
  value = it->second;
  return true;
}

}  // namespace

std::string significant(double v, int digits) {
  if (v == 0.0 || !std::isfinite(v)) return formatNumber(v);
  // A count (a ring of 4096 slots, 256 flows) is stated as it is: rounding it would misstate it.
  if (std::abs(v) < 1e6 && v == std::round(v)) return std::to_string(std::llround(v));
  const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::abs(v))));
  const double r = std::round(v * scale) / scale;
  return std::abs(r) >= 1e4 ? std::to_string(std::llround(r)) : formatNumber(r);
}

Params paramsWith(const std::vector<ParamSpec>& specs, const std::map<std::string, std::string>& setup) {
  Params p = defaults(specs);
  for (const auto& [k, v] : setup) applySetting(specs, p, k, v);
  return p;
}

double modelAt(const Lab& lab, const std::map<std::string, std::string>& setup, const std::string& key) {
  return lab.model(paramsWith(lab.params(), setup)).values.at(key);
}

std::string fillModelNumbers(const Lab& lab, const std::string& text, std::string& problems) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const auto open = text.find("{{", pos);
    if (open == std::string::npos) break;
    const auto close = text.find("}}", open + 2);
    if (close == std::string::npos) break;
    out += text.substr(pos, open - pos);
    const std::string inside = text.substr(open + 2, close - open - 2);
    double v = 0.0;
    std::string why;
    if (valueOf(lab, inside, v, why)) {
      out += threeFigures(v);
    } else {
      out += text.substr(open, close + 2 - open);
      problems += "{{" + inside + "}}: " + why + "\n";
    }
    pos = close + 2;
  }
  return out + text.substr(pos);
}

}  // namespace amp::run
