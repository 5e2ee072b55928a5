// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/window_host.h"

#include <QStatusBar>

#include "gui/history_dock.h"
#include "gui/lab_page.h"
#include "gui/language_menu.h"
#include "gui/lesson_menu.h"
#include "gui/main_window.h"
#include "gui/perf_probe.h"
#include "gui/sweep_panel.h"
#include "i18n/translators.h"

namespace amp::app {

WindowHost::WindowHost(std::shared_ptr<RunStore> store, QString storeError)
    : store_(std::move(store)), storeError_(std::move(storeError)) {
  build();
}

WindowHost::~WindowHost() { delete window_; }

MainWindow* WindowHost::window() const { return window_; }

LessonMenu* WindowHost::lessons() const { return lessons_; }

void WindowHost::build() {
  window_ = new MainWindow(store_, storeError_);
  lessons_ = new LessonMenu(window_);
  if (probe_) window_->attachProbe(probe_);
  if (auto* menu = window_->findChild<LanguageMenu*>())
    // Queued: the old window, whose menu sends this, is replaced only after the click is handled.
    connect(menu, &LanguageMenu::languageChosen, this, &WindowHost::setLanguage, Qt::QueuedConnection);
}

void WindowHost::attachProbe(PerfProbe* probe) {
  probe_ = probe;
  if (window_) window_->attachProbe(probe);
}

void WindowHost::setLanguage(const QString& code) {
  MainWindow* old = window_;
  LabPage* page = old != nullptr ? old->page() : nullptr;
  // A sweep's points come from a thread that reports to its panel: the switch waits for them.
  if (page != nullptr && page->sweepPanel()->running()) {
    if (!pending_) {
      const auto apply = [this] {
        if (pending_) setLanguage(*pending_);
      };
      connect(page->sweepPanel(), &SweepPanel::sweepFinished, this, apply,
              Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
      // Another lab opened meanwhile takes the sweep with it: the switch need not wait any more.
      connect(page->sweepPanel(), &QObject::destroyed, this, apply, Qt::QueuedConnection);
    }
    pending_ = code;
    // In the status bar: the page's own message (a run's warning) stays, and goes over with it.
    old->statusBar()->showMessage(tr("The language changes once the sweep ends (Cancel ends it now)."));
    return;
  }
  pending_.reset();
  useLanguage(code);
  if (old == nullptr) return;
  // Speed, the page's layout and the window's geometry and docks go through QSettings, from
  // which a new window and its page start; the page's session and its tabs go over as they are.
  old->saveSettings();
  const bool presentation = old->presentation();
  const bool visible = old->isVisible();
  std::optional<LabPage::Kept> kept;
  const HistoryDock::Kept history = old->history()->kept();
  LabSession* session = nullptr;
  if (page != nullptr) {
    kept = page->kept();
    session = page->releaseSession();
  }
  QPointer<LessonMenu> oldLessons = lessons_;
  build();
  if (session != nullptr)
    window_->adoptSession(session);
  else
    window_->showStartPage();
  // The new window shows before the old one hides: the application never has no window.
  if (visible) window_->show();
  if (presentation) window_->setPresentation(true);
  if (kept && window_->page() != nullptr) window_->page()->restore(*kept);
  window_->history()->restore(history);
  if (oldLessons) lessons_->takeOver(oldLessons);
  old->hide();
  old->deleteLater();
  emit windowRebuilt(window_);
}

}  // namespace amp::app
