// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/real/scratch_dir.h"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "amp/run/phrase.h"

namespace amp::real {

ScratchDir::~ScratchDir() {
  for (int fd : fds_) ::close(fd);
  for (const auto& f : files_) ::unlink(f.c_str());
  if (!dir_.empty()) ::rmdir(dir_.c_str());
}

std::string ScratchDir::create(const std::string& base, const std::string& tag) {
  const std::filesystem::path root =
      base.empty() ? std::filesystem::temp_directory_path() : std::filesystem::path(base);
  std::string templ = (root / ("amplab-" + tag + "-XXXXXX")).string();
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (::mkdtemp(buf.data()) == nullptr)
    return errnoText(run::phrase("cannot create a directory in %1", {root.string()}));
  dir_ = buf.data();
  return {};
}

int ScratchDir::open(const std::string& name, std::string& error) {
  const std::string path = dir_ + "/" + name;
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    error = errnoText(run::phrase("cannot create %1", {path}));
    return -1;
  }
  files_.push_back(path);
  fds_.push_back(fd);
  return fd;
}

std::string ScratchDir::track(const std::string& name) {
  files_.push_back(dir_ + "/" + name);
  return files_.back();
}

bool writeAll(int fd, const unsigned char* p, std::size_t n, off_t offset) {
  while (n > 0) {
    const ssize_t w = ::pwrite(fd, p, n, offset);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
    offset += w;
  }
  return true;
}

bool readAll(int fd, unsigned char* p, std::size_t n, off_t offset) {
  while (n > 0) {
    const ssize_t r = ::pread(fd, p, n, offset);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<std::size_t>(r);
    offset += r;
  }
  return true;
}

std::string errnoText(const std::string& what) {
  const std::string why = std::strerror(errno);
  return run::phrase("%1 (system error: %2)", {what, why});
}

std::string filesystemName(const std::string& dir) {
  struct statfs s {};
  if (::statfs(dir.c_str(), &s) != 0) return "unknown";
  switch (static_cast<unsigned long>(s.f_type)) {
    case TMPFS_MAGIC:
      return "tmpfs (memory: fdatasync is almost free)";
    case EXT4_SUPER_MAGIC:
      return "ext4";
    case XFS_SUPER_MAGIC:
      return "xfs";
    case BTRFS_SUPER_MAGIC:
      return "btrfs";
    case OVERLAYFS_SUPER_MAGIC:
      return "overlayfs";
    case NFS_SUPER_MAGIC:
      return "nfs";
    default: {
      char hex[32];
      std::snprintf(hex, sizeof hex, "0x%lx", static_cast<unsigned long>(s.f_type));
      return std::string("filesystem type ") + hex;
    }
  }
}

}  // namespace amp::real
