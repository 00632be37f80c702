#!/usr/bin/env bash
# Load benchmark of the scorecard page (not a test): starts the built application (target/jixiao.jar) on a fresh
# embedded PostgreSQL with the demo data, signs in through the login form as suining-filler (a 填报人 who may edit:
# the heaviest page, every cell editable), then wrk keeps CLIENTS connections busy on /scorecards/1 for DURATION
# (closed loop, no think time) after a warm-up. Reports the client-side latency (wrk) and the server time of
# every measured request from Tomcat's access log (%D: request read → response written).
# Loopback only; bounded by DURATION; stops the application at the end.
#   bench/page-load.sh [clients=20] [duration=30s] [path=/scorecards/1]
set -euo pipefail
CLIENTS=${1:-20}; DURATION=${2:-30s}; PATH_=${3:-/scorecards/1}; PORT=${BENCH_PORT:-18099}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
"$ROOT/jixiao" --version > /dev/null   # builds the jar first when it is missing or older than the sources (a build
                                      # inside the start-up wait below outlasted it and the run ended without a word)
WORK=$(mktemp -d /tmp/jixiao-bench.XXXX)
export JIXIAO_DATA_DIR="$WORK/data" SERVER_PORT=$PORT
"$ROOT/jixiao" serve --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK/logs" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.buffered=false \
  '--server.tomcat.accesslog.pattern=%r %s %b %D' --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"; true' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "localhost:$PORT/login" && break; sleep 1; done
JAR="$WORK/cookies"
signed_in=""
for _ in $(seq 1 120); do   # the demo users and tables are loaded while the server already answers
  rm -f "$JAR"
  csrf=$(curl -fs -c "$JAR" "localhost:$PORT/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  to=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' \
    -d "username=suining-filler&password=jixiao-demo&_csrf=$csrf" "localhost:$PORT/login")
  if [[ -n "$to" && "$to" != *error* ]]; then
    size=$(curl -s -b "$JAR" -o "$WORK/page.html" -w '%{size_download}' "localhost:$PORT$PATH_")
    grep -q 'id="sheet"' "$WORK/page.html" && { signed_in=yes; break; }
  fi
  sleep 1
done
[[ -n "$signed_in" ]] || { echo "could not sign in and open $PATH_ as suining-filler" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")
echo "page $PATH_: $size bytes, signed in as suining-filler"
THREADS=$(( CLIENTS < 2 ? CLIENTS : 2 ))
wrk -t"$THREADS" -c"$CLIENTS" -d15s -H "Cookie: SESSION=$SESSION" "http://127.0.0.1:$PORT$PATH_" > /dev/null   # warm-up: JIT, caches, pools
sleep 2; : > "$WORK/logs/mark"; for f in "$WORK"/logs/access*; do wc -l < "$f" > "$WORK/logs/mark"; done
wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "http://127.0.0.1:$PORT$PATH_"
kill $APP; wait $APP 2>/dev/null || true
skip=$(cat "$WORK/logs/mark")
tail -n +"$((skip + 1))" "$WORK"/logs/access* | awk '$(NF-2) == 200 {print $NF}' | sort -n | awk '
  {v[NR] = $1} END {
    if (NR == 0) { print "no measured requests in the access log"; exit 1 }
    printf "server time (Tomcat %%D, µs → ms) over %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      NR, v[int(NR * 0.50 + 0.5)] / 1000, v[int(NR * 0.95 + 0.5)] / 1000, v[int(NR * 0.99 + 0.5)] / 1000, v[NR] / 1000 }'
