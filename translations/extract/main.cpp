// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// amp_lab_strings --write FILE   writes the labs' strings for lupdate (target update_lab_strings)
// amp_lab_strings --check FILE   exit 1, saying what differs, when FILE is not what the labs say now
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "lab_strings.h"

int main(int argc, char** argv) {
  const std::string mode = argc == 3 ? argv[1] : "";
  if (mode != "--write" && mode != "--check") {
    std::cerr << "usage: amp_lab_strings --write FILE | --check FILE\n";
    return 2;
  }
  const std::string path = argv[2];
  const auto strings = amp::labstrings::labStrings();
  if (mode == "--write") {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << amp::labstrings::labStringsSource(strings);
    if (!out) {
      std::cerr << "amp_lab_strings: cannot write " << path << "\n";
      return 1;
    }
    std::cout << path << ": " << strings.size() << " strings\n";
    return 0;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    std::cerr << "amp_lab_strings: cannot read " << path << "\n";
    return 1;
  }
  const std::string problem = amp::labstrings::compareWithFile(strings, text.str());
  if (problem.empty()) {
    std::cout << path << ": all " << strings.size() << " strings of the labs, none else\n";
    return 0;
  }
  std::cerr << path << " is not what the labs say now: " << problem
            << "\nRegenerate it with: cmake --build <build dir> --target update_lab_strings\n"
               "then refresh the .ts files (--target update_translations) and translate the new entries.\n";
  return 1;
}
