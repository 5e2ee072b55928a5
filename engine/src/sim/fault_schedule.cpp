// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "amp/sim/fault_schedule.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "amp/sim/rng.h"

namespace amp::sim {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

[[noreturn]] void bad(const std::string& item, const std::string& why) {
  throw std::invalid_argument("fault '" + item + "': " + why +
                              " (allowed: 'kill SEAT@T', 'stall SEAT@T+D', 'drop CHANNEL P', "
                              "'fail SEAT* RATE/s'; T, D in s, 0 ≤ P ≤ 1)");
}

double number(const std::string& item, const std::string& text, const char* what) {
  const std::string t = trim(text);
  double v = 0.0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size() || !std::isfinite(v) || v < 0)
    bad(item, std::string(what) + " '" + t + "' is not a number ≥ 0");
  return v;
}

/// Split "name rest" at the last space: seat names may contain spaces ("worker 2").
std::pair<std::string, std::string> splitLast(const std::string& item, const std::string& s) {
  const auto at = s.find_last_of(' ');
  if (at == std::string::npos) bad(item, "needs a target and a value");
  return {trim(s.substr(0, at)), trim(s.substr(at + 1))};
}

std::string formatNumber(double v) {
  std::ostringstream o;
  o << v;
  return o.str();
}

}  // namespace

bool Fault::matches(const std::string& name) const {
  if (!target.empty() && target.back() == '*')
    return name.compare(0, target.size() - 1, target, 0, target.size() - 1) == 0;
  return name == target;
}

FaultSchedule FaultSchedule::parse(const std::string& text) {
  FaultSchedule out;
  std::istringstream in(text);
  std::string raw;
  while (std::getline(in, raw, ';')) {
    const std::string item = trim(raw);
    if (item.empty()) continue;
    const auto sp = item.find(' ');
    if (sp == std::string::npos) bad(item, "needs a target");
    const std::string verb = item.substr(0, sp), rest = trim(item.substr(sp + 1));
    Fault f;
    if (verb == "kill" || verb == "stall") {
      const auto at = rest.rfind('@');
      if (at == std::string::npos) bad(item, "needs '@' and a time");
      f.kind = verb == "kill" ? FaultKind::Kill : FaultKind::Stall;
      f.target = trim(rest.substr(0, at));
      std::string when = rest.substr(at + 1);
      if (f.kind == FaultKind::Stall) {
        const auto plus = when.find('+');
        if (plus == std::string::npos) bad(item, "a stall needs its length after '+'");
        f.durationS = number(item, when.substr(plus + 1), "length");
        if (f.durationS <= 0) bad(item, "a stall's length must be > 0");
        when = when.substr(0, plus);
      }
      f.atS = number(item, when, "time");
    } else if (verb == "drop") {
      auto [target, p] = splitLast(item, rest);
      f.kind = FaultKind::Drop;
      f.target = target;
      f.probability = number(item, p, "probability");
      if (f.probability > 1) bad(item, "probability " + p + " is above 1");
    } else if (verb == "fail") {
      auto [target, rate] = splitLast(item, rest);
      if (rate.size() > 2 && rate.compare(rate.size() - 2, 2, "/s") == 0) rate.resize(rate.size() - 2);
      f.kind = FaultKind::FailRate;
      f.target = target;
      f.ratePerS = number(item, rate, "rate");
    } else {
      bad(item, "unknown kind '" + verb + "'");
    }
    if (f.target.empty()) bad(item, "needs a target");
    out.add(std::move(f));
  }
  return out;
}

std::string FaultSchedule::text() const {
  std::string s;
  for (const Fault& f : faults_) {
    if (!s.empty()) s += "; ";
    switch (f.kind) {
      case FaultKind::Kill:
        s += "kill " + f.target + "@" + formatNumber(f.atS);
        break;
      case FaultKind::Stall:
        s += "stall " + f.target + "@" + formatNumber(f.atS) + "+" + formatNumber(f.durationS);
        break;
      case FaultKind::Drop:
        s += "drop " + f.target + " " + formatNumber(f.probability);
        break;
      case FaultKind::FailRate:
        s += "fail " + f.target + " " + formatNumber(f.ratePerS) + "/s";
        break;
    }
  }
  return s;
}

double FaultSchedule::dropProbability(const std::string& channel) const {
  double p = 0.0;
  for (const Fault& f : faults_)
    if (f.kind == FaultKind::Drop && f.matches(channel)) p = std::max(p, f.probability);
  return p;
}

std::vector<Fault> FaultSchedule::timeline(const std::vector<std::string>& seats, std::uint64_t seed,
                                           double horizonS) const {
  std::vector<Fault> out;
  for (std::size_t s = 0; s < seats.size(); ++s) {
    for (std::size_t k = 0; k < faults_.size(); ++k) {
      const Fault& f = faults_[k];
      if (f.kind == FaultKind::Drop || !f.matches(seats[s])) continue;
      Fault at = f;
      at.target = seats[s];
      if (f.kind == FaultKind::FailRate) {
        if (f.ratePerS <= 0) continue;
        // One stream per (fault, seat): adding a seat does not move another seat's failure.
        Rng rng(seed, 0xFA17'0000'0000ULL + (k << 16) + s);
        at.kind = FaultKind::Kill;
        at.atS = rng.exponential() / f.ratePerS;
        at.ratePerS = 0;
      }
      if (at.atS <= horizonS) out.push_back(std::move(at));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Fault& a, const Fault& b) { return a.atS < b.atS; });
  return out;
}

}  // namespace amp::sim
