// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#include "gui/run_controller.h"

#include <sys/resource.h>
#include <unistd.h>

#include <QMetaObject>

namespace amp::app {

namespace {
constexpr int kEngineNice = 5;
}  // namespace

struct RunController::Slot {
  std::uint64_t generation = 0;
  std::atomic<bool> cancel{false};
  // 16 k records: a paced run's frame needs far fewer; flat out, a frame drains at most this
  // many, which bounds the GUI thread's work per frame (the rest is skipped, and counted).
  observe::TraceRing ring{1 << 14};
  GuiPacer pacer{&cancel};
  std::atomic<double> progress{0.0};
  mutable std::mutex stageMutex;
  std::string stage;
  std::atomic<bool> running{false};
  std::thread thread;

  ~Slot() {
    cancel.store(true, std::memory_order_relaxed);
    pacer.wake();
    // Joined here, while the ring and pacer the run uses still exist; cancel ends a run within ~100 ms.
    if (thread.joinable()) thread.join();
  }
};

RunController::RunController(QObject* parent) : QObject(parent) {}

RunController::~RunController() {
  if (current_) {
    current_->cancel.store(true, std::memory_order_relaxed);
    current_->pacer.wake();
  }
  for (auto& s : retiring_) s->pacer.wake();
  last_.reset();
  // Slots join their threads as they go; cancel returns within ~100 ms.
  current_.reset();
  retiring_.clear();
}

void RunController::start(const run::Lab& lab, const run::RunSpec& spec, double speed, bool paused) {
  if (current_) {
    current_->cancel.store(true, std::memory_order_relaxed);
    current_->pacer.setPaused(false);
    current_->pacer.wake();
    retiring_.push_back(std::move(current_));
  }
  if (last_) retiring_.push_back(std::move(last_));
  reap();
  auto slot = std::make_unique<Slot>();
  slot->generation = ++generation_;
  slot->pacer.setSpeed(speed);
  slot->pacer.setPaused(paused);
  lastDropped_ = 0;

  Slot* s = slot.get();
  run::RunHooks hooks;
  hooks.cancel = &s->cancel;
  hooks.trace = &s->ring;
  hooks.pacer = spec.mode == run::Mode::Sim ? &s->pacer : nullptr;
  hooks.progress = [s](double fraction, const std::string& stage) {
    s->progress.store(fraction, std::memory_order_relaxed);
    std::lock_guard lock(s->stageMutex);
    s->stage = stage;
  };
  const std::uint64_t gen = s->generation;
  hooks.partial = [this, gen](const run::RunResult& soFar) {
    QMetaObject::invokeMethod(
        this,
        [this, gen, r = soFar] {
          if (current_ && current_->generation == gen) emit partial(r);  // not a replaced run's
        },
        Qt::QueuedConnection);
  };
  current_ = std::move(slot);
  s->running.store(true, std::memory_order_relaxed);
  const bool background = spec.mode != run::Mode::Real;
  s->thread = std::thread([this, s, gen, background, &lab, spec, hooks] {
    // Simulations run below the GUI's priority, so the animation stays smooth when they take
    // every core; their replication threads inherit it. A real run keeps normal priority: its
    // timings are the measurement.
    if (background) setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kEngineNice);
    run::RunResult result = run::execute(lab, spec, hooks);
    // release: whoever sees running == false also sees everything the run wrote.
    s->running.store(false, std::memory_order_release);
    // Hand the result to the GUI thread by value, through the event loop.
    QMetaObject::invokeMethod(
        this, [this, gen, r = std::move(result)]() mutable { delivered(gen, std::move(r)); },
        Qt::QueuedConnection);
  });
}

void RunController::cancel() {
  if (!current_) return;
  current_->cancel.store(true, std::memory_order_relaxed);
  current_->pacer.setPaused(false);
  current_->pacer.wake();
}

void RunController::delivered(std::uint64_t generation, run::RunResult result) {
  reap();
  if (!current_ || current_->generation != generation) return;  // a replaced run's late result
  // Kept until the next run: its thread may still be returning from the callback, and the
  // ring's last records are still to be drained.
  if (last_) retiring_.push_back(std::move(last_));
  last_ = std::move(current_);
  emit finished(result);
}

void RunController::reap() {
  std::erase_if(retiring_,
                [](const std::unique_ptr<Slot>& s) { return !s->running.load(std::memory_order_acquire); });
}

void RunController::setSpeed(double s) {
  if (current_) current_->pacer.setSpeed(s);
}

void RunController::setPaused(bool p) {
  if (current_) current_->pacer.setPaused(p);
}

void RunController::step(int events) {
  if (current_) current_->pacer.step(events);
}

bool RunController::paused() const { return current_ && current_->pacer.paused(); }

double RunController::simTime() const { return current_ ? current_->pacer.simTime() : 0.0; }

std::size_t RunController::drain(std::vector<observe::Observation>& out, bool* gapAfter, std::size_t max) {
  if (gapAfter != nullptr) *gapAfter = false;
  reap();
  Slot* s = current_ ? current_.get() : last_.get();
  if (s == nullptr) return 0;
  const std::size_t n = s->ring.drain(out, max);
  // The ring drops the newest records when full, so whatever was lost comes after this batch.
  const std::uint64_t dropped = s->ring.dropped();
  if (gapAfter != nullptr && dropped != lastDropped_) *gapAfter = true;
  lastDropped_ = dropped;
  return n;
}

std::uint64_t RunController::droppedRecords() const { return lastDropped_; }

double RunController::progress() const {
  return current_ ? current_->progress.load(std::memory_order_relaxed) : 0.0;
}

QString RunController::stage() const {
  if (!current_) return {};
  std::lock_guard lock(current_->stageMutex);
  return QString::fromStdString(current_->stage);
}

}  // namespace amp::app
