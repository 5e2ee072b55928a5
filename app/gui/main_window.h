// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QVBoxLayout;

namespace amp::run {
struct RunResult;
class Lab;
}  // namespace amp::run

namespace amp::app {

class HistoryDock;
class LabBrowser;
class LabPage;
class LabSession;
class PerfProbe;
class RunStore;
class StartPage;

/// The main window: lab browser (dock, left), the lab page (centre), run history (dock), menus,
/// presentation mode, and QSettings for window state, the last lab and its parameters.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  /// `storeError` non-empty: the database could not be opened; the window says so and runs
  /// are not kept (never a crash, never a silent nothing).
  MainWindow(std::shared_ptr<RunStore> store, const QString& storeError, QWidget* parent = nullptr);
  ~MainWindow() override;

  LabPage* page() const { return page_; }
  LabBrowser* browser() const { return browser_; }
  HistoryDock* history() const { return history_; }
  /// Shows the lab with this id (its stored parameters restored); false if there is none.
  bool openLab(const QString& id);
  /// Shows a page round a session another window's page let go (LabPage::releaseSession), its
  /// parameters, mode, results and a run going on as they are; the window takes it over.
  void adoptSession(LabSession* session);
  /// The last lab, else the first registered one.
  void openInitialLab();
  /// "Continue where I stopped" in the centre, in place of a lab page.
  void showStartPage();
  StartPage* startPage() const { return start_; }
  /// Opens the lab on its exercises tab, with the cursor in this exercise's prediction.
  bool openExercise(const QString& labId, int exercise);
  /// Whose exercise progress is shown and kept (remembered for the next start).
  void setProfile(const QString& name);
  /// File → Profile…: pick a profile of this database or name a new one.
  void chooseProfile();

  /// View → Choose a lab (Ctrl+L): the lab browser shown, the keyboard in its list.
  void focusLabBrowser();
  void setPresentation(bool on);
  bool presentation() const { return presentation_; }
  QAction* presentationAction() const { return presentationAction_; }
  void attachProbe(PerfProbe* probe);
  /// A banner above the lab page for errors that concern the whole window.
  void showWindowError(const QString& text);
  QString windowErrorText() const;
  void saveSettings();

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildMenus();
  void fillExportMenu();
  /// File → Export report: a preview of the shown run's report, saved as PDF, HTML or Markdown.
  void exportReport();
  /// The run a report would describe: the comparison's second run, else the latest of the chosen
  /// face (a saved run opened from the history is that), else the other face's; null when none.
  const run::RunResult* reportableRun() const;
  void savePageState();
  /// The page in the centre: round `carried`, else a new session with the stored parameters.
  void showPage(const run::Lab& lab, LabSession* carried);
  void connectProbe();

  std::shared_ptr<RunStore> store_;
  LabBrowser* browser_ = nullptr;
  HistoryDock* history_ = nullptr;
  QDockWidget* browserDock_ = nullptr;
  QWidget* centre_ = nullptr;
  QVBoxLayout* centreLayout_ = nullptr;
  QLabel* windowError_ = nullptr;
  LabPage* page_ = nullptr;
  StartPage* start_ = nullptr;
  QMenu* exportMenu_ = nullptr;
  QAction* presentationAction_ = nullptr;
  QList<QAction*> presentationKeys_;
  bool presentation_ = false;
  QByteArray statePresentation_;
  bool wasMaximized_ = false;
  QFont normalFont_;
  QPointer<PerfProbe> probe_;
};

}  // namespace amp::app
