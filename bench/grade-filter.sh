#!/usr/bin/env bash
# Load benchmark of the list's grade filter from stored evaluations (issue 11; not a test): a fresh embedded
# PostgreSQL, `jixiao demo national` (3,261 scorecards, each stored with its evaluation), then the built application
# answers GET /api/v1/scorecards?grade=优 for CLIENTS connections during DURATION (closed loop, after a warm-up),
# signed in as admin through the login form. Reports wrk's latency and Tomcat's server time per request (%D).
# Loopback only; stops the application at the end.
#   bench/grade-filter.sh [clients=10] [duration=30s] [query=grade=优]
set -euo pipefail
CLIENTS=${1:-10}; DURATION=${2:-30s}; QUERY=${3:-grade=%E4%BC%98}; PORT=${BENCH_PORT:-18102}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[[ -f "$ROOT/target/jixiao.jar" ]] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
WORK=$(mktemp -d /tmp/jixiao-bench.XXXX)
export JIXIAO_DATA_DIR="$WORK/data" SERVER_PORT=$PORT JIXIAO_ADMIN_PASSWORD=bench-admin-password
"$ROOT/jixiao" demo national > "$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; exit 1; }
grep -a "generated" "$WORK/demo.log" || true
"$ROOT/jixiao" serve --jixiao.demo-data=false --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK/logs" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.buffered=false \
  '--server.tomcat.accesslog.pattern=%r %s %b %D' --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"; true' EXIT
for _ in $(seq 1 180); do curl -fs -o /dev/null "localhost:$PORT/login" && break; sleep 1; done
JAR="$WORK/cookies"
csrf=$(curl -fs -c "$JAR" "localhost:$PORT/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=admin&password=$JIXIAO_ADMIN_PASSWORD&_csrf=$csrf" "localhost:$PORT/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")
URL="http://127.0.0.1:$PORT/api/v1/scorecards?$QUERY"
curl -fs -H "Cookie: SESSION=$SESSION" "$URL" -o "$WORK/page.json" || { echo "could not read $URL as admin" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
echo "GET /api/v1/scorecards?$QUERY: $(grep -o '"total":[0-9]*' "$WORK/page.json") of $(curl -fs -H "Cookie: SESSION=$SESSION" "http://127.0.0.1:$PORT/api/v1/scorecards?size=1" | grep -o '"total":[0-9]*'), $(wc -c < "$WORK/page.json") bytes"
THREADS=$(( CLIENTS < 2 ? CLIENTS : 2 ))
wrk -t"$THREADS" -c"$CLIENTS" -d15s -H "Cookie: SESSION=$SESSION" "$URL" > /dev/null   # warm-up: JIT, caches, pools
sleep 2; : > "$WORK/logs/mark"; for f in "$WORK"/logs/access*; do wc -l < "$f" > "$WORK/logs/mark"; done
wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$URL"
kill $APP; wait $APP 2>/dev/null || true
skip=$(cat "$WORK/logs/mark")
tail -n +"$((skip + 1))" "$WORK"/logs/access* | awk '$(NF-2) == 200 {print $NF}' | sort -n | awk '
  {v[NR] = $1} END {
    if (NR == 0) { print "no measured requests in the access log"; exit 1 }
    printf "server time (Tomcat %%D, µs → ms) over %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      NR, v[int(NR * 0.50 + 0.5)] / 1000, v[int(NR * 0.95 + 0.5)] / 1000, v[int(NR * 0.99 + 0.5)] / 1000, v[NR] / 1000 }'
