#!/usr/bin/env bash
# Issue 16: every measurement the README's Performance section reports against issue 16's targets, in one go, on a
# QUIET machine (nothing else running: on a busy host the wall times are the other jobs' and mean nothing). Prints
# a Markdown table (date, machine: nproc, CPU model, load; Java; gapsim version and commit) to paste into the
# README, and keeps every raw output in OUT_DIR.
#
#   tools/perf-report.sh [OLD_BENCHMARKS_JAR]
#
# OLD_BENCHMARKS_JAR: the benchmarks.jar of an older build (e.g. the previous release's
# benchmarks/target/benchmarks.jar, copied away before rebuilding); if given, JarPair compares its built-in study
# with this build's, in one JVM (ratio of CPU per replication, per package and over the eight together).
#
# Environment (all optional):
#   RUNS=3          cold runs of each whole-process command (median and range are reported)
#   OUT=/tmp/gapsim-perf-report   raw outputs
#   NO_BUILD=1      use the jars already built (otherwise: mvn package -DskipTests, never install)
#   SKIP_SPARK=1    no Spark sweep (it starts a local[2] context: ~1 min more)
#   SKIP_JMH=1      no JMH run
#   SWEEP_POINTS=100 SWEEP_REPS=100   the sweep's size (issue 16: 100 points at 100 replications)
#   PAIR_ROUNDS=12  JarPair rounds
#   N_BIG=10000 N_MID=3000   replications of the long runs (only to try the script out quickly: the targets are
#                   for 10000; the table names the sizes run)
#
# Whole-process times are cold JVMs from /usr/bin/time (wall, and CPU = user + sys). Each command's runs are
# interleaved with the others' (round 1 of everything, then round 2...), so a change of load falls on all alike.
# Takes ~15-20 min on two cores with the defaults (most of it the long runs, the sweep and JMH).
set -uo pipefail
OLD_JAR=${1:-}
RUNS=${RUNS:-3}
OUT=${OUT:-/tmp/gapsim-perf-report}
SWEEP_POINTS=${SWEEP_POINTS:-100}
SWEEP_REPS=${SWEEP_REPS:-100}
PAIR_ROUNDS=${PAIR_ROUNDS:-12}
N_BIG=${N_BIG:-10000}
N_MID=${N_MID:-3000}
cd "$(dirname "$0")/.."
ROOT=$(pwd)
mkdir -p "$OUT"
if [ -z "${NO_BUILD:-}" ]; then
  mvn -q -B -ntp -pl sim-scenarios,benchmarks,sim-spark -am package -DskipTests || exit 1
fi
JAR=$ROOT/sim-scenarios/target/gapsim.jar
BENCH=$ROOT/benchmarks/target/benchmarks.jar
C1="-XX:TieredStopAtLevel=1"
LOG="$OUT/raw.txt"
: > "$LOG"
load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_START=$(load)
START=$(date -u '+%Y-%m-%d %H:%M UTC')
CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown)
MEM=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "?")
JAVA=$(java -version 2>&1 | head -1)
VERSION=$(java -jar "$JAR" --version 2>/dev/null | head -1)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
echo "# $START $(uname -n) nproc=$(nproc) $CPU_MODEL $MEM; $JAVA; $VERSION at $COMMIT; load $LOAD_START" \
  | tee -a "$LOG"

# --- whole processes --------------------------------------------------------------------------------------------
# timed KEY CMD...: one cold run; appends "KEY wall cpu" to $OUT/times.txt
timed() {
  local key=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$OUT/time.tmp" "$@" >"$OUT/last.out" 2>"$OUT/last.err"
  local rc=$?
  if [ $rc -ne 0 ]; then
    echo "$key FAILED (exit $rc): $(tail -1 "$OUT/last.err")" | tee -a "$LOG"
    return
  fi
  awk -v k="$key" 'NF == 3 { printf "%s %.2f %.2f\n", k, $1, $2 + $3 }' "$OUT/time.tmp" | tee -a "$OUT/times.txt" \
    | tee -a "$LOG"
}
# split KEY CMD...: one cold run of the CLI with each stderr line timestamped; appends "KEY wall start-up
# replications writing" (start-up: to the first progress line; writing: from REPLICATIONS_DONE to "wrote")
split() {
  local key=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" 2> >(while IFS= read -r l; do echo "$(date +%s.%N) $l"; done > "$OUT/split.err") >"$OUT/last.out"
  t1=$(date +%s.%N)
  sleep 0.3
  awk -v t0="$t0" -v t1="$t1" -v k="$key" '
    NR == 1 { first = $1 }
    /REPLICATIONS_DONE/ { done = $1 }
    / wrote / { wrote = $1 }
    END { printf "%s %.2f %.2f %.2f %.2f\n", k, t1 - t0, first - t0, done - first, wrote - done }' \
    "$OUT/split.err" | tee -a "$OUT/splits.txt" | tee -a "$LOG"
}
: > "$OUT/times.txt"
: > "$OUT/splits.txt"
java -cp "$BENCH" org.gapsim.bench.SmallJob yaml "$OUT/small-job.yaml"
R="$OUT/results"
for round in $(seq 1 "$RUNS"); do
  echo "# round $round, load $(load)" | tee -a "$LOG"
  timed n10000 java -jar "$JAR" run -n "$N_BIG" -q --out "$R/a"
  timed n10000-c1 java $C1 -jar "$JAR" run -n "$N_BIG" -q --out "$R/b"
  timed n10000-c2 java -Dgapsim.jit=c2 -jar "$JAR" run -n "$N_BIG" -q --out "$R/b2"
  timed n10000-allc1 java -Dgapsim.jit=c1 -jar "$JAR" run -n "$N_BIG" -q --out "$R/b3"
  timed n10000-t1 java -jar "$JAR" run -n "$N_BIG" --threads 1 -q --out "$R/b4"
  timed n3000-t1 java -jar "$JAR" run -n "$N_MID" --threads 1 -q --out "$R/c"
  timed n3000-t2 java -jar "$JAR" run -n "$N_MID" --threads 2 -q --out "$R/d"
  timed readme java -jar "$JAR" run --out "$R/g"
  timed readme-c1 java $C1 -jar "$JAR" run --out "$R/h"
  timed readme-c2 java -Dgapsim.jit=c2 -jar "$JAR" run --out "$R/h2"
  split small-cli java -jar "$JAR" run "$OUT/small-job.yaml" -n 10000 --threads 1 --out "$R/i"
  # the small job's whole process, quiet (-q): its CPU (user + sys) is what issue 16's fixed-cost work is judged on
  timed small-cli-q java -jar "$JAR" run "$OUT/small-job.yaml" -n 10000 --threads 1 -q --out "$R/j"
  timed small-api java -cp "$BENCH" org.gapsim.bench.SmallJob api 10000
  timed small-peer java -cp "$BENCH" org.gapsim.bench.SmallJob peer 10000
  timed version java -jar "$JAR" --version
done

# classes the small job's CLI run loads (start-up work that grows with every library a run touches)
java -Xlog:class+load:file="$OUT/class-load.txt" -jar "$JAR" run "$OUT/small-job.yaml" -n 10000 --threads 1 -q \
  --out "$R/k" >/dev/null 2>&1
CLASSES=$(wc -l < "$OUT/class-load.txt" 2>/dev/null || echo "n/a")
CLASSES_BY=$(awk '{ print $2 }' "$OUT/class-load.txt" 2>/dev/null | awk -F. '
  /^com\.fasterxml\.jackson/ { j++ } /^ch\.qos\.logback/ { l++ } /^org\.jfree/ { f++ } /^picocli/ { p++ }
  END { printf "jackson %d, logback %d, JFreeChart %d, picocli %d", j, l, f, p }')

# med KEY COLUMN: "median (min-max)" of a column of times.txt / splits.txt rows with that key
med() {
  awk -v k="$1" -v c="$2" '$1 == k { print $c }' "$OUT/times.txt" "$OUT/splits.txt" | sort -g | awk '
    { v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } m = v[int((NR + 1) / 2)];
      if (NR == 1) printf "%.2f", m; else printf "%.2f (%.2f-%.2f)", m, v[1], v[NR] }'
}
# medval KEY COLUMN: the median alone
medval() {
  awk -v k="$1" -v c="$2" '$1 == k { print $c }' "$OUT/times.txt" "$OUT/splits.txt" | sort -g | awk '
    { v[NR] = $1 } END { if (NR == 0) print "nan"; else print v[int((NR + 1) / 2)] }'
}
# ratios A B: median (range) over rounds of A's wall / B's wall, rounds paired in order
ratios() {
  paste <(awk -v k="$1" '$1 == k { print $2 }' "$OUT/times.txt") <(awk -v k="$2" '$1 == k { print $2 }' "$OUT/times.txt") \
    | awk 'NF == 2 && $2 > 0 { print $1 / $2 }' | sort -g | awk '
    { v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } m = v[int((NR + 1) / 2)];
      if (NR == 1) printf "%.2fx", m; else printf "%.2fx (%.2f-%.2f)", m, v[1], v[NR] }'
}
# fixed cost of each small-job CLI run: wall - replications
awk '$1 == "small-cli" { printf "small-fixed %.2f\n", $2 - $4 }' "$OUT/splits.txt" >> "$OUT/times.txt"
met() { awk -v v="$1" -v t="$2" -v d="$3" 'BEGIN { if (v == "nan") print "?"; else if ((d == "le" && v <= t) || (d == "ge" && v >= t)) print "**met**"; else print "**not met**" }'; }
SPEEDUP=$(paste <(awk '$1 == "n10000-t1" { print $2 }' "$OUT/times.txt") <(awk '$1 == "n10000" { print $2 }' "$OUT/times.txt") \
  | awk 'NF == 2 && $2 > 0 { print $1 / $2 }' | sort -g | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : "nan" }')

# --- sweep: points per second, local and Spark; per-point set-up ------------------------------------------------
SWEEP="n/a"; SWEEP2="n/a"; SETUP="n/a"; SPARK="skipped"; SPARKRATIO=""
echo "# sweep, load $(load)" | tee -a "$LOG"
java -cp "$BENCH" org.gapsim.bench.SweepPair "$SWEEP_POINTS" "$SWEEP_REPS" 1 1 2>/dev/null > "$OUT/sweep.txt"
cat "$OUT/sweep.txt" >> "$LOG"
SWEEP=$(awk '/^a pts\/s: median/ { print $4 }' "$OUT/sweep.txt" | tr -d ,)
SWEEP2=$(awk '/^c pts\/s: median/ { print $4 }' "$OUT/sweep.txt" | tr -d ,)
# one replication per point: what is left is the per-point set-up (scenario with the factors, plan, streams)
java -cp "$BENCH" org.gapsim.bench.SweepPair "$SWEEP_POINTS" 1 3 1 2>/dev/null > "$OUT/setup.txt"
cat "$OUT/setup.txt" >> "$LOG"
SETUP=$(awk '/^a pts\/s: median/ { v = $4 + 0; if (v > 0) printf "%.1f", 1000 / v }' "$OUT/setup.txt")
if [ -z "${SKIP_SPARK:-}" ]; then
  echo "# spark, load $(load)" | tee -a "$LOG"
  ADD_OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED \
--add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
  if [ -z "${NO_BUILD:-}" ]; then
    mvn -q -B -ntp -pl sim-spark -am test-compile || true
  fi
  # shellcheck disable=SC2086
  SPARK_LOCAL_IP=127.0.0.1 java $ADD_OPENS \
    -cp "sim-spark/target/test-classes:sim-spark/target/classes:$(cat sim-spark/target/test-classpath.txt)" \
    org.gapsim.spark.SparkSweepProbe sim-scenarios/src/main/resources/scenarios/suwalki-gap.yaml \
    "$SWEEP_POINTS" "$SWEEP_REPS" 1 1 2>/dev/null > "$OUT/spark.txt"
  cat "$OUT/spark.txt" >> "$LOG"
  SPARK=$(awk '/^c pts\/s: median/ { print $4 }' "$OUT/spark.txt" | tr -d ,)
  SPARKRATIO=$(awk '/^c\/b: median/ { print $3 }' "$OUT/spark.txt" | tr -d ,)
  SPARKPP=$(awk '/^d pts\/s: median/ { print $4 }' "$OUT/spark.txt" | tr -d ,)
  SPARKPPRATIO=$(awk '/^d\/b: median/ { print $3 }' "$OUT/spark.txt" | tr -d ,)
  grep -q 'equal the local ones' "$OUT/spark.txt" && SPARKEQ="results equal the local ones" || SPARKEQ="equality NOT checked (see $OUT/spark.txt)"
fi

# --- JMH: one replication of the built-in study, per package (short run) ----------------------------------------
JMH="skipped"
if [ -z "${SKIP_JMH:-}" ]; then
  echo "# jmh, load $(load)" | tee -a "$LOG"
  java -jar "$BENCH" ReplicationBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s -rf csv -rff "$OUT/replication.csv" \
    > "$OUT/jmh.txt" 2>&1
  tail -12 "$OUT/jmh.txt" >> "$LOG"
  # rows: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: packageName"
  JMH=$(awk -F, 'NR > 1 { gsub(/"/, ""); s += $5; printf "%s %.0f, ", $8, $5 } END { printf "all 8: %.0f us", s }' \
    "$OUT/replication.csv")
fi

# --- JarPair against an older build ------------------------------------------------------------------------------
PAIR=""
if [ -n "$OLD_JAR" ]; then
  echo "# JarPair $OLD_JAR vs $BENCH, load $(load)" | tee -a "$LOG"
  java -Dgapsim.pair.scenario=builtIn -cp "$BENCH" org.gapsim.bench.JarPair "$OLD_JAR" "$BENCH" "$PAIR_ROUNDS" \
    2>/dev/null > "$OUT/jarpair.txt"
  cat "$OUT/jarpair.txt" >> "$LOG"
  PAIR=$(awk '/CPU\/replication/ { for (i = 1; i <= NF; i++) { if ($i == "A") a += $(i + 1); if ($i == "B") b += $(i + 1) } }
    END { if (a > 0) printf "B/A %.2fx over the eight packages (%.0f vs %.0f us of CPU per set of eight)", b / a, b, a }' \
    "$OUT/jarpair.txt")
fi
LOAD_END=$(load)

# --- the table ---------------------------------------------------------------------------------------------------
N10=$(medval n10000 2)
FIX=$(medval small-fixed 2)
cat <<EOF

**Issue 16's targets, measured $START** by \`tools/perf-report.sh\` (cold runs of each command: $RUNS,
interleaved; median and range): $(nproc) CPUs ($CPU_MODEL, $MEM), $JAVA, $VERSION at $COMMIT; load average
$LOAD_START at the start, $LOAD_END at the end.

| measure | result | issue 16 target |
|---|---|---|
| \`run -n $N_BIG\` (8 packages, 2 threads), cold, as shipped (\`JitPolicy\`: the model's largest methods on C1, the rest on C2) | $(med n10000 2) s wall, $(med n10000 3) s CPU | <= 8 s wall: $(met "$N10" 8 le); with the fires and belts of issues 11-13, <= 2x that, 16 s: $(met "$N10" 16 le) |
| the same with \`-Dgapsim.jit=c1\` (every gapsim method on C1: the policy before) | $(med n10000-allc1 2) s wall, $(med n10000-allc1 3) s CPU; as shipped: $(ratios n10000 n10000-allc1) its wall | |
| the same with \`-Dgapsim.jit=c2\` (the JVM's own tiers, as before \`JitPolicy\`) | $(med n10000-c2 2) s wall, $(med n10000-c2 3) s CPU; as shipped: $(ratios n10000 n10000-c2) its wall | |
| the same with \`-XX:TieredStopAtLevel=1\` (everything on C1) | $(med n10000-c1 2) s wall, $(med n10000-c1 3) s CPU; $(ratios n10000-c1 n10000) the wall as shipped | |
| \`run -n $N_BIG --threads 1\` / \`--threads 2\` (as shipped) | $(med n10000-t1 2) / $(med n10000 2) s wall, $(med n10000-t1 3) / $(med n10000 3) s CPU; speed-up $(ratios n10000-t1 n10000) | 2 threads >= 1.8x one: $(met "$SPEEDUP" 1.8 ge) |
| \`run -n $N_MID --threads 1\` / \`--threads 2\` (every gapsim method on C1 at this size) | $(med n3000-t1 2) / $(med n3000-t2 2) s wall, $(med n3000-t1 3) / $(med n3000-t2 3) s CPU; speed-up $(ratios n3000-t1 n3000-t2) | |
| README's first command, \`run\` (1,000 x 8, 2 threads) | $(med readme 2) s wall, $(med readme 3) s CPU; \`-Dgapsim.jit=c2\` $(med readme-c2 2) s; everything on C1 $(med readme-c1 2) s | |
| CLI on the small job, \`run small-job.yaml -n 10000 --threads 1\` (2 x 10,000 runs) | $(med small-cli 2) s wall: start-up $(med small-cli 3), replications $(med small-cli 4), writing every output $(med small-cli 5) s | |
| CLI fixed cost of that job (wall - replications) | $(med small-fixed 2) s | < 1.5 s: $(met "$FIX" 1.5 le) |
| the same run with \`-q\`, whole process, CPU (user + sys) | $(med small-cli-q 3) s CPU, $(med small-cli-q 2) s wall; classes loaded: $CLASSES ($CLASSES_BY) | |
| the small job, 10,000 replications, whole process: gapsim API / hand-written SSJ peer | $(med small-api 2) / $(med small-peer 2) s wall | |
| \`--version\` (JVM and CLI start-up alone) | $(med version 2) s wall | |
| sweep of the built-in study, $SWEEP_POINTS points x $SWEEP_REPS replications x 8 packages (\`SweepPair\`, one round after one warm-up) | ${SWEEP:-n/a} points/s on 1 thread, ${SWEEP2:-n/a} on 2 | points/s reported |
| per-point set-up of that sweep (1 replication per point, 1 thread) | ${SETUP:-n/a} ms a point | |
| Spark \`local[2]\`, every point in one job (\`SparkSweepRunner\`), same sweep (\`SparkSweepProbe\`, one round after one warm-up) | $(if [ "$SPARK" = skipped ]; then echo skipped; else echo "${SPARK:-n/a} points/s, ${SPARKRATIO:-n/a}x the local runner on 2 threads; ${SPARKEQ:-}"; fi) | shown |
| the same context, one \`SparkExperimentRunner\` job per point (before \`SparkSweepRunner\`; runs after the one-job sweep, so warmer) | $(if [ "$SPARK" = skipped ]; then echo skipped; else echo "${SPARKPP:-n/a} points/s, ${SPARKPPRATIO:-n/a}x the local runner on 2 threads"; fi) | |
| one replication of the built-in study, warm, 1 thread (JMH \`ReplicationBenchmark\`, short run), us | $JMH | |
EOF
if [ -n "$PAIR" ]; then
  echo "| against the older build \`$OLD_JAR\` (\`JarPair\`, $PAIR_ROUNDS rounds, one JVM) | $PAIR | |"
fi
echo
echo "Raw outputs: $OUT (raw.txt, times.txt, splits.txt, sweep.txt, spark.txt, jmh.txt, jarpair.txt)."
