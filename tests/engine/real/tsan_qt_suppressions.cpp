// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// QtTest runs a watchdog thread that waits on a QWaitCondition. Qt's locks are futex-based
// inside the uninstrumented Qt libraries, so ThreadSanitizer cannot see the synchronization and
// reports the watchdog's teardown at exit as a race. Only stacks through QWaitCondition or the
// QtTest library are suppressed; our own code is checked in full.
extern "C" const char* __tsan_default_suppressions() { return "race:QWaitCondition\nrace:libQt6Test.so\n"; }
