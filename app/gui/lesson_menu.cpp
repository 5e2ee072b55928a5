// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/lesson_menu.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "amp/labs/registry.h"
#include "gui/lesson_player.h"
#include "gui/lesson_recorder.h"
#include "gui/main_window.h"
#include "widgets/format.h"

namespace amp::app {

LessonMenu::LessonMenu(MainWindow* window) : QObject(window), window_(window) {
  QMenu* menu = window_->menuBar()->addMenu(tr("&Lesson"));
  menu->addAction(tr("&Open lesson file…"), this, &LessonMenu::chooseFile);
  QMenu* shipped = menu->addMenu(tr("A lab's &lesson"));
  for (const auto& lab : labs::allLabs()) {
    const QString id = QString::fromStdString(lab->info().id);
    if (!QFile::exists(":/lessons/" + id + ".json")) continue;
    shipped->addAction(widgets::labText(lab->info().title), this, [this, id] {
      if (const QString e = open(id); !e.isEmpty()) QMessageBox::warning(window_, tr("Lesson"), e);
    });
  }
  menu->addSeparator();
  recordAction_ = menu->addAction(tr("&Record a lesson"));
  recordAction_->setCheckable(true);
  connect(recordAction_, &QAction::toggled, this, &LessonMenu::record);
}

QString LessonMenu::open(const QString& fileOrLab, double runLengthS, int reps) {
  lesson::Lesson lesson;
  QString problem = lesson::loadLesson(fileOrLab, lesson);
  if (problem.isEmpty()) problem = lesson::checkLesson(lesson).join('\n');
  if (!problem.isEmpty()) return problem;
  play(lesson, runLengthS, reps);
  return {};
}

void LessonMenu::play(const lesson::Lesson& lesson, double runLengthS, int reps) {
  delete player_;  // one lesson at a time: its bar and keys go with it
  player_ = new LessonPlayer(window_, lesson, this);
  if (runLengthS > 0) player_->setRunLength(runLengthS, reps);
  player_->start();
}

void LessonMenu::takeOver(LessonMenu* old) {
  if (old->player_) {
    delete player_;
    player_ = old->player_;
    player_->setParent(this);
    player_->moveTo(window_);
  }
  if (old->recorder_) {
    delete recorder_;
    recorder_ = old->recorder_;
    recorder_->setParent(this);
    recorder_->moveTo(window_);
    const QSignalBlocker block(recordAction_);
    recordAction_->setChecked(true);
  }
}

void LessonMenu::chooseFile() {
  const QString file =
      QFileDialog::getOpenFileName(window_, tr("Open lesson"), QString(), tr("Lesson scripts (*.json)"));
  if (file.isEmpty()) return;
  if (const QString e = open(file); !e.isEmpty()) QMessageBox::warning(window_, tr("Lesson"), e);
}

void LessonMenu::record(bool on) {
  if (on) {
    delete recorder_;
    recorder_ = new LessonRecorder(window_, this);
    window_->statusBar()->showMessage(
        tr("Recording: labs, parameters, modes and runs become steps. Lesson → Record again to save."));
    return;
  }
  if (!recorder_) return;
  const QByteArray json = lesson::toJson(recorder_->lesson());
  delete recorder_;
  const QString file = QFileDialog::getSaveFileName(
      window_, tr("Save the recorded lesson"), QStringLiteral("lesson.json"), tr("Lesson scripts (*.json)"));
  if (file.isEmpty()) return;
  QFile f(file);
  if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size()) {
    QMessageBox::warning(window_, tr("Lesson"), tr("%1 could not be written: %2").arg(file, f.errorString()));
    return;
  }
  window_->statusBar()->showMessage(
      tr("Saved %1: add questions (\"ask\"), answers and words (\"say\") to it, then open it.").arg(file));
}

}  // namespace amp::app
