// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <fstream>
#include <string>
#include <thread>

#include "amp/run/result.h"

namespace amp::run {

namespace {
std::string firstLine(const char* path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}
}  // namespace

HostInfo probeHost() {
  HostInfo h;
  h.cores = static_cast<int>(std::thread::hardware_concurrency());
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line;
  while (std::getline(cpuinfo, line)) {
    auto value = [&] { return line.substr(line.find(':') + 2); };
    if (h.cpuModel.empty() && line.rfind("model name", 0) == 0) h.cpuModel = value();
    if (line.rfind("flags", 0) == 0 && line.find(" hypervisor") != std::string::npos) h.virtualized = true;
  }
  const std::string siblings = firstLine("/sys/devices/system/cpu/cpu0/topology/thread_siblings_list");
  h.smt = siblings.find_first_of(",-") != std::string::npos;
  h.governor = firstLine("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor");
  if (h.governor.empty()) h.governor = "n/a";
  h.asymmetry = "none";
  return h;
}

}  // namespace amp::run
