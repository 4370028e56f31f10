#!/usr/bin/env bash
# The secretariat's dashboard (/admin: the queue of all that waits, oldest first) and the
# participation table (/admin/participation), signed in as an editor, on a portal already running
# on the bench database. For each page and each number of connections: a warm-up, then wrk with
# p50/p95/p99. The issue's budget is a p95 under 100 ms. Also prints how many items the queue shows.
#
#   DB=safeports_bench bash bench/dashboard.sh http://127.0.0.1:8088
#   CONNECTIONS='1 4 16' DURATION=20s bash bench/dashboard.sh http://127.0.0.1:8088
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

BASE=${1:-http://127.0.0.1:8088}
BASE=${BASE%/}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-1 4}
THREADS=${THREADS:-1}
EDITOR=${EDITOR:-editor1@bench.safeports.org}
PASSWORD=${PASSWORD:-bench-harbour-passphrase}
PAGES=${PAGES:-/admin /admin/participation}

SESSION=$(sign_in "$BASE" "$EDITOR" "$PASSWORD")
[ -n "$SESSION" ] || { echo "could not sign in as $EDITOR" >&2; exit 1; }
for path in $PAGES; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "$BASE$path")
  [ "$code" = 200 ] || { echo "$path answers HTTP $code to $EDITOR" >&2; exit 1; }
done
echo "queue rows on /admin's first page: $(curl -s -H "Cookie: SESSION=$SESSION" "$BASE/admin" | grep -c '<tr data-key=')"

echo "| page | connections | req/s | p50 ms | p95 ms | p99 ms | requests | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for path in $PAGES; do
  for c in $CONNECTIONS; do
    t=$THREADS; [ "$t" -gt "$c" ] && t=$c
    wrk_percentiles "$t" "$c" "$WARMUP" "$BASE$path" "$SESSION" > /dev/null
    read -r rps p50 p95 p99 n err < <(wrk_percentiles "$t" "$c" "$DURATION" "$BASE$path" "$SESSION")
    echo "| $path | $c | $rps | $p50 | $p95 | $p99 | $n | $err |"
  done
done
