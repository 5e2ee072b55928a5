// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QMenu>
#include <QString>

class QActionGroup;

namespace amp::app {

/// View → Language: System, English, Deutsch, Español (each language named in itself, so a
/// student who cannot read the current one still finds theirs). The choice is remembered in
/// QSettings "ui/language" ("" = the desktop's language).
class LanguageMenu : public QMenu {
  Q_OBJECT

 public:
  explicit LanguageMenu(QWidget* parent = nullptr);

  /// The remembered language ("" = the desktop's).
  static QString savedLanguage();
  /// The languages offered, as codes ("" first, for the desktop's).
  static QStringList languages();

 signals:
  /// The student chose another language; it is already remembered.
  void languageChosen(const QString& code);

 private:
  QActionGroup* group_;
};

}  // namespace amp::app
