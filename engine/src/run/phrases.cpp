// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 AMP Lab authors
// Every template amp::run::phrase() is called with, in the engine and the labs: the texts of a run
// (verdict, warnings, length rule) that widgets::runText finds again in a stored English text and
// shows in the reader's language. lupdate scans this file (context "amp::run") into
// translations/amplab_run_<lang>.ts. A new phrase() template goes here too: test_run_text fails on
// one that is missing.
// clang-format off
#include "amp/run/phrase.h"

namespace amp::run {

const std::vector<std::string>& phraseTemplates() {
  static const std::vector<std::string> all{
      AMP_TR_NOOP("amp::run", "transient: no warm-up deleted"),
      AMP_TR_NOOP("amp::run", "warm-up by MSER-5 on a pilot replication: %1 s deleted"),
      AMP_TR_NOOP("amp::run", "fixed warm-up %1 s"),
      AMP_TR_NOOP("amp::run", "%1 replications of at most %2 simulated s each (until done), one outcome per replication"),
      AMP_TR_NOOP("amp::run", "%1 replications of %2 simulated s"),
      AMP_TR_NOOP("amp::run", "%1 (precision target: %2 95% CI half-width within %3% of its mean, min %4, max %5 replications; reached %6%)"),
      AMP_TR_NOOP("amp::run", "precision target not reached within the maximum length"),
      AMP_TR_NOOP("amp::run", "%1 (fixed: the system is unstable, so no precision target)"),
      AMP_TR_NOOP("amp::run", "one real run until the job was done (%1 s), nothing deleted as warm-up"),
      AMP_TR_NOOP("amp::run", "%1 real runs until the job was done (%2 s on average), nothing deleted as warm-up"),
      AMP_TR_NOOP("amp::run", "one real run of %1 s, first %2 s deleted as warm-up"),
      AMP_TR_NOOP("amp::run", "%1 real runs of %2 s each, first %3 s deleted as warm-up"),
      AMP_TR_NOOP("amp::run", "one real run until %1's 95% CI half-width was within %2% of its mean (at most %3 s): %4 s, first %5 s deleted as warm-up"),
      AMP_TR_NOOP("amp::run", "%1 real runs until %2's 95% CI half-width was within %3% of its mean (at most %4 s): %5 s on average, first %6 s deleted as warm-up"),
      AMP_TR_NOOP("amp::run", "precision target not reached within the maximum length of %1 s"),
      AMP_TR_NOOP("amp::run", "the lab reports no live values of its key metric, so the run lasted a fixed %1 s"),
      AMP_TR_NOOP("amp::run", "CI across runs (Student t); host facts from run 1"),
      AMP_TR_NOOP("amp::run", "one outcome, so no CI (--reps 2 or more gives one across runs)"),
      AMP_TR_NOOP("amp::run", "CI of the sojourn by batch means within the run (--reps 2 or more gives every metric a CI across runs)"),
      AMP_TR_NOOP("amp::run", "the lab's seats outnumber this machine's cores; fitted to it, the run would use %1"),
      AMP_TR_NOOP("amp::run", "run %1: %2"),
      AMP_TR_NOOP("amp::run", "at the service times this run measured, the model predicts unbounded queues (the %1 is saturated): the host, not queueing theory, limits what was measured"),
      AMP_TR_NOOP("amp::run", "%1: the schedule drew %2, the host added %3"),
      AMP_TR_NOOP("amp::run", "%1 %2 → %3 (%4)"),
      AMP_TR_NOOP("amp::run", "Model at the requested service %1, at the measured service %2; measured %3 [%4, %5]"),
      AMP_TR_NOOP("amp::run", "at the measured service the model is inside the CI: no queueing beyond the model"),
      AMP_TR_NOOP("amp::run", "queueing beyond the model at the measured service: %1"),
      AMP_TR_NOOP("amp::run", "The service times this run measured (%1) move the model by %2; %3"),
      AMP_TR_NOOP("amp::run", "The service times this run measured move the model by %1; %2"),
      AMP_TR_NOOP("amp::run", "model only: run a simulation to compare"),
      AMP_TR_NOOP("amp::run", "unstable: the model predicts unbounded queues"),
      AMP_TR_NOOP("amp::run", "unstable: the model predicts unbounded queues at the %1"),
      AMP_TR_NOOP("amp::run", "unstable: utilization ≥ 1; queues grow without bound (the simulation capped them), so no steady-state value exists"),
      AMP_TR_NOOP("amp::run", "unstable: utilization ≥ 1 at the %1; queues grow without bound (the simulation capped them), so no steady-state value exists"),
      AMP_TR_NOOP("amp::run", "no model value for %1 to compare"),
      AMP_TR_NOOP("amp::run", "one real run gives no confidence interval for %1 (measured %2, model %3): run with --reps 2 or more to judge the model"),
      AMP_TR_NOOP("amp::run", "one replication gives no confidence interval for %1 (measured %2, model %3): run with --reps 2 or more to judge the model"),
      AMP_TR_NOOP("amp::run", "all %1 replications measured the same %2 (measured %3, model %4): no confidence interval to judge the model by"),
      AMP_TR_NOOP("amp::run", "model inside the real run's 95% CI"),
      AMP_TR_NOOP("amp::run", "model inside the simulation's 95% CI"),
      AMP_TR_NOOP("amp::run", "the service times this run measured explain the gap"),
      AMP_TR_NOOP("amp::run", "at the service times this run measured (%1) the %2 is saturated: the host, not queueing theory, limits what was measured"),
      AMP_TR_NOOP("amp::run", "at the service times this run measured the %1 is saturated: the host, not queueing theory, limits what was measured"),
      AMP_TR_NOOP("amp::run", "the run's threads outnumbered this machine's %1 cores (see where they ran): a thread waited for a CPU while another ran on it, which the model does not include"),
      AMP_TR_NOOP("amp::run", "the real engine's service times and hand-off, measured, move the model by %1; the rest is what the host adds beyond them"),
      AMP_TR_NOOP("amp::run", "at this light load (utilization ≤ %1) the gap is the real engine's own: service times, hand-offs and OS noise, not queueing"),
      AMP_TR_NOOP("amp::run", "the model is an approximation here"),
      AMP_TR_NOOP("amp::run", "the model is an approximation here (%1)"),
      AMP_TR_NOOP("amp::run", "model outside the real run's 95% CI for %1 (model %2, measured %3, %4%): %5"),
      AMP_TR_NOOP("amp::run", "model outside the simulation's 95% CI for %1 (model %2, measured %3, %4%): %5"),
      AMP_TR_NOOP("amp::run", "%1 (the model is an approximation: %2)"),
      AMP_TR_NOOP("amp::run", "unstable: utilization ≥ 1 at the %1"),
      AMP_TR_NOOP("amp::run", "analytic model"),
      AMP_TR_NOOP("amp::run", "time scale %1: the lab's work ran %2× shorter and its arrivals came %2× denser; results are in the lab's time; fixed costs (hand-off, wake-up, system calls) did not shrink, so they weigh %2× more than at 1:1"),
      AMP_TR_NOOP("amp::run", "time scale %1: the lab's work ran %2× longer and its arrivals came %2× sparser; results are in the lab's time; fixed costs (hand-off, wake-up, system calls) did not grow, so they weigh %2× less than at 1:1"),
  };
  return all;
}

}  // namespace amp::run
