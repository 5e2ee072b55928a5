// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <vector>

#include "amp/run/params.h"

class QGridLayout;

namespace amp::widgets {

/// The parameter panel, generated from a lab's parameter specs: a slider and a spin box with the
/// unit for numbers (log-scaled where the spec says), a combo box for choices, a line edit for
/// text, a line edit with a folder chooser for paths, an editable table with add/remove row for
/// tables, a reset button per row and the spec's help as tooltip. A parameter relevant only when
/// a choice matches is hidden otherwise.
class ParamPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ParamPanel(QWidget* parent = nullptr);
  ~ParamPanel() override;

  /// Rebuilds the rows; every value goes to its default.
  void setSpecs(std::vector<run::ParamSpec> specs);
  const std::vector<run::ParamSpec>& specs() const { return specs_; }
  /// Shows these values (missing keys keep theirs). Emits nothing.
  void setParams(const run::Params& params);
  run::Params params() const { return params_; }
  /// As if the user had set it: clamps, updates the editors and emits paramChanged.
  void setNumber(const std::string& key, double value);
  void setText(const std::string& key, const std::string& value);
  void resetToDefaults();
  /// The editor that takes keyboard focus for `key` (slider, combo box or line edit), for tests
  /// and keyboard navigation.
  QWidget* editor(const std::string& key) const;
  /// Whether the row of `key` is shown (it exists and is relevant to the current choices).
  bool isShown(const std::string& key) const;

 signals:
  /// The user (or setNumber/setText) changed `key`. Fired while a slider is dragged, too.
  void paramChanged(const QString& key);

 private:
  struct Row;
  void buildRow(const run::ParamSpec& spec, int row);
  void showNumber(Row& r, double v);
  void numberEdited(Row& r, double v);
  Row* findRow(const std::string& key) const;
  void updateRelevance();

  std::vector<run::ParamSpec> specs_;
  run::Params params_;
  std::vector<Row*> rows_;
  QGridLayout* grid_ = nullptr;
  bool updating_ = false;
};

/// Slider position (0..kSliderSteps) <-> value, linear or logarithmic per the spec.
constexpr int kSliderSteps = 1000;
int sliderPosition(const run::ParamSpec& spec, double value);
double sliderValue(const run::ParamSpec& spec, int position);

}  // namespace amp::widgets
