// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QWidget>
#include <cstdint>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace amp::app {

class LabSession;

/// The top of a lab page's left column: the mode selector (model / simulation / real / compare),
/// run, pause, step and reset, speed and seed, the real run's service clock, "fit to this
/// machine", the progress bar and the status line. Drives the session and follows its signals.
class RunControls : public QWidget {
  Q_OBJECT

 public:
  explicit RunControls(LabSession* session, QWidget* parent = nullptr);

  /// Speed: index into the speed list (1×, 10×, 100×, 1000×, about 15 s, flat out).
  void setSpeedIndex(int index);
  int speedIndex() const;
  static int flatOutSpeedIndex();
  void setSeed(std::uint64_t seed);

 signals:
  /// What the animation shows about the pace of a simulation ("" when there is nothing to say).
  void animationStatus(const QString& text);

 private:
  void buildModeRow();
  void buildRunRows();
  void connectSession();
  void updateButtons();
  void updateStatus();

  LabSession* session_ = nullptr;
  QButtonGroup* modeGroup_ = nullptr;
  QPushButton* runButton_ = nullptr;
  QPushButton* pauseButton_ = nullptr;
  QPushButton* stepButton_ = nullptr;
  QPushButton* resetButton_ = nullptr;
  QComboBox* speed_ = nullptr;
  QSpinBox* seedBox_ = nullptr;
  QComboBox* serviceClock_ = nullptr;
  QComboBox* timeScale_ = nullptr;  ///< null when the lab has no time scale
  QToolButton* fitButton_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace amp::app
