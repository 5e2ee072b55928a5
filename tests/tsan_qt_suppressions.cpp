// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// QtTest runs a watchdog thread and joins it through Qt's futex-based locks inside the
// uninstrumented Qt libraries, so ThreadSanitizer sees neither the wait nor the join and reports
// the watchdog's teardown as a race (in QWaitCondition's destructor, or in QTest::qRun deleting
// the watchdog while its thread last sat in pthread_cond_wait). Ignoring the interceptors that
// libQt6Test itself calls removes exactly that; every access made by our code stays checked.
// The one suppression list of the project, built into every suite through the amp_tsan_qt target,
// so that ctest and a suite started by hand check exactly the same.
extern "C" const char* __tsan_default_suppressions() {
  return "called_from_lib:libQt6Test.so.6\n"
         "race:QWaitCondition\n";
}
