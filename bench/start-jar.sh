#!/usr/bin/env bash
# The production jar's start on a database, as bench/run.sh starts it (its JVM settings, the demo
# off): from the process's start to /actuator/health UP, and the CPU time the process used until
# then (utime + stime of /proc/<pid>/stat, every thread: a figure that moves little when other
# processes share the machine, unlike the elapsed time). Each round starts the jar, waits for
# health, and stops it. Prints every round and the medians.
#
#   DB=safeports_bench bash bench/start-jar.sh                   # target/safeports.jar, 5 rounds
#   CDS=yes DB=safeports_bench bash bench/start-jar.sh           # extracted, with bench/cds.sh's archive
#   PORT=8450 ROUNDS=9 DB=safeports_bench_start bash bench/start-jar.sh
#
# Builds nothing: run `./mvnw -DskipTests package` first.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:?DB: a database with the schema of the portal, such as a copy of the bench data}
ROUNDS=${ROUNDS:-5}
PORT=${PORT:-8088}
CDS=${CDS:-no}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx320m -Xss512k -XX:MaxMetaspaceSize=200m -XX:ReservedCodeCacheSize=80m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}
OUT=bench/out
mkdir -p "$OUT"
[ -f target/safeports.jar ] || { echo "no target/safeports.jar: ./mvnw -DskipTests package" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
  echo "something already answers on port $PORT: stop it first" >&2
  exit 1
fi

JAR=target/safeports.jar
if [ "$CDS" = yes ]; then
  DB=$DB JAVA_OPTS=$JAVA_OPTS bash bench/cds.sh
  JAR=target/cds/safeports.jar
  JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=target/cds/safeports.jsa"
fi

PORTAL=""
trap '[ -n "$PORTAL" ] && kill $PORTAL 2>/dev/null || true' EXIT
TICKS=$(getconf CLK_TCK)
run_once() { # -> ms from the process's start to health UP, and CPU ms used by then
  local started
  started=$(date +%s%N)
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SAFEPORTS_DEMO_ENABLED=false \
    java $JAVA_OPTS -jar $JAR --server.port=$PORT > "$OUT/start-jar.log" 2>&1 &
  PORTAL=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
    kill -0 $PORTAL 2>/dev/null || { echo "the portal did not start:" >&2; tail -30 "$OUT/start-jar.log" >&2; exit 1; }
    sleep 0.1
  done
  local elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "$elapsed $(awk -v t="$TICKS" '{print int(($14 + $15) * 1000 / t)}' /proc/$PORTAL/stat)"
  kill $PORTAL
  wait $PORTAL 2>/dev/null || true
  PORTAL=""
}

echo "== $ROUNDS starts of $JAR on $DB (class data sharing: $CDS)"
: > "$OUT/start-jar.tsv"
for round in $(seq 1 "$ROUNDS"); do
  result=$(run_once)
  echo "$result" >> "$OUT/start-jar.tsv"
  echo "   round $round: health UP after $(echo "$result" | cut -d' ' -f1) ms, $(echo "$result" | cut -d' ' -f2) ms of CPU"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
column() { cut -d' ' -f"$1" "$OUT/start-jar.tsv"; }
echo "median: health UP after $(column 1 | median) ms (min $(column 1 | sort -n | head -1), max $(column 1 | sort -n | tail -1)), $(column 2 | median) ms of CPU (min $(column 2 | sort -n | head -1), max $(column 2 | sort -n | tail -1)); class data sharing: $CDS; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/start-jar.md"
