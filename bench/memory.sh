#!/usr/bin/env bash
# Where a running portal's memory goes, without the whole of run.sh: drives a few pages of each
# kind (anonymous and signed-in pages, the library search, the sitemap) with wrk for PASSES passes,
# then prints the process's peak (VmHWM) and current (VmRSS) resident memory after each pass and,
# when the portal runs with -XX:NativeMemoryTracking=summary, the JVM's own account of it
# (jcmd VM.native_memory), in bench/out/memory.txt.
#
#   PORT=8450 DB=safeports_bench_start bash bench/memory.sh
#   PASSES=3 DURATION=5s PORT=8450 DB=... bash bench/memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:?DB: the database the portal runs on}
PORT=${PORT:-8088}
PASSES=${PASSES:-2}
DURATION=${DURATION:-3s}
PASSWORD='bench-harbour-passphrase'
OUT=bench/out
mkdir -p "$OUT"
BASE=http://127.0.0.1:$PORT
PID=${PID:-$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
[ -n "$PID" ] || { echo "no process listens on port $PORT" >&2; exit 1; }

. bench/lib.sh
USER_SESSION=$(sign_in "$BASE" member42@bench.safeports.org "$PASSWORD")
EDITOR_SESSION=$(sign_in "$BASE" editor1@bench.safeports.org "$PASSWORD")
ARTICLE=$(psql -tA -d "$DB" -c "select slug from content_translation t join content_item i on i.id=t.item_id where i.kind='NEWS' and t.language='en' order by i.published_at desc offset 100 limit 1")
PATHS="/ /news /news?page=1500 /news/$ARTICLE /library /library?q=readiness /voices /forum /account"

rss() { awk -v k="$1" '$1==k":" {print int($2/1024)}' "/proc/$PID/status"; }
: > "$OUT/memory.txt"
for pass in $(seq 1 "$PASSES"); do
  for path in $PATHS; do
    for cookie in "" "$USER_SESSION" "$EDITOR_SESSION"; do
      [ "$path" = /account ] && [ -z "$cookie" ] && continue
      wrk -t2 -c64 -d"$DURATION" --timeout 10s -H 'Accept-Encoding: gzip' ${cookie:+-H "Cookie: SESSION=$cookie"} "$BASE$path" > /dev/null
    done
  done
  # A search per request, each a cache miss, and the sitemap's files.
  for q in readiness resiliencia sargazo breakwater rompeolas molhe digue; do
    curl -s -o /dev/null -H "Cookie: SESSION=bench-miss-$pass-$q" "$BASE/library?q=$q"
  done
  for file in $(curl -s "$BASE/sitemap.xml" | grep -o '<loc>[^<]*' | sed 's/<loc>//;s#^https\?://[^/]*##'); do
    curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$BASE$file"
  done
  echo "pass $pass: peak $(rss VmHWM) MB, now $(rss VmRSS) MB" | tee -a "$OUT/memory.txt"
done
if jcmd "$PID" VM.native_memory summary > "$OUT/memory-nmt.txt" 2>&1 && grep -q committed "$OUT/memory-nmt.txt"; then
  grep -E '^(Total|-)|committed=' "$OUT/memory-nmt.txt" | grep -E '^Total|^-' | sed 's/^/  /' | tee -a "$OUT/memory.txt"
fi
