// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// What the store and command-line tests both do to a database file from outside AMP Lab.
#pragma once
#include <unistd.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace amp::testing {

/// Runs SQL on `path` through a connection of its own, as another program would.
inline void execSql(const QString& path, const QStringList& statements) {
  {
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
    db.setDatabaseName(path);
    QVERIFY(db.open());
    for (const QString& sql : statements) {
      QSqlQuery q(db);
      QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    db.close();
  }
  QSqlDatabase::removeDatabase("raw");
}

inline QByteArray bytesOf(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// SQLite's files beside a database: none may be left after amplab refused or only read it.
inline bool hasSideFiles(const QString& path) {
  return QFile::exists(path + "-wal") || QFile::exists(path + "-shm") || QFile::exists(path + "-journal");
}

/// Root writes to read-only files and folders, so those tests mean something only for other users.
inline bool permissionsApply() { return geteuid() != 0; }

}  // namespace amp::testing
