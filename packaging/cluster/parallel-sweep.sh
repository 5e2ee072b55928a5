#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one `amplab sweep` as N shards with GNU parallel, on this machine or on several over ssh,
# then folds the shards into one database. The merged sweep equals the unsharded one: every point
# has its own seeds, whichever shard runs it.
#
#   packaging/cluster/parallel-sweep.sh N OUT.db LAB --vary k=a:b:n [sweep options]
#
# AMPLAB       the amplab binary (default: amplab on PATH; on other hosts, the same path there)
# AMPLAB_HOSTS GNU parallel's --sshlogin list ("4/node1,4/node2"; ":" is this machine); each
#              host needs amplab installed, and returns its shard's database when it is done.
set -eu
if [ $# -lt 3 ]; then
  echo "usage: $0 N OUT.db LAB --vary k=from:to:steps [sweep options]" >&2
  exit 2
fi
shards=$1
out=$2
shift 2
case "$shards" in
  '' | *[!0-9]*) echo "$0: N must be a whole number of shards, got '$shards'" >&2; exit 2 ;;
esac
amplab=${AMPLAB:-amplab}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
remote=""
[ -n "${AMPLAB_HOSTS:-}" ] && remote="--sshlogin $AMPLAB_HOSTS --return part-{}.db --cleanup"
# Shards write relative names inside $work, so a remote shard's file comes back to the same place;
# --quote passes every word of the sweep as it is (a table value has spaces and brackets).
cd "$work"
# shellcheck disable=SC2086 # $remote is a list of options on purpose
seq 1 "$shards" | parallel --quote --halt now,fail=1 $remote \
  "$amplab" sweep "$@" --shard "{}/$shards" --db "part-{}.db"
cd - >/dev/null
parts=""
for k in $(seq 1 "$shards"); do parts="$parts $work/part-$k.db"; done
# shellcheck disable=SC2086 # one word per shard file
"$amplab" runs merge "$out" $parts
