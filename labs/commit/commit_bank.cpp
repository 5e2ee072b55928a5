// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "commit/commit_bank.h"

#include <sqlite3.h>

#include <stdexcept>
#include <unordered_set>
#include <vector>

#include "amp/run/phrase.h"
#include "commit/commit_lab.h"

namespace amp::labs::commit {

namespace {

std::string errorOf(sqlite3* db, const std::string& what) {
  return run::phrase("%1 (SQLite: %2)", {what, db != nullptr ? sqlite3_errmsg(db) : "out of memory"});
}

}  // namespace

Statement::Statement(sqlite3* db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
    throw std::runtime_error(errorOf(db, run::phrase("SQLite cannot prepare '%1'", {sql})));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const std::string sql = sqlite3_sql(stmt_);
  sqlite3_reset(stmt_);
  throw std::runtime_error(errorOf(db_, run::phrase("SQLite failed on '%1'", {sql})));
}

std::int64_t Statement::column(int index) const { return sqlite3_column_int64(stmt_, index); }

std::string Statement::text(int index) const {
  const unsigned char* t = sqlite3_column_text(stmt_, index);
  return t != nullptr ? reinterpret_cast<const char*>(t) : std::string();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Connection::~Connection() { sqlite3_close_v2(db_); }

std::string Connection::open(const std::string& path, Access access) {
  const int flags = access == Access::ReadOnly    ? SQLITE_OPEN_READONLY
                    : access == Access::ReadWrite ? SQLITE_OPEN_READWRITE
                                                  : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  // NOMUTEX: each connection stays on one thread (or in one process).
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    const std::string err = errorOf(db_, run::phrase("cannot open the database %1", {path}));
    sqlite3_close_v2(db_);
    db_ = nullptr;
    return err;
  }
  // A checkpoint or the writer's recovery may hold a lock for a moment: wait rather than fail.
  sqlite3_busy_timeout(db_, 2000);
  return {};
}

void Connection::exec(const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    const std::string err = run::phrase(
        "%1 (SQLite: %2)", {run::phrase("SQLite failed on '%1'", {sql}), msg != nullptr ? msg : "?"});
    sqlite3_free(msg);
    throw std::runtime_error(err);
  }
}

std::string createBank(const std::string& path) {
  Connection c;
  if (std::string err = c.open(path, Connection::Access::Create); !err.empty()) return err;
  try {
    c.exec("PRAGMA journal_mode=WAL");
    c.exec("PRAGMA synchronous=FULL");
    c.exec("CREATE TABLE accounts(id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)");
    c.exec(
        "CREATE TABLE transfers(id INTEGER PRIMARY KEY, src INTEGER NOT NULL, dst INTEGER NOT NULL, "
        "amount INTEGER NOT NULL)");
    c.exec("BEGIN");
    Statement insert(c.handle(), "INSERT INTO accounts(id, balance) VALUES(?1, ?2)");
    for (int a = 0; a < kAccounts; ++a) {
      insert.bind(1, a).bind(2, kInitialBalance).step();
      insert.reset();
    }
    c.exec("COMMIT");
  } catch (const std::exception& e) {
    return e.what();
  }
  return {};
}

std::string sqliteVersion() { return sqlite3_libversion(); }

BalanceCheck checkBalance(const std::string& path, const std::vector<std::uint64_t>& acknowledged) {
  BalanceCheck r;
  r.expected = static_cast<std::int64_t>(kAccounts) * kInitialBalance;
  Connection c;
  if (std::string err = c.open(path, Connection::Access::ReadWrite); !err.empty()) {
    r.words = run::phrase("the balance could not be checked: %1", {err});
    return r;
  }
  try {
    // The first row says "ok" or names the first problem.
    Statement integrity(c.handle(), "PRAGMA integrity_check");
    const std::string verdict = integrity.step() ? integrity.text(0) : std::string();
    integrity.reset();
    Statement sum(c.handle(), "SELECT COALESCE(SUM(balance), 0), COUNT(*) FROM accounts");
    sum.step();
    r.total = sum.column(0);
    const std::int64_t accounts = sum.column(1);
    std::unordered_set<std::int64_t> committed;
    Statement ids(c.handle(), "SELECT id FROM transfers");
    while (ids.step()) committed.insert(ids.column(0));
    r.transfers = static_cast<std::int64_t>(committed.size());
    for (std::uint64_t id : acknowledged)
      r.lost += committed.count(static_cast<std::int64_t>(id)) == 0 ? 1 : 0;
    r.opened = true;
    const bool intact = verdict == "ok" && accounts == kAccounts;
    r.ok = intact && r.total == r.expected && r.lost == 0;
    if (r.ok) {
      r.words = run::phrase(
          "balance unchanged: %1 over %2 accounts after %3 committed transfers, every acknowledged one among them",
          {std::to_string(r.total), std::to_string(accounts), std::to_string(r.transfers)});
    } else {
      r.words = run::phrase(
          "BALANCE CHECK FAILED: total %1 (expected %2), %3 acknowledged transfers missing, integrity check: %4",
          {std::to_string(r.total), std::to_string(r.expected), std::to_string(r.lost),
           verdict.empty() ? run::phrase("no answer") : verdict});
    }
  } catch (const std::exception& e) {
    r.words = run::phrase("the balance could not be checked: %1", {e.what()});
  }
  return r;
}

}  // namespace amp::labs::commit
