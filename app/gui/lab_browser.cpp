// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/lab_browser.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "amp/labs/registry.h"
#include "widgets/format.h"

namespace amp::app {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;

// Lab titles are sentences ("The master as keeper of the journal"): they wrap onto further lines
// in the narrow column instead of being cut. A tree view asks its delegate for row heights
// without a width, so the delegate measures the text at the width the item really has.
class WrappingDelegate : public QStyledItemDelegate {
 public:
  explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), view_(view) {}

  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) ++depth;
    const int indent =
        view_->rootIsDecorated() ? (depth + 1) * view_->indentation() : depth * view_->indentation();
    // The style wraps only within a valid rectangle: a width and some height.
    QStyleOptionViewItem wrapped = option;
    wrapped.rect.setSize(QSize(std::max(40, view_->columnWidth(index.column()) - indent),
                               std::max(option.rect.height(), option.fontMetrics.height())));
    return QStyledItemDelegate::sizeHint(wrapped, index);
  }

 private:
  QTreeView* view_;
};
}  // namespace

LabBrowser::LabBrowser(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  search_ = new QLineEdit(this);
  search_->setPlaceholderText(tr("Search labs…"));
  search_->setClearButtonEnabled(true);
  search_->setAccessibleName(tr("Search labs"));
  layout->addWidget(search_);
  tree_ = new QTreeWidget(this);
  tree_->setHeaderHidden(true);
  tree_->setRootIsDecorated(true);
  tree_->setWordWrap(true);
  tree_->setTextElideMode(Qt::ElideNone);
  tree_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  tree_->setAccessibleName(tr("Labs"));
  tree_->setAccessibleDescription(tr("Arrow keys choose a lab, Enter opens it to work on."));
  auto* delegate = new WrappingDelegate(tree_);
  tree_->setItemDelegate(delegate);
  // A narrower or wider column re-wraps the titles: the rows take new heights.
  connect(tree_->header(), &QHeaderView::sectionResized, delegate,
          [delegate, this] { emit delegate->sizeHintChanged(tree_->model()->index(0, 0)); });
  layout->addWidget(tree_, 1);
  populate();
  connect(search_, &QLineEdit::textChanged, this, &LabBrowser::applyFilter);
  // From the search field, Enter goes on to the labs it left.
  connect(search_, &QLineEdit::returnPressed, this, &LabBrowser::focusList);
  connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
    const QString id = item != nullptr ? item->data(0, kIdRole).toString() : QString();
    if (!id.isEmpty()) emit labActivated(id);
  });
  connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (selecting_ || item == nullptr) return;
    const QString id = item->data(0, kIdRole).toString();
    if (!id.isEmpty()) emit labChosen(id);
  });
}

void LabBrowser::populate() {
  tree_->clear();
  const auto& labs = labs::allLabs();
  for (const auto& category : labs::categories()) {
    auto* group = new QTreeWidgetItem(tree_, {widgets::labText(category)});
    QFont f = group->font(0);
    f.setBold(true);
    group->setFont(0, f);
    group->setFlags(Qt::ItemIsEnabled);
    for (const auto& lab : labs) {
      const auto info = lab->info();
      if (info.category != category) continue;
      auto* item = new QTreeWidgetItem(group, {widgets::labText(info.title)});
      item->setData(0, kIdRole, QString::fromStdString(info.id));
      item->setToolTip(0, QStringLiteral("<b>%1</b><br>%2")
                              .arg(widgets::labText(info.title).toHtmlEscaped(),
                                   widgets::labText(info.question).toHtmlEscaped()));
      item->setData(0, kSearchRole,
                    (widgets::labText(info.title) + QLatin1Char(' ') + QString::fromStdString(info.id) +
                     QLatin1Char(' ') + widgets::labText(info.question) + QLatin1Char(' ') +
                     QString::fromStdString(info.title))
                        .toLower());
    }
    if (group->childCount() == 0) {
      auto* none = new QTreeWidgetItem(group, {tr("(no labs yet)")});
      none->setFlags(Qt::NoItemFlags);
    }
  }
  // A lab whose category is none of the four still shows, under its own heading.
  for (const auto& lab : labs) {
    const auto info = lab->info();
    const auto& cats = labs::categories();
    if (std::find(cats.begin(), cats.end(), info.category) != cats.end()) continue;
    auto* group = new QTreeWidgetItem(tree_, {widgets::labText(info.category)});
    group->setFlags(Qt::ItemIsEnabled);
    auto* item = new QTreeWidgetItem(group, {widgets::labText(info.title)});
    item->setData(0, kIdRole, QString::fromStdString(info.id));
    item->setData(
        0, kSearchRole,
        (widgets::labText(info.title) + QLatin1Char(' ') + QString::fromStdString(info.id)).toLower());
  }
  tree_->expandAll();
}

void LabBrowser::applyFilter(const QString& text) {
  const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
  for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
    auto* group = tree_->topLevelItem(g);
    int shown = 0;
    for (int i = 0; i < group->childCount(); ++i) {
      auto* item = group->child(i);
      const QString hay = item->data(0, kSearchRole).toString();
      bool match = !hay.isEmpty() || words.isEmpty();
      for (const auto& w : words) match = match && hay.contains(w);
      item->setHidden(!match);
      shown += match ? 1 : 0;
    }
    group->setHidden(!words.isEmpty() && shown == 0);
  }
}

void LabBrowser::setFilter(const QString& text) { search_->setText(text); }

void LabBrowser::focusList() {
  tree_->setFocus(Qt::ShortcutFocusReason);
  QTreeWidgetItem* current = tree_->currentItem();
  if (current != nullptr && !current->isHidden() && !current->data(0, kIdRole).toString().isEmpty()) return;
  // No lab under the cursor (or one the filter hid): the first lab shown.
  for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
    auto* group = tree_->topLevelItem(g);
    if (group->isHidden()) continue;
    for (int i = 0; i < group->childCount(); ++i)
      if (!group->child(i)->isHidden() && !group->child(i)->data(0, kIdRole).toString().isEmpty()) {
        tree_->setCurrentItem(group->child(i));
        return;
      }
  }
}

int LabBrowser::visibleLabCount() const {
  int n = 0;
  for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
    auto* group = tree_->topLevelItem(g);
    if (group->isHidden()) continue;
    for (int i = 0; i < group->childCount(); ++i)
      if (!group->child(i)->isHidden() && !group->child(i)->data(0, kIdRole).toString().isEmpty()) ++n;
  }
  return n;
}

void LabBrowser::select(const QString& labId) {
  selecting_ = true;
  for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
    auto* group = tree_->topLevelItem(g);
    for (int i = 0; i < group->childCount(); ++i)
      if (group->child(i)->data(0, kIdRole).toString() == labId) tree_->setCurrentItem(group->child(i));
  }
  selecting_ = false;
}

}  // namespace amp::app
