// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "store/run_store.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>
#include <atomic>

#include "cli/json_io.h"

namespace amp::app {

namespace {

std::atomic<int> connectionCounter{0};

/// Forward migrations, index = the version they lead to. Never edit one that has shipped.
const char* const kMigrations[] = {
    "",
    // 1: the first schema
    "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, lab TEXT NOT NULL,"
    " mode TEXT NOT NULL, params TEXT NOT NULL, seed INTEGER NOT NULL, started TEXT NOT NULL,"
    " duration REAL NOT NULL, host TEXT NOT NULL, status TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '', result TEXT NOT NULL);"
    "CREATE TABLE metrics (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, name TEXT NOT NULL,"
    " mean REAL, ci_lo REAL, ci_hi REAL, p50 REAL, p99 REAL, unit TEXT, PRIMARY KEY (run, name));"
    "CREATE TABLE series (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, name TEXT NOT NULL,"
    " points BLOB NOT NULL, PRIMARY KEY (run, name));"
    "CREATE TABLE histograms (run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, name TEXT NOT NULL,"
    " buckets BLOB NOT NULL, PRIMARY KEY (run, name));"
    "CREATE TABLE exercises (id INTEGER PRIMARY KEY AUTOINCREMENT, lab TEXT NOT NULL, exercise TEXT NOT NULL,"
    " prediction REAL NOT NULL, answer REAL NOT NULL, passed INTEGER NOT NULL, at TEXT NOT NULL);"
    "CREATE INDEX runs_lab ON runs(lab);",
};
constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]) - 1;
static_assert(kMigrationCount == RunStore::kSchemaVersion, "one migration per schema version");

QString lastError(const QSqlQuery& q) { return q.lastError().text(); }

bool execAll(QSqlDatabase& db, const QString& script, QString* error) {
  for (const QString& stmt : script.split(';', Qt::SkipEmptyParts)) {
    if (stmt.trimmed().isEmpty()) continue;
    QSqlQuery q(db);
    if (!q.exec(stmt)) {
      *error = lastError(q);
      return false;
    }
  }
  return true;
}

QByteArray packPoints(const std::vector<std::pair<double, double>>& pts) {
  QByteArray blob;
  blob.resize(static_cast<qsizetype>(pts.size() * 2 * sizeof(double)));
  auto* out = reinterpret_cast<double*>(blob.data());
  for (const auto& [x, y] : pts) {
    *out++ = x;
    *out++ = y;
  }
  return blob;
}

}  // namespace

RunStore::RunStore() : connection_(QStringLiteral("amp-store-%1").arg(connectionCounter.fetch_add(1))) {}

RunStore::~RunStore() {
  {
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    if (db.isValid()) db.close();
  }
  if (QSqlDatabase::contains(connection_)) QSqlDatabase::removeDatabase(connection_);
}

QString RunStore::defaultPath() {
  const QByteArray env = qgetenv("AMPLAB_DB");
  if (!env.isEmpty()) return QString::fromLocal8Bit(env);
  QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  if (dir.isEmpty()) dir = QDir::homePath() + "/.local/share/amplab";
  return dir + "/amplab.db";
}

bool RunStore::isOpen() const { return QSqlDatabase::database(connection_, false).isOpen(); }

QString RunStore::open(const QString& path) {
  path_ = path;
  const QFileInfo info(path);
  if (!QDir().mkpath(info.absolutePath()))
    return QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
  if (info.exists()) {
    // Refuse anything that is not an SQLite file before the driver touches it.
    QFile f(path);
    if (f.open(QIODevice::ReadOnly) && f.size() > 0 && !f.read(16).startsWith("SQLite format 3")) {
      return QStringLiteral("%1 is not an AMP Lab database (not an SQLite file); it was left untouched")
          .arg(path);
    }
  }
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
  db.setDatabaseName(path);
  db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
  if (!db.open()) return QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
  QSqlQuery q(db);
  if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
    const QString err = lastError(q);
    db.close();
    return QStringLiteral("%1 is corrupt or not an AMP Lab database (%2); it was left untouched")
        .arg(path, err);
  }
  const int version = q.value(0).toInt();
  q.finish();
  if (version > kSchemaVersion) {
    db.close();
    return QStringLiteral(
               "%1 was written by a newer AMP Lab (schema %2, this one knows %3); it was left untouched")
        .arg(path)
        .arg(version)
        .arg(kSchemaVersion);
  }
  if (version > 0) {
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != "ok") {
      db.close();
      return QStringLiteral("%1 is corrupt (integrity check failed); it was left untouched").arg(path);
    }
  }
  QString error;
  execAll(db, QStringLiteral("PRAGMA journal_mode=WAL;PRAGMA foreign_keys=ON"), &error);
  for (int v = version + 1; v <= kSchemaVersion; ++v) {
    if (!db.transaction()) return QStringLiteral("cannot migrate %1: %2").arg(path, db.lastError().text());
    if (!execAll(db, QString::fromUtf8(kMigrations[v]), &error) ||
        !execAll(db, QStringLiteral("PRAGMA user_version=%1").arg(v), &error)) {
      db.rollback();
      return QStringLiteral("cannot migrate %1 to schema %2: %3").arg(path).arg(v).arg(error);
    }
    if (!db.commit()) return QStringLiteral("cannot migrate %1: %2").arg(path, db.lastError().text());
  }
  return {};
}

QString RunStore::save(run::RunResult& r) {
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  if (!db.isOpen()) return QStringLiteral("the run store is not open");
  if (r.uuid.empty()) r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
  if (r.started.empty()) r.started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
  if (!db.transaction()) return db.lastError().text();
  auto rollback = [&](const QSqlQuery& q) {
    const QString err = lastError(q);
    db.rollback();
    return QStringLiteral("cannot save the run: %1").arg(err);
  };
  QSqlQuery q(db);
  q.prepare(QStringLiteral(
      "INSERT INTO runs (id, uuid, lab, mode, params, seed, started, duration, host, status, result)"
      " VALUES (:id, :uuid, :lab, :mode, :params, :seed, :started, :duration, :host, :status, :result)"));
  q.bindValue(":id", r.runId > 0 ? QVariant(qint64(r.runId)) : QVariant());
  q.bindValue(":uuid", QString::fromStdString(r.uuid));
  q.bindValue(":lab", QString::fromStdString(r.lab));
  q.bindValue(":mode", QString::fromLatin1(run::modeName(r.mode)));
  q.bindValue(":params",
              QString::fromUtf8(QJsonDocument(paramsToJson(r.params)).toJson(QJsonDocument::Compact)));
  q.bindValue(":seed", qint64(r.seed));
  q.bindValue(":started", QString::fromStdString(r.started));
  q.bindValue(":duration", r.wallSeconds);
  q.bindValue(":host", QString::fromStdString(r.host.cpuModel));
  q.bindValue(":status", QString::fromLatin1(run::statusName(r.status)));
  // The whole result document too, so a run reopens exactly as it was saved.
  run::RunResult copy = r;
  q.bindValue(":result", QString::fromUtf8(QJsonDocument(resultToJson(copy)).toJson(QJsonDocument::Compact)));
  if (!q.exec()) return rollback(q);
  r.runId = q.lastInsertId().toLongLong();
  for (const auto& [name, m] : r.metrics) {
    QSqlQuery mq(db);
    mq.prepare(QStringLiteral("INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    mq.addBindValue(qint64(r.runId));
    mq.addBindValue(QString::fromStdString(name));
    mq.addBindValue(m.mean);
    mq.addBindValue(m.ciLo);
    mq.addBindValue(m.ciHi);
    mq.addBindValue(m.percentiles.count("p50") ? QVariant(m.percentiles.at("p50")) : QVariant());
    mq.addBindValue(m.percentiles.count("p99") ? QVariant(m.percentiles.at("p99")) : QVariant());
    mq.addBindValue(QString::fromStdString(m.unit));
    if (!mq.exec()) return rollback(mq);
  }
  for (const auto& s : r.series) {
    QSqlQuery sq(db);
    sq.prepare(QStringLiteral("INSERT OR REPLACE INTO series VALUES (?, ?, ?)"));
    sq.addBindValue(qint64(r.runId));
    sq.addBindValue(QString::fromStdString(s.name));
    sq.addBindValue(packPoints(s.points));
    if (!sq.exec()) return rollback(sq);
  }
  for (const auto& h : r.histograms) {
    QSqlQuery hq(db);
    hq.prepare(QStringLiteral("INSERT OR REPLACE INTO histograms VALUES (?, ?, ?)"));
    hq.addBindValue(qint64(r.runId));
    hq.addBindValue(QString::fromStdString(h.name));
    hq.addBindValue(packPoints(h.edgesAndCounts));
    if (!hq.exec()) return rollback(hq);
  }
  if (!db.commit()) return QStringLiteral("cannot save the run: %1").arg(db.lastError().text());
  return {};
}

std::vector<RunSummary> RunStore::list(const QString& lab) const {
  std::vector<RunSummary> out;
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  if (!db.isOpen()) return out;
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT id, uuid, lab, mode, status, started, name, notes, result FROM runs") +
            (lab.isEmpty() ? QString() : QStringLiteral(" WHERE lab = :lab")) +
            QStringLiteral(" ORDER BY id"));
  if (!lab.isEmpty()) q.bindValue(":lab", lab);
  q.exec();
  while (q.next()) {
    RunSummary s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.lab = q.value(2).toString();
    s.mode = q.value(3).toString();
    s.status = q.value(4).toString();
    s.started = q.value(5).toString();
    s.name = q.value(6).toString();
    s.notes = q.value(7).toString();
    const QJsonObject doc = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    s.keyMetric = doc.value("key_metric").toString();
    const QJsonObject key = doc.value("metrics").toObject().value(s.keyMetric).toObject();
    s.keyValue = key.value("mean").toDouble();
    s.keyUnit = key.value("unit").toString();
    out.push_back(s);
  }
  return out;
}

std::optional<run::RunResult> RunStore::load(qint64 id, QString* error) const {
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT result, id, uuid, started FROM runs WHERE id = ?"));
  q.addBindValue(id);
  if (!q.exec() || !q.next()) {
    if (error != nullptr) *error = QStringLiteral("no run with id %1 in %2").arg(id).arg(path_);
    return std::nullopt;
  }
  QJsonParseError perr{};
  const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &perr);
  if (doc.isNull()) {
    if (error != nullptr) *error = QStringLiteral("run %1 is damaged: %2").arg(id).arg(perr.errorString());
    return std::nullopt;
  }
  run::RunResult r = resultFromJson(doc.object());
  r.runId = q.value(1).toLongLong();
  r.uuid = q.value(2).toString().toStdString();
  r.started = q.value(3).toString().toStdString();
  return r;
}

QString RunStore::remove(qint64 id) {
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  QSqlQuery q(db);
  q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
  q.addBindValue(id);
  if (!q.exec()) return lastError(q);
  if (q.numRowsAffected() == 0) return QStringLiteral("no run with id %1").arg(id);
  return {};
}

QString RunStore::restore(const run::RunResult& result, const QString& name, const QString& notes) {
  run::RunResult copy = result;
  QString err = save(copy);
  if (err.isEmpty() && !name.isEmpty()) err = rename(copy.runId, name);
  if (err.isEmpty() && !notes.isEmpty()) err = setNotes(copy.runId, notes);
  return err;
}

QString RunStore::rename(qint64 id, const QString& name) {
  QSqlQuery q(QSqlDatabase::database(connection_, false));
  q.prepare(QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"));
  q.addBindValue(name);
  q.addBindValue(id);
  if (!q.exec()) return lastError(q);
  return q.numRowsAffected() == 0 ? QStringLiteral("no run with id %1").arg(id) : QString();
}

QString RunStore::setNotes(qint64 id, const QString& notes) {
  QSqlQuery q(QSqlDatabase::database(connection_, false));
  q.prepare(QStringLiteral("UPDATE runs SET notes = ? WHERE id = ?"));
  q.addBindValue(notes);
  q.addBindValue(id);
  if (!q.exec()) return lastError(q);
  return q.numRowsAffected() == 0 ? QStringLiteral("no run with id %1").arg(id) : QString();
}

QString RunStore::merge(const QString& otherPath, int* added) {
  if (added != nullptr) *added = 0;
  RunStore other;
  if (const QString err = other.open(otherPath); !err.isEmpty()) return err;
  for (const RunSummary& s : other.list()) {
    QSqlQuery exists(QSqlDatabase::database(connection_, false));
    exists.prepare(QStringLiteral("SELECT 1 FROM runs WHERE uuid = ?"));
    exists.addBindValue(s.uuid);
    if (exists.exec() && exists.next()) continue;
    QString err;
    auto r = other.load(s.id, &err);
    if (!r) return err;
    r->runId = 0;  // a fresh id here; the uuid stays
    if (const QString e = restore(*r, s.name, s.notes); !e.isEmpty()) return e;
    if (added != nullptr) ++*added;
  }
  return {};
}

QString RunStore::saveExerciseAttempt(const QString& lab, const QString& exercise, double prediction,
                                      double answer, bool passed) {
  QSqlQuery q(QSqlDatabase::database(connection_, false));
  q.prepare(QStringLiteral(
      "INSERT INTO exercises (lab, exercise, prediction, answer, passed, at) VALUES (?,?,?,?,?,?)"));
  q.addBindValue(lab);
  q.addBindValue(exercise);
  q.addBindValue(prediction);
  q.addBindValue(answer);
  q.addBindValue(passed ? 1 : 0);
  q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
  return q.exec() ? QString() : lastError(q);
}

std::vector<RunStore::Attempt> RunStore::attempts(const QString& lab) const {
  std::vector<Attempt> out;
  QSqlQuery q(QSqlDatabase::database(connection_, false));
  q.prepare(QStringLiteral("SELECT lab, exercise, at, prediction, answer, passed FROM exercises") +
            (lab.isEmpty() ? QString() : QStringLiteral(" WHERE lab = :lab")) +
            QStringLiteral(" ORDER BY id"));
  if (!lab.isEmpty()) q.bindValue(":lab", lab);
  q.exec();
  while (q.next()) {
    out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                   q.value(4).toDouble(), q.value(5).toBool()});
  }
  return out;
}

}  // namespace amp::app
