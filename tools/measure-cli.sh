#!/usr/bin/env bash
# Issue 16: whole-process times of the small job (one road, one 60-vehicle column, one 300 m minefield breached by
# line charges; benchmarks' BenchScenarios.smallJob) and of the built-in study, in interleaved rounds so that the
# load of a busy host falls on every command alike. Cold JVMs; wall time from `date +%s.%N` around each process.
#
#   tools/measure-cli.sh [ROUNDS] [OUT_DIR]        (defaults: 3 rounds, /tmp/gapsim-measure-cli)
#   FULL=1 tools/measure-cli.sh ...                 also the built-in study at 10,000 replications (~10 s a run)
#
# Per round: the hand-written SSJ peer and gapsim's API on the small job, 10,000 replications, one thread (processes
# of benchmarks.jar: SmallJob peer|api); the CLI on the small job (`run small-job.yaml -n 10000 --threads 1`, which
# adds the implicit baseline 'none', so 2 x 10,000 runs) with each stderr line timestamped (start-up to the first
# line, replications, writing); the CLI's fixed cost `run -n 1 -q` on the built-in study; `--version`; each CLI
# command also with an AppCDS archive (-XX:SharedArchiveFile, archive made once by -XX:ArchiveClassesAtExit on a
# `run -n 200` of the small job) and with C1 only (-XX:TieredStopAtLevel=1). Prints every measurement and a summary
# (median, min-max per command). Builds the two jars first (mvn package, never install).
set -euo pipefail
ROUNDS=${1:-3}
OUT=${2:-/tmp/gapsim-measure-cli}
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
if [ -z "${NO_BUILD:-}" ]; then
  mvn -q -B -ntp -pl benchmarks,sim-scenarios -am package -DskipTests
fi
BENCH=benchmarks/target/benchmarks.jar
JAR=sim-scenarios/target/gapsim.jar
LOG="$OUT/measurements.txt"
: > "$LOG"
echo "# $(date -u +%FT%TZ) $(uname -n) nproc=$(nproc) $(java -version 2>&1 | head -1) git $(git rev-parse --short HEAD)" | tee -a "$LOG"
echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
java -cp "$BENCH" org.gapsim.bench.SmallJob yaml "$OUT/small-job.yaml"
java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -jar "$JAR" run "$OUT/small-job.yaml" -n 200 -q --out "$OUT/cds-train" \
  >/dev/null 2>&1 || true
CDS="-XX:SharedArchiveFile=$OUT/app.jsa"
C1="-XX:TieredStopAtLevel=1"

now() { date +%s.%N; }
# timed NAME CMD...: runs CMD, records wall seconds under NAME
timed() {
  local name=$1; shift
  local t0 t1
  t0=$(now); "$@" >"$OUT/last.out" 2>"$OUT/last.err"; t1=$(now)
  awk -v n="$name" -v a="$t0" -v b="$t1" 'BEGIN { printf "%s %.3f\n", n, b - a }' | tee -a "$LOG"
}
# split NAME CMD...: runs CMD with stderr lines timestamped; records wall, start-up (to the first stderr line),
# replications (first line to the REPLICATIONS_DONE line) and writing (to the `wrote` line)
split() {
  local name=$1; shift
  local t0 t1
  t0=$(now)
  "$@" 2> >(while IFS= read -r l; do echo "$(now) $l"; done > "$OUT/split.err") >"$OUT/last.out"
  t1=$(now)
  sleep 0.2
  awk -v t0="$t0" -v t1="$t1" -v n="$name" '
    NR == 1 { first = $1 }
    /REPLICATIONS_DONE|STOPPED|PRECISION/ { done = $1 }
    / wrote / { wrote = $1 }
    END { printf "%s %.3f start-up %.3f replications %.3f writing %.3f\n", n, t1 - t0, first - t0, done - first, wrote - done }' \
    "$OUT/split.err" | tee -a "$LOG"
}

for r in $(seq 1 "$ROUNDS"); do
  echo "## round $r, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
  timed peer-10000 java -cp "$BENCH" org.gapsim.bench.SmallJob peer 10000
  timed api-10000 java -cp "$BENCH" org.gapsim.bench.SmallJob api 10000
  split cli-small-10000 java -jar "$JAR" run "$OUT/small-job.yaml" -n 10000 --threads 1 --out "$OUT/small"
  split cli-small-10000-cds java $CDS -jar "$JAR" run "$OUT/small-job.yaml" -n 10000 --threads 1 --out "$OUT/small"
  split cli-small-10000-c1 java $C1 -jar "$JAR" run "$OUT/small-job.yaml" -n 10000 --threads 1 --out "$OUT/small"
  timed cli-small-1 java -jar "$JAR" run "$OUT/small-job.yaml" -n 1 -q --out "$OUT/small1"
  timed cli-run-1 java -jar "$JAR" run -n 1 -q --out "$OUT/run1"
  timed cli-run-1-cds java $CDS -jar "$JAR" run -n 1 -q --out "$OUT/run1"
  timed cli-run-1-c1 java $C1 -jar "$JAR" run -n 1 -q --out "$OUT/run1"
  timed cli-run-1-cds-c1 java $CDS $C1 -jar "$JAR" run -n 1 -q --out "$OUT/run1"
  timed cli-version java -jar "$JAR" --version
  timed cli-version-cds java $CDS -jar "$JAR" --version
  if [ -n "${FULL:-}" ]; then
    split cli-run-10000 java -jar "$JAR" run -n 10000 --out "$OUT/run10000"
    split cli-run-10000-c1 java $C1 -jar "$JAR" run -n 10000 --out "$OUT/run10000"
    split cli-run-10000-cds java $CDS -jar "$JAR" run -n 10000 --out "$OUT/run10000"
  fi
done
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
echo "## summary: command, runs, median wall s, min-max" | tee -a "$LOG"
grep -v '^#' "$LOG" | awk '{ print $1, $2 }' | sort -k1,1 -k2,2n | awk '
  { v[$1] = v[$1] " " $2; c[$1]++ }
  END { for (k in v) { n = split(substr(v[k], 2), a, " "); printf "%-22s %d  %.2f  %.2f-%.2f\n", k, n, a[int((n + 1) / 2)], a[1], a[n] } }' \
  | sort | tee -a "$LOG"
