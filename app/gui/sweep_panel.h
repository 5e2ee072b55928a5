// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "amp/run/sweep.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace amp::widgets {
class ChartWidget;
}

namespace amp::app {

/// Sweeps one parameter over a range (linear or log steps, replications per point, common
/// random numbers across points) in the background, spread over the cores, with progress and
/// cancel; charts the points with their CI bars and the model curve. With a second parameter it
/// sweeps the grid of both and charts a heat map.
class SweepPanel : public QWidget {
  Q_OBJECT

 public:
  explicit SweepPanel(QWidget* parent = nullptr);
  ~SweepPanel() override;  ///< cancels and joins a sweep in progress

  void setLab(const run::Lab* lab);
  /// The parameters every point starts from (the lab page's current ones).
  void setBaseParams(const run::Params& params);
  void setSeed(std::uint64_t seed) { seed_ = seed; }

  /// Starts with the values in the form; a sweep in progress is cancelled first.
  void startSweep();
  void cancel();
  bool running() const { return running_; }
  const std::vector<run::SweepPoint>& points() const { return points_; }
  std::string sweptKey() const { return pointsKey_; }
  /// The second parameter of the sweep shown ("" for a one-parameter sweep).
  std::string sweptKey2() const { return pointsKey2_; }
  /// A second parameter over its own range (a heat map); "" for none.
  void setSecond(const std::string& key, double from, double to, int steps);
  /// Form access for tests and presets.
  void setSweep(const std::string& key, double from, double to, int steps, bool log, int reps);
  widgets::ChartWidget* chart() const { return chart_; }

  /// The form and the finished sweep, for a panel built anew (in another language) to show the same.
  struct Kept {
    QString key, key2, metric;
    int mode = -1;
    double from = 0, to = 0, from2 = 0, to2 = 0;
    int steps = 0, steps2 = 0, reps = 0;
    bool log = false;
    std::vector<run::SweepPoint> points;
    std::string pointsKey, pointsKey2;
    run::Params pointsBase;
    bool cancelled = false;
  };
  /// Not while a sweep runs (its points are not in yet).
  Kept kept() const;
  void restore(const Kept& kept);

 signals:
  void sweepFinished();
  void message(const QString& text, bool error);

 private:
  /// Saves the finished sweep's report (curve and a table per point) where the student chooses.
  void saveReport();
  void keyChanged();
  void key2Changed();
  void redraw();
  void finished(std::uint64_t generation, std::vector<run::SweepPoint> points, bool cancelled);
  /// The status line for the points shown: done, cancelled, or how many failed.
  void showOutcome();
  void joinWorker();

  const run::Lab* lab_ = nullptr;
  std::vector<run::ParamSpec> params_;
  std::vector<run::MetricSpec> metrics_;
  run::Params base_;
  std::uint64_t seed_ = 1;
  QComboBox* key_ = nullptr;
  QComboBox* metric_ = nullptr;
  QComboBox* mode_ = nullptr;
  QDoubleSpinBox* from_ = nullptr;
  QDoubleSpinBox* to_ = nullptr;
  QSpinBox* steps_ = nullptr;
  QSpinBox* reps_ = nullptr;
  QCheckBox* log_ = nullptr;
  QComboBox* key2_ = nullptr;
  QDoubleSpinBox* from2_ = nullptr;
  QDoubleSpinBox* to2_ = nullptr;
  QSpinBox* steps2_ = nullptr;
  QPushButton* run_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QPushButton* reportButton_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  widgets::ChartWidget* chart_ = nullptr;
  QTimer poll_;

  std::thread worker_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  std::shared_ptr<std::atomic<double>> fraction_;
  std::uint64_t generation_ = 0;
  bool running_ = false;
  std::vector<run::SweepPoint> points_;
  std::string pointsKey_, pointsKey2_;
  run::Params pointsBase_;
  bool cancelled_ = false;
};

}  // namespace amp::app
