// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/window_host.h"

#include "gui/lab_page.h"
#include "gui/language_menu.h"
#include "gui/lesson_menu.h"
#include "gui/main_window.h"
#include "gui/perf_probe.h"
#include "gui/translators.h"

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
  useLanguage(code);
  MainWindow* old = window_;
  if (old == nullptr) return;
  // The page's parameters, mode and speed and the window's geometry go through QSettings, from
  // which a new window and its page start.
  old->saveSettings();
  const QString lab = old->page() != nullptr ? old->page()->labId() : QString();
  const bool presentation = old->presentation();
  const bool visible = old->isVisible();
  build();
  if (lab.isEmpty() || !window_->openLab(lab)) window_->showStartPage();
  // The new window shows before the old one hides: the application never has no window.
  if (visible) window_->show();
  if (presentation) window_->setPresentation(true);
  old->hide();
  old->deleteLater();
  emit windowRebuilt(window_);
}

}  // namespace amp::app
