#!/usr/bin/env bash
# The library's full-text search over HTTP, with many different queries: frequent, medium and rare
# words of the bench data set (bench/README.md), several words, a phrase, an OR. First one query at
# a time with curl (ROUNDS passes over the list), then wrk with a few concurrent clients cycling
# through the same list. Prints p50/p95/p99 latency in ms and the number of queries of each pass,
# and each query's matches and median time. The portal keeps rendered pages for anonymous visitors
# (AnonymousPageCache), keyed by the parameters each page reads: a parameter the listing ignores is
# left out of the key, so it no longer makes a miss. By default every request therefore carries a
# session cookie of its own (one no session has), which the cache never serves: each search is a
# cache miss, like a new query from a visitor, and costs the session store's one look-up for the
# unknown cookie. CACHED=yes sends the plain URLs without it instead: after the warm-up, cache hits.
# With a database (DB), also EXPLAIN (ANALYZE, BUFFERS) of the SQL the portal runs for the listing
# (LibrarySearch.search() and headlines()) for one frequent and one rare word, so that SQL time
# and HTTP time can be compared.
#
#   DB=safeports_bench bash bench/search.sh http://127.0.0.1:8088   # a portal on the bench database
#   bash bench/search.sh                                            # the dev portal, localhost:8080
#   DB=embedded bash bench/search.sh                                # ... and its embedded PostgreSQL
#   QUERIES='port security|sargassum' CLIENTS='1 8' LANGUAGE=es bash bench/search.sh URL
#
# TARGET=site measures the site search (/search?q=...) instead, over the index that
# bench/site-search-seed.sql fills from the same data set (the forum's posts included: load
# bench/forum-seed.sql first); the EXPLAIN part is the library's and is skipped then.
#
#   TARGET=site CLIENTS=4 bash bench/search.sh http://127.0.0.1:8088
#
# Settings (environment): TARGET (library or site), QUERIES (separated by | or new lines), LANGUAGE (Accept-Language, en),
# ROUNDS (sequential passes, 3), CLIENTS (wrk connections, "1 4 16"), DURATION (per wrk run, 10s),
# WARMUP (wrk warm-up, 5s), THREADS (2), DB (a database name, a postgresql:// URI, or "embedded"
# for the dev portal's .data/postgres; PGHOST/PGPORT/PGUSER as for run.sh), EXPLAIN_QUERIES (the
# frequent and the rare query, "resiliencia|sargazo"), CACHED (no: every request a cache miss; yes:
# the same URLs again). Results are also kept in bench/out/search-*.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${1:-${BASE:-http://localhost:8080}}
BASE=${BASE%/}
LANGUAGE=${LANGUAGE:-en}
ROUNDS=${ROUNDS:-3}
CLIENTS=${CLIENTS:-1 4 16}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
DB=${DB:-}
EXPLAIN_QUERIES=${EXPLAIN_QUERIES:-resiliencia|sargazo}
CACHED=${CACHED:-no}
TARGET=${TARGET:-library}
RUN=$(date +%s%N)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
OUT=bench/out
# The marker words (frequent, medium, rare; en es pt fr), then ordinary queries.
QUERIES=${QUERIES:-'readiness|resiliencia|planejamento|sauvegarde
breakwater|rompeolas|molhe|digue
sargassum|sargazo|manguezal|varech
port security|hurricane evacuation|plan de evacuación|puerto tsunami|"contingency plan"
sismo or terremoto|plano de emergência|exercice portuaire|contingencia|Callao|tsunami'}

for tool in curl wrk; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq curl wrk >/dev/null
  fi
done
mkdir -p "$OUT"

# The queries, one a line, without blanks.
LIST=$(printf '%s\n' "$QUERIES" | tr '|' '\n' | sed 's/^ *//; s/ *$//' | grep -v '^$')
COUNT=$(printf '%s\n' "$LIST" | wc -l)

urlencode() { # the bytes of $1, as a query parameter
  local LC_ALL=C
  local s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      ' ') out+=+ ;;
      *) printf -v c '%%%02X' "'$c"; out+=$c ;;
    esac
  done
  printf '%s' "$out"
}
path_of() { # the search's address for $1: the library's, or the site search's (TARGET=site)
  if [ "$TARGET" = site ]; then
    printf '/search?q=%s' "$(urlencode "$1")"
  else
    printf '/library?q=%s' "$(urlencode "$1")"
  fi
}
SERIAL=0
url_of() { # sets URL, and MISS: a session cookie of its own unless CACHED=yes (a page cache miss)
  SERIAL=$((SERIAL + 1))
  URL="$BASE$(path_of "$1")"
  MISS=()
  [ "$CACHED" = yes ] || MISS=(-H "Cookie: SESSION=bench-miss-$RUN-$SERIAL")
}

# p50 p95 p99 mean max n of the numbers on stdin (nearest rank).
stats() {
  sort -n | awk '{a[NR]=$1; s+=$1}
    function pct(p,  i) { i = int(p / 100 * NR); if (i < p / 100 * NR) i++; if (i < 1) i = 1; return a[i] }
    END { if (NR == 0) { print "- - - - - 0"; exit } printf "%.1f %.1f %.1f %.1f %.1f %d\n", pct(50), pct(95), pct(99), s / NR, a[NR], NR }'
}

if [ "$DB" = embedded ]; then
  # The dev portal's embedded PostgreSQL (user and database postgres): its port is in postmaster.pid.
  PID_FILE=.data/postgres/postmaster.pid
  [ -f "$PID_FILE" ] || { echo "no $PID_FILE: is the dev portal running from $PWD?" >&2; exit 1; }
  DB="postgresql://postgres@localhost:$(sed -n 4p "$PID_FILE")/postgres"
fi

# EXPLAIN (ANALYZE, BUFFERS) of the SQL of the listing page, for EXPLAIN_QUERIES: run after the
# sequential pass, while the machine is quiet; printed at the end.
explain_sql() {
  EXPLAIN=$OUT/search-explain.txt; : > "$EXPLAIN"
  echo "| query | matches | query ms | listing ms | headlines ms | SQL total ms | HTTP median ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  while IFS= read -r q; do
    # Keep in step with LibrarySearch (RANKED_MATCHES is "ranked" here).
    psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -v q="$q" -v lang="$LANGUAGE" -v levels=PUBLIC -v ranked=200 > "$OUT/search-explain-one.txt" <<'SQL'
-- The statements LibrarySearch.search() runs for /library?q=... (best match, first page), in one
-- read-only transaction: the words as one tsquery (sequential scans off), the ranked page of rows
-- with their count, and the headlines of the rows shown. Planning + execution of each.
begin read only;
\echo '-- query'
explain (analyze) select set_config('enable_seqscan', 'off', true), (websearch_to_tsquery('english', :'q') || websearch_to_tsquery('spanish', :'q') || websearch_to_tsquery('portuguese', :'q') || websearch_to_tsquery('french', :'q'))::text;
select set_config('enable_seqscan', 'off', true), (websearch_to_tsquery('english', :'q') || websearch_to_tsquery('spanish', :'q') || websearch_to_tsquery('portuguese', :'q') || websearch_to_tsquery('french', :'q'))::text as query \gset
\set tsq 'cast(' :'query' ' as tsquery)'
\set levels_array 'string_to_array(' :'levels' ', '','')'
\set listing 'with body as materialized (select d.id, d.published_at from library_document d where d.status = ''PUBLISHED'' and d.search @@ ' :tsq ' and d.access_level = any(' :levels_array ')), titled as materialized (select d.id, d.published_at, d.access_level = any(' :levels_array ') as readable from library_document d where d.status = ''PUBLISHED'' and d.meta_search @@ ' :tsq '), m as (select id, published_at, true as readable, false as titled from body where id not in (select id from titled) union all select id, published_at, readable, true from titled), cut as materialized (select id, readable from m order by titled desc, published_at desc, id desc limit ' :ranked '), ranked as materialized (select c.id, ts_rank(case when c.readable then d.rank_search else d.meta_search end, ' :tsq ', 1) as rank from cut c join library_document d on d.id = c.id), page as (select m.id, count(*) over () as total, r.rank, m.published_at from m left join ranked r on r.id = m.id order by r.rank desc nulls last, m.published_at desc, m.id desc limit 20 offset 0) select d.id, coalesce(t.title, o.title) as title, coalesce(t.language, o.language) as title_language, d.doc_type, d.country_code, d.port, d.hazards, d.language, d.year, d.access_level, d.status, d.last_reviewed, d.published_at, v.format, v.size_bytes, false as pending_version, page.total from page join library_document d on d.id = page.id join library_description o on o.document_id = d.id and o.language = d.language left join library_description t on t.document_id = d.id and t.language = ' :'lang' ' left join library_version v on v.id = d.current_version_id order by page.rank desc nulls last, page.published_at desc, page.id desc'
select coalesce(max(total), 0) as matches, coalesce(string_agg(id::text, ','), '') as ids from (:listing) l \gset
\echo '-- listing'
explain (analyze, buffers) :listing;
\echo '-- headlines'
explain (analyze, buffers) with mine as materialized (select p.document_id, p.seq, p.text, p.search from library_passage p join library_document d on d.id = p.document_id where p.document_id = any(string_to_array(:'ids', ',')::bigint[]) and d.access_level = any(string_to_array(:'levels', ','))), best as materialized (select distinct on (document_id) document_id, text from mine where search @@ :tsq order by document_id, ts_rank(search, :tsq) desc, seq) select d.id, ts_headline(library_ts_config(d.language), coalesce(b.text, coalesce(t.description, o.description)), :tsq, 'MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … ", StartSel=' || U&'\E000' || ', StopSel=' || U&'\E001') from library_document d join library_description o on o.document_id = d.id and o.language = d.language left join library_description t on t.document_id = d.id and t.language = :'lang' left join best b on b.document_id = d.id where d.id = any(string_to_array(:'ids', ',')::bigint[]);
commit;
\echo '-- matches' :matches
SQL
    { echo "==== q=$q (lang=$LANGUAGE, levels=PUBLIC)"; cat "$OUT/search-explain-one.txt"; echo; } >> "$EXPLAIN"
    awk -v q="$q" -v http="$(awk -F'\t' -v q="$q" '$1 == q {print $3}' "$SEQ" | stats | cut -d' ' -f1)" '
      /^-- (query|listing|headlines)/ {part = $2}
      /^-- matches/ {matches = $3}
      /Planning Time|Execution Time/ {ms[part] += $3}
      END { if (http == "" || http == "-") http = "(not in QUERIES)"
            printf "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s |\n", q, matches, ms["query"], ms["listing"],
                   ms["headlines"], ms["query"] + ms["listing"] + ms["headlines"], http }' "$OUT/search-explain-one.txt"
  done < <(printf '%s\n' "$EXPLAIN_QUERIES" | tr '|' '\n' | grep -v '^$')
  rm -f "$OUT/search-explain-one.txt"
}

code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/library" || true)
if [ "$code" != 200 ]; then
  echo "GET $BASE/library answered ${code:-nothing}: is the portal running there?" >&2
  exit 1
fi

echo "== $TARGET search on $BASE, Accept-Language: $LANGUAGE, $COUNT queries, CACHED=$CACHED"

# The site search keeps the results pages it found until the index changes (SearchResults): with a
# database, its version is moved first, so that the first pass below finds each page afresh.
if [ "$TARGET" = site ] && [ -n "$DB" ]; then
  psql -X -q -At -d "$DB" -c "select nextval('search_index_version')" > /dev/null
fi

# Warm-up: every query once (its number of matches read from the page, and its time: the first
# search of it), then wrk for a while.
MATCHES=$OUT/search-matches.tsv; : > "$MATCHES"
PAGE=$OUT/search-page.html
while IFS= read -r q; do
  url_of "$q"
  seconds=$(curl -s -o "$PAGE" -w '%{time_total}' -H "Accept-Language: $LANGUAGE" "${MISS[@]}" "$URL")
  n=$(grep -o 'class="result-count"[^>]*>[^<]*' "$PAGE" | sed 's/.*>//' | tr -cd '0-9' || true)
  printf '%s\t%s\t%s\n' "$q" "${n:-0}" "$(awk -v s="$seconds" 'BEGIN {printf "%.1f", s * 1000}')" >> "$MATCHES"
done <<< "$LIST"
rm -f "$PAGE"

LUA=$OUT/search-paths.lua
{
  echo "-- Generated by bench/search.sh: cycles through the search paths, each thread from its own place."
  echo "local paths = {"
  while IFS= read -r q; do printf '  "%s",\n' "$(path_of "$q")"; done <<< "$LIST"
  echo "}"
  cat <<'LUA'
local threads = 0
function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end
local i, run, unique = 0, "", true
function init(args)
  i = offset or 0
  run, unique = args[1] or "r", args[2] ~= "yes"
end
function request()
  i = i + 1
  local path = paths[(i % #paths) + 1]
  if unique then
    -- A session cookie of its own (no session has it): never served from the page cache.
    return wrk.format(nil, path, {["Cookie"] = "SESSION=bench-miss-" .. run .. "-" .. (offset or 0) .. "-" .. i})
  end
  return wrk.format(nil, path)
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %.1f %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.mean / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
LUA
} > "$LUA"

WRK_RUNS=0
wrk_run() { # connections duration
  local threads=$THREADS
  [ "$1" -lt "$threads" ] && threads=$1
  WRK_RUNS=$((WRK_RUNS + 1))
  wrk -t"$threads" -c"$1" -d"$2" --timeout 10s -s "$LUA" -H "Accept-Language: $LANGUAGE" "$BASE" \
      -- "$RUN-$WRK_RUNS" "$CACHED" \
    | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7, $8}'
}
wrk_run 4 "$WARMUP" > /dev/null

# Sequential: one query at a time, a new connection each (curl's time_total).
SEQ=$OUT/search-sequential.tsv; : > "$SEQ"
for round in $(seq 1 "$ROUNDS"); do
  while IFS= read -r q; do
    url_of "$q"
    read -r status seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
      -H "Accept-Language: $LANGUAGE" "${MISS[@]}" "$URL")
    printf '%s\t%s\t%s\n' "$q" "$status" "$(awk -v s="$seconds" 'BEGIN {printf "%.2f", s * 1000}')" >> "$SEQ"
  done <<< "$LIST"
done
SQL_TABLE=$OUT/search-sql.md
if [ -n "$DB" ] && [ "$TARGET" != site ]; then explain_sql > "$SQL_TABLE"; fi

echo
echo "| query | matches | first ms | median ms | max ms |"
echo "|---|---:|---:|---:|---:|"
while IFS= read -r q; do
  m=$(awk -F'\t' -v q="$q" '$1 == q {print $2; exit}' "$MATCHES")
  first=$(awk -F'\t' -v q="$q" '$1 == q {print $3; exit}' "$MATCHES")
  read -r p50 p95 p99 mean max n < <(awk -F'\t' -v q="$q" '$1 == q {print $3}' "$SEQ" | stats)
  echo "| $q | $m | $first | $p50 | $max |"
done <<< "$LIST"

SEQ_ERRORS=$(awk -F'\t' '$2 != 200' "$SEQ" | wc -l)
RESULTS=$OUT/search-results.md
{
  echo
  echo "| pass | queries | errors | req/s | p50 ms | p95 ms | p99 ms | mean ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  read -r p50 p95 p99 mean max n < <(cut -f3 "$MATCHES" | stats)
  echo "| first search of each (curl, 1 × $COUNT) | $n | – | – | $p50 | $p95 | $p99 | $mean |"
  read -r p50 p95 p99 mean max n < <(cut -f3 "$SEQ" | stats)
  echo "| sequential (curl, $ROUNDS × $COUNT) | $n | $SEQ_ERRORS | – | $p50 | $p95 | $p99 | $mean |"
  for c in $CLIENTS; do
    read -r reqs rps p50 p95 p99 mean errors < <(wrk_run "$c" "$DURATION")
    echo "| $c concurrent (wrk, $DURATION) | $reqs | $errors | $rps | $p50 | $p95 | $p99 | $mean |"
  done
  echo
  echo "$([ "$TARGET" = site ] && echo Site || echo Library) search on $BASE ($COUNT different queries, Accept-Language: $LANGUAGE, $(
    [ "$CACHED" = yes ] && echo "the same URLs: page cache hits" || echo "each request a page cache miss")),"
  echo "$(nproc) cores shared by the client, the portal and PostgreSQL."
} | tee "$RESULTS"

echo
if [ "$TARGET" = site ]; then
  exit 0
fi
if [ -z "$DB" ]; then
  echo "(No DB given, so no EXPLAIN: DB=safeports_bench, DB=postgresql://... or DB=embedded.)"
  exit 0
fi
echo "== SQL of the listing page, EXPLAIN (ANALYZE, BUFFERS) on $DB, anonymous reader (PUBLIC)"
cat "$SQL_TABLE"
echo
echo "SQL ms: planning + execution of each statement as EXPLAIN ANALYZE measures it, on a quiet machine"
echo "after the sequential pass (with literals; the portal's prepared statements may use a generic"
echo "plan). HTTP median: the sequential pass. The plans: $OUT/search-explain.txt."
