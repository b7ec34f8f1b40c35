#!/usr/bin/env bash
# Smoke test of the spark-submit path on a real standalone cluster, on loopback only, without a Spark
# distribution: a Master and a Worker are started from Spark's Maven jars (java -cp, the module's test classpath),
# SparkStudy is submitted to them as the shaded jar, and the files it writes are compared with those of a local run
# of the same experiment (they must be identical, byte for byte).
#
#   sim-spark/scripts/standalone-smoke.sh [SCENARIO.yaml]     (from anywhere; default: the module's test scenario)
#
# Environment: REPLICATIONS (default 200), SEED (default 1), SKIP_BUILD=1 to reuse sim-spark/target,
# KEEP=1 to keep sim-spark/target/smoke/ after success. Stops only the processes it started.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODULE="$ROOT/sim-spark"
SCENARIO="$(realpath "${1:-$MODULE/src/test/resources/smoke-scenario.yaml}")"
REPLICATIONS="${REPLICATIONS:-200}"
SEED="${SEED:-1}"
WORK="$MODULE/target/smoke"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
 --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"

log() { printf '[smoke %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "building sim-spark and the shaded jar (mvn package -pl sim-spark -am -DskipTests)"
  (cd "$ROOT" && mvn -q -B package -pl sim-spark -am -DskipTests)
fi
APP_JAR="$(ls "$MODULE"/target/sim-spark-*-spark.jar | head -1)"
[[ -f "$APP_JAR" && -f "$MODULE/target/test-classpath.txt" ]] || { echo "build sim-spark first" >&2; exit 1; }

# A stand-in SPARK_HOME: jars/ holds Spark's runtime (the test classpath minus what the application jar carries,
# except the libraries a Spark distribution ships itself), conf/ a quiet logback configuration. The Worker starts
# executors with SPARK_HOME/conf:SPARK_HOME/jars/* like a real distribution.
rm -rf "$WORK"
mkdir -p "$WORK/spark-home/jars" "$WORK/spark-home/conf" "$WORK/worker" "$WORK/logs"
SPARK_SHIPS='^(slf4j-api|jackson-(core|databind|annotations)|commons-math3)-[0-9]'
declare -A APP=()
while IFS= read -r jar; do APP["$jar"]=1; done < <(tr ':' '\n' < "$MODULE/target/app-classpath.txt"; echo)
count=0
while IFS= read -r jar; do
  name="$(basename "$jar")"
  [[ "$jar" == *.jar ]] || continue
  [[ "$name" =~ ^(junit-|opentest4j|apiguardian) ]] && continue
  if [[ -n "${APP[$jar]:-}" && ! "$name" =~ $SPARK_SHIPS ]]; then continue; fi
  ln -s "$jar" "$WORK/spark-home/jars/$name"
  count=$((count + 1))
done < <(tr ':' '\n' < "$MODULE/target/test-classpath.txt"; echo)
cat > "$WORK/spark-home/conf/logback.xml" <<'EOF'
<configuration>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>
  </appender>
  <logger name="org.apache.spark.deploy" level="INFO"/>
  <logger name="org.gapsim" level="INFO"/>
  <root level="WARN"><appender-ref ref="OUT"/></root>
</configuration>
EOF
log "stand-in SPARK_HOME with $count jars; application jar $(basename "$APP_JAR") ($(du -h "$APP_JAR" | cut -f1))"

export SPARK_HOME="$WORK/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
CP="$SPARK_HOME/conf:$SPARK_HOME/jars/*"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# wait_for FILE PATTERN SECONDS: until a line of FILE matches, or fail
wait_for() {
  local i
  for ((i = 0; i < $3 * 2; i++)); do
    if grep -qE "$2" "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "timed out after $3 s waiting for /$2/ in $1:" >&2
  tail -40 "$1" >&2
  return 1
}

# shellcheck disable=SC2086
"$JAVA" $OPENS -Xmx512m -XX:TieredStopAtLevel=1 -cp "$CP" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 0 --webui-port 0 > "$WORK/logs/master.log" 2>&1 &
PIDS+=("$!")
wait_for "$WORK/logs/master.log" 'Starting Spark master at spark://' 90
MASTER="$(grep -oE 'spark://127\.0\.0\.1:[0-9]+' "$WORK/logs/master.log" | head -1)"
log "master up at $MASTER (pid ${PIDS[0]})"

# shellcheck disable=SC2086
"$JAVA" $OPENS -Xmx512m -XX:TieredStopAtLevel=1 -cp "$CP" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --port 0 --webui-port 0 --cores 2 --memory 2g --work-dir "$WORK/worker" "$MASTER" \
  > "$WORK/logs/worker.log" 2>&1 &
PIDS+=("$!")
wait_for "$WORK/logs/worker.log" 'Successfully registered with master' 90
log "worker registered (pid ${PIDS[1]}): 2 cores, 2 GB"

log "spark-submit --class org.gapsim.spark.SparkStudy --master $MASTER ... run $(basename "$SCENARIO") --replications $REPLICATIONS --out target/smoke/cluster"
start=$(date +%s)
# shellcheck disable=SC2086
"$JAVA" $OPENS -Xmx1g -XX:TieredStopAtLevel=1 -cp "$CP" org.apache.spark.deploy.SparkSubmit \
  --class org.gapsim.spark.SparkStudy --master "$MASTER" --deploy-mode client \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
  --executor-memory 1g --total-executor-cores 2 \
  "$APP_JAR" run "$SCENARIO" --replications "$REPLICATIONS" --seed "$SEED" --out "$WORK/cluster" \
  > "$WORK/logs/submit.log" 2>&1 || { tail -60 "$WORK/logs/submit.log" >&2; exit 1; }
log "cluster run took $(( $(date +%s) - start )) s; driver output:"
grep -vE '^[0-9:.]+ (INFO|WARN) ' "$WORK/logs/submit.log" || true
grep -E 'gapsim|Registered app|Granted executor|Executor added' "$WORK/logs/"*.log | sed 's/^/  /' | head -8
executors=$(ls -d "$WORK"/worker/app-*/* 2>/dev/null | wc -l)
[[ "$executors" -ge 1 ]] || { echo "no executor ran on the worker" >&2; exit 1; }
log "$executors executor(s) ran on the worker: $(ls -d "$WORK"/worker/app-*/* | xargs -n1 basename | tr '\n' ' ')"

log "local run of the same experiment (sim-core ExperimentRunner via Study)"
"$JAVA" -cp "$(cat "$MODULE/target/test-classpath.txt"):$MODULE/target/test-classes:$MODULE/target/classes" \
  -Dlogback.configurationFile="$SPARK_HOME/conf/logback.xml" \
  org.gapsim.spark.LocalStudyMain "$SCENARIO" "$REPLICATIONS" "$SEED" "$WORK/local" > "$WORK/logs/local.log" 2>&1 \
  || { cat "$WORK/logs/local.log" >&2; exit 1; }

status=0
for f in replications.csv summary.csv summary.json summary.txt; do
  if cmp -s "$WORK/local/$f" "$WORK/cluster/$f"; then
    log "identical: $f ($(wc -l < "$WORK/cluster/$f") lines, sha256 $(sha256sum "$WORK/cluster/$f" | cut -c1-16))"
  else
    log "DIFFERENT: $f"; diff "$WORK/local/$f" "$WORK/cluster/$f" | head -20; status=1
  fi
done
if [[ $status == 0 ]]; then
  log "standalone smoke: OK"
  [[ "${KEEP:-0}" == 1 ]] || rm -rf "$WORK/spark-home" "$WORK/worker"
else
  log "standalone smoke: FAILED (logs in $WORK/logs)"
fi
exit $status
