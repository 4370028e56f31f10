#!/usr/bin/env bash
# Server CPU per request: drives one address with wrk and divides the portal process's CPU time
# (utime + stime of /proc/<pid>/stat: request threads, the collector, the JIT compiler and the
# background threads together) by the number of requests answered. Unlike latency, the figure
# moves little when other processes share the machine, so it compares two builds fairly.
#
#   bash bench/cpu.sh http://127.0.0.1:8088/news                       # anonymous
#   COOKIE=<SESSION value> bash bench/cpu.sh http://127.0.0.1:8088/news # signed in
#   CONNECTIONS=8 DURATION=20s bash bench/cpu.sh URL
#
# For the cost of a cache miss (a full render) start the portal with
# SAFEPORTS_PAGE_CACHE_ENABLED=false. The portal's pid is found from the port it listens on
# (PID=... to give it). It also prints the request threads' share (Tomcat's http-nio-*-exec-*
# threads, from /proc/<pid>/task/*/stat): without the JIT compiler and the collector, which still
# weigh a lot on a freshly started portal, so two builds can be compared before both are warm.
set -euo pipefail

URL=${1:?usage: bench/cpu.sh URL}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-1}
LANGUAGE=${LANGUAGE:-en}
PORT=$(echo "$URL" | sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#')
PORT=${PORT:-80}
PID=${PID:-$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
[ -n "$PID" ] || { echo "no process listens on port $PORT" >&2; exit 1; }
TICKS=$(getconf CLK_TCK)

drive() { # duration
  wrk -t1 -c"$CONNECTIONS" -d"$1" --timeout 10s --latency -H "Accept-Language: $LANGUAGE" \
    ${COOKIE:+-H "Cookie: SESSION=$COOKIE"} "$URL"
}
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
# The command name is the field in parentheses; the times follow it (fields 14 and 15 of stat).
request_cpu() { # comm is cut to 15 characters: http-nio-8088-e(xec-N)
  for t in /proc/"$PID"/task/*; do
    if grep -q '^http-nio-[0-9]*-e' "$t/comm" 2>/dev/null; then
      sed 's/^.*) //' "$t/stat" | awk '{print $12 + $13}'
    fi
  done | awk '{s += $1} END {print s + 0}'
}

drive "$WARMUP" > /dev/null
before=$(cpu)
threads_before=$(request_cpu)
out=$(drive "$DURATION")
after=$(cpu)
threads_after=$(request_cpu)
requests=$(echo "$out" | awk '/requests in/ {print $1}')
errors=$(echo "$out" | awk '/Non-2xx/ {e+=$NF} /Socket errors/ {for(i=4;i<=NF;i+=2){gsub(",","",$i); e+=$i}} END {print e+0}')
echo "$out" | awk -v cpu="$(( after - before ))" -v threads="$(( threads_after - threads_before ))" -v ticks="$TICKS" -v n="$requests" -v err="$errors" '
  /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
  END {printf "requests %d, errors %d, req/s %s, p50 %s, p99 %s, server CPU per request %.2f ms, request threads %.2f ms\n",
       n, err, rps, p50, p99, (n > 0 ? cpu * 1000 / ticks / n : 0), (n > 0 ? threads * 1000 / ticks / n : 0)}'
