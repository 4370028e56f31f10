#!/usr/bin/env bash
# The forum's pages on a portal already running on the bench database with bench/forum-seed.sql
# loaded: signs in as a PFSO (a member of the PFSO forum) and drives, with wrk as run.sh does, the
# category list, the 5,000-post topic's first page and a deep page of it (?from=4981), each beside
# the same address anonymous (the category list answers anyone; the PFSO topic must not: its
# anonymous twin is checked to be refused, not measured). A page the portal does not have answers
# "HTTP 404" in the table instead of figures.
#
#   DB=safeports_bench bash bench/forum.sh http://127.0.0.1:8088
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${1:-http://127.0.0.1:8088}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:-safeports_bench}
PASSWORD=${PASSWORD:-bench-harbour-passphrase}
PFSO=${PFSO:-member5@bench.safeports.org}
OUT=bench/out; mkdir -p "$OUT"

# The topic's own address (id and slug): the bare id redirects to it.
TOPIC=$(psql -tA -d "$DB" -c "select id || '/' || slug from forum_topic where slug = 'bench-topic-0'")
[ -n "$TOPIC" ] || { echo "no 5,000-post topic: load bench/forum-seed.sql first" >&2; exit 1; }

. bench/lib.sh
SESSION=$(sign_in "$BASE" "$PFSO" "$PASSWORD")
[ -n "$SESSION" ] || { echo "could not sign in as $PFSO" >&2; exit 1; }

run() { wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency -H "Accept-Language: en" ${2:+-H "Cookie: SESSION=$2"} "$1"; }
parse() {
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
       /Non-2xx/ {err+=$NF} /Socket errors/ {for(i=4;i<=NF;i+=2){gsub(",","",$i); err+=$i}}
       END {printf "%s %s %s %d\n", rps, p50, p99, err+0}'
}
status() { curl -s -o /dev/null -w '%{http_code}' -H "Accept-Language: en" ${2:+-H "Cookie: SESSION=$2"} "$1"; }

# name | path | anonymous may read it
SCENARIOS="forum-categories|/forum|yes
forum-topic|/forum/t/$TOPIC|no
forum-topic-deep|/forum/t/$TOPIC?from=4981|no"

echo "| scenario | who | req/s | p50 | p99 | errors |"
echo "|---|---|---:|---:|---:|---:|"
while IFS='|' read -r name path public; do
  for who in anonymous pfso; do
    cookie=""; [ "$who" = pfso ] && cookie=$SESSION
    code=$(status "$BASE$path" "$cookie")
    if [ "$who" = anonymous ] && [ "$public" = no ]; then
      # A PFSO topic is not for visitors: anything but a 200 is right, a 200 is a leak.
      [ "$code" = 200 ] && { echo "| $name | anonymous | LEAK: HTTP 200 | | | |"; exit 1; }
      echo "| $name | anonymous | refused (HTTP $code) | | | |"; continue
    fi
    [ "$code" = 200 ] || { echo "| $name | $who | HTTP $code | | | |"; continue; }
    DURATION=$WARMUP run "$BASE$path" "$cookie" > /dev/null
    read -r rps p50 p99 err < <(run "$BASE$path" "$cookie" | parse)
    echo "| $name | $who | $rps | $p50 | $p99 | $err |"
  done
done <<< "$SCENARIOS" | tee "$OUT/forum-results.md"
