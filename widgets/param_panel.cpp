// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "widgets/param_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QToolButton>
#include <algorithm>
#include <cmath>

#include "widgets/accessibility.h"
#include "widgets/format.h"
#include "widgets/run_text.h"
#include "widgets/table_param_editor.h"

namespace amp::widgets {

struct ParamPanel::Row {
  const run::ParamSpec* spec = nullptr;
  QLabel* label = nullptr;
  QSlider* slider = nullptr;
  QDoubleSpinBox* spin = nullptr;
  QComboBox* combo = nullptr;
  QLineEdit* line = nullptr;  // text and path
  TableParamEditor* table = nullptr;
  QToolButton* reset = nullptr;
  std::vector<QWidget*> widgets;  // everything the row shows, hidden together when irrelevant
};

namespace {

// Shows values without padding zeros ("8 1/s", "100 ms", "0.25 ms") while keeping the decimals
// the spec needs for typing.
class NumberSpinBox : public QDoubleSpinBox {
 public:
  using QDoubleSpinBox::QDoubleSpinBox;
  QString textFromValue(double value) const override {
    QString t = locale().toString(value, 'f', decimals());
    const QChar point = locale().decimalPoint().at(0);
    if (t.contains(point)) {
      while (t.endsWith(QLatin1Char('0'))) t.chop(1);
      if (t.endsWith(point)) t.chop(1);
    }
    return t;
  }
};

bool isLog(const run::ParamSpec& s) { return s.scale == run::Scale::Log && s.min > 0.0 && s.max > s.min; }

double clampTo(const run::ParamSpec& s, double v) {
  v = std::clamp(v, s.min, s.max);
  if (s.kind == run::ParamKind::Integer) v = std::round(v);
  return v;
}

// Enough decimals to show the spec's resolution: its step if it has one, else three significant
// digits of the smallest value in range.
int decimalsFor(const run::ParamSpec& s) {
  if (s.kind == run::ParamKind::Integer) return 0;
  double res = s.step;
  if (!(res > 0.0)) {
    const double low = s.min > 0.0 ? s.min : (s.max - s.min) / 100.0;
    res = low > 0.0 ? low / 100.0 : 0.01;
  }
  const int d = static_cast<int>(std::ceil(-std::log10(res)));
  return std::clamp(d, 0, 6);
}

QString tooltipFor(const run::ParamSpec& s) {
  QString tip = labText(s.help);
  const QString allowed = runText(run::allowedText(s));
  if (!allowed.isEmpty()) tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + allowed;
  tip += QStringLiteral("\n") + ParamPanel::tr("Key: %1").arg(QString::fromStdString(s.key));
  return tip;
}

}  // namespace

int sliderPosition(const run::ParamSpec& spec, double value) {
  if (!(spec.max > spec.min)) return 0;
  value = std::clamp(value, spec.min, spec.max);
  double f = 0.0;
  if (isLog(spec)) {
    f = std::log(value / spec.min) / std::log(spec.max / spec.min);
  } else {
    f = (value - spec.min) / (spec.max - spec.min);
  }
  return static_cast<int>(std::lround(f * kSliderSteps));
}

double sliderValue(const run::ParamSpec& spec, int position) {
  const double f = std::clamp(position, 0, kSliderSteps) / static_cast<double>(kSliderSteps);
  double v = isLog(spec) ? spec.min * std::pow(spec.max / spec.min, f) : spec.min + f * (spec.max - spec.min);
  if (spec.step > 0.0 && !isLog(spec)) v = spec.min + std::round((v - spec.min) / spec.step) * spec.step;
  if (isLog(spec)) {
    // Round log-scaled values to 3 significant digits: a slider reads 12.5, not 12.4871.
    const double mag = std::pow(10.0, std::floor(std::log10(v)) - 2);
    v = std::round(v / mag) * mag;
  }
  return clampTo(spec, v);
}

ParamPanel::ParamPanel(QWidget* parent) : QWidget(parent) {
  grid_ = new QGridLayout(this);
  grid_->setContentsMargins(0, 0, 0, 0);
  grid_->setHorizontalSpacing(6);
  grid_->setVerticalSpacing(2);
  grid_->setColumnStretch(0, 1);
}

ParamPanel::~ParamPanel() {
  for (Row* r : rows_) delete r;
}

void ParamPanel::setSpecs(std::vector<run::ParamSpec> specs) {
  for (Row* r : rows_) delete r;
  rows_.clear();
  while (QLayoutItem* item = grid_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  specs_ = std::move(specs);
  params_ = run::defaults(specs_);
  for (std::size_t i = 0; i < specs_.size(); ++i) buildRow(specs_[i], static_cast<int>(i) * 2);
  grid_->setRowStretch(static_cast<int>(specs_.size()) * 2, 1);
  connect(this, &ParamPanel::paramChanged, this, &ParamPanel::updateRelevance, Qt::UniqueConnection);
  updateRelevance();
}

void ParamPanel::updateRelevance() {
  for (Row* r : rows_) {
    const bool relevant = run::isRelevant(*r->spec, params_);
    for (QWidget* w : r->widgets) w->setVisible(relevant);
  }
}

bool ParamPanel::isShown(const std::string& key) const {
  const Row* r = findRow(key);
  return r != nullptr && run::isRelevant(*r->spec, params_);
}

void ParamPanel::buildRow(const run::ParamSpec& spec, int gridRow) {
  auto* r = new Row;
  r->spec = &spec;
  rows_.push_back(r);
  const QString tip = tooltipFor(spec);

  QString title = labText(spec.label.empty() ? spec.key : spec.label);
  if (!spec.unit.empty()) title += QStringLiteral(" [%1]").arg(labText(spec.unit));  // a word unit translates
  r->label = new QLabel(title, this);
  r->label->setToolTip(tip);
  grid_->addWidget(r->label, gridRow, 0, 1, 3);

  r->reset = new QToolButton(this);
  r->reset->setText(QStringLiteral("↺"));
  r->reset->setAutoRaise(true);
  r->reset->setToolTip(tr("Reset to the default"));
  r->reset->setFocusPolicy(Qt::NoFocus);
  grid_->addWidget(r->reset, gridRow + 1, 2);

  switch (spec.kind) {
    case run::ParamKind::Real:
    case run::ParamKind::Integer: {
      r->slider = new QSlider(Qt::Horizontal, this);
      r->slider->setRange(0, kSliderSteps);
      r->slider->setSingleStep(spec.kind == run::ParamKind::Integer && !isLog(spec) && spec.max > spec.min
                                   ? std::max(1, static_cast<int>(kSliderSteps / (spec.max - spec.min)))
                                   : 10);
      r->slider->setPageStep(100);
      r->slider->setToolTip(tip);
      r->slider->setAccessibleName(title);
      r->spin = new NumberSpinBox(this);
      r->spin->setRange(spec.min, spec.max);
      r->spin->setDecimals(decimalsFor(spec));
      if (isLog(spec)) {
        r->spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
      } else {
        r->spin->setSingleStep(spec.step > 0.0                        ? spec.step
                               : spec.kind == run::ParamKind::Integer ? 1.0
                                                                      : (spec.max - spec.min) / 100.0);
      }
      if (!spec.unit.empty()) r->spin->setSuffix(QLatin1Char(' ') + labText(spec.unit));
      r->spin->setKeyboardTracking(false);
      r->spin->setToolTip(tip);
      r->spin->setMinimumWidth(90);
      grid_->addWidget(r->slider, gridRow + 1, 0);
      grid_->addWidget(r->spin, gridRow + 1, 1);
      connect(r->slider, &QSlider::valueChanged, this, [this, r](int pos) {
        if (!updating_) numberEdited(*r, sliderValue(*r->spec, pos));
      });
      connect(r->spin, &QDoubleSpinBox::valueChanged, this, [this, r](double v) {
        if (!updating_) numberEdited(*r, v);
      });
      connect(r->reset, &QToolButton::clicked, this, [this, r] { setNumber(r->spec->key, r->spec->def); });
      showNumber(*r, spec.def);
      break;
    }
    case run::ParamKind::Choice: {
      r->combo = new QComboBox(this);
      // A choice is a key ("locked", "rss_hash"): the help text, --set and lesson scripts name it
      // as it is, so it is shown untranslated (the tooltip explains it in the user's language).
      for (const auto& c : spec.choices)
        r->combo->addItem(QString::fromStdString(c), QString::fromStdString(c));
      r->combo->setToolTip(tip);
      r->combo->setCurrentIndex(std::max(0, r->combo->findData(QString::fromStdString(spec.defText))));
      grid_->addWidget(r->combo, gridRow + 1, 0, 1, 2);
      connect(r->combo, &QComboBox::currentIndexChanged, this, [this, r](int) {
        if (updating_) return;
        params_.setText(r->spec->key, r->combo->currentData().toString().toStdString());
        emit paramChanged(QString::fromStdString(r->spec->key));
      });
      connect(r->reset, &QToolButton::clicked, this, [this, r] { setText(r->spec->key, r->spec->defText); });
      break;
    }
    case run::ParamKind::Text:
    case run::ParamKind::Path: {
      r->line = new QLineEdit(QString::fromStdString(spec.defText), this);
      r->line->setToolTip(tip);
      connect(r->line, &QLineEdit::editingFinished, this, [this, r] {
        if (updating_) return;
        params_.setText(r->spec->key, r->line->text().toStdString());
        emit paramChanged(QString::fromStdString(r->spec->key));
      });
      connect(r->reset, &QToolButton::clicked, this, [this, r] { setText(r->spec->key, r->spec->defText); });
      if (spec.kind == run::ParamKind::Text) {
        grid_->addWidget(r->line, gridRow + 1, 0, 1, 2);
        break;
      }
      r->line->setPlaceholderText(tr("a temporary folder"));
      auto* browse = new QToolButton(this);
      browse->setText(tr("Choose…"));
      browse->setToolTip(tr("Choose a folder for the lab's files"));
      grid_->addWidget(r->line, gridRow + 1, 0);
      grid_->addWidget(browse, gridRow + 1, 1);
      r->widgets.push_back(browse);
      connect(browse, &QToolButton::clicked, this, [this, r] {
        const QString dir = QFileDialog::getExistingDirectory(this, labText(r->spec->label), r->line->text());
        if (!dir.isEmpty()) setText(r->spec->key, dir.toStdString());
      });
      break;
    }
    case run::ParamKind::Table: {
      r->table = new TableParamEditor(spec, this);
      r->table->setToolTip(tip);
      grid_->addWidget(r->table, gridRow + 1, 0, 1, 2);
      connect(r->table, &TableParamEditor::edited, this, [this, r](const QString& text) {
        if (updating_) return;
        params_.setText(r->spec->key, text.toStdString());
        r->reset->setEnabled(text.toStdString() != r->spec->defText);
        emit paramChanged(QString::fromStdString(r->spec->key));
      });
      connect(r->reset, &QToolButton::clicked, this, [this, r] { setText(r->spec->key, r->spec->defText); });
      break;
    }
  }
  for (QWidget* w :
       {static_cast<QWidget*>(r->label), static_cast<QWidget*>(r->slider), static_cast<QWidget*>(r->spin),
        static_cast<QWidget*>(r->combo), static_cast<QWidget*>(r->line), static_cast<QWidget*>(r->table),
        static_cast<QWidget*>(r->reset)})
    if (w != nullptr) r->widgets.push_back(w);
  // A screen reader names each editor of the row after its label and reads the help with it.
  for (QWidget* w :
       {static_cast<QWidget*>(r->slider), static_cast<QWidget*>(r->spin), static_cast<QWidget*>(r->combo),
        static_cast<QWidget*>(r->line), static_cast<QWidget*>(r->table)})
    if (w != nullptr) setSpoken(w, title, tip);
  if (QWidget* e = editor(spec.key)) r->label->setBuddy(e);
  setSpoken(r->reset, tr("Reset %1 to its default").arg(title));
}

void ParamPanel::showNumber(Row& r, double v) {
  const bool was = updating_;
  updating_ = true;
  r.slider->setValue(sliderPosition(*r.spec, v));
  r.spin->setValue(v);
  r.reset->setEnabled(v != r.spec->def);
  updating_ = was;
}

void ParamPanel::numberEdited(Row& r, double v) {
  v = clampTo(*r.spec, v);
  if (params_.has(r.spec->key) && params_.num(r.spec->key) == v) {
    showNumber(r, v);
    return;
  }
  params_.set(r.spec->key, v);
  showNumber(r, v);
  emit paramChanged(QString::fromStdString(r.spec->key));
}

ParamPanel::Row* ParamPanel::findRow(const std::string& key) const {
  for (Row* r : rows_)
    if (r->spec->key == key) return r;
  return nullptr;
}

void ParamPanel::setParams(const run::Params& p) {
  updating_ = true;
  for (Row* r : rows_) {
    const auto& key = r->spec->key;
    if (!p.has(key)) continue;
    if (r->slider != nullptr) {
      if (p.nums().count(key) == 0) continue;
      const double v = clampTo(*r->spec, p.num(key));
      params_.set(key, v);
      showNumber(*r, v);
    } else if (p.texts().count(key) != 0) {
      const std::string& t = p.text(key);
      if (r->combo != nullptr) {
        const int i = r->combo->findData(QString::fromStdString(t));
        if (i < 0) continue;  // a value this lab no longer offers keeps the current choice
        r->combo->setCurrentIndex(i);
        r->reset->setEnabled(t != r->spec->defText);
      } else if (r->line != nullptr) {
        r->line->setText(QString::fromStdString(t));
      } else if (r->table != nullptr && !r->table->setText(t)) {
        continue;  // rows that do not fit this lab's table keep the current ones
      }
      params_.setText(key, t);
    }
  }
  updating_ = false;
  updateRelevance();
}

void ParamPanel::setNumber(const std::string& key, double value) {
  if (Row* r = findRow(key); r != nullptr && r->slider != nullptr) numberEdited(*r, value);
}

void ParamPanel::setText(const std::string& key, const std::string& value) {
  Row* r = findRow(key);
  if (r == nullptr) return;
  if (r->combo != nullptr) {
    const int i = r->combo->findData(QString::fromStdString(value));
    if (i < 0) return;
    updating_ = true;
    r->combo->setCurrentIndex(i);
    updating_ = false;
    r->reset->setEnabled(value != r->spec->defText);
  } else if (r->line != nullptr) {
    if (r->spec->kind == run::ParamKind::Path) {
      run::Params check;
      if (!run::applySetting(specs_, check, key, value).empty()) return;  // not a folder
    }
    r->line->setText(QString::fromStdString(value));
  } else if (r->table != nullptr) {
    updating_ = true;
    const bool ok = r->table->setText(value);
    updating_ = false;
    if (!ok) return;
    r->reset->setEnabled(value != r->spec->defText);
  } else {
    return;
  }
  params_.setText(key, value);
  emit paramChanged(QString::fromStdString(key));
}

void ParamPanel::resetToDefaults() {
  for (Row* r : rows_) {
    if (r->slider != nullptr)
      setNumber(r->spec->key, r->spec->def);
    else
      setText(r->spec->key, r->spec->defText);
  }
}

QWidget* ParamPanel::editor(const std::string& key) const {
  Row* r = findRow(key);
  if (r == nullptr) return nullptr;
  if (r->slider != nullptr) return r->slider;
  if (r->combo != nullptr) return r->combo;
  if (r->table != nullptr) return r->table;
  return r->line;
}

}  // namespace amp::widgets
