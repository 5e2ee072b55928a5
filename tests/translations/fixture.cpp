// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Scanned by lupdate for the translations_fixture test only; never compiled.
#include <QCoreApplication>

void fixtureStrings() {
  QCoreApplication::translate("Fixture", "Finished");
  QCoreApplication::translate("Fixture", "Untranslated");
}
