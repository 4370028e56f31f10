#!/usr/bin/env bash
# The sitemap as a search engine reads it: the index, then each file it names, one request at a
# time (curl), gzipped as crawlers ask for it and, for a few rounds, uncompressed. Prints each
# file's addresses, its size (gzipped and not) and p50/p95/max time to the last byte in ms.
#
#   bash bench/sitemap.sh http://127.0.0.1:8088      # a portal on the bench database
#   ROUNDS=50 PLAIN_ROUNDS=5 bash bench/sitemap.sh URL
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-${BASE:-http://localhost:8080}}
BASE=${BASE%/}
ROUNDS=${ROUNDS:-20}
PLAIN_ROUNDS=${PLAIN_ROUNDS:-3}
OUT=bench/out
mkdir -p "$OUT"

stats() { # times in seconds on stdin -> "p50 p95 max" in ms
  sort -n | awk '{a[NR]=$1*1000} END {i=int(NR*0.95+0.999); if (i>NR) i=NR; printf "%.1f %.1f %.1f\n", a[int((NR+1)/2)], a[i], a[NR]}'
}
time_of() { # path, extra curl arguments -> seconds to the last byte
  local path=$1; shift
  curl -s -o /dev/null -w '%{time_total}\n' "$@" "$BASE$path"
}

# The first request after a change writes every file: it is timed on its own.
first=$(time_of /sitemap.xml)
index=$(curl -s "$BASE/sitemap.xml")
FILES=$(printf '%s\n' "$index" | grep -o '<loc>[^<]*</loc>' | sed 's#<loc>##; s#</loc>##; s#^[a-z]*://[^/]*##')
echo "index: $(printf '%s\n' "$FILES" | wc -l) files; the first request (writing them if a change came before): $(awk -v t="$first" 'BEGIN{printf "%.0f", t*1000}') ms"
{
  echo "| file | addresses | gzipped bytes | bytes | gzip p50 ms | p95 | max | plain p50 ms | max |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for path in /sitemap.xml $FILES; do
    urls=$(curl -s "$BASE$path" | awk '{n += gsub(/<url>/, "")} END {print n + 0}')
    gz=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$path")
    plain=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")
    read -r gp50 gp95 gmax < <(for i in $(seq 1 "$ROUNDS"); do time_of "$path" -H 'Accept-Encoding: gzip'; done | stats)
    read -r pp50 _ pmax < <(for i in $(seq 1 "$PLAIN_ROUNDS"); do time_of "$path"; done | stats)
    echo "| $path | $urls | $gz | $plain | $gp50 | $gp95 | $gmax | $pp50 | $pmax |"
  done
} | tee "$OUT/sitemap-results.md"
