// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <QDialog>
#include <cstdint>

class QLineEdit;
class QSpinBox;

namespace amp::app {

/// File → Assignment…: the student's id and the assignment's seed, which give the exercises the
/// student's own numbers (the same as `amplab assignment LAB --student ID --seed S`).
class AssignmentDialog : public QDialog {
  Q_OBJECT

 public:
  AssignmentDialog(const QString& student, std::uint64_t seed, QWidget* parent = nullptr);
  /// "" after "Own numbers": the lab's own exercises.
  QString student() const;
  std::uint64_t seed() const;

 private:
  QLineEdit* student_ = nullptr;
  QSpinBox* seed_ = nullptr;
};

}  // namespace amp::app
