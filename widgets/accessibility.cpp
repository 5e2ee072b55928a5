// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/accessibility.h"

#include <QAccessible>
#include <QLabel>
#include <QWidget>

namespace amp::widgets {

QString spokenName(QWidget* widget) {
  if (widget == nullptr) return {};
  if (!widget->accessibleName().isEmpty()) return widget->accessibleName();
  QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
  return iface != nullptr ? iface->text(QAccessible::Name).trimmed() : QString();
}

void nameAfter(QLabel* label, QWidget* field) {
  if (label == nullptr || field == nullptr) return;
  label->setBuddy(field);
  QString text = label->text();
  // "&Speed" reads "Speed"; "&&" is a literal ampersand.
  text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
  text.remove(QLatin1Char('&'));
  text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
  setSpoken(field, text.trimmed(), label->toolTip());
}

void setSpoken(QWidget* widget, const QString& name, const QString& description) {
  if (widget == nullptr) return;
  widget->setAccessibleName(name);
  const QString about = description.isEmpty() ? widget->toolTip() : description;
  if (!about.isEmpty()) widget->setAccessibleDescription(about);
}

}  // namespace amp::widgets
