// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QString>
#include <string>

#include "amp/run/lab.h"

namespace amp::widgets {

/// The resource path of a lab's page text (Markdown) in a language: ":/labs/<id>.<language>.md"
/// when that translation exists, else the English ":/labs/<id>.md". An empty language means the
/// user interface's: the first two letters of QLocale().name(), which follows QLocale::setDefault.
QString labTextPath(const std::string& labId, const QString& language = {});

/// That file's text, or an empty string when the lab has no text at all.
QString labTextFile(const std::string& labId, const QString& language = {});

/// A lab text with its {{placeholders}} filled from the lab's model (run::fillModelNumbers), each
/// number written with the user interface's decimal separator ("0,533" in German and Spanish).
/// Placeholders the model cannot fill stay as they are, and are described in `problems`.
QString fillModelNumbersLocalized(const run::Lab& lab, const QString& text, std::string& problems);

}  // namespace amp::widgets
