// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
#pragma once
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "amp/observe/observation.h"
#include "amp/run/lab.h"
#include "amp/run/result.h"

namespace amp::run {

struct RunHooks {
  /// Progress 0..1 with a short stage name; called from the running thread.
  std::function<void(double fraction, const std::string& stage)> progress;
  const std::atomic<bool>* cancel = nullptr;
  /// Receives the stream of the first replication (the animation's trace ring).
  observe::ObservationSink* trace = nullptr;
  /// Receives every record of the first simulation replication, or of the first real run, in
  /// order (raw samples for analysis elsewhere); called from the running thread.
  observe::ObservationSink* record = nullptr;
  /// Paces the first replication (GUI speed, pause, step). Other replications run flat out.
  Pacer* pacer = nullptr;
  /// The estimate so far (metrics with their CI over the replications done), after each
  /// replication of a simulation; called from the running threads, one call at a time.
  std::function<void(const RunResult& soFar)> partial;
};

/// Check a spec against the lab (keys, ranges, lengths); "" when fine, else the message.
std::string validate(const Lab& lab, const RunSpec& spec);

/// Run the chosen face of the lab and fill the result (not stored). Never throws: a failure
/// becomes status Failed with the message. Cancel returns within ~100 ms with status Cancelled.
RunResult execute(const Lab& lab, const RunSpec& spec, const RunHooks& hooks = {});

/// Fill `verdict` (and bottleneck) by comparing the measured metrics with the model.
void judge(const Lab& lab, RunResult& result);

/// execute() on its own thread, with cancel. The result is handed over by value when done.
class RunThread {
 public:
  RunThread() = default;
  ~RunThread();  ///< cancels and joins
  RunThread(const RunThread&) = delete;
  RunThread& operator=(const RunThread&) = delete;
  /// Start a run; `onDone` is called on the run thread with the result.
  void start(const Lab& lab, RunSpec spec, RunHooks hooks, std::function<void(RunResult)> onDone);
  void cancel() { cancel_.store(true, std::memory_order_relaxed); }
  bool running() const { return running_.load(std::memory_order_acquire); }
  void join();

 private:
  std::thread thread_;
  std::atomic<bool> cancel_{false};
  std::atomic<bool> running_{false};
};

}  // namespace amp::run
