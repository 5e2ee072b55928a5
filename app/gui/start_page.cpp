// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/start_page.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "gui/study_path.h"
#include "store/run_store.h"
#include "widgets/format.h"

namespace amp::app {

namespace {
constexpr int kLabRole = Qt::UserRole;
constexpr int kExerciseRole = Qt::UserRole + 1;

/// The first paragraph of an exercise's prompt: enough to know what comes next.
QString firstParagraph(const std::string& prompt) {
  const QString text = widgets::labText(prompt);
  const auto end = text.indexOf(QStringLiteral("\n\n"));
  return end < 0 ? text : text.left(end);
}
}  // namespace

StartPage::StartPage(std::shared_ptr<RunStore> store, QWidget* parent)
    : QWidget(parent),
      store_(std::move(store)),
      path_(std::make_unique<StudyPath>(StudyPath::ofStore(nullptr))) {
  setObjectName(QStringLiteral("startPage"));
  // A reading column: on a wide screen or a projector the lines stay short.
  auto* outer = new QHBoxLayout(this);
  auto* column = new QVBoxLayout;
  outer->addStretch(1);
  outer->addLayout(column, 6);
  outer->addStretch(1);

  heading_ = new QLabel(tr("Continue where I stopped"), this);
  column->addWidget(heading_);
  scaleHeading();

  auto* profileRow = new QHBoxLayout;
  profile_ = new QLabel(this);
  profileRow->addWidget(profile_, 1);
  auto* profileButton = new QPushButton(tr("Profile…"), this);
  profileButton->setToolTip(tr("Switch to another student's progress, or add one"));
  connect(profileButton, &QPushButton::clicked, this, &StartPage::profileRequested);
  profileRow->addWidget(profileButton);
  column->addLayout(profileRow);

  progress_ = new QLabel(this);
  progress_->setToolTip(StudyPath::countingRule());
  column->addWidget(progress_);
  bar_ = new QProgressBar(this);
  bar_->setToolTip(StudyPath::countingRule());
  bar_->setFormat(tr("%p% of the exercises"));
  bar_->setAccessibleName(tr("Progress"));
  column->addWidget(bar_);

  auto* nextBox = new QGroupBox(tr("Next"), this);
  auto* nextLayout = new QVBoxLayout(nextBox);
  next_ = new QLabel(nextBox);
  next_->setWordWrap(true);
  nextLayout->addWidget(next_);
  nextPrompt_ = new QLabel(nextBox);
  nextPrompt_->setWordWrap(true);
  nextLayout->addWidget(nextPrompt_);
  continue_ = new QPushButton(tr("Continue with this exercise"), nextBox);
  continue_->setDefault(true);
  continue_->setAutoDefault(true);
  connect(continue_, &QPushButton::clicked, this, [this] {
    if (const auto place = path_->next()) {
      const auto& stop = path_->stops()[static_cast<std::size_t>(place->stop)];
      emit openExercise(QString::fromStdString(stop.lab->info().id), place->exercise);
    }
  });
  auto* buttonRow = new QHBoxLayout;
  buttonRow->addWidget(continue_);
  buttonRow->addStretch(1);
  nextLayout->addLayout(buttonRow);
  column->addWidget(nextBox);

  auto* pathTitle = new QLabel(tr("<b>The path</b> — foundations first; open any lab with a click"), this);
  column->addWidget(pathTitle);
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("studyPathList"));
  list_->setAccessibleName(tr("The path"));
  list_->setToolTip(tr("✓ every exercise passed · ◐ begun · ○ not tried yet") + QStringLiteral("\n") +
                    StudyPath::countingRule());
  auto open = [this](QListWidgetItem* item) {
    if (item != nullptr)
      emit openExercise(item->data(kLabRole).toString(), item->data(kExerciseRole).toInt());
  };
  connect(list_, &QListWidget::itemClicked, this, open);
  connect(list_, &QListWidget::itemActivated, this, open);  // Enter, for keyboard users
  // As tall as its labs, so the page ends with the path instead of an empty box.
  list_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
  column->addWidget(list_);
  column->addStretch(1);

  refresh();
}

StartPage::~StartPage() = default;

void StartPage::scaleHeading() {
  heading_->setStyleSheet(QStringLiteral("font-weight:bold; font-size:%1pt;").arg(font().pointSizeF() * 1.6));
}

void StartPage::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  // The heading keeps its size relative to the page font, also in presentation mode.
  if (event->type() == QEvent::FontChange && heading_ != nullptr) scaleHeading();
}

void StartPage::refresh() {
  path_ = std::make_unique<StudyPath>(StudyPath::ofStore(store_.get()));
  const bool kept = store_ && store_->isOpen();
  profile_->setText(kept ? tr("Profile: <b>%1</b>").arg(store_->profile().toHtmlEscaped())
                         : tr("Progress is not kept this session: the database could not be opened."));
  progress_->setText(tr("Done so far: %1").arg(path_->summary()));
  bar_->setRange(0, std::max(1, path_->exerciseCount()));
  bar_->setValue(path_->exercisesPassed());

  const auto place = path_->next();
  continue_->setVisible(place.has_value());
  if (place) {
    const auto& stop = path_->stops()[static_cast<std::size_t>(place->stop)];
    const auto exercises = stop.lab->exercises();
    next_->setText(tr("<b>%1</b> — exercise %2 of %3")
                       .arg(widgets::labText(stop.lab->info().title).toHtmlEscaped())
                       .arg(place->exercise + 1)
                       .arg(stop.exerciseCount()));
    nextPrompt_->setText(firstParagraph(exercises[static_cast<std::size_t>(place->exercise)].prompt));
    nextPrompt_->setVisible(true);
  } else {
    next_->setText(tr("Every exercise on the path is passed. Open any lab below to revisit it."));
    nextPrompt_->setVisible(false);
  }

  list_->clear();
  int number = 0;
  for (const auto& stop : path_->stops()) {
    ++number;
    // ✓ done, ◐ begun (an attempt, not all passed), ○ not yet tried; a lab without exercises says so.
    const QString mark = stop.done()         ? QStringLiteral("✓")
                         : stop.attempts > 0 ? QStringLiteral("◐")
                                             : QStringLiteral("○");
    const QString counts =
        stop.exerciseCount() == 0
            ? tr("no exercises yet")
            : tr("%1 of %2 exercises passed").arg(stop.passedCount()).arg(stop.exerciseCount());
    auto* item = new QListWidgetItem(QStringLiteral("%1  %2. %3 — %4")
                                         .arg(mark)
                                         .arg(number)
                                         .arg(widgets::labText(stop.lab->info().title), counts),
                                     list_);
    item->setData(kLabRole, QString::fromStdString(stop.lab->info().id));
    // A click lands on the lab's first exercise not yet passed (its first, when all are).
    const auto open = std::find(stop.passed.begin(), stop.passed.end(), false);
    item->setData(kExerciseRole, stop.passed.empty()         ? -1
                                 : open == stop.passed.end() ? 0
                                                             : static_cast<int>(open - stop.passed.begin()));
  }
}

QString StartPage::progressText() const { return progress_->text(); }

}  // namespace amp::app
