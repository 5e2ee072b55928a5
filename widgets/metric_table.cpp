// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/metric_table.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "widgets/format.h"
#include "widgets/run_text.h"
#include "widgets/theme_colors.h"

namespace amp::widgets {

namespace {
// The tail in full: p99.9 and the largest value show what a mean and p99 hide.
const char* const kPercentileRows[] = {"p50", "p95", "p99", "p99.9", "max"};

const run::MetricValue* metricOf(const std::optional<run::RunResult>& r, const std::string& key) {
  if (!r) return nullptr;
  auto it = r->metrics.find(key);
  return it == r->metrics.end() ? nullptr : &it->second;
}

double valueOf(const run::MetricValue& m, const std::string& percentile) {
  if (percentile.empty()) return m.mean;
  auto it = m.percentiles.find(percentile);
  return it == m.percentiles.end() ? NAN : it->second;
}

QString cellFor(const run::MetricValue* m, const std::string& percentile) {
  if (m == nullptr) return {};
  if (percentile.empty()) return formatCi(*m);
  return formatValue(valueOf(*m, percentile));
}
}  // namespace

MetricTable::MetricTable(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  table_ = new QTableWidget(this);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->verticalHeader()->setVisible(false);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  // Read-only: arrow keys move between the cells, Tab moves on to the next control.
  table_->setTabKeyNavigation(false);
  table_->setAccessibleName(tr("Metrics"));
  table_->setAccessibleDescription(tr(
      "Each metric's model value, its simulated and real value with the 95% confidence interval, and in words whether the model lies inside it."));
  verdict_ = new QLabel(this);
  verdict_->setWordWrap(true);
  verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(table_, 1);
  layout->addWidget(verdict_);
}

void MetricTable::setMetrics(std::vector<run::MetricSpec> metrics, bool hasReal) {
  metrics_ = std::move(metrics);
  hasReal_ = hasReal;
  model_ = {};
  sim_.reset();
  real_.reset();
  comparing_ = false;
  rebuild();
}

void MetricTable::setModel(const run::ModelResult& model) {
  model_ = model;
  rebuild();
}

void MetricTable::setSim(const run::RunResult* result) {
  if (result != nullptr)
    sim_ = *result;
  else
    sim_.reset();
  rebuild();
}

void MetricTable::setReal(const run::RunResult* result) {
  if (result != nullptr)
    real_ = *result;
  else
    real_.reset();
  rebuild();
}

void MetricTable::setModelHidden(bool hidden) {
  if (hidden == modelHidden_) return;
  modelHidden_ = hidden;
  rebuild();
}

void MetricTable::setComparison(const run::RunResult& a, const QString& nameA, const run::RunResult& b,
                                const QString& nameB) {
  comparing_ = true;
  a_ = a;
  b_ = b;
  nameA_ = nameA;
  nameB_ = nameB;
  rebuild();
}

void MetricTable::clearComparison() {
  comparing_ = false;
  a_.reset();
  b_.reset();
  difference_.reset();
  differencePending_ = false;
  rebuild();
}

void MetricTable::setDifference(const run::Difference* d, bool pending) {
  difference_.reset();
  if (d != nullptr) difference_ = *d;
  differencePending_ = pending;
  rebuild();
}

int MetricTable::rowOf(const std::string& key, const std::string& percentile) const {
  for (std::size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i].first == key && rows_[i].second == percentile) return static_cast<int>(i);
  return -1;
}

QString MetricTable::cellText(const std::string& key, int column, const std::string& percentile) const {
  const int row = rowOf(key, percentile);
  if (row < 0 || column >= table_->columnCount()) return {};
  const auto* item = table_->item(row, column);
  return item != nullptr ? item->text() : QString();
}

QString MetricTable::verdictText() const { return verdict_->text(); }

void MetricTable::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) rebuild();
}

void MetricTable::rebuild() {
  rows_.clear();
  const bool showReal = hasReal_ || real_.has_value();
  for (const auto& m : metrics_) {
    // Real-only metrics (hand-off) have no row until a real run reports them.
    if (m.realOnly && !showReal && !comparing_) continue;
    rows_.emplace_back(m.key, std::string());
    if (m.percentiles)
      for (const char* p : kPercentileRows) rows_.emplace_back(m.key, p);
  }
  QStringList headers;
  if (comparing_)
    headers << tr("Metric") << nameA_ << nameB_ << tr("Difference");
  else
    headers << tr("Metric") << tr("Model") << tr("Simulation ± 95% CI") << tr("Real ± 95% CI");
  table_->clear();
  table_->setColumnCount(4);
  table_->setRowCount(static_cast<int>(rows_.size()));
  table_->setHorizontalHeaderLabels(headers);
  table_->setColumnHidden(RealColumn, !comparing_ && !showReal);
  table_->setColumnHidden(ModelColumn, !comparing_ && modelHidden_);

  // Green where the model lies inside the CI, orange where not: pale on a light desktop, deep on a
  // dark one, so the text stays readable on either.
  const double tint = isDark(palette()) ? 0.3 : 0.15;
  const QColor inside = tinted(palette(), QColor(0x2c, 0xa0, 0x2c), tint),
               outside = tinted(palette(), QColor(0xe6, 0x8a, 0x00), tint * 1.45);
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    const auto& [key, pct] = rows_[r];
    const run::MetricSpec* spec = nullptr;
    for (const auto& m : metrics_)
      if (m.key == key) spec = &m;
    QString name;
    if (pct.empty()) {
      name = labText(spec->label.empty() ? spec->key : spec->label);
      if (!spec->unit.empty()) name += QStringLiteral(" [%1]").arg(QString::fromStdString(spec->unit));
    } else {
      name = QStringLiteral("    ") + QString::fromStdString(pct);
    }
    auto* nameItem = new QTableWidgetItem(name);
    QString tip = labText(spec->help);
    tip +=
        (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Key: %1").arg(QString::fromStdString(key));
    nameItem->setToolTip(tip);
    table_->setItem(static_cast<int>(r), MetricColumn, nameItem);

    if (comparing_) {
      const auto* ma = metricOf(a_, key);
      const auto* mb = metricOf(b_, key);
      table_->setItem(static_cast<int>(r), 1, new QTableWidgetItem(cellFor(ma, pct)));
      table_->setItem(static_cast<int>(r), 2, new QTableWidgetItem(cellFor(mb, pct)));
      QString diff;
      if (ma != nullptr && mb != nullptr) {
        const double va = valueOf(*ma, pct), vb = valueOf(*mb, pct);
        if (!std::isnan(va) && !std::isnan(vb)) {
          diff = (vb - va >= 0 ? QStringLiteral("+") : QString()) + formatValue(vb - va);
          if (va != 0)
            diff += QStringLiteral(" (%1%)").arg(formatValue(100.0 * (vb - va) / std::fabs(va), 3));
        }
      }
      auto* diffItem = new QTableWidgetItem(diff);
      if (pct.empty() && difference_ && difference_->key == key && difference_->error.empty()) {
        // The difference's own CI: paired, it is narrower than the two runs' CIs side by side.
        diffItem->setText(
            diff +
            tr("  95% CI [%1, %2]").arg(formatValue(difference_->ciLo), formatValue(difference_->ciHi)));
        diffItem->setToolTip(
            difference_->paired
                ? tr("Paired: both systems re-run for %1 replication pairs with the same random numbers. "
                     "Compared from the two runs' own CIs, the interval would be [%2, %3].")
                      .arg(difference_->pairs)
                      .arg(formatValue(difference_->unpairedLo), formatValue(difference_->unpairedHi))
                : tr("Unpaired, from the two runs' own CIs: only two simulations can replay the same "
                     "random numbers."));
      }
      table_->setItem(static_cast<int>(r), 3, diffItem);
      continue;
    }

    // Model column.
    const std::string modelKey = pct.empty() ? key : key + "_" + pct;
    auto mit = model_.values.find(modelKey);
    const bool hasModel = mit != model_.values.end() && (model_.stable || pct.empty());
    auto* modelItem = new QTableWidgetItem(hasModel ? formatValue(mit->second) : QString());
    if (hasModel) {
      auto eit = model_.exact.find(modelKey);
      const bool exact = eit == model_.exact.end() || eit->second;
      if (!exact) {
        QFont f = modelItem->font();
        f.setItalic(true);
        modelItem->setFont(f);
        modelItem->setText(QStringLiteral("≈ ") + modelItem->text());
        modelItem->setToolTip(tr("Approximation: %1").arg(labText(model_.approximation)));
      } else {
        modelItem->setToolTip(tr("Exact for these parameters"));
      }
      if (!model_.stable)
        modelItem->setToolTip(tr("The model says this system is unstable (a queue grows without bound)."));
    }
    table_->setItem(static_cast<int>(r), ModelColumn, modelItem);

    auto measured = [&](const std::optional<run::RunResult>& res, int column) {
      const auto* mv = metricOf(res, key);
      auto* item = new QTableWidgetItem(cellFor(mv, pct));
      if (mv != nullptr && pct.empty() && hasModel && mv->ciHi > mv->ciLo) {
        const bool in = mv->ciLo <= mit->second && mit->second <= mv->ciHi;
        item->setBackground(in ? inside : outside);
        item->setToolTip(in ? tr("The model's value lies inside this 95% confidence interval [%1, %2].")
                                  .arg(formatValue(mv->ciLo), formatValue(mv->ciHi))
                            : tr("The model's value lies outside this 95% confidence interval [%1, %2].")
                                  .arg(formatValue(mv->ciLo), formatValue(mv->ciHi)));
      } else if (mv != nullptr && pct.empty() && !mv->percentiles.empty()) {
        item->setToolTip(
            tr("%n samples", "", static_cast<int>(std::min<std::uint64_t>(mv->samples, INT32_MAX))));
      }
      table_->setItem(static_cast<int>(r), column, item);
    };
    measured(sim_, SimColumn);
    measured(real_, RealColumn);
    // A real run also carries the model at the service times it measured: the part of the gap
    // the host's slower (or faster) service explains.
    if (real_ && pct.empty()) {
      if (auto at = real_->modelAtMeasured.find(key); at != real_->modelAtMeasured.end() && hasModel) {
        QTableWidgetItem* item = table_->item(static_cast<int>(r), RealColumn);
        item->setText(item->text() + tr("  (model at measured service %1)").arg(formatValue(at->second)));
        item->setToolTip(
            item->toolTip() + (item->toolTip().isEmpty() ? QString() : QStringLiteral("\n")) +
            tr("The model evaluated at the service times this real run measured: %1 (at the requested ones: %2).")
                .arg(formatValue(at->second), formatValue(mit->second)));
      }
    }
  }
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);

  QStringList verdict;
  if (comparing_) {
    if (a_ && b_ && !(a_->params == b_->params)) {
      QStringList changed;
      for (const auto& [k, v] : b_->params.nums())
        if (!a_->params.has(k) || a_->params.nums().count(k) == 0 || a_->params.num(k) != v)
          changed << QStringLiteral("%1: %2 → %3")
                         .arg(QString::fromStdString(k),
                              a_->params.nums().count(k) ? formatValue(a_->params.num(k))
                                                         : QStringLiteral("–"),
                              formatValue(v));
      for (const auto& [k, v] : b_->params.texts())
        if (a_->params.texts().count(k) == 0 || a_->params.text(k) != v)
          changed << QStringLiteral("%1: %2 → %3")
                         .arg(QString::fromStdString(k),
                              a_->params.texts().count(k) ? QString::fromStdString(a_->params.text(k))
                                                          : QStringLiteral("–"),
                              QString::fromStdString(v));
      verdict << tr("Changed between the runs: %1").arg(changed.join(QStringLiteral(", ")));
    } else {
      verdict << tr("Same parameters in both runs: the difference is noise (and the seed).");
    }
    if (difference_ && !difference_->error.empty()) {
      verdict << tr("No CI for the difference: %1").arg(QString::fromStdString(difference_->error));
    } else if (difference_) {
      const bool decided = difference_->ciLo > 0.0 || difference_->ciHi < 0.0;
      QString name = labText(difference_->key);
      for (const auto& m : metrics_)
        if (m.key == difference_->key && !m.label.empty()) name = labText(m.label);
      verdict << (!decided ? tr("%1: no difference is shown (the %2 95% CI of B − A contains 0).")
                                 .arg(name, difference_->paired ? tr("paired") : tr("unpaired"))
                           : tr("%1: %2 is %3 than %4 (the %5 95% CI of B − A excludes 0).")
                                 .arg(name, nameB_, difference_->diff > 0 ? tr("higher") : tr("lower"),
                                      nameA_, difference_->paired ? tr("paired") : tr("unpaired")));
    } else if (differencePending_) {
      verdict << tr(
          "Re-running both simulations in pairs with common random numbers for the difference's CI…");
    }
  } else if (modelHidden_) {
    verdict << tr("The model's values are hidden while you work on the exercises: predict first.");
  } else {
    if (!model_.stable)
      verdict << tr("Model: unstable — the offered load exceeds what the bottleneck can serve.");
    else if (!model_.bottleneck.empty())
      verdict << tr("Model: the bottleneck is the %1.").arg(labText(model_.bottleneck));
    if (sim_ && !sim_->verdict.empty()) verdict << tr("Simulation: %1").arg(runText(sim_->verdict));
    if (real_ && !real_->verdict.empty()) verdict << tr("Real: %1").arg(runText(real_->verdict));
  }
  verdict_->setText(verdict.join(QLatin1Char('\n')));
  verdict_->setVisible(!verdict.isEmpty());
}

}  // namespace amp::widgets
