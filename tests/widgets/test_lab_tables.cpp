// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// A lab's tables on screen: each under the title its output declares, headings with units, numbers
// with their CI's half-width, words as they are; a run without tables says what fills them.
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <cmath>

#include "widgets/format.h"
#include "widgets/lab_tables.h"

using namespace amp;

class TestLabTables : public QObject {
  Q_OBJECT
 private slots:
  void cellsAndHeadings() {
    QCOMPARE(widgets::formatTableCell(run::TableCell{12.345, 12.0, 12.7, {}}), QString("12.35 ± 0.35"));
    QCOMPARE(widgets::formatTableCell(run::TableCell{3.0, NAN, NAN, {}}), QString("3"));
    QCOMPARE(widgets::formatTableCell(run::TableCell{NAN, NAN, NAN, "fast"}), QString("fast"));
    QCOMPARE(widgets::formatTableCell(run::TableCell{}), QString("–"));
    QCOMPARE(widgets::tableHeading({"q_ms", "Q", "ms", false}), QString("Q [ms]"));
    QCOMPARE(widgets::tableHeading({"state", "", "", true}), QString("state"));
  }

  void aRunsTablesAreShownUnderTheirTitles() {
    widgets::LabTables view({run::outputSpec("q_table", "Q-table", run::OutputKind::Table)});
    view.setResult(nullptr);
    QCOMPARE(view.shownTables(), 0);
    run::RunResult r;
    run::Table t;
    t.name = "q_table";
    t.columns = {{"state", "state", "", true}, {"q_ms", "Q", "ms", false}};
    t.addRow({run::TableCell{NAN, NAN, NAN, "small, both idle"}, run::TableCell{2.5, 2.0, 3.0, {}}});
    t.addRow({run::TableCell{NAN, NAN, NAN, "large, both idle"}, run::TableCell{9.0, NAN, NAN, {}}});
    r.tables.push_back(t);
    view.setResult(&r);
    QCOMPARE(view.shownTables(), 2);  // a title and its table
    const auto titles = view.findChildren<QLabel*>();
    bool titled = false;
    for (const QLabel* l : titles) titled = titled || l->text().contains("Q-table");
    QVERIFY(titled);
    const auto* table = view.findChild<QTableWidget*>();
    QVERIFY(table != nullptr);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QString("Q [ms]"));
    QCOMPARE(table->item(0, 1)->text(), QString("2.5 ± 0.5"));
    QCOMPARE(table->item(1, 0)->text(), QString("large, both idle"));
    view.setResult(nullptr);  // a run without tables clears them
    QCOMPARE(view.shownTables(), 0);
    QVERIFY(view.findChild<QTableWidget*>() == nullptr);
  }
};

QTEST_MAIN(TestLabTables)
#include "test_lab_tables.moc"
