// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/comparison_worker.h"

#include <QMetaObject>

namespace amp::app {

ComparisonWorker::ComparisonWorker(QObject* parent) : QObject(parent) {}

ComparisonWorker::~ComparisonWorker() { cancel(); }

void ComparisonWorker::cancel() {
  ++generation_;
  cancel_.store(true);
  if (thread_.joinable()) thread_.join();
  cancel_.store(false);
  result_.reset();
}

void ComparisonWorker::start(const run::Lab& lab, const run::RunResult& a, const run::RunResult& b,
                             const std::string& key) {
  cancel();
  if (a.mode != run::Mode::Sim || b.mode != run::Mode::Sim) {
    result_ = run::compareUnpaired(a, b, key);
    emit finished();
    return;
  }
  const int generation = generation_;
  thread_ = std::thread([this, &lab, a, b, key, generation] {
    run::RunHooks hooks;
    hooks.cancel = &cancel_;
    run::Difference d = run::comparePairedRuns(lab, a, b, key, 0, hooks);
    if (cancel_.load()) return;
    // Handed to the GUI thread; dropped there if another comparison started meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this, d = std::move(d), generation] {
          if (generation != generation_) return;
          result_ = d;
          emit finished();
        },
        Qt::QueuedConnection);
  });
}

}  // namespace amp::app
