// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QString>
#include <string>

namespace amp::widgets {

/// The resource path of a lab's page text (Markdown) in a language: ":/labs/<id>.<language>.md"
/// when that translation exists, else the English ":/labs/<id>.md". An empty language means the
/// user interface's: the first two letters of QLocale().name(), which follows QLocale::setDefault.
QString labTextPath(const std::string& labId, const QString& language = {});

/// That file's text, or an empty string when the lab has no text at all.
QString labTextFile(const std::string& labId, const QString& language = {});

}  // namespace amp::widgets
