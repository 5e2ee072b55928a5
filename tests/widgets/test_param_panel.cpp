// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include "widgets/param_panel.h"

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
};

QTEST_MAIN(TestParamPanel)
#include "test_param_panel.moc"
