// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "amp/run/result.h"

class QSqlDatabase;

namespace amp::app {

/// One row of the run history.
struct RunSummary {
  qint64 id = 0;
  QString uuid, lab, mode, status, started, name, notes;
  double keyValue = 0.0;  ///< the lab's key metric mean, for the list
  QString keyMetric, keyUnit;
  bool keyFromModel = false;  ///< a model-only run: keyValue is the model's value
  bool hasKey = false;        ///< false when the run has no value for its key metric
};

/// What a person wrote about a run: its name and note (kept beside the run, shown in every export).
struct RunLabel {
  QString name, notes;
};

/// Which runs list() returns, newest first when paged.
struct RunFilter {
  QString lab;     ///< only this lab's runs ("" = all)
  QString since;   ///< only runs started at or after this ISO 8601 time or date ("" = all)
  int limit = 0;   ///< at most the `limit` newest matching runs (0 = all of them)
  int offset = 0;  ///< after skipping the `offset` newest matching runs
  /// Every run of `lab` ("" = of every lab).
  static RunFilter ofLab(const QString& lab) {
    RunFilter f;
    f.lab = lab;
    return f;
  }
};

/// The SQLite run store (DESIGN.md "Storage"): WAL, schema version in PRAGMA user_version with
/// forward migrations, one transaction per save. Our files carry PRAGMA application_id kApplicationId;
/// only an empty file or one of ours is ever written: a corrupt, newer or foreign file is refused with a
/// clear message and left untouched. Several processes may open, create and save to one file at once.
/// One RunStore per thread (own connection name).
class RunStore {
 public:
  /// ReadOnly never creates, migrates or stamps a file; ReadWrite may create, migrate and save.
  enum class Access { ReadWrite, ReadOnly };

  RunStore();
  ~RunStore();
  RunStore(const RunStore&) = delete;
  RunStore& operator=(const RunStore&) = delete;

  /// Default path: $AMPLAB_DB, else defaultFolder()/amplab.db (the command line's --db comes first).
  static QString defaultPath();
  /// The per-user data folder (AppDataLocation): the one folder open() creates when it is missing.
  static QString defaultFolder();
  /// What makes `path` unusable before any file is touched, as a message naming it, or "": for
  /// ReadOnly a missing file, for ReadWrite a missing folder (other than defaultFolder()).
  static QString pathProblem(const QString& path, Access access);
  /// Opens (for ReadWrite creating or migrating as needed). Returns "" or an error message.
  QString open(const QString& path, Access access = Access::ReadWrite);
  bool isOpen() const;
  QString path() const { return path_; }

  /// Saves the run in one transaction, retried for about 5 s while other processes hold the database;
  /// fills result.runId, uuid and started when empty. Returns "" or an error message.
  QString save(run::RunResult& result, const RunLabel& label = {});
  /// The matching runs in id order. Reads only the summary columns and the key metric's row: no
  /// run's full record is parsed, except a model-only run's small one for its model value.
  std::vector<RunSummary> list(const RunFilter& filter = {}) const;
  /// How many runs match (limit and offset ignored).
  qint64 count(const RunFilter& filter = {}) const;
  std::optional<run::RunResult> load(qint64 id, QString* error = nullptr, RunLabel* label = nullptr) const;
  QString remove(qint64 id);
  /// Undo for remove(): puts a loaded run back with its id and uuid.
  QString restore(const run::RunResult& result, const QString& name, const QString& notes);
  QString rename(qint64 id, const QString& name);
  QString setNotes(qint64 id, const QString& notes);
  /// Folds the runs of other databases into this one (by uuid; existing uuids are skipped).
  /// Returns "" or an error; `added` counts the runs copied.
  QString merge(const QString& otherPath, int* added = nullptr);

  /// Exercise progress (predict-then-run), kept per local profile: attempts are saved under, and
  /// read back for, profile() only, so students sharing one database do not see each other's.
  QString saveExerciseAttempt(const QString& lab, const QString& exercise, double prediction, double answer,
                              bool passed);
  struct Attempt {
    QString lab, exercise, when;
    double prediction = 0, answer = 0;
    bool passed = false;
    QString profile;
  };
  /// The profile's attempts (of one lab, or all), oldest first.
  std::vector<Attempt> attempts(const QString& lab = {}) const;
  /// The profile the attempts belong to; defaultProfile() until set.
  QString profile() const { return profile_; }
  /// Empty or blank names fall back to defaultProfile().
  void setProfile(const QString& name);
  /// Every profile with an attempt in this database, sorted.
  QStringList profiles() const;
  /// The operating system's user name, else "student": the profile of attempts saved before
  /// profiles existed, and of anyone who never chose one.
  static QString defaultProfile();

  static constexpr int kSchemaVersion = 2;
  /// PRAGMA application_id of our files: "AMPL".
  static constexpr qint32 kApplicationId = 0x414D504C;

 private:
  QString openConnection(Access access);
  QString initialise(bool upToDate);
  QString createOrMigrate(QSqlDatabase& db);
  void closeConnection();

  QString connection_;
  QString path_;
  QString profile_;
  int version_ = 0;  ///< the open file's schema (a read-only file may be older than kSchemaVersion)
};

}  // namespace amp::app
