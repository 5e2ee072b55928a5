// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include <QTest>

#include "amp/labs/registry.h"

using namespace amp;

class TestCommit : public QObject {
  Q_OBJECT
 private slots:
  void registered() { QVERIFY(labs::findLab("commit") != nullptr); }
};

QTEST_APPLESS_MAIN(TestCommit)
#include "test_commit.moc"
