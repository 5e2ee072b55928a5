// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/language_menu.h"

#include <QActionGroup>
#include <QSettings>

#include "i18n/translators.h"

namespace amp::app {

namespace {
const QString kSettingKey = QStringLiteral("ui/language");
}  // namespace

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent), group_(new QActionGroup(this)) {
  setObjectName(QStringLiteral("languageMenu"));
  setToolTipsVisible(true);
  const QStringList names{tr("System"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                          QStringLiteral("Español")};
  const QStringList codes = languages();
  for (int i = 0; i < codes.size(); ++i) {
    QAction* a = addAction(names[i]);
    a->setCheckable(true);
    a->setData(codes[i]);
    // --lang de_AT shows as Deutsch.
    const QString current = currentLanguage();
    a->setChecked(codes[i] == current || (!codes[i].isEmpty() && current.startsWith(codes[i] + '_')));
    group_->addAction(a);
    connect(a, &QAction::triggered, this, [this, code = codes[i]] {
      QSettings().setValue(kSettingKey, code);
      if (code != currentLanguage()) emit languageChosen(code);
    });
  }
  actions().front()->setToolTip(tr("The desktop's language"));
}

QString LanguageMenu::savedLanguage() { return QSettings().value(kSettingKey).toString(); }

QStringList LanguageMenu::languages() {
  return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

}  // namespace amp::app
