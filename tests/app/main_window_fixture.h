// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The main window as a GUI suite starts it: fresh settings and database in Qt's test folders,
// 1280×800, shown and active.
#pragma once
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <memory>

#include "gui/main_window.h"
#include "store/run_store.h"

namespace amp::testing {

/// Opens the main window for the suite named `app` (its settings and database of its own).
/// Call from initTestCase(); a failed open fails the test case.
inline void openMainWindow(const QString& app, std::shared_ptr<app::RunStore>& store,
                           std::unique_ptr<app::MainWindow>& window) {
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("AMP Lab tests"));
  QCoreApplication::setApplicationName(app);
  QSettings().clear();
  const QString db = app::RunStore::defaultPath();
  for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(db + QLatin1String(suffix));
  store = std::make_shared<app::RunStore>();
  QCOMPARE(store->open(db), QString());
  window = std::make_unique<app::MainWindow>(store, QString());
  window->resize(1280, 800);
  window->show();
  window->activateWindow();
  QVERIFY(QTest::qWaitForWindowActive(window.get()));
}

}  // namespace amp::testing
