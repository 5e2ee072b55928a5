// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/run/phrase.h"

#include <algorithm>
#include <set>

namespace amp::run {

std::string phrase(std::string_view tmpl, std::initializer_list<std::string> args) {
  const std::vector<std::string> a(args);
  std::string out;
  out.reserve(tmpl.size() + 16 * a.size());
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '%' && i + 1 < tmpl.size() && tmpl[i + 1] >= '1' && tmpl[i + 1] <= '9') {
      const auto n = static_cast<std::size_t>(tmpl[i + 1] - '1');
      if (n < a.size()) out += a[n];
      ++i;
    } else {
      out += tmpl[i];
    }
  }
  return out;
}

bool isPhraseTemplate(std::string_view tmpl) {
  static const std::set<std::string, std::less<>> all(phraseTemplates().begin(), phraseTemplates().end());
  return all.find(tmpl) != all.end();
}

}  // namespace amp::run
