// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <string>
#include <vector>

namespace amp::labstrings {

/// Every text the labs declare for a reader, each once, in byte order: titles, categories,
/// questions, teacher notes; parameter, column, metric, model-value, output and chart labels with
/// their help; exercise prompts and explanations; the stations, edges, bottleneck, approximation and
/// formula lines of each lab's topology and model at its defaults (and at each other choice of a
/// choice parameter).
/// A text that quotes numbers comes a second time with them as placeholders (run::numberFreeText).
/// Units that are words ("writes", "tasks") are texts too. Keys, choice values and units of symbols
/// (ms, 1/s) are not: they are never translated.
std::vector<std::string> labStrings();

/// The file lupdate scans for them (translations/lab_strings.cpp): one
/// QT_TRANSLATE_NOOP("amp::labs", "…") line per string, in the order given.
std::string labStringsSource(const std::vector<std::string>& strings);

/// One string as a C++ string literal, quotes included ("a \"b\"\n").
std::string cppLiteral(const std::string& s);

/// "" when `fileText` is what labStringsSource(strings) writes; otherwise what differs, in words:
/// the first string the file lacks and the first it has too many, with their counts.
std::string compareWithFile(const std::vector<std::string>& strings, const std::string& fileText);

}  // namespace amp::labstrings
