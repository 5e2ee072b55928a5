// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// The real amplab binary started as a user would: offscreen, on the database a test gives it.
// A suite that includes this defines AMPLAB_BIN (the binary's path) in its CMake lines.
#pragma once
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace amp::testing {

struct CliResult {
  int code = -1;  ///< the exit code; -1 when it crashed or did not finish in time
  QByteArray out, err;
  QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// The environment amplab runs in: its default database `db` (AMPLAB_DB), no display, and the
/// language of `lang` (LANG; LC_ALL, LC_MESSAGES and LANGUAGE unset): English unless a test asks for another.
inline QProcessEnvironment amplabEnvironment(const QString& db,
                                             const QString& lang = QStringLiteral("C.UTF-8")) {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.remove("LC_ALL");
  env.remove("LC_MESSAGES");
  env.remove("LANGUAGE");  // GNU's list of preferred languages would come before LANG
  env.insert("LANG", lang);
  env.insert("AMPLAB_DB", db);
  env.insert("QT_QPA_PLATFORM", "offscreen");
  return env;
}

/// Starts amplab with `args` in amplabEnvironment(db, lang).
inline void startAmplab(QProcess& p, const QStringList& args, const QString& db,
                        const QString& lang = QStringLiteral("C.UTF-8")) {
  p.setProcessEnvironment(amplabEnvironment(db, lang));
  p.start(AMPLAB_BIN, args);
}

/// Waits for `p`; one that does not finish in time is killed and reported as exit code -1.
inline CliResult finishAmplab(QProcess& p, int timeoutMs) {
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
    return {-1, p.readAllStandardOutput(), "amplab did not finish in time; killed"};
  }
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
          p.readAllStandardError()};
}

inline CliResult runAmplab(const QStringList& args, const QString& db, int timeoutMs = 120000,
                           const QString& lang = QStringLiteral("C.UTF-8")) {
  QProcess p;
  startAmplab(p, args, db, lang);
  return finishAmplab(p, timeoutMs);
}

}  // namespace amp::testing
