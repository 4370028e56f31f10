#!/usr/bin/env bash
# A first visit to a deep page of the news archive against the first page: after each change
# (the shared counter bumped in the database, which every instance reads once a second, so the page
# cache is emptied and the archive's page starts are read again), one request to another page
# (it reads the starts again: timed as "after a change"), then the page measured, a cache miss.
# With DB, also the database's own time for page 1,500 by offset (as before) and by its first item.
#
#   DB=safeports_bench bash bench/deep.sh http://127.0.0.1:8088
#   PAGES='0 1 750 1500' ROUNDS=9 LANGUAGE=fr DB=... bash bench/deep.sh URL
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-${BASE:-http://localhost:8080}}
BASE=${BASE%/}
ROUNDS=${ROUNDS:-7}
PAGES=${PAGES:-0 1 750 1500}
LANGUAGE=${LANGUAGE:-en}
DB=${DB:?set DB to the portal database name on PGHOST}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

ms() { curl -s -o /dev/null -w '%{time_total}\n' -H "Accept-Language: $LANGUAGE" "$BASE$1" | awk '{printf "%.1f\n", $1*1000}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
changed() { psql -q -d "$DB" -c "update public_pages_version set version = version + 1 where id = 1"; sleep 1.5; }

echo "| page | first visit ms (median of $ROUNDS) | range | the request after the change ms |"
echo "|---:|---:|---|---:|"
for page in $PAGES; do
  firsts=(); afters=()
  for round in $(seq 1 "$ROUNDS"); do
    changed
    afters+=("$(ms '/news?page=2')")
    firsts+=("$(ms "/news?page=$page")")
  done
  f=$(printf '%s\n' "${firsts[@]}" | median)
  a=$(printf '%s\n' "${afters[@]}" | median)
  range=$(printf '%s\n' "${firsts[@]}" | sort -n | sed -n '1p;$p' | paste -sd '-')
  echo "| $page | $f | $range | $a |"
done

VISIBLE="from content_item i where i.kind = 'NEWS' and i.status = 'PUBLISHED' and (i.publish_at is null or i.publish_at <= now())"
plan() { psql -tA -d "$DB" -c "explain (analyze, buffers, summary) $1" | grep -E 'Execution Time|Planning Time' | paste -sd ' '; }
echo
echo "page 1,500 in SQL (ids only):"
echo "  by offset:     $(plan "select i.id $VISIBLE order by i.published_at desc, i.id desc limit 10 offset 15000")"
START=$(psql -tA -F ' ' -d "$DB" -c "select published_at, id $VISIBLE order by i.published_at desc, i.id desc offset 15000 limit 1")
AT=${START% *}; ID=${START##* }
echo "  by first item: $(plan "select i.id $VISIBLE and (i.published_at, i.id) <= ('$AT', $ID) order by i.published_at desc, i.id desc limit 10")"
echo "  all page starts (what a change costs once): $(plan "select published_at, id from (select i.published_at, i.id, row_number() over (order by i.published_at desc, i.id desc) - 1 as n, count(*) over () as total $VISIBLE) s where n % 10 = 0 order by n")"
