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

}  // namespace amp::run
