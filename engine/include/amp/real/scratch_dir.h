// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <sys/types.h>

#include <cstddef>
#include <string>
#include <vector>

namespace amp::real {

/// The directory a real workload keeps its files in (LABS.md: `data_dir`, empty = a temporary
/// one). A fresh sub-directory is made under the base, so a run never touches files it did not
/// create; the files opened through it and the directory go when it does.
class ScratchDir {
 public:
  ScratchDir() = default;
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  /// Make "<base or the temp dir>/amplab-<tag>-XXXXXX"; "" on success, else what went wrong.
  std::string create(const std::string& base, const std::string& tag);
  /// Create (truncate) `name` in it, read-write; returns the descriptor, or -1 with `error` set.
  int open(const std::string& name, std::string& error);
  /// A file that something else creates in it (a database and its journal files): removed with
  /// the directory like the files opened here. Returns its path.
  std::string track(const std::string& name);
  const std::string& path() const { return dir_; }

 private:
  std::string dir_;
  std::vector<std::string> files_;
  std::vector<int> fds_;
};

/// pwrite/pread all of `n` bytes at `offset`, through EINTR and short transfers.
bool writeAll(int fd, const unsigned char* p, std::size_t n, off_t offset);
bool readAll(int fd, unsigned char* p, std::size_t n, off_t offset);
/// "what: <strerror(errno)>".
std::string errnoText(const std::string& what);
/// The file system under `dir` in words ("tmpfs (memory: fdatasync is almost free)", "ext4", ...).
std::string filesystemName(const std::string& dir);

}  // namespace amp::real
