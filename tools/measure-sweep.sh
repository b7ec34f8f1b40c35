#!/usr/bin/env bash
# Issue 16: throughput for many runs. Points per second of the sweep of the built-in study that benchmarks'
# SweepBenchmark runs (three doctrine factors over a Latin hypercube, 8 packages, master seed 20240601), in
# interleaved rounds in one JVM each:
#   1. benchmarks' SweepPair: SweepRunner on 1 thread / points in turn on 2 threads (the runner before issue 16) /
#      SweepRunner on 2 threads (points side by side);
#   2. sim-spark's SparkSweepProbe (test scope): SweepRunner on 1 and 2 threads against a local[2] Spark context,
#      every point in one job (SparkSweepRunner) and one SparkExperimentRunner job per point, checking that Spark's
#      results equal the local ones.
#
#   tools/measure-sweep.sh [POINTS] [REPLICATIONS] [ROUNDS] [OUT_DIR]   (defaults 20 100 5 /tmp/gapsim-measure-sweep)
#
# Builds with mvn package / test-compile (never install). The JMH SweepBenchmark (100 points) is in
# tools/measure-jmh.sh.
set -euo pipefail
POINTS=${1:-20}
REPS=${2:-100}
ROUNDS=${3:-5}
OUT=${4:-/tmp/gapsim-measure-sweep}
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
if [ -z "${NO_BUILD:-}" ]; then
  mvn -q -B -ntp -pl benchmarks,sim-spark -am package -DskipTests
fi
LOG="$OUT/measurements.txt"
echo "# $(date -u +%FT%TZ) $(uname -n) nproc=$(nproc) $(java -version 2>&1 | head -1) git $(git rev-parse --short HEAD)" | tee "$LOG"
echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
java -cp benchmarks/target/benchmarks.jar org.gapsim.bench.SweepPair "$POINTS" "$REPS" "$ROUNDS" 2 2>/dev/null \
  | tee -a "$LOG"
echo "# load average: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
ADD_OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED \
--add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
# shellcheck disable=SC2086
SPARK_LOCAL_IP=127.0.0.1 java $ADD_OPENS \
  -cp "sim-spark/target/test-classes:sim-spark/target/classes:$(cat sim-spark/target/test-classpath.txt)" \
  org.gapsim.spark.SparkSweepProbe sim-scenarios/src/main/resources/scenarios/suwalki-gap.yaml "$POINTS" "$REPS" \
  "$ROUNDS" 1 2>/dev/null | tee -a "$LOG"
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
