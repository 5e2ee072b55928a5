// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <cstdint>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace amp::labs::commit {

/// The real face's bank: `kAccounts` accounts of `kInitialBalance` each in one SQLite database
/// (WAL, synchronous=FULL), and a table of the transfers committed so far.
inline constexpr int kAccounts = 1000;
inline constexpr std::int64_t kInitialBalance = 1000;

/// One prepared statement; reset after each use.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& bind(int index, std::int64_t value);
  /// One step: true when it produced a row; throws std::runtime_error on an error.
  bool step();
  std::int64_t column(int index) const;
  std::string text(int index) const;
  void reset();

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// One connection: read-only for a worker, read-write for the writer and the checks. Opening
/// is where SQLite recovers a WAL that a killed writer left behind.
class Connection {
 public:
  enum class Access { ReadOnly, ReadWrite, Create };
  Connection() = default;
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  /// "" on success, else what went wrong.
  std::string open(const std::string& path, Access access);
  /// Runs `sql` (no rows expected); throws std::runtime_error naming it on an error.
  void exec(const char* sql);
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

/// Makes a fresh bank at `path`: WAL mode, the accounts and an empty transfer table. "" on
/// success, else what went wrong.
std::string createBank(const std::string& path);

/// SQLite's library version ("3.40.1").
std::string sqliteVersion();

}  // namespace amp::labs::commit
