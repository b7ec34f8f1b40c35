#!/usr/bin/env bash
# Issue 14, "done when": "the JMH replication benchmark shows no slowdown beyond noise". Compares this checkout's
# replication cost with an older build's, on a QUIET machine (on a busy host the figures are noise):
#
#   tools/api-pair.sh [BASE_REF] [ROUNDS]      (default: main, 40 rounds)
#
# 1. builds benchmarks/target/benchmarks.jar of BASE_REF in a temporary detached worktree and of this checkout
#    (mvn package -DskipTests; never install);
# 2. JarPair on the built-in study (-Dgapsim.pair.scenario=builtIn), one JVM, both builds in alternating CPU-time
#    slices, run in both orders (a side's position can bias a ratio by a few per cent): per package the median
#    ratio B/A of CPU per replication with its interquartile range. "No slowdown beyond noise": the median of
#    every package within the IQR of 1.00 in both orders;
# 3. JMH ReplicationBenchmark of each jar (3 forks), for the absolute figures.
# Outputs in $OUT (default /tmp/gapsim-api-pair).
set -euo pipefail
BASE=${1:-main}
ROUNDS=${2:-40}
OUT=${OUT:-/tmp/gapsim-api-pair}
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
WT=$(mktemp -d /tmp/gapsim-base-XXXX)
trap 'git worktree remove --force "$WT" >/dev/null 2>&1 || true' EXIT
git worktree add --detach "$WT" "$BASE" >/dev/null
(cd "$WT" && mvn -q -B -ntp -pl benchmarks -am package -DskipTests)
cp "$WT/benchmarks/target/benchmarks.jar" "$OUT/base.jar"
mvn -q -B -ntp -pl benchmarks -am package -DskipTests
cp benchmarks/target/benchmarks.jar "$OUT/this.jar"
echo "# $(date -u +%FT%TZ) $(uname -n) nproc=$(nproc) base $BASE=$(git rev-parse --short "$BASE") this $(git rev-parse --short HEAD) load $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$OUT/pair.txt"
echo "## A = base, B = this" | tee -a "$OUT/pair.txt"
java -Dgapsim.pair.scenario=builtIn -cp "$OUT/this.jar" org.gapsim.bench.JarPair "$OUT/base.jar" "$OUT/this.jar" \
  "$ROUNDS" 2>/dev/null | tee -a "$OUT/pair.txt"
echo "## A = this, B = base" | tee -a "$OUT/pair.txt"
java -Dgapsim.pair.scenario=builtIn -cp "$OUT/this.jar" org.gapsim.bench.JarPair "$OUT/this.jar" "$OUT/base.jar" \
  "$ROUNDS" 2>/dev/null | tee -a "$OUT/pair.txt"
for side in base this; do
  echo "## JMH ReplicationBenchmark, $side" | tee -a "$OUT/pair.txt"
  java -jar "$OUT/$side.jar" ReplicationBenchmark -f 3 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$OUT/jmh-$side.json" \
    2>&1 | tail -15 | tee -a "$OUT/pair.txt"
done
echo "# load at end $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/pair.txt"
