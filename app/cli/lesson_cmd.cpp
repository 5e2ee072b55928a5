// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/lesson_cmd.h"

#include <QTextStream>

#include "lesson/lesson_script.h"

namespace amp::app {

int cmdLesson(const QStringList& args) {
  QStringList files;
  bool check = false;
  for (const QString& a : args) {
    if (a == "--check")
      check = true;
    else if (a.startsWith("--")) {
      QTextStream(stderr) << "error: lesson: unknown option '" << a << "'; allowed: --check\n";
      return 2;
    } else
      files << a;
  }
  if (files.size() != 1 || !check) {
    QTextStream(stderr)
        << "error: usage: amplab lesson FILE|LAB --check (without --check the GUI steps through it)\n";
    return 2;
  }
  lesson::Lesson lesson;
  QString path;
  if (const QString e = lesson::loadLesson(files.first(), lesson, &path); !e.isEmpty()) {
    QTextStream(stderr) << "error: " << e << "\n";
    return 2;
  }
  const QStringList problems = lesson::checkLesson(lesson);
  for (const QString& p : problems) QTextStream(stderr) << "error: " << files.first() << ": " << p << "\n";
  if (!problems.isEmpty()) return 2;
  QTextStream(stdout) << files.first() << ": " << lesson::summary(lesson) << "\n";
  return 0;
}

}  // namespace amp::app
