// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/param_panel.h"
#include "widgets/table_param_editor.h"

using amp::run::ParamSpec;
using amp::run::Scale;

class TestParamPanel : public QObject {
  Q_OBJECT

  static std::vector<ParamSpec> specs() {
    return {
        amp::run::realParam("rate", "Rate", "1/s", 0.1, 1000, 10)
            .withScale(Scale::Log)
            .withHelp("Arrivals per second."),
        amp::run::integerParam("workers", "Workers", "", 1, 64, 4).withHelp("Worker cores."),
        amp::run::choiceParam("policy", "Policy", {"shared", "rr"}, "shared").withHelp("How to pick."),
    };
  }

 private slots:
  void logSliderMapsEndsAndMiddle() {
    const auto s = specs()[0];
    QCOMPARE(amp::widgets::sliderPosition(s, 0.1), 0);
    QCOMPARE(amp::widgets::sliderPosition(s, 1000), amp::widgets::kSliderSteps);
    // Log scale: the geometric middle (10) sits in the middle of the slider.
    QCOMPARE(amp::widgets::sliderPosition(s, 10), amp::widgets::kSliderSteps / 2);
    QCOMPARE(amp::widgets::sliderValue(s, amp::widgets::kSliderSteps / 2), 10.0);
    QCOMPARE(amp::widgets::sliderValue(s, amp::widgets::kSliderSteps), 1000.0);
  }

  void integerSliderRounds() {
    const auto s = specs()[1];
    const double v = amp::widgets::sliderValue(s, 333);
    QCOMPARE(v, std::round(v));
    QVERIFY(v >= 1 && v <= 64);
  }

  void buildsDefaultsAndTooltips() {
    amp::widgets::ParamPanel panel;
    panel.setSpecs(specs());
    const auto p = panel.params();
    QCOMPARE(p.num("rate"), 10.0);
    QCOMPARE(p.num("workers"), 4.0);
    QCOMPARE(p.text("policy"), std::string("shared"));
    auto* slider = qobject_cast<QSlider*>(panel.editor("rate"));
    QVERIFY(slider != nullptr);
    QVERIFY(slider->toolTip().contains("Arrivals per second."));
    QVERIFY(qobject_cast<QComboBox*>(panel.editor("policy")) != nullptr);
  }

  void sliderChangesParamsAndSignals() {
    amp::widgets::ParamPanel panel;
    panel.setSpecs(specs());
    QSignalSpy spy(&panel, &amp::widgets::ParamPanel::paramChanged);
    auto* slider = qobject_cast<QSlider*>(panel.editor("workers"));
    slider->setValue(amp::widgets::kSliderSteps);
    QCOMPARE(panel.params().num("workers"), 64.0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString("workers"));
    // The spin box follows the slider.
    auto spins = panel.findChildren<QDoubleSpinBox*>();
    bool found = false;
    for (auto* s : spins) found = found || s->value() == 64.0;
    QVERIFY(found);
  }

  void setNumberClampsAndResetRestores() {
    amp::widgets::ParamPanel panel;
    panel.setSpecs(specs());
    panel.setNumber("rate", 5000);  // above max
    QCOMPARE(panel.params().num("rate"), 1000.0);
    panel.setText("policy", "rr");
    QCOMPARE(panel.params().text("policy"), std::string("rr"));
    panel.setText("policy", "bogus");  // not a choice: ignored
    QCOMPARE(panel.params().text("policy"), std::string("rr"));
    panel.resetToDefaults();
    QCOMPARE(panel.params().num("rate"), 10.0);
    QCOMPARE(panel.params().text("policy"), std::string("shared"));
  }

  void setParamsIsSilent() {
    amp::widgets::ParamPanel panel;
    panel.setSpecs(specs());
    QSignalSpy spy(&panel, &amp::widgets::ParamPanel::paramChanged);
    amp::run::Params p = panel.params();
    p.set("workers", 12);
    p.setText("policy", "rr");
    panel.setParams(p);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(panel.params().num("workers"), 12.0);
    auto* combo = qobject_cast<QComboBox*>(panel.editor("policy"));
    QCOMPARE(combo->currentData().toString(), QString("rr"));
  }

  void tableParameterEditsRowsWithinLimits() {
    amp::widgets::ParamPanel panel;
    panel.setSpecs({amp::run::tableParam("tasks", "Tasks",
                                         {amp::run::integerColumn("count", "Count", "", 1, 50, 4),
                                          amp::run::numberColumn("task_ms", "Time", "ms", 0.1, 1000, 10)},
                                         "[[6,10],[3,40]]")
                        .withRows(1, 3)});
    QCOMPARE(panel.params().text("tasks"), std::string("[[6,10],[3,40]]"));
    auto* editor = qobject_cast<amp::widgets::TableParamEditor*>(panel.editor("tasks"));
    QVERIFY(editor != nullptr);
    QCOMPARE(editor->table()->rowCount(), 2);
    QCOMPARE(editor->table()->horizontalHeaderItem(1)->text(), QStringLiteral("Time [ms]"));
    QSignalSpy changed(&panel, &amp::widgets::ParamPanel::paramChanged);
    editor->table()->item(1, 1)->setText(QStringLiteral("25"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.params().text("tasks"), std::string("[[6,10],[3,25]]"));
    // Out of range: named under the table, and the value is not taken.
    editor->table()->item(0, 0)->setText(QStringLiteral("0"));
    QVERIFY(editor->problem().contains("row 1, column count"));
    QCOMPARE(panel.params().text("tasks"), std::string("[[6,10],[3,25]]"));
    editor->table()->item(0, 0)->setText(QStringLiteral("2"));
    editor->addRow();  // a copy of the last row
    QCOMPARE(panel.params().text("tasks"), std::string("[[2,10],[3,25],[3,25]]"));
    editor->addRow();  // at most three rows
    QCOMPARE(editor->table()->rowCount(), 3);
    editor->removeRow();
    editor->removeRow();
    editor->removeRow();  // at least one row
    QCOMPARE(editor->table()->rowCount(), 1);
    panel.resetToDefaults();
    QCOMPARE(panel.params().text("tasks"), std::string("[[6,10],[3,40]]"));
    QCOMPARE(editor->table()->rowCount(), 2);
  }

  void pathParameterTakesOnlyFolders() {
    amp::widgets::ParamPanel panel;
    panel.setSpecs({amp::run::pathParam("data_dir", "Data folder")});
    auto* line = qobject_cast<QLineEdit*>(panel.editor("data_dir"));
    QVERIFY(line != nullptr);
    QVERIFY(!line->placeholderText().isEmpty());  // says that empty means a temporary folder
    QTemporaryDir dir;
    panel.setText("data_dir", dir.path().toStdString());
    QCOMPARE(panel.params().text("data_dir"), dir.path().toStdString());
    panel.setText("data_dir", dir.filePath("missing").toStdString());
    QCOMPARE(panel.params().text("data_dir"), dir.path().toStdString());
  }

  void irrelevantParametersHide() {
    amp::widgets::ParamPanel panel;
    panel.setSpecs({amp::run::choiceParam("policy", "Policy", {"greedy", "epsilon_greedy"}, "greedy"),
                    amp::run::realParam("epsilon", "Exploration", "", 0, 1, 0.1)
                        .relevantWhen("policy", {"epsilon_greedy"})});
    panel.show();
    QVERIFY(!panel.isShown("epsilon"));
    QVERIFY(!panel.editor("epsilon")->isVisible());
    panel.setText("policy", "epsilon_greedy");
    QVERIFY(panel.isShown("epsilon"));
    QVERIFY(panel.editor("epsilon")->isVisible());
  }
};

QTEST_MAIN(TestParamPanel)
#include "test_param_panel.moc"
