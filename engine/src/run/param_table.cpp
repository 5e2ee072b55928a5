// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Table parameters: rows of numbers written as JSON ("[[1,4],[2,6]]"), checked column by column.
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "amp/run/params.h"

namespace amp::run {

namespace {

/// Reads `[[n, n, ...], ...]` — arrays of arrays of numbers, nothing else — into `rows`.
/// Returns "" or what is wrong and where (1-based row and column).
class RowsReader {
 public:
  explicit RowsReader(const std::string& text) : s_(text) {}

  std::string read(TableRows& rows) {
    if (!take('[')) return "expected '[' at the start";
    if (take(']')) return end();
    do {
      if (!take('[')) return "row " + std::to_string(rows.size() + 1) + ": expected '['";
      std::vector<double> row;
      if (!take(']')) {
        do {
          double v = 0;
          if (!number(v))
            return "row " + std::to_string(rows.size() + 1) + ", column " + std::to_string(row.size() + 1) +
                   ": expected a number";
          row.push_back(v);
        } while (take(','));
        if (!take(']')) return "row " + std::to_string(rows.size() + 1) + ": expected ',' or ']'";
      }
      rows.push_back(std::move(row));
    } while (take(','));
    if (!take(']')) return "expected ',' or ']' after row " + std::to_string(rows.size());
    return end();
  }

 private:
  void skipSpace() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool take(char c) {
    skipSpace();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool number(double& v) {
    skipSpace();
    const char* first = s_.data() + i_;
    auto res = std::from_chars(first, s_.data() + s_.size(), v);
    if (res.ec != std::errc() || res.ptr == first || !std::isfinite(v)) return false;
    i_ += static_cast<std::size_t>(res.ptr - first);
    return true;
  }
  std::string end() {
    skipSpace();
    return i_ == s_.size() ? std::string() : "unexpected text after the rows";
  }
  const std::string& s_;
  std::size_t i_ = 0;
};

}  // namespace

ParamSpec tableParam(std::string key, std::string label, std::vector<ColumnSpec> columns, std::string def) {
  ParamSpec s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.kind = ParamKind::Table;
  s.columns = std::move(columns);
  s.defText = std::move(def);
  return s;
}

ColumnSpec numberColumn(std::string key, std::string label, std::string unit, double min, double max,
                        double def) {
  return ColumnSpec{std::move(key), std::move(label), std::move(unit), min, max, false, def, {}};
}

ColumnSpec integerColumn(std::string key, std::string label, std::string unit, double min, double max,
                         double def) {
  return ColumnSpec{std::move(key), std::move(label), std::move(unit), min, max, true, def, {}};
}

std::string parseTable(const ParamSpec& spec, const std::string& text, TableRows& rows) {
  rows.clear();
  if (std::string err = RowsReader(text).read(rows); !err.empty())
    return spec.key + ": '" + text + "' is not JSON rows of numbers (" + err + "): allowed is " +
           allowedText(spec);
  if (static_cast<int>(rows.size()) < spec.minRows || static_cast<int>(rows.size()) > spec.maxRows)
    return spec.key + " has " + std::to_string(rows.size()) + " rows: allowed is " + allowedText(spec);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::string where = spec.key + " row " + std::to_string(r + 1);
    if (!spec.columns.empty() && (rows[r].empty() || rows[r].size() > spec.columns.size()))
      return where + " has " + std::to_string(rows[r].size()) + " values: allowed is 1 to " +
             std::to_string(spec.columns.size()) + " (" + allowedText(spec) + ")";
    for (std::size_t c = rows[r].size(); c < spec.columns.size(); ++c) rows[r].push_back(spec.columns[c].def);
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
      const ColumnSpec& col = spec.columns[c];
      const double v = rows[r][c];
      std::string range = "[";
      range += formatNumber(col.min);
      range += ", ";
      range += formatNumber(col.max);
      range += "]";
      if (!col.unit.empty()) range += " " + col.unit;
      if (col.integer && v != std::floor(v))
        return where + ", column " + col.key + ": " + formatNumber(v) +
               " is not a whole number: allowed is an integer in " + range;
      if (v < col.min || v > col.max)
        return where + ", column " + col.key + ": " + formatNumber(v) + " is out of range: allowed is " +
               (col.integer ? "an integer in " : "a number in ") + range;
    }
    // Limits between the columns of a row, once every value is known to be in its range.
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
      const ColumnSpec& col = spec.columns[c];
      if (col.notAbove.empty()) continue;
      for (std::size_t o = 0; o < spec.columns.size(); ++o)
        if (spec.columns[o].key == col.notAbove && rows[r][c] > rows[r][o])
          return where + ", column " + col.key + ": " + formatNumber(rows[r][c]) + " is more than " +
                 col.notAbove + " (" + formatNumber(rows[r][o]) + ") of the same row: allowed is at most " +
                 col.notAbove;
    }
  }
  return {};
}

std::string formatTable(const TableRows& rows) {
  std::string s = "[";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    s += r ? ",[" : "[";
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (c > 0) s += ',';
      s += formatNumber(rows[r][c]);
    }
    s += "]";
  }
  return s + "]";
}

TableRows Params::table(const std::string& key) const {
  TableRows rows;
  if (std::string err = RowsReader(text(key)).read(rows); !err.empty())
    throw std::invalid_argument(key + ": " + err);
  return rows;
}

}  // namespace amp::run
