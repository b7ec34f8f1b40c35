#!/usr/bin/env bash
# Issue 16: the JMH benchmarks of the small job (gapsim's API against the hand-written SSJ peer, side by side in
# one run), one replication of the built-in study per package, the whole built-in study (StudyBenchmark, 1 and 2
# threads) and a 100-point sweep of it (SweepBenchmark), each with JMH's GC profiler and the CPU-time profiler.
#
#   tools/measure-jmh.sh [OUT_DIR]          (default /tmp/gapsim-measure-jmh)
#
# Builds benchmarks.jar with mvn package (never install). Takes ~15 min on two cores.
set -euo pipefail
OUT=${1:-/tmp/gapsim-measure-jmh}
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
if [ -z "${NO_BUILD:-}" ]; then
  mvn -q -B -ntp -pl benchmarks -am package -DskipTests
fi
B="java -jar benchmarks/target/benchmarks.jar"
P="-prof gc -prof org.gapsim.bench.CpuTimeProfiler"
echo "# $(date -u +%FT%TZ) $(uname -n) nproc=$(nproc) git $(git rev-parse --short HEAD) load $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$OUT/jmh.txt"
$B SmallJobBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s $P -rf json -rff "$OUT/smalljob.json" 2>&1 | tee -a "$OUT/jmh.txt"
$B ReplicationBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s $P -rf json -rff "$OUT/replication.json" 2>&1 | tee -a "$OUT/jmh.txt"
$B StudyBenchmark -f 1 -wi 3 -w 4s -i 3 -r 4s $P -rf json -rff "$OUT/study.json" 2>&1 | tee -a "$OUT/jmh.txt"
$B SweepBenchmark -f 1 -wi 2 -i 3 -rf json -rff "$OUT/sweep.json" 2>&1 | tee -a "$OUT/jmh.txt"
echo "# load at end $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/jmh.txt"
