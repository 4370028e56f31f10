# Shared by the bench scripts (sourced, not run): signing in, and wrk with p50/p95/p99.

# sign_in BASE EMAIL PASSWORD -> the SESSION cookie's value on stdout (empty when refused).
sign_in() {
  local base=$1 email=$2 password=$3 jar csrf
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$base/sign-in" \
    --data-urlencode "_csrf=$csrf" --data-urlencode "email=$email" --data-urlencode "password=$password"
  awk '$6=="SESSION"{print $7}' "$jar"
  rm -f "$jar"
}

# wrk_percentiles THREADS CONNECTIONS DURATION URL [SESSION] -> "req/s p50 p95 p99 requests errors"
# (latencies in ms; errors are non-2xx/3xx answers, timeouts and socket errors).
wrk_percentiles() {
  local threads=$1 connections=$2 duration=$3 url=$4 session=${5:-} lua
  lua=$(mktemp --suffix=.lua)
  cat > "$lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
    e.status + e.timeout + e.connect + e.read + e.write))
end
LUA
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s -s "$lua" \
    -H "Accept-Language: en" ${session:+-H "Cookie: SESSION=$session"} "$url" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}'
  rm -f "$lua"
}
