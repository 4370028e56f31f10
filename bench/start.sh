#!/usr/bin/env bash
# The portal's start on the embedded database, as a developer runs it: `./mvnw spring-boot:run`
# with no database configured, on the data already in .data/postgres (a first run creates it with
# the demo content). Each round starts the portal, reads "ready in N ms" from its console (JVM
# start to ready for requests: the database started, migrations checked, the web server open),
# and stops it. Prints every round and the median. Maven's own time before the JVM starts is
# reported apart. Only the portal this script started is stopped (found among the descendants of
# its Maven process), so it can run beside other portals on a shared machine.
#
#   bash bench/start.sh              # 5 rounds on port 8080
#   ROUNDS=9 PORT=8450 bash bench/start.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-5}
PORT=${PORT:-8080}
OUT=bench/out
mkdir -p "$OUT"
if curl -s -o /dev/null "http://localhost:$PORT/" 2>/dev/null; then
  echo "something already answers on http://localhost:$PORT: stop it first" >&2
  exit 1
fi

descendants() { # pid -> every process below it
  local child
  for child in $(pgrep -P "$1" || true); do
    echo "$child"
    descendants "$child"
  done
}
portal_below() { # Maven's pid -> the portal's JVM that it forked, if it is running yet
  local p
  for p in $(descendants "$1"); do
    if tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | grep -q 'org.safeports.SafeportsApplication'; then
      echo "$p"
      return
    fi
  done
}

run_once() { # prints: ready-ms wall-ms
  local log=$OUT/start.log started pid
  started=$(date +%s%N)
  ./mvnw -q -B spring-boot:run -Dspring-boot.run.arguments=--server.port=$PORT > "$log" 2>&1 &
  pid=$!
  until grep -q 'ready in [0-9]* ms' "$log"; do
    if ! kill -0 $pid 2>/dev/null; then echo "the portal did not start:" >&2; tail -30 "$log" >&2; exit 1; fi
    sleep 0.2
  done
  local wall=$(( ($(date +%s%N) - started) / 1000000 ))
  local ready; ready=$(grep -o 'ready in [0-9]* ms' "$log" | head -1 | tr -cd '0-9')
  # Stop the portal (the JVM this Maven started) as Ctrl-C would, and wait for its database to stop.
  local portal; portal=$(portal_below $pid)
  if [ -n "$portal" ]; then
    kill -TERM "$portal" 2>/dev/null || true
    while kill -0 "$portal" 2>/dev/null; do sleep 0.2; done
  fi
  wait $pid 2>/dev/null || true
  echo "$ready $wall"
}

if [ ! -d .data/postgres ]; then
  echo "== first start: creating .data/postgres with the demo content"
  echo "   $(run_once | awk '{print "ready in " $1 " ms"}')"
fi
echo "== $ROUNDS starts on the existing data"
: > "$OUT/start.tsv"
for round in $(seq 1 "$ROUNDS"); do
  result=$(run_once)
  echo "$result" >> "$OUT/start.tsv"
  echo "   round $round: ready in $(echo "$result" | cut -d' ' -f1) ms ($(echo "$result" | cut -d' ' -f2) ms including Maven)"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
READY=$(cut -d' ' -f1 "$OUT/start.tsv" | median)
WALL=$(cut -d' ' -f2 "$OUT/start.tsv" | median)
MIN=$(cut -d' ' -f1 "$OUT/start.tsv" | sort -n | head -1)
MAX=$(cut -d' ' -f1 "$OUT/start.tsv" | sort -n | tail -1)
echo "median: ready in $READY ms (min $MIN, max $MAX; JVM start to ready), $WALL ms including Maven" | tee "$OUT/start.md"
