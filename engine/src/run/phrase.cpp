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

namespace {
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordChar(char c) { return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
}  // namespace

std::string numberFreeText(std::string_view text, std::vector<std::string>* numbers) {
  std::string out;
  int count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const char prev = i > 0 ? text[i - 1] : ' ';
    if (!isDigit(text[i]) || isWordChar(prev) || prev == '.' || prev == ',' || prev == '%') {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && isDigit(text[end])) ++end;
    if (end + 1 < text.size() && text[end] == '.' && isDigit(text[end + 1])) {
      ++end;
      while (end < text.size() && isDigit(text[end])) ++end;
    }
    const char next = end < text.size() ? text[end] : ' ';
    const bool decimalFollows =
        (next == '.' || next == ',') && end + 1 < text.size() && isDigit(text[end + 1]);
    if (isWordChar(next) || next == '%' || decimalFollows) {
      out.append(text.substr(i, end - i));
      i = end;
      continue;
    }
    if (numbers != nullptr) numbers->emplace_back(text.substr(i, end - i));
    out += '%' + std::to_string(++count);
    i = end;
  }
  return count == 0 ? std::string() : out;
}

}  // namespace amp::run
