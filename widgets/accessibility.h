// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QString>

class QLabel;
class QWidget;

namespace amp::widgets {

/// What a screen reader says for `widget`: its accessible name, else what Qt's accessibility
/// layer derives (a button's text, the label whose buddy it is). Empty when a reader would only
/// say the widget's kind ("spin box").
QString spokenName(QWidget* widget);

/// Names `field` after the label shown next to it (without the '&' of a mnemonic) and makes the
/// label its buddy; the label's tooltip, if any, becomes the field's description.
void nameAfter(QLabel* label, QWidget* field);

/// The name a screen reader says for `widget`, and its description: by default the widget's
/// tooltip, which explains it to a sighted user.
void setSpoken(QWidget* widget, const QString& name, const QString& description = QString());

}  // namespace amp::widgets
