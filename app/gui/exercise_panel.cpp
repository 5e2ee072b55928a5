// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/exercise_panel.h"

#include <QDoubleValidator>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "widgets/accessibility.h"
#include "widgets/chart_builder.h"
#include "widgets/format.h"
#include "widgets/theme_colors.h"

namespace amp::app {

ExercisePanel::ExercisePanel(QWidget* parent) : QWidget(parent) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  progress_ = new QLabel(this);
  progress_->setWordWrap(true);
  progress_->setContentsMargins(6, 4, 6, 4);
  outer->addWidget(progress_);
  scroll_ = new QScrollArea(this);
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  scroll_->setAccessibleName(tr("Exercises"));
  auto* inner = new QWidget(scroll_);
  list_ = new QVBoxLayout(inner);
  scroll_->setWidget(inner);
  outer->addWidget(scroll_, 1);
}

void ExercisePanel::setLab(const run::Lab* lab) {
  setLab(lab, lab != nullptr ? lab->exercises() : std::vector<run::Exercise>{});
}

void ExercisePanel::setLab(const run::Lab* lab, std::vector<run::Exercise> exercises) {
  while (QLayoutItem* item = list_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  rows_.clear();
  exercises_ = std::move(exercises);
  const auto metrics = lab != nullptr ? lab->metrics() : std::vector<run::MetricSpec>{};
  const auto params = lab != nullptr ? lab->params() : std::vector<run::ParamSpec>{};
  if (exercises_.empty()) {
    auto* none = new QLabel(tr("This lab has no exercises yet."), this);
    list_->addWidget(none);
  }
  for (std::size_t i = 0; i < exercises_.size(); ++i) {
    const auto& e = exercises_[i];
    auto* box = new QGroupBox(this);
    auto* v = new QVBoxLayout(box);
    Row row;
    row.box = box;
    row.title = new QLabel(tr("<b>Exercise %1</b>").arg(i + 1), box);
    v->addWidget(row.title);
    auto* prompt = new QLabel(widgets::labText(e.prompt), box);
    prompt->setWordWrap(true);
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(prompt);
    {
      QStringList settings{tr("the defaults")};
      for (const auto& [k, val] : e.setup) {
        const run::ParamSpec* ps = run::findSpec(params, k);
        settings << QStringLiteral("%1 = %2%3")
                        .arg(ps != nullptr ? widgets::labText(ps->label) : QString::fromStdString(k),
                             QString::fromStdString(val),
                             ps != nullptr && !ps->unit.empty()
                                 ? QLatin1Char(' ') + QString::fromStdString(ps->unit)
                                 : QString());
      }
      auto* setupRow = new QHBoxLayout;
      auto* setup = new QLabel(tr("Settings: %1").arg(settings.join(QStringLiteral(", "))), box);
      setup->setToolTip(tr("Check applies these settings first; other parameters go to their defaults."));
      setup->setWordWrap(true);
      auto* apply = new QPushButton(tr("Use these settings"), box);
      connect(apply, &QPushButton::clicked, this, [this, i] { emit applyRequested(static_cast<int>(i)); });
      setupRow->addWidget(setup, 1);
      setupRow->addWidget(apply);
      v->addLayout(setupRow);
    }
    const run::MetricSpec* m = widgets::findMetric(metrics, e.metric);
    auto* answerRow = new QHBoxLayout;
    answerRow->addWidget(new QLabel(tr("Your prediction:"), box));
    row.prediction = new QLineEdit(box);
    row.prediction->setValidator(new QDoubleValidator(row.prediction));
    row.prediction->setPlaceholderText(m != nullptr ? widgets::labText(m->label)
                                                    : QString::fromStdString(e.metric));
    answerRow->addWidget(row.prediction, 1);
    if (m != nullptr && !m->unit.empty())
      answerRow->addWidget(new QLabel(QString::fromStdString(m->unit), box));
    row.check = new QPushButton(e.answerFrom == run::Mode::Model ? tr("Check") : tr("Check by running"), box);
    row.check->setToolTip(e.answerFrom == run::Mode::Model
                              ? tr("Compares with the model's answer")
                              : tr("Runs the lab with these settings and compares"));
    answerRow->addWidget(row.check);
    v->addLayout(answerRow);
    widgets::setSpoken(row.prediction, tr("Your prediction for exercise %1").arg(i + 1), prompt->text());
    row.grade = new QLabel(box);
    row.grade->setWordWrap(true);
    row.grade->setVisible(false);
    v->addWidget(row.grade);
    // Answers on demand, and never before a prediction: the button waits for a graded one.
    row.showAnswer = new QPushButton(tr("Show answer"), box);
    row.showAnswer->setEnabled(false);
    row.showAnswer->setToolTip(
        tr("Enter your prediction and check it first; then the answer is yours to see."));
    auto* answerButtonRow = new QHBoxLayout;
    answerButtonRow->addStretch(1);
    answerButtonRow->addWidget(row.showAnswer);
    v->addLayout(answerButtonRow);
    row.answer = new QLabel(box);
    row.answer->setWordWrap(true);
    row.answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.answer->setVisible(false);
    v->addWidget(row.answer);
    connect(row.showAnswer, &QPushButton::clicked, this, [this, i] { showAnswer(static_cast<int>(i)); });
    connect(row.check, &QPushButton::clicked, this, [this, i] { check(static_cast<int>(i)); });
    connect(row.prediction, &QLineEdit::returnPressed, this, [this, i] { check(static_cast<int>(i)); });
    list_->addWidget(box);
    rows_.push_back(row);
  }
  list_->addStretch(1);
  progress_->setText(exercises_.empty()
                         ? QString()
                         : tr("Predict first, then check: the run tells you how close you were."));
}

void ExercisePanel::check(int index) {
  if (index < 0 || index >= count()) return;
  const auto v = typedPrediction(index);
  if (!v) {
    showGrade(index, tr("Enter a number first: your prediction is what the check compares."), false);
    return;
  }
  emit checkRequested(index, *v);
}

std::optional<double> ExercisePanel::typedPrediction(int index) const {
  const QString text = rows_[static_cast<std::size_t>(index)].prediction->text();
  bool ok = false;
  const double v = QLocale().toDouble(text, &ok);
  if (ok) return v;
  const double c = text.toDouble(&ok);
  return ok ? std::optional<double>(c) : std::nullopt;
}

ExercisePanel::Kept ExercisePanel::kept() const {
  Kept k;
  for (int i = 0; i < count(); ++i) {
    const Row& r = rows_[static_cast<std::size_t>(i)];
    k.values.push_back(typedPrediction(i));
    k.texts.push_back(r.prediction->text());
    k.answersShown.push_back(!r.answer->isHidden());
  }
  return k;
}

void ExercisePanel::restore(const Kept& kept) {
  for (int i = 0; i < count() && i < static_cast<int>(kept.texts.size()); ++i) {
    const auto n = static_cast<std::size_t>(i);
    if (kept.values[n])
      setPrediction(i, *kept.values[n]);
    else
      rows_[n].prediction->setText(kept.texts[n]);
    if (kept.answersShown[n]) showAnswer(i);
  }
}

void ExercisePanel::setPrediction(int index, double value) {
  if (index < 0 || index >= count()) return;
  rows_[static_cast<std::size_t>(index)].prediction->setText(QLocale().toString(value, 'g', 6));
}

void ExercisePanel::showGrade(int index, const QString& text, bool passed) {
  if (index < 0 || index >= count()) return;
  Row& r = rows_[static_cast<std::size_t>(index)];
  r.grade->setText(text);
  // Green or orange that reads on the desktop's background, light or dark.
  const bool dark = widgets::isDark(palette());
  r.grade->setStyleSheet(passed ? (dark ? QStringLiteral("color:#7fd88f") : QStringLiteral("color:#1b6e2e"))
                                : (dark ? QStringLiteral("color:#ffb070") : QStringLiteral("color:#9a3b00")));
  r.grade->setVisible(true);
}

QString ExercisePanel::gradeText(int index) const {
  if (index < 0 || index >= count()) return {};
  const Row& r = rows_[static_cast<std::size_t>(index)];
  return r.grade->isHidden() ? QString() : r.grade->text();
}

void ExercisePanel::setAnswer(int index, const QString& text) {
  if (index < 0 || index >= count()) return;
  Row& r = rows_[static_cast<std::size_t>(index)];
  r.answer->setText(text);  // an answer already shown follows the latest check
  r.showAnswer->setEnabled(true);
  r.showAnswer->setToolTip(tr("The answer and why"));
}

bool ExercisePanel::answerAvailable(int index) const {
  return index >= 0 && index < count() && rows_[static_cast<std::size_t>(index)].showAnswer->isEnabled();
}

void ExercisePanel::showAnswer(int index) {
  if (!answerAvailable(index)) return;
  rows_[static_cast<std::size_t>(index)].answer->setVisible(true);
}

QString ExercisePanel::answerText(int index) const {
  if (index < 0 || index >= count()) return {};
  const Row& r = rows_[static_cast<std::size_t>(index)];
  return r.answer->isHidden() ? QString() : r.answer->text();
}

void ExercisePanel::focusExercise(int index) {
  if (index < 0 || index >= count()) return;
  const Row& r = rows_[static_cast<std::size_t>(index)];
  scroll_->ensureWidgetVisible(r.box);
  r.prediction->setFocus(Qt::OtherFocusReason);
}

void ExercisePanel::setBusy(int index, bool busy) {
  if (index < 0 || index >= count()) return;
  rows_[static_cast<std::size_t>(index)].check->setEnabled(!busy);
  if (busy) showGrade(index, tr("Running…"), true);
}

void ExercisePanel::setProgress(const std::map<QString, bool>& passedById, int attempts) {
  int passed = 0;
  for (std::size_t i = 0; i < exercises_.size(); ++i) {
    auto it = passedById.find(QString::fromStdString(exercises_[i].id));
    const bool ok = it != passedById.end() && it->second;
    passed += ok ? 1 : 0;
    rows_[i].title->setText(tr("<b>Exercise %1</b>").arg(i + 1) + (ok ? tr(" ✓ passed") : QString()));
  }
  if (exercises_.empty()) return;
  progress_->setText(
      tr("Progress: %1 of %2 exercises passed (%n attempt(s) so far). Predict first, then check.", "",
         attempts)
          .arg(passed)
          .arg(exercises_.size()));
}

}  // namespace amp::app
