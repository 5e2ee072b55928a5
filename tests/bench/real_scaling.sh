#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 AMP Lab authors
# The real engine's scaling: foundations on real pinned threads at 1, 2, 4, 8, … workers (up to
# cores − 1), a 1 µs master and 15 µs workers, offered more than they can pass. Prints JSON: per
# worker count the items per second, the ideal min(c/S_w, 1/S_m) and the ratio to it, the measured
# hand-off h and the model's ceiling 1/(S_m + h) beside it, and the run's warnings. On a machine with
# fewer cores than threads it shows the oversubscription as it is (the warnings say so).
#
# usage: tests/bench/real_scaling.sh [AMPLAB] [SECONDS]   (defaults: build/release/app/amplab, 3)
# The lab's times are set in milliseconds at time scale 1:100 (its arrival rate stops at 10000/s):
# 0.1 ms and 1.5 ms of lab time are 1 µs and 15 µs of real work, 10000/s is a million per second.
set -e
amplab="${1:-build/release/app/amplab}"
seconds="${2:-3}"
scale=100
command -v python3 >/dev/null || { echo "real_scaling.sh needs python3 to read the runs' JSON" >&2; exit 2; }
[ -x "$amplab" ] || { echo "no amplab at $amplab (build it first, or give its path)" >&2; exit 2; }
cores=$(nproc)
db=$(mktemp -d)/scaling.db
runs=""
c=1
while [ "$c" -le $((cores > 1 ? cores - 1 : 1)) ]; do
  echo "workers $c ..." >&2
  out=$("$amplab" run foundations --mode real --no-fit --time-scale "1:$scale" --duration "$seconds" \
    --set workers="$c" --set master_ms=0.1 --set worker_ms=1.5 --set arrival_rate=10000 \
    --set master_dist=det --set worker_dist=det --db "$db" --json)
  runs="$runs$out
@@@
"
  c=$((c * 2))
done
printf '%s' "$runs" | python3 -c '
import json, sys
scale, cores = float(sys.argv[1]), int(sys.argv[2])
master_s, worker_s = 1e-6, 15e-6
rows = []
for text in sys.stdin.read().split("@@@"):
    if not text.strip():
        continue
    run = json.loads(text)
    c = int(run["params"]["workers"])
    items = run["metrics"]["throughput"]["mean"] * scale  # lab time back to real time
    ideal = min(c / worker_s, 1 / master_s)
    h_ns = run["facts"].get("master_handoff_ns", 0.0)
    rows.append({
        "workers": c,
        "items_per_s": round(items),
        "ideal_per_s": round(ideal),
        "ratio_to_ideal": round(items / ideal, 3),
        "handoff_ns": round(h_ns, 1),
        "model_ceiling_per_s": round(1 / (master_s + h_ns * 1e-9)),
        "warnings": run.get("warnings", []),
    })
print(json.dumps({"cores": cores, "master_us": 1, "worker_us": 15, "runs": rows}, indent=2, ensure_ascii=False))
' "$scale" "$cores"
