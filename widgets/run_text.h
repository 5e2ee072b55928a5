// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QString>
#include <string>

namespace amp::widgets {

/// A text of a run (verdict, warning, length rule, bottleneck, why it failed, the words of a fit to
/// the host, a parameter it cannot take), stored in English, in the reader's language: the engine
/// built it from a template of amp::run::phraseTemplates(), which is found again here, translated
/// (context "amp::run") and filled with what the English held. A number is written with the
/// locale's decimal sign ("5,366"), a lab's word through labText, a part that is itself a template
/// the same way; parts joined by ". " or "; " are each looked up alone. A text no template matches
/// is returned as it is, in English.
QString runText(const std::string& english);

/// True when `english` came from the templates: it matches one, or each of the parts it is joined
/// from (". ", "; ") does. What a template's placeholders held (a key, a lab's word) is not judged,
/// except for a template of punctuation only ("%1: %2"), whose last part must be known itself.
bool runTextKnown(const std::string& english);

}  // namespace amp::widgets
