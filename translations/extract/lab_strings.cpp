// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "lab_strings.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include "amp/labs/registry.h"
#include "amp/run/lab_text.h"
#include "amp/run/phrase.h"

namespace amp::labstrings {

namespace {

/// The station names and edge labels of the topology, and the model's bottleneck, approximation and
/// each line of its formula, at `p`. A combination of choices a lab refuses is skipped: it is never shown
/// either.
void addShapeAt(const run::Lab& lab, const run::Params& p, std::set<std::string>& out) {
  if (!lab.paramsProblem(p).empty()) return;
  try {
    const run::Topology t = lab.topology(p);
    for (auto [v, end] = boost::vertices(t); v != end; ++v) out.insert(t[*v].name);
    for (auto [e, end] = boost::edges(t); e != end; ++e) out.insert(t[*e].label);
    const run::ModelResult model = lab.model(p);
    out.insert({model.bottleneck, model.approximation});
    // The formula line by line, as widgets::formulaText translates it.
    std::istringstream lines(model.formula);
    for (std::string line; std::getline(lines, line);) out.insert(line);
  } catch (const std::exception&) {
    // a lab's model may refuse parameters that its ranges allow; nothing to show then
  }
}

/// The formula's lines at `p` as they read at any numbers: each line's number-free form, or the
/// line itself where it quotes none. For the ends of the numeric parameters' ranges, where a model
/// says other things (an overloaded queue) with numbers no default gives.
void addFormulaFormsAt(const run::Lab& lab, const run::Params& p, std::set<std::string>& out) {
  if (!lab.paramsProblem(p).empty()) return;
  try {
    std::istringstream lines(lab.model(p).formula);
    for (std::string line; std::getline(lines, line);) {
      std::string form = run::numberFreeText(line);
      out.insert(form.empty() ? line : form);
    }
  } catch (const std::exception&) {
    // refused parameters: nothing shown
  }
}

/// A unit that is a word ("writes", "× a little core") reads in the reader's language
/// (widgets::formatWithUnit); one of symbols and short abbreviations (ms, 1/s, pkt/s) is no text.
void addUnit(const std::string& unit, std::set<std::string>& out) {
  int letters = 0;
  for (const char ch : unit) {
    letters = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ? letters + 1 : 0;
    if (letters == 4) {
      out.insert(unit);
      return;
    }
  }
}

void addLab(const run::Lab& lab, std::set<std::string>& out) {
  const run::LabInfo info = lab.info();
  out.insert({info.title, info.category, info.question, info.teacherNote});
  const auto params = lab.params();
  for (const auto& p : params) {
    out.insert({p.label, p.help});
    addUnit(p.unit, out);
    for (const auto& c : p.columns) {
      out.insert(c.label);
      addUnit(c.unit, out);
    }
  }
  for (const auto& m : lab.metrics()) {
    out.insert({m.label, m.help});
    addUnit(m.unit, out);
  }
  for (const auto& v : lab.modelValues()) {
    out.insert({v.label, v.help});
    addUnit(v.unit, out);
  }
  for (const auto& o : lab.outputs()) {
    out.insert({o.label, o.xLabel});
    addUnit(o.unit, out);
  }
  for (const auto& c : lab.charts()) out.insert({c.title, c.xLabel, c.yLabel});
  for (const auto& e : lab.exercises()) out.insert({e.prompt, e.explanation});
  addShapeAt(lab, run::paramsWith(params, {}), out);
  for (const auto& p : params) {
    if (p.kind != run::ParamKind::Choice) continue;
    for (const auto& c : p.choices)
      if (c != p.defText) addShapeAt(lab, run::paramsWith(params, {{p.key, c}}), out);
  }
  // Two choices together (a locked design with lognormal service has a formula of its own).
  for (std::size_t i = 0; i < params.size(); ++i)
    for (std::size_t j = i + 1; j < params.size(); ++j) {
      const auto &a = params[i], &b = params[j];
      if (a.kind != run::ParamKind::Choice || b.kind != run::ParamKind::Choice) continue;
      for (const auto& ca : a.choices)
        for (const auto& cb : b.choices)
          addFormulaFormsAt(lab, run::paramsWith(params, {{a.key, ca}, {b.key, cb}}), out);
    }
  for (const auto& p : params) {
    if (p.kind != run::ParamKind::Real && p.kind != run::ParamKind::Integer) continue;
    for (const double v : {p.min, p.max})
      addFormulaFormsAt(lab, run::paramsWith(params, {{p.key, run::formatNumber(v)}}), out);
  }
}

const std::string kHeader =
    "// SPDX-License-Identifier: GPL-3.0-or-later\n"
    "// SPDX-FileCopyrightText: 2026 AMP Lab authors\n"
    "// The labs' texts for lupdate, written by the target update_lab_strings from what the labs\n"
    "// declare (a test fails when it is out of date). Scanned by lupdate only, never compiled: the\n"
    "// widgets translate a lab's text through widgets::labText in the context \"amp::labs\".\n"
    "// Do not edit by hand. One string per line as the labs say it, so clang-format keeps out:\n"
    "// clang-format off\n"
    "\n"
    "static const char* const kLabStrings[] = {\n";
const std::string kFooter = "};\n";
const std::string kLinePrefix = "    QT_TRANSLATE_NOOP(\"amp::labs\", ";

}  // namespace

std::vector<std::string> labStrings() {
  std::set<std::string> out;
  out.insert(labs::categories().begin(), labs::categories().end());
  for (const auto& lab : labs::allLabs()) addLab(*lab, out);
  out.erase(std::string());
  // Each text that quotes numbers also with its numbers as placeholders: the same sentence at any
  // parameters (widgets::labText falls back to it and fills the numbers in).
  std::set<std::string> numberFree;
  for (const auto& s : out)
    if (std::string nf = run::numberFreeText(s); !nf.empty()) numberFree.insert(std::move(nf));
  out.insert(numberFree.begin(), numberFree.end());
  return {out.begin(), out.end()};
}

std::string cppLiteral(const std::string& s) {
  std::string r = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '\\':
        r += "\\\\";
        break;
      case '"':
        r += "\\\"";
        break;
      case '\n':
        r += "\\n";
        break;
      case '\t':
        r += "\\t";
        break;
      case '\r':
        r += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char octal[5];
          std::snprintf(octal, sizeof octal, "\\%03o", c);
          r += octal;
        } else {
          r += ch;  // UTF-8 as it is: lupdate reads the file as UTF-8
        }
    }
  }
  return r + "\"";
}

std::string labStringsSource(const std::vector<std::string>& strings) {
  std::string text = kHeader;
  for (const auto& s : strings) text += kLinePrefix + cppLiteral(s) + "),\n";
  return text + kFooter;
}

std::string compareWithFile(const std::vector<std::string>& strings, const std::string& fileText) {
  if (fileText == labStringsSource(strings)) return {};
  // Compare line by line, so that the message names a string rather than a byte offset.
  std::set<std::string> want, have;
  std::map<std::string, std::string> byLine;
  for (const auto& s : strings) {
    const std::string line = kLinePrefix + cppLiteral(s) + "),";
    want.insert(line);
    byLine[line] = s;
  }
  std::istringstream in(fileText);
  for (std::string line; std::getline(in, line);)
    if (line.rfind(kLinePrefix, 0) == 0) have.insert(line);
  std::vector<std::string> missing, extra;
  std::set_difference(want.begin(), want.end(), have.begin(), have.end(), std::back_inserter(missing));
  std::set_difference(have.begin(), have.end(), want.begin(), want.end(), std::back_inserter(extra));
  std::ostringstream msg;
  if (!missing.empty())
    msg << missing.size() << " string(s) missing, the first: " << cppLiteral(byLine[missing.front()]);
  if (!extra.empty()) {
    if (!missing.empty()) msg << "; ";
    const std::string& line = extra.front();
    msg << extra.size() << " string(s) no lab declares, the first: "
        << line.substr(kLinePrefix.size(), line.size() - kLinePrefix.size() - 2);
  }
  if (missing.empty() && extra.empty()) msg << "the same strings, but not in the form or order written";
  return msg.str();
}

}  // namespace amp::labstrings
