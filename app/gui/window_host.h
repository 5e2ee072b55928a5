// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

namespace amp::app {

class LessonMenu;
class MainWindow;
class PerfProbe;
class RunStore;

/// Owns the main window. When the student picks another language (View → Language) it installs
/// that language and builds the window again: every text is set as a widget is built, so a new
/// window is the one sure way to show all of them in the new language without a restart. Nothing
/// is lost on the way: the lab page's session goes over to the new page (parameters, mode, the
/// last results with their charts and metric table, a comparison, a run going on), and so do the
/// left column's tab, the sweep's form and points, the exercises' typed predictions, grades and
/// answers (written again in the new language), the history's selection and what its Undo can
/// bring back, the page's message (as it was written), a lesson
/// being played or recorded, speed, geometry, the docks and presentation mode. A sweep still running
/// holds the switch until it ends (the status bar says so).
class WindowHost : public QObject {
  Q_OBJECT

 public:
  WindowHost(std::shared_ptr<RunStore> store, QString storeError);
  ~WindowHost() override;

  MainWindow* window() const;
  LessonMenu* lessons() const;
  /// Frames of every window, this one and those built later, are counted by `probe`.
  void attachProbe(PerfProbe* probe);
  /// Installs the language ("" = the desktop's) and rebuilds the window in it.
  void setLanguage(const QString& code);
  /// The language waiting for a sweep to end ("" when none waits).
  QString pendingLanguage() const { return pending_ ? *pending_ : QString(); }

 signals:
  /// A new window replaced the old one (which is deleted once control returns to the event loop).
  void windowRebuilt(MainWindow* window);

 private:
  void build();

  std::shared_ptr<RunStore> store_;
  QString storeError_;
  QPointer<MainWindow> window_;
  QPointer<LessonMenu> lessons_;
  QPointer<PerfProbe> probe_;
  std::optional<QString> pending_;
};

}  // namespace amp::app
