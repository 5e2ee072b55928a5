// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/lesson_recorder.h"

#include <algorithm>

#include "gui/lab_browser.h"
#include "gui/lab_page.h"
#include "gui/lab_session.h"
#include "gui/main_window.h"

namespace amp::app {

using lesson::Step;
using lesson::StepKind;

namespace {

/// A step of `kind`, its fields filled by `fill` (the rest left at their defaults).
template <class Fill>
Step stepOf(StepKind kind, Fill&& fill) {
  Step s;
  s.kind = kind;
  fill(s);
  return s;
}

}  // namespace

LessonRecorder::LessonRecorder(MainWindow* window, QObject* parent) : QObject(parent), window_(window) {
  lesson_.title = tr("Recorded lesson");
  // Queued: the browser's choice opens the lab first.
  connect(window_->browser(), &LabBrowser::labChosen, this, &LessonRecorder::follow, Qt::QueuedConnection);
  follow();
}

void LessonRecorder::moveTo(MainWindow* window) {
  if (window == window_) return;
  disconnect(window_->browser(), nullptr, this, nullptr);
  window_ = window;
  connect(window_->browser(), &LabBrowser::labChosen, this, &LessonRecorder::follow, Qt::QueuedConnection);
  // The same session: its signals reach this recorder already.
  if (page_ != nullptr && window_->page() != nullptr && window_->page()->session() == page_->session())
    page_ = window_->page();
  else
    follow();
}

void LessonRecorder::follow() {
  LabPage* page = window_->page();
  if (page == nullptr || page == page_) return;
  page_ = page;
  LabSession* s = page->session();
  connect(s, &LabSession::paramsChanged, this, &LessonRecorder::paramsChanged);
  connect(s, &LabSession::modeChanged, this, &LessonRecorder::modeChanged);
  connect(s, &LabSession::runStateChanged, this, &LessonRecorder::runStarted);
  // The state found there, so that the script starts where the class does.
  if (lesson_.lab.isEmpty())
    lesson_.lab = page->labId();
  else if (page->labId() != lab_)
    add(stepOf(StepKind::Open, [&](Step& st) { st.lab = page->labId(); }));
  lab_ = page->labId();
  mode_.clear();
  params_ = run::defaults(page->lab().params());
  paramsChanged();
  modeChanged();
}

void LessonRecorder::paramsChanged() {
  const run::Params now = page_->params();
  auto changed = lesson::changes(params_, now);
  params_ = now;
  if (!changed.empty()) add(stepOf(StepKind::Set, [&](Step& st) { st.set = std::move(changed); }));
}

void LessonRecorder::modeChanged() {
  const QString mode = LabSession::modeKey(page_->mode());
  if (mode == mode_) return;
  mode_ = mode;
  add(stepOf(StepKind::Mode, [&](Step& st) { st.mode = mode; }));
}

void LessonRecorder::runStarted(bool running) {
  // A second run of one queue (compare mode) or a restart after a change is not a new step.
  if (running && (lesson_.steps.empty() || lesson_.steps.back().kind != StepKind::Run))
    add(stepOf(StepKind::Run, [](Step&) {}));
}

void LessonRecorder::add(Step step) {
  Step* last = lesson_.steps.empty() ? nullptr : &lesson_.steps.back();
  // A slider's drag is one step, and so is a mode chosen twice.
  if (last != nullptr && last->kind == step.kind && step.kind == StepKind::Set) {
    for (auto& [k, v] : step.set) {
      auto it =
          std::find_if(last->set.begin(), last->set.end(), [&k](const auto& e) { return e.first == k; });
      if (it != last->set.end())
        it->second = v;
      else
        last->set.emplace_back(k, v);
    }
    return;
  }
  if (last != nullptr && last->kind == StepKind::Mode && step.kind == StepKind::Mode) {
    last->mode = step.mode;
    return;
  }
  lesson_.steps.push_back(std::move(step));
}

}  // namespace amp::app
