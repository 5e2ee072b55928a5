// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/assignment_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace amp::app {

AssignmentDialog::AssignmentDialog(const QString& student, std::uint64_t seed, QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("Assignment"));
  auto* layout = new QVBoxLayout(this);
  auto* intro =
      new QLabel(tr("Each student gets their own numbers for the exercises, drawn from their id and "
                    "the assignment's seed that the teacher gives. Your checks are kept as attempts; "
                    "hand in your answers with <tt>amplab assignment LAB --student ID --seed S "
                    "--answer EXERCISE=VALUE --submit FILE.json</tt>."),
                 this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* form = new QFormLayout;
  student_ = new QLineEdit(student, this);
  student_->setPlaceholderText(tr("your student id"));
  seed_ = new QSpinBox(this);
  seed_->setRange(0, std::numeric_limits<int>::max());
  seed_->setValue(static_cast<int>(std::min<std::uint64_t>(seed, std::numeric_limits<int>::max())));
  form->addRow(tr("Student id:"), student_);
  form->addRow(tr("Assignment seed:"), seed_);
  layout->addLayout(form);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  QPushButton* own = buttons->addButton(tr("The lab's own numbers"), QDialogButtonBox::ResetRole);
  connect(own, &QPushButton::clicked, this, [this] {
    student_->clear();
    accept();
  });
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  setMinimumWidth(460);
}

QString AssignmentDialog::student() const { return student_->text().trimmed(); }
std::uint64_t AssignmentDialog::seed() const { return static_cast<std::uint64_t>(seed_->value()); }

}  // namespace amp::app
