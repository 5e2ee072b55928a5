// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/lesson_cmd.h"

#include <QTextStream>

#include "cli/cli_words.h"
#include "lesson/lesson_script.h"

namespace amp::app {

int cmdLesson(const QStringList& args) {
  QStringList files;
  bool check = false;
  for (const QString& a : args) {
    if (a == "--check")
      check = true;
    else if (a.startsWith("--")) {
      QTextStream(stderr)
          << CliWords::tr("error: %1")
                 .arg(CliWords::tr("lesson: unknown option '%1'; allowed: %2").arg(a, "--check"))
          << "\n";
      return 2;
    } else
      files << a;
  }
  if (files.size() != 1 || !check) {
    QTextStream(stderr) << CliWords::tr("error: %1")
                               .arg(CliWords::tr("usage: %1 (without --check the GUI steps through it)")
                                        .arg("amplab lesson FILE|LAB --check"))
                        << "\n";
    return 2;
  }
  lesson::Lesson lesson;
  QString path;
  if (const QString e = lesson::loadLesson(files.first(), lesson, &path); !e.isEmpty()) {
    QTextStream(stderr) << CliWords::tr("error: %1").arg(e) << "\n";
    return 2;
  }
  const QStringList problems = lesson::checkLesson(lesson);
  for (const QString& p : problems)
    QTextStream(stderr) << CliWords::tr("error: %1").arg(files.first() + ": " + p) << "\n";
  if (!problems.isEmpty()) return 2;
  QTextStream(stdout) << files.first() << ": " << lesson::summary(lesson) << "\n";
  return 0;
}

}  // namespace amp::app
