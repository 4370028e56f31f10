#!/usr/bin/env bash
# The Safeports benchmark. Needs a PostgreSQL server (PGHOST/PGPORT/PGUSER, by default
# 127.0.0.1:5432 as postgres with trust auth), wrk and nginx (Debian packages: installed when
# missing). Builds the portal, loads bench/seed.sql into a fresh database, starts the production
# jar, warms it up, drives every scenario with wrk over loopback, then serves the same bytes from
# nginx with the same settings. Prints one table of medians and writes bench/out/results.md.
#
#   bash bench/run.sh                  # 3 rounds of 10 s per scenario, 64 connections
#   ROUNDS=5 DURATION=20s WARMUP=20s bash bench/run.sh
#   PASSES=2 bash bench/run.sh         # every scenario measured twice back to back (memory growth)
#   PORT=8288 STATIC_PORT=8290 DB=safeports_bench_s2 bash bench/run.sh   # beside another run
#   CDS=yes bash bench/run.sh          # the second start from a class data sharing archive (bench/cds.sh)
#
# The table pairs each signed-in scenario with its anonymous twin: the scenario of the same name
# (or of the name without "-signed-in") measured for an anonymous visitor.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-8088}
STATIC_PORT=${STATIC_PORT:-8090}
PASSES=${PASSES:-1}
CDS=${CDS:-no}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:-safeports_bench}
OUT=bench/out
REFERENCE=reference@bench.safeports.org
PASSWORD='bench-harbour-passphrase'

for tool in wrk nginx psql curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq wrk nginx postgresql-client curl >/dev/null
  fi
done
mkdir -p "$OUT/static"

echo "== building the production jar"
./mvnw -q -B -DskipTests package

echo "== fresh database $DB"
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"

# The JVM settings of docs/operations.md: a small heap and thread stacks, capped metaspace and code
# cache, the serial collector (two cores), the C library's free memory handed back every 5 s, and
# two malloc arenas (MALLOC_ARENA_MAX, set in start_portal) instead of one per thread.
JAVA_OPTS=${JAVA_OPTS:--Xmx320m -Xss512k -XX:MaxMetaspaceSize=200m -XX:ReservedCodeCacheSize=80m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}
JAR=target/safeports.jar
ARCHIVE_OPTS=""

start_portal() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SAFEPORTS_DEMO_ENABLED=false SAFEPORTS_BOOTSTRAP_ADMIN_EMAIL=$REFERENCE \
  SAFEPORTS_BOOTSTRAP_ADMIN_PASSWORD="$PASSWORD" MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
    java $JAVA_OPTS $ARCHIVE_OPTS -jar $JAR --server.port=$PORT > "$OUT/portal.log" 2>&1 &
  PORTAL=$!
  local started=$(date +%s%N)
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
    kill -0 $PORTAL 2>/dev/null || { echo "the portal did not start:"; tail -30 "$OUT/portal.log"; exit 1; }
    sleep 0.2
  done
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_portal() { kill $PORTAL; wait $PORTAL 2>/dev/null || true; }
NGINX_PID=$PWD/$OUT/nginx.pid
trap 'kill $PORTAL 2>/dev/null || true; [ -f "$NGINX_PID" ] && kill "$(cat "$NGINX_PID")" 2>/dev/null || true' EXIT

echo "== schema (first start) and data set"
start_portal
stop_portal
psql -q -d $DB -v reference=$REFERENCE -f bench/seed.sql > "$OUT/seed.log"
psql -q -d $DB -f bench/forum-seed.sql > "$OUT/forum-seed.log"
# After a bulk load, fresh planner statistics (autovacuum would get there a little later).
psql -q -d $DB -c "vacuum analyze"
psql -tA -d $DB -c "select kind, count(*) from content_item group by kind" | tr '\n' ' '; echo
psql -tA -d $DB -c "select 'accounts', count(*) from account" | tr '\n' ' '; echo
psql -tA -d $DB -c "select 'library ' || status, count(*) from library_document group by status order by status" | tr '\n' ' '; echo

if [ "$CDS" = yes ]; then
  echo "== class data sharing archive, trained on the data set"
  DB=$DB JAVA_OPTS=$JAVA_OPTS bash bench/cds.sh
  JAR=target/cds/safeports.jar
  ARCHIVE_OPTS="-XX:SharedArchiveFile=target/cds/safeports.jsa"
fi
echo "== second start, on the data set"
start_portal
echo "   ready in ${STARTUP_MS} ms (process start to health UP; class data sharing: $CDS)"

# Signed-in sessions: a registered user, a delegate, an editor, and a PFSO for the forum.
. bench/lib.sh
declare -A SESSIONS=(
  [user]=$(sign_in "http://127.0.0.1:$PORT" member42@bench.safeports.org "$PASSWORD")
  [delegate]=$(sign_in "http://127.0.0.1:$PORT" member4@bench.safeports.org "$PASSWORD")
  [editor]=$(sign_in "http://127.0.0.1:$PORT" editor1@bench.safeports.org "$PASSWORD")
  [pfso]=$(sign_in "http://127.0.0.1:$PORT" member5@bench.safeports.org "$PASSWORD"))
cookie_of() { [ "$1" = anonymous ] && return; echo "${SESSIONS[$1]}"; }
# The topic's own address (id and slug): the bare id redirects to it.
TOPIC=$(psql -tA -d $DB -c "select id || '/' || slug from forum_topic where slug = 'bench-topic-0'")

ARTICLE=$(psql -tA -d $DB -c "select slug from content_translation t join content_item i on i.id=t.item_id where i.kind='NEWS' and t.language='en' order by i.published_at desc offset 100 limit 1")
ARTICLE_ES=$(psql -tA -d $DB -c "select slug from content_translation t join content_item i on i.id=t.item_id where i.kind='NEWS' and t.language='es' order by i.published_at desc offset 200 limit 1")
PAGE=$(psql -tA -d $DB -c "select slug from content_translation t join content_item i on i.id=t.item_id where i.kind='PAGE' and i.parent_id is not null and t.language='en' limit 1")
PAGE_FR=$(psql -tA -d $DB -c "select slug from content_translation t join content_item i on i.id=t.item_id where i.kind='PAGE' and i.parent_id is not null and t.language='fr' limit 1")

# name | path | language | who (anonymous, or the signed-in user, delegate, editor, pfso). A
# signed-in scenario follows its anonymous twin, so that the table shows them side by side.
SCENARIOS="home-en|/|en|anonymous
home-en|/|en|user
home-en|/|en|delegate
home-en|/|en|editor
home-es|/|es|anonymous
news-en|/news|en|anonymous
news-en|/news|en|user
news-en|/news|en|delegate
news-en|/news|en|editor
news-pt|/news|pt|anonymous
news-deep-en|/news?page=1500|en|anonymous
news-deep-en|/news?page=1500|en|user
news-deep-fr|/news?page=1500|fr|anonymous
article-en|/news/$ARTICLE|en|anonymous
article-en|/news/$ARTICLE|en|user
article-en|/news/$ARTICLE|en|delegate
article-en|/news/$ARTICLE|en|editor
article-es|/news/$ARTICLE_ES|es|anonymous
page-en|/pages/$PAGE|en|anonymous
page-en|/pages/$PAGE|en|user
page-en|/pages/$PAGE|en|delegate
page-en|/pages/$PAGE|en|editor
page-fr|/pages/$PAGE_FR|fr|anonymous
account-en|/account|en|user
account-en|/account|en|delegate
account-en|/account|en|editor
account-es|/account|es|user
voices-en|/voices|en|anonymous
voices-en|/voices|en|user
voices-en|/voices|en|delegate
voices-en|/voices|en|editor
library-en|/library|en|anonymous
library-en|/library|en|user
library-en|/library|en|delegate
library-en|/library|en|editor
library-filter-en|/library?country=MX&hazard=HURRICANE|en|anonymous
library-filter-es|/library?country=MX&hazard=HURRICANE|es|anonymous
library-search-en|/library?q=readiness|en|anonymous
library-search-es|/library?q=resiliencia|es|anonymous
forum-en|/forum|en|anonymous
forum-en|/forum|en|pfso
forum-topic-en|/forum/t/$TOPIC|en|pfso
forum-topic-deep-en|/forum/t/$TOPIC?from=4981|en|pfso"

# What a scenario's first request answers: a scenario whose page is missing (or refused) is
# reported with that status instead of being measured.
status_of() { # path language who
  curl -s -o /dev/null -w '%{http_code}' -H "Accept-Language: $2" ${3:+-H "Cookie: SESSION=$3"} "http://127.0.0.1:$PORT$1"
}
declare -A STATUS
while IFS='|' read -r name path lang who; do
  STATUS[$name/$who]=$(status_of "$path" "$lang" "$(cookie_of "$who")")
done <<< "$SCENARIOS"
ok() { [ "${STATUS[$1/$2]}" = 200 ]; }

run_wrk() { # url, language, cookie, extra
  # A 10 s time-out, so that a slow page is measured rather than counted as an error.
  wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency -H "Accept-Language: $2" ${3:+-H "Cookie: SESSION=$3"} "$1"
}

parse() { # wrk output on stdin -> rps p50ms p99ms errors bytes_per_request
  awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2}
    /^ +99%/ {p99=$2}
    /requests in/ {reqs=$1; size=$5}
    /Non-2xx/ {err+=$NF}
    /Socket errors/ {for(i=4;i<=NF;i+=2){gsub(",","",$i); err+=$i}}
    function ms(v){ if (v ~ /us$/) return substr(v,1,length(v)-2)/1000; if (v ~ /ms$/) return substr(v,1,length(v)-2)+0; if (v ~ /s$/) return substr(v,1,length(v)-1)*1000; return v }
    function bytes(v){ if (v ~ /GB$/) return substr(v,1,length(v)-2)*1073741824; if (v ~ /MB$/) return substr(v,1,length(v)-2)*1048576; if (v ~ /KB$/) return substr(v,1,length(v)-2)*1024; if (v ~ /B$/) return substr(v,1,length(v)-1); return v }
    END { printf "%s %.2f %.2f %d %d\n", rps, ms(p50), ms(p99), err+0, (reqs>0 ? bytes(size)/reqs : 0) }'
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Two passes: the just-in-time compiler settles on the code that every page shares during the first,
# which otherwise counts against whichever scenario comes first.
echo "== warming up"
for pass in 1 2; do
  while IFS='|' read -r name path lang who; do
    ok "$name" "$who" || continue
    DURATION=$WARMUP run_wrk "http://127.0.0.1:$PORT$path" "$lang" "$(cookie_of "$who")" >/dev/null
  done <<< "$SCENARIOS"
done

echo "== saving what each anonymous page returned, for nginx"
sed -e "s#BENCH_STATIC_ROOT#$PWD/$OUT/static#" -e "s#BENCH_STATIC_PORT#$STATIC_PORT#" \
  -e "s#BENCH_NGINX_PID#$NGINX_PID#" bench/nginx.conf > "$OUT/nginx.conf"
while IFS='|' read -r name path lang who; do
  { [ "$who" = anonymous ] && ok "$name" "$who"; } || continue
  curl -s -H "Accept-Language: $lang" "http://127.0.0.1:$PORT$path" > "$OUT/static/$name.html"
done <<< "$SCENARIOS"
nginx -c "$PWD/$OUT/nginx.conf"

RESULTS=$OUT/results.tsv
MEMORY=""
for pass in $(seq 1 "$PASSES"); do
: > "$RESULTS"
echo "== measuring (pass $pass of $PASSES): $ROUNDS rounds of $DURATION, $CONNECTIONS connections, $THREADS threads"
while IFS='|' read -r name path lang who; do
  ok "$name" "$who" || { echo "   $name ($who): HTTP ${STATUS[$name/$who]}, not measured"; continue; }
  for round in $(seq 1 "$ROUNDS"); do
    echo "$name/$who portal $(run_wrk "http://127.0.0.1:$PORT$path" "$lang" "$(cookie_of "$who")" | parse)" >> "$RESULTS"
    if [ "$who" = anonymous ]; then
      echo "$name/$who static $(run_wrk "http://127.0.0.1:$STATIC_PORT/$name.html" "$lang" "" | parse)" >> "$RESULTS"
    fi
  done
  echo "   $name ($who) done"
done <<< "$SCENARIOS"
# The peak (VmHWM) since the portal started, and what it holds now (VmRSS), after each pass.
# Each pass's figures are kept (the table is the last pass's).
cp "$RESULTS" "$OUT/results-pass$pass.tsv"
MEMORY="$MEMORY pass $pass: peak $(( $(awk '/VmHWM/{print $2}' /proc/$PORTAL/status) / 1024 )) MB, now $(( $(awk '/VmRSS/{print $2}' /proc/$PORTAL/status) / 1024 )) MB;"
echo "  $MEMORY"
done

RSS_KB=$(awk '/VmHWM/{print $2}' /proc/$PORTAL/status)
HOME_BYTES=$(curl -s --compressed -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/")
CSS=$(curl -s "http://127.0.0.1:$PORT/" | grep -o '/assets/css/[^"]*' | head -1)
CSS_BYTES=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$CSS")

# The anonymous twin of a signed-in scenario: the same name, or the name without "-signed-in".
twin_of() { # name -> the name of its anonymous twin, if one was measured
  local base
  for base in "$1" "${1%-signed-in}"; do
    if awk -v n="$base/anonymous" '$1==n && $2=="portal" {found=1} END {exit !found}' "$RESULTS"; then
      echo "$base"; return
    fi
  done
}
{
  echo "| scenario | who | req/s | p50 ms | p99 ms | errors | bytes | nginx req/s | vs nginx | anonymous req/s | vs anonymous |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  while IFS='|' read -r name path lang who; do
    ok "$name" "$who" || { echo "| $name | $who | HTTP ${STATUS[$name/$who]} | | | | | | | | |"; continue; }
    p() { awk -v n="$1" -v k="$2" -v c="$3" '$1==n && $2==k {print $c}' "$RESULTS" | median; }
    rps=$(p "$name/$who" portal 3); p50=$(p "$name/$who" portal 4); p99=$(p "$name/$who" portal 5)
    err=$(p "$name/$who" portal 6); size=$(p "$name/$who" portal 7)
    srps="–"; sratio="–"; arps="–"; aratio="–"
    if [ "$who" = anonymous ]; then
      srps=$(p "$name/$who" static 3)
      sratio=$(awk -v a="$rps" -v b="$srps" 'BEGIN{printf "%.0f%%", 100*a/b}')
    else
      twin=$(twin_of "$name")
      if [ -n "$twin" ]; then
        arps=$(p "$twin/anonymous" portal 3)
        aratio=$(awk -v a="$rps" -v b="$arps" 'BEGIN{printf "%.1f%%", 100*a/b}')
      fi
    fi
    echo "| $name | $who | $rps | $p50 | $p99 | $err | $size | $srps | $sratio | $arps | $aratio |"
  done <<< "$SCENARIOS"
  echo
  echo "Second start on the data set: ${STARTUP_MS} ms (class data sharing: $CDS). Peak RSS of the portal: $((RSS_KB / 1024)) MB."
  echo "Memory after each pass:$MEMORY"
  echo "Home page with compression: ${HOME_BYTES} B of HTML + ${CSS_BYTES} B of CSS (no script, no font)."
  echo "Medians of $ROUNDS rounds of $DURATION, wrk -t$THREADS -c$CONNECTIONS, on $(nproc) cores shared by wrk, the portal and PostgreSQL."
} | tee "$OUT/results.md"
