#!/usr/bin/env bash
# Signed-in pages on a portal already running on the bench database: signs in as a registered
# user, a delegate and an editor, and drives each page with wrk (as run.sh does) beside the same
# page anonymous. Prints one table; run.sh has the same scenarios in its full run.
#
#   DB=safeports_bench bash bench/signed-in.sh http://127.0.0.1:8088
#   DURATION=5s PAGES='/ /account' bash bench/signed-in.sh http://127.0.0.1:8088
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
ROLES=${ROLES:-"user=member42@bench.safeports.org delegate=member4@bench.safeports.org editor=editor1@bench.safeports.org"}
OUT=bench/out; mkdir -p "$OUT"

. bench/lib.sh

ARTICLE=$(psql -tA -d "$DB" -c "select slug from content_translation t join content_item i on i.id=t.item_id where i.kind='NEWS' and t.language='en' order by i.published_at desc offset 100 limit 1")
PAGE=$(psql -tA -d "$DB" -c "select slug from content_translation t join content_item i on i.id=t.item_id where i.kind='PAGE' and i.parent_id is not null and t.language='en' limit 1")
PAGES=${PAGES:-"/ /news /news/$ARTICLE /pages/$PAGE /library /account /voices"}

run() { # url cookie
  wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency -H "Accept-Language: en" ${2:+-H "Cookie: SESSION=$2"} "$1"
}
parse() {
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
       /Non-2xx/ {err+=$NF} /Socket errors/ {for(i=4;i<=NF;i+=2){gsub(",","",$i); err+=$i}}
       END {printf "%s %s %s %d\n", rps, p50, p99, err+0}'
}

declare -A SESSIONS
for role in $ROLES; do
  SESSIONS[${role%%=*}]=$(sign_in "$BASE" "${role#*=}" "$PASSWORD")
  [ -n "${SESSIONS[${role%%=*}]}" ] || { echo "could not sign in as ${role#*=}" >&2; exit 1; }
done

echo "| page | who | req/s | p50 | p99 | errors |"
echo "|---|---|---:|---:|---:|---:|"
for path in $PAGES; do
  for who in anonymous ${ROLES}; do
    name=${who%%=*}; cookie=""
    [ "$name" != anonymous ] && cookie=${SESSIONS[$name]}
    [ "$path" = /account ] && [ "$name" = anonymous ] && continue
    # The page must answer 200 for this viewer (a signed-out session would measure the sign-in).
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept-Language: en" ${cookie:+-H "Cookie: SESSION=$cookie"} "$BASE$path")
    [ "$code" = 200 ] || { echo "| $path | $name | HTTP $code | | | |"; continue; }
    DURATION=$WARMUP run "$BASE$path" "$cookie" > /dev/null
    read -r rps p50 p99 err < <(run "$BASE$path" "$cookie" | parse)
    echo "| $path | $name | $rps | $p50 | $p99 | $err |"
  done
done | tee "$OUT/signed-in.md"
