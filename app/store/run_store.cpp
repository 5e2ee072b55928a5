// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "store/run_store.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <QtEndian>
#include <algorithm>
#include <atomic>
#include <functional>

#include "amp/labs/registry.h"
#include "cli/json_io.h"

namespace amp::app {

namespace {

std::atomic<int> connectionCounter{0};

/// SQLite waits this long for a lock by itself; retryWhileBusy() covers the cases where it does not wait.
constexpr int kBusyTimeoutMs = 1000;
/// How long a write keeps retrying a busy database before it gives up, in all.
constexpr int kRetryBudgetMs = 5000;

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
    // 2: exercise attempts per local profile (the rows before it are filled in by afterMigration)
    "ALTER TABLE exercises ADD COLUMN profile TEXT NOT NULL DEFAULT '';"
    "CREATE INDEX exercises_profile ON exercises(profile, lab);",
};
constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]) - 1;
static_assert(kMigrationCount == RunStore::kSchemaVersion, "one migration per schema version");

/// SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock. Qt reports SQLite's extended result
/// code, whose low byte is the primary one.
bool isBusy(const QSqlError& e) {
  bool ok = false;
  const int primary = e.nativeErrorCode().toInt(&ok) & 0xff;
  return (ok && (primary == 5 || primary == 6)) || e.text().contains(QLatin1String("database is locked"));
}

/// One try at some work on the database: done when `error` is empty; `busy` when a lock was in the way.
struct Outcome {
  QString error;
  bool busy = false;
};

Outcome failed(const QSqlError& e) { return {e.text(), isBusy(e)}; }

/// Repeats `work` while the database is busy, for about kRetryBudgetMs in all. The pauses grow and are
/// jittered, so processes that collided once do not collide again in lockstep. Returns the last try.
Outcome retryWhileBusy(const std::function<Outcome()>& work) {
  QElapsedTimer clock;
  clock.start();
  int pauseMs = 10;
  for (;;) {
    Outcome a = work();
    if (a.error.isEmpty() || !a.busy) return a;
    const int jittered = pauseMs / 2 + static_cast<int>(QRandomGenerator::global()->bounded(pauseMs));
    if (clock.elapsed() + jittered > kRetryBudgetMs) return a;
    QThread::msleep(static_cast<unsigned long>(jittered));
    pauseMs = std::min(pauseMs * 2, 320);
  }
}

/// Runs `body` in one write transaction. BEGIN IMMEDIATE takes the write lock before anything is read, so
/// a competing writer shows up as a busy BEGIN that can be retried, never as a stale read or a deadlock
/// half-way through.
Outcome inWriteTransaction(QSqlDatabase& db, const std::function<Outcome()>& body) {
  QSqlQuery q(db);
  if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) return failed(q.lastError());
  Outcome a = body();
  if (a.error.isEmpty() && !q.exec(QStringLiteral("COMMIT"))) a = failed(q.lastError());
  if (!a.error.isEmpty()) QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
  return a;
}

/// Runs `body` in one read transaction: its reads see one state of the file.
Outcome inReadTransaction(QSqlDatabase& db, const std::function<Outcome()>& body) {
  QSqlQuery q(db);
  if (!q.exec(QStringLiteral("BEGIN"))) return failed(q.lastError());
  const Outcome a = body();
  QSqlQuery(db).exec(QStringLiteral("COMMIT"));
  return a;
}

Outcome execAll(QSqlDatabase& db, const QString& script) {
  for (const QString& stmt : script.split(';', Qt::SkipEmptyParts)) {
    if (stmt.trimmed().isEmpty()) continue;
    QSqlQuery q(db);
    if (!q.exec(stmt)) return failed(q.lastError());
  }
  return {};
}

/// A statement that writes, retried while the database is busy. Returns "" or the error.
QString execWrite(QSqlQuery& q) {
  return retryWhileBusy([&] { return q.exec() ? Outcome{} : failed(q.lastError()); }).error;
}

/// What a migration cannot know from the file alone, filled in after it with what this machine knows.
Outcome afterMigration(QSqlDatabase& db, int version) {
  if (version != 2) return {};
  // Attempts from before profiles were made by the one person using this file: the default profile.
  QSqlQuery q(db);
  q.prepare(QStringLiteral("UPDATE exercises SET profile = ? WHERE profile = ''"));
  q.addBindValue(RunStore::defaultProfile());
  return q.exec() ? Outcome{} : failed(q.lastError());
}

/// Whose file an SQLite database is, judged by its application_id, user_version and tables.
enum class Owner { Empty, Ours, Legacy, Foreign };

struct Inspection {
  Owner owner = Owner::Foreign;
  int version = 0;
  qint32 applicationId = 0;
};

/// Reads the owner of the open file. An error other than a busy one means the file is damaged or not SQLite.
Outcome inspect(QSqlDatabase& db, Inspection* in) {
  QSqlQuery q(db);
  if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) return failed(q.lastError());
  in->applicationId = q.value(0).toInt();
  if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) return failed(q.lastError());
  in->version = q.value(0).toInt();
  if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
    return failed(q.lastError());
  QStringList tables;
  while (q.next()) tables << q.value(0).toString();
  if (in->applicationId == RunStore::kApplicationId) {
    in->owner = Owner::Ours;
  } else if (in->applicationId != 0) {
    in->owner = Owner::Foreign;
  } else if (tables.isEmpty() && in->version == 0) {
    in->owner = Owner::Empty;
  } else if (in->version >= 1 && tables.contains(QStringLiteral("runs"))) {
    in->owner = Owner::Legacy;  // written before our files carried an application_id
  } else {
    in->owner = Owner::Foreign;
  }
  return {};
}

QString notOurs(const QString& path, const QString& why) {
  return QStringLiteral("%1 is not an AMP Lab database (%2); it was left untouched").arg(path, why);
}

QString lockedOrUnreadable(const QString& path, const Outcome& a) {
  if (a.busy) {
    return QStringLiteral("%1 stayed locked by another program for %2 s; try again when it is done")
        .arg(path)
        .arg(kRetryBudgetMs / 1000);
  }
  return QStringLiteral("%1 is corrupt or not an AMP Lab database (%2); it was left untouched")
      .arg(path, a.error);
}

/// Why an inspected file must not be used, or "".
QString refusal(const QString& path, const Inspection& in) {
  if (in.owner == Owner::Foreign) return notOurs(path, QStringLiteral("it holds another program's data"));
  if (in.version > RunStore::kSchemaVersion) {
    return QStringLiteral(
               "%1 was written by a newer AMP Lab (schema %2, this one knows %3); it was left untouched")
        .arg(path)
        .arg(in.version)
        .arg(RunStore::kSchemaVersion);
  }
  return {};
}

/// Reads who owns the open file and checks that one of ours is intact. Returns "" or why it is refused.
QString vet(QSqlDatabase db, const QString& path, Inspection* in) {
  // One read transaction, so that the reads see one state of the file even while another process commits
  // (a half-created file would look like another program's).
  const Outcome read = retryWhileBusy([&] { return inReadTransaction(db, [&] { return inspect(db, in); }); });
  if (!read.error.isEmpty()) return lockedOrUnreadable(path, read);
  if (const QString e = refusal(path, *in); !e.isEmpty()) return e;
  if (in->version == 0) return {};
  QSqlQuery check(db);
  if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() || check.value(0).toString() != "ok")
    return QStringLiteral("%1 is corrupt (integrity check failed); it was left untouched").arg(path);
  return {};
}

/// Refuses from its first bytes, before SQLite opens it, a file that is not SQLite or that another program
/// stamped with its own application_id (big-endian at offset 68 of the header).
QString headerRefusal(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly) || f.size() == 0) return {};
  const QByteArray header = f.read(100);
  if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) return notOurs(path, "not an SQLite file");
  if (header.size() < 72) return {};
  const auto id = qFromBigEndian<qint32>(header.constData() + 68);
  if (id != 0 && id != RunStore::kApplicationId)
    return notOurs(path,
                   QStringLiteral("its application_id 0x%1 is another program's").arg(id, 8, 16, QChar('0')));
  return {};
}

/// Why runs cannot be written to `path`, with what to do instead, or "". Checked before SQLite opens the
/// file: a read-write open of a read-only file leaves empty -wal and -shm files behind.
QString writeProblem(const QString& path) {
  const QFileInfo info(path);
  if (info.exists() && !info.isWritable()) {
    return QStringLiteral(
               "%1 is read-only, so runs cannot be saved to it; make it writable, or copy it to a writable folder and use the copy (--db)")
        .arg(path);
  }
  if (!QFileInfo(info.absolutePath()).isWritable()) {
    return QStringLiteral(
               "the folder %1 is read-only, and SQLite must create files beside %2 to write to it; copy the database to a writable folder and use the copy (--db). "
               "Listing, showing and exporting its runs work where it is")
        .arg(info.absolutePath(), path);
  }
  return {};
}

bool isDefaultFolder(const QString& folder) {
  return QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) ==
         QDir::cleanPath(QFileInfo(RunStore::defaultFolder()).absoluteFilePath());
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

/// The inserts of one save; `r` stays as it is, so that a retry starts over from the same run.
Outcome insertRun(QSqlDatabase& db, const run::RunResult& r, const RunLabel& label, qint64* id) {
  QSqlQuery q(db);
  q.prepare(QStringLiteral(
      "INSERT INTO runs (id, uuid, lab, mode, params, seed, started, duration, host, status, name, notes, result)"
      " VALUES (:id, :uuid, :lab, :mode, :params, :seed, :started, :duration, :host, :status, :name, :notes,"
      " :result)"));
  // A null QString binds as NULL; the columns hold "" for "none".
  q.bindValue(":name", label.name.isNull() ? QStringLiteral("") : label.name);
  q.bindValue(":notes", label.notes.isNull() ? QStringLiteral("") : label.notes);
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
  q.bindValue(":result", QString::fromUtf8(QJsonDocument(resultToJson(r)).toJson(QJsonDocument::Compact)));
  if (!q.exec()) return failed(q.lastError());
  *id = q.lastInsertId().toLongLong();
  for (const auto& [name, m] : r.metrics) {
    QSqlQuery mq(db);
    mq.prepare(QStringLiteral("INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    mq.addBindValue(*id);
    mq.addBindValue(QString::fromStdString(name));
    mq.addBindValue(m.mean);
    mq.addBindValue(m.ciLo);
    mq.addBindValue(m.ciHi);
    mq.addBindValue(m.percentiles.count("p50") ? QVariant(m.percentiles.at("p50")) : QVariant());
    mq.addBindValue(m.percentiles.count("p99") ? QVariant(m.percentiles.at("p99")) : QVariant());
    mq.addBindValue(QString::fromStdString(m.unit));
    if (!mq.exec()) return failed(mq.lastError());
  }
  for (const auto& s : r.series) {
    QSqlQuery sq(db);
    sq.prepare(QStringLiteral("INSERT OR REPLACE INTO series VALUES (?, ?, ?)"));
    sq.addBindValue(*id);
    sq.addBindValue(QString::fromStdString(s.name));
    sq.addBindValue(packPoints(s.points));
    if (!sq.exec()) return failed(sq.lastError());
  }
  for (const auto& h : r.histograms) {
    QSqlQuery hq(db);
    hq.prepare(QStringLiteral("INSERT OR REPLACE INTO histograms VALUES (?, ?, ?)"));
    hq.addBindValue(*id);
    hq.addBindValue(QString::fromStdString(h.name));
    hq.addBindValue(packPoints(h.edgesAndCounts));
    if (!hq.exec()) return failed(hq.lastError());
  }
  return {};
}

}  // namespace

RunStore::RunStore()
    : connection_(QStringLiteral("amp-store-%1").arg(connectionCounter.fetch_add(1))),
      profile_(defaultProfile()) {}

RunStore::~RunStore() { closeConnection(); }

void RunStore::closeConnection() {
  {
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    if (db.isValid()) db.close();
  }
  if (QSqlDatabase::contains(connection_)) QSqlDatabase::removeDatabase(connection_);
}

QString RunStore::defaultPath() {
  const QByteArray env = qgetenv("AMPLAB_DB");
  if (!env.isEmpty()) return QString::fromLocal8Bit(env);
  return defaultFolder() + "/amplab.db";
}

QString RunStore::defaultFolder() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  return dir.isEmpty() ? QDir::homePath() + "/.local/share/amplab" : dir;
}

QString RunStore::pathProblem(const QString& path, Access access) {
  const QFileInfo info(path);
  if (info.isDir()) return QStringLiteral("the database %1 is a folder, not a file").arg(path);
  if (access == Access::ReadOnly) {
    return info.exists() ? QString()
                         : QStringLiteral("there is no database %1 (nothing was created)").arg(path);
  }
  const QFileInfo folder(info.absolutePath());
  if (folder.isDir() || isDefaultFolder(folder.filePath())) return {};
  return QStringLiteral("the folder %1 of the database %2 %3; create it first or choose another path")
      .arg(folder.filePath(), path, folder.exists() ? "is not a folder" : "does not exist");
}

bool RunStore::isOpen() const { return QSqlDatabase::database(connection_, false).isOpen(); }

QString RunStore::open(const QString& path, Access access) {
  closeConnection();
  path_ = path;
  version_ = 0;
  if (const QString e = pathProblem(path, access); !e.isEmpty()) return e;
  if (const QString e = headerRefusal(path); !e.isEmpty()) return e;
  if (access == Access::ReadWrite) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) return QStringLiteral("cannot create the folder %1").arg(folder);
    if (const QString e = writeProblem(path); !e.isEmpty()) return e;
  }
  QString error = openConnection(access);
  Inspection in;
  if (error.isEmpty()) error = vet(QSqlDatabase::database(connection_, false), path, &in);
  version_ = in.version;
  if (error.isEmpty() && access == Access::ReadWrite) {
    // Only a file that is new, older or not yet stamped takes the write lock to be set up.
    error = initialise(in.owner == Owner::Ours && in.version == kSchemaVersion);
    version_ = kSchemaVersion;
  }
  if (!error.isEmpty()) closeConnection();
  return error;
}

QString RunStore::openConnection(Access access) {
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
  QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
  const QFileInfo info(path_);
  const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
  if (access == Access::ReadOnly && !writable) {
    // SQLite needs to create a -shm file beside a WAL database even to read it. Where it cannot, nobody can
    // be writing either, so read the file as it stands: immutable takes no locks and creates no files.
    // (Not everywhere: immutable ignores the -wal, which holds the latest runs while a writer is open.)
    db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                       "?immutable=1");
    options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
  } else {
    // Read-write even for reading (query_only keeps it from writing): the last connection to close folds
    // the -wal back into the file and removes the -wal and -shm, where a read-only one leaves them behind.
    db.setDatabaseName(path_);
  }
  db.setConnectOptions(options);
  if (!db.open()) return QStringLiteral("cannot open %1: %2").arg(path_, db.lastError().text());
  QSqlQuery(db).exec(access == Access::ReadOnly ? QStringLiteral("PRAGMA query_only=1")
                                                : QStringLiteral("PRAGMA foreign_keys=ON"));
  return {};
}

QString RunStore::initialise(bool upToDate) {
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  if (!upToDate) {
    if (const QString e = createOrMigrate(db); !e.isEmpty()) return e;
  }
  // WAL lets the GUI read while a command line run saves. It cannot change inside a transaction, and a file
  // that another process is switching is busy for a moment.
  const Outcome wal = retryWhileBusy([&] {
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ? Outcome{} : failed(q.lastError());
  });
  if (!wal.error.isEmpty()) return QStringLiteral("cannot switch %1 to WAL mode: %2").arg(path_, wal.error);
  return {};
}

QString RunStore::createOrMigrate(QSqlDatabase& db) {
  // Creation, migration and the application_id stamp are one exclusive transaction that reads the file's
  // state again under the lock: of several processes creating one new file, one creates the tables and
  // the others find them made.
  QString refused;
  const Outcome made = retryWhileBusy([&] {
    return inWriteTransaction(db, [&]() -> Outcome {
      Inspection in;
      if (Outcome a = inspect(db, &in); !a.error.isEmpty()) return a;
      refused = refusal(path_, in);
      if (!refused.isEmpty()) return {refused, false};
      for (int v = in.version + 1; v <= kSchemaVersion; ++v) {
        Outcome a =
            execAll(db, QString::fromUtf8(kMigrations[v]) + QStringLiteral(";PRAGMA user_version=%1").arg(v));
        if (a.error.isEmpty()) a = afterMigration(db, v);
        if (!a.error.isEmpty()) {
          a.error = QStringLiteral("migration to schema %1 failed: %2").arg(v).arg(a.error);
          return a;
        }
      }
      if (in.applicationId == kApplicationId) return {};
      return execAll(db, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
    });
  });
  if (!refused.isEmpty()) return refused;
  if (made.busy) return lockedOrUnreadable(path_, made);
  if (!made.error.isEmpty()) return QStringLiteral("cannot set up %1: %2").arg(path_, made.error);
  return {};
}

QString RunStore::save(run::RunResult& r, const RunLabel& label) {
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  if (!db.isOpen()) return QStringLiteral("the run store is not open");
  if (r.uuid.empty()) r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
  if (r.started.empty()) r.started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
  qint64 id = 0;
  const Outcome saved =
      retryWhileBusy([&] { return inWriteTransaction(db, [&] { return insertRun(db, r, label, &id); }); });
  if (!saved.error.isEmpty()) return QStringLiteral("cannot save the run: %1").arg(saved.error);
  r.runId = id;
  return {};
}

namespace {

/// "CASE lab WHEN 'foundations' THEN 'sojourn_ms' … END": each registered lab's key metric, so a
/// list joins the one metric row it shows instead of parsing every run's record.
QString keyMetricCase() {
  QString sql = QStringLiteral("CASE r.lab");
  for (const auto& lab : labs::allLabs())
    sql += QStringLiteral(" WHEN '%1' THEN '%2'")
               .arg(QString::fromStdString(lab->info().id), QString::fromStdString(lab->keyMetric()));
  // A lab this build does not know (a database merged from a newer one): its run says.
  return sql + QStringLiteral(" ELSE json_extract(r.result, '$.key_metric') END");
}

/// WHERE for a filter, with its values bound in order by bindFilter().
QString filterSql(const RunFilter& f) {
  QStringList where;
  if (!f.lab.isEmpty()) where << QStringLiteral("r.lab = ?");
  if (!f.since.isEmpty()) where << QStringLiteral("r.started >= ?");
  return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void bindFilter(QSqlQuery& q, const RunFilter& f) {
  if (!f.lab.isEmpty()) q.addBindValue(f.lab);
  if (!f.since.isEmpty()) q.addBindValue(f.since);
}

QString unitOf(const QString& labId, const QString& metric) {
  if (const run::Lab* lab = labs::findLab(labId.toStdString()))
    for (const auto& m : lab->metrics())
      if (QString::fromStdString(m.key) == metric) return QString::fromStdString(m.unit);
  return {};
}

}  // namespace

std::vector<RunSummary> RunStore::list(const RunFilter& filter) const {
  std::vector<RunSummary> out;
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  if (!db.isOpen()) return out;
  QSqlQuery q(db);
  q.setForwardOnly(true);
  // Paged lists take the newest runs; the page is shown oldest first like the whole list.
  const QString page =
      filter.limit > 0
          ? QStringLiteral(" ORDER BY r.id DESC LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset)
          : QStringLiteral(" ORDER BY r.id");
  q.prepare(
      QStringLiteral("SELECT r.id, r.uuid, r.lab, r.mode, r.status, r.started, r.name, r.notes, r.key_name,"
                     " m.mean, m.unit, CASE WHEN m.mean IS NULL AND r.mode = 'model' THEN"
                     " json_extract(r.result, '$.model.\"' || r.key_name || '\"') END"
                     " FROM (SELECT r.*, ") +
      keyMetricCase() + QStringLiteral(" AS key_name FROM runs r") + filterSql(filter) + page +
      QStringLiteral(") AS r LEFT JOIN metrics m ON m.run = r.id AND m.name = r.key_name ORDER BY r.id"));
  bindFilter(q, filter);
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
    s.keyMetric = q.value(8).toString();
    if (!q.value(9).isNull()) {
      s.keyValue = q.value(9).toDouble();
      s.keyUnit = q.value(10).toString();
      s.hasKey = true;
    } else if (!q.value(11).isNull()) {
      s.keyValue = q.value(11).toDouble();
      s.keyUnit = unitOf(s.lab, s.keyMetric);
      s.keyFromModel = s.hasKey = true;
    }
    out.push_back(s);
  }
  return out;
}

qint64 RunStore::count(const RunFilter& filter) const {
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  if (!db.isOpen()) return 0;
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT count(*) FROM runs r") + filterSql(filter));
  bindFilter(q, filter);
  return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<run::RunResult> RunStore::load(qint64 id, QString* error, RunLabel* label) const {
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT result, id, uuid, started, name, notes FROM runs WHERE id = ?"));
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
  if (label != nullptr) *label = RunLabel{q.value(4).toString(), q.value(5).toString()};
  return r;
}

QString RunStore::remove(qint64 id) {
  QSqlDatabase db = QSqlDatabase::database(connection_, false);
  QSqlQuery q(db);
  q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
  q.addBindValue(id);
  if (const QString e = execWrite(q); !e.isEmpty()) return e;
  if (q.numRowsAffected() == 0) return QStringLiteral("no run with id %1").arg(id);
  return {};
}

QString RunStore::restore(const run::RunResult& result, const QString& name, const QString& notes) {
  run::RunResult copy = result;
  return save(copy, RunLabel{name, notes});
}

QString RunStore::rename(qint64 id, const QString& name) {
  QSqlQuery q(QSqlDatabase::database(connection_, false));
  q.prepare(QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"));
  q.addBindValue(name);
  q.addBindValue(id);
  if (const QString e = execWrite(q); !e.isEmpty()) return e;
  return q.numRowsAffected() == 0 ? QStringLiteral("no run with id %1").arg(id) : QString();
}

QString RunStore::setNotes(qint64 id, const QString& notes) {
  QSqlQuery q(QSqlDatabase::database(connection_, false));
  q.prepare(QStringLiteral("UPDATE runs SET notes = ? WHERE id = ?"));
  q.addBindValue(notes);
  q.addBindValue(id);
  if (const QString e = execWrite(q); !e.isEmpty()) return e;
  return q.numRowsAffected() == 0 ? QStringLiteral("no run with id %1").arg(id) : QString();
}

QString RunStore::merge(const QString& otherPath, int* added) {
  if (added != nullptr) *added = 0;
  RunStore other;
  if (const QString err = other.open(otherPath, Access::ReadOnly); !err.isEmpty()) return err;
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

QString RunStore::defaultProfile() {
  for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
    const QString name = qEnvironmentVariable(var).trimmed();
    if (!name.isEmpty()) return name;
  }
  return QStringLiteral("student");
}

void RunStore::setProfile(const QString& name) {
  profile_ = name.trimmed().isEmpty() ? defaultProfile() : name.trimmed();
}

QString RunStore::saveExerciseAttempt(const QString& lab, const QString& exercise, double prediction,
                                      double answer, bool passed) {
  QSqlQuery q(QSqlDatabase::database(connection_, false));
  q.prepare(
      QStringLiteral("INSERT INTO exercises (lab, exercise, prediction, answer, passed, at, profile)"
                     " VALUES (?,?,?,?,?,?,?)"));
  q.addBindValue(lab);
  q.addBindValue(exercise);
  q.addBindValue(prediction);
  q.addBindValue(answer);
  q.addBindValue(passed ? 1 : 0);
  q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
  q.addBindValue(profile_);
  return execWrite(q);
}

namespace {
/// The profile column of an attempt: a schema-1 file (read only, so not migrated) has none, and its
/// attempts are the default profile's, as its migration would make them.
QString profileColumn(int version) {
  return version >= 2 ? QStringLiteral("profile")
                      : QStringLiteral("'%1'").arg(RunStore::defaultProfile().replace('\'', "''"));
}
}  // namespace

std::vector<RunStore::Attempt> RunStore::attempts(const QString& lab) const {
  std::vector<Attempt> out;
  QSqlQuery q(QSqlDatabase::database(connection_, false));
  const QString profile = profileColumn(version_);
  q.prepare(QStringLiteral("SELECT lab, exercise, at, prediction, answer, passed, %1 FROM exercises"
                           " WHERE %1 = :profile")
                .arg(profile) +
            (lab.isEmpty() ? QString() : QStringLiteral(" AND lab = :lab")) + QStringLiteral(" ORDER BY id"));
  q.bindValue(":profile", profile_);
  if (!lab.isEmpty()) q.bindValue(":lab", lab);
  q.exec();
  while (q.next()) {
    out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                   q.value(4).toDouble(), q.value(5).toBool(), q.value(6).toString()});
  }
  return out;
}

QStringList RunStore::profiles() const {
  QStringList out;
  QSqlQuery q(QSqlDatabase::database(connection_, false));
  if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM exercises").arg(profileColumn(version_))))
    while (q.next()) out << q.value(0).toString();
  out.sort(Qt::CaseInsensitive);
  return out;
}

}  // namespace amp::app
