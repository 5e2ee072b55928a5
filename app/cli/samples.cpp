// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "cli/samples.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>

#include "amp/sim/rng.h"

namespace amp::app {

namespace {

using observe::ObsKind;

/// Whether a record's value is a duration in ns (told in ms), else a gauge or a code as it is.
bool valueIsDuration(ObsKind k) {
  return k == ObsKind::Start || k == ObsKind::Finish || k == ObsKind::Depart || k == ObsKind::Handoff ||
         k == ObsKind::Detect;
}

}  // namespace

bool SampleCsv::keeps(std::uint64_t entity, int level) const {
  // A hash, not the id itself: ids count up with arrival time, so "every 4th id" would be fine, but a
  // lab that numbers requests per station or per flow could line up with a power of two.
  return level == 0 || (sim::mix64(entity) & ((std::uint64_t{1} << level) - 1)) == 0;
}

void SampleCsv::observe(const observe::Observation& o) {
  ++seen_;
  if (!keeps(o.entity, level_)) return;
  rows_.push_back(o);
  if (rows_.size() <= maxRows_) return;
  ++level_;  // too many: keep half of the requests kept so far, and of those to come
  rows_.erase(std::remove_if(rows_.begin(), rows_.end(),
                             [&](const observe::Observation& r) { return !keeps(r.entity, level_); }),
              rows_.end());
}

QString SampleCsv::write(const QString& file, const run::Topology& topology, double timeScale) const {
  QFile f(file);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
    return QStringLiteral("cannot write %1: %2").arg(file, f.errorString());
  QTextStream out(&f);
  std::vector<QString> names;
  for (auto v : boost::make_iterator_range(boost::vertices(topology)))
    names.push_back(QString::fromStdString(topology[v].name));
  out << "time_s,kind,request,station,core,value,unit,class,weight\n";
  const QString weight = QString::number(keepEvery());
  for (const observe::Observation& o : rows_) {
    const bool duration = valueIsDuration(o.kind);
    const QString station = o.station < names.size() ? names[o.station] : QString::number(o.station);
    out << QString::number(static_cast<double>(o.timeNs) * 1e-9 * timeScale, 'g', 12) << ','
        << observe::kindName(o.kind) << ',' << o.entity << ',' << '"' << QString(station).replace('"', "\"\"")
        << '"' << ',' << o.core << ','
        << QString::number(duration ? o.value * 1e-6 * timeScale : o.value, 'g', 10) << ','
        << (duration ? "ms" : "") << ',' << o.cls << ',' << weight << '\n';
  }
  out.flush();
  return f.error() == QFileDevice::NoError ? QString()
                                           : QStringLiteral("cannot write %1: %2").arg(file, f.errorString());
}

}  // namespace amp::app
