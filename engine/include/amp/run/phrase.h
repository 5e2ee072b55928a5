// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

/// Marks a phrase template for lupdate (told: -tr-function-alias QT_TRANSLATE_NOOP+=AMP_TR_NOOP)
/// without any Qt: it is the English text itself.
#define AMP_TR_NOOP(context, text) text

namespace amp::run {

/// The translation context of every phrase template ("amp::run").
inline constexpr const char* kPhraseContext = "amp::run";

/// The English text of a run (verdict, warning, length rule) from a template listed in
/// phraseTemplates(): %1 … %9 replaced by `args` in order. The template stays recoverable from the
/// text, so a reader's language can be applied at display time (widgets::runText), also to a run
/// stored long ago. Numbers go in as the engine writes them ("5.366", "+7.9%").
std::string phrase(std::string_view tmpl, std::initializer_list<std::string> args = {});

/// Every template phrase() is called with, in the engine and the labs (engine/src/run/phrases.cpp).
const std::vector<std::string>& phraseTemplates();

/// True when `tmpl` is one of phraseTemplates().
bool isPhraseTemplate(std::string_view tmpl);

/// A lab's text with each free-standing number ("40", "0.625"; not the 99 of "p99", the 95 of
/// "95%" or a digit inside a word) replaced by %1, %2, … (%10 and on past nine) in order, the numbers given
/// back in `numbers`: the form a text takes at any parameters, translated once (translations/extract), so
/// widgets::labText can show a prompt quoting the model at non-default settings. "" when the text
/// has no such number.
std::string numberFreeText(std::string_view text, std::vector<std::string>* numbers = nullptr);

}  // namespace amp::run
