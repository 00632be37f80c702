#!/usr/bin/env bash
# Load benchmark of the list's grade filter from stored evaluations (issue 11; not a test): a fresh embedded
# PostgreSQL, `jixiao demo national` (3,261 scorecards, each stored with its evaluation), then the built application
# answers GET /api/v1/scorecards?grade=优 for CLIENTS connections during DURATION (closed loop, after a warm-up),
# signed in as admin through the login form. Reports wrk's latency and Tomcat's server time per request (%D).
# Loopback only; stops the application at the end.
#   bench/grade-filter.sh [clients=10] [duration=30s] [query=grade=优]
set -euo pipefail
CLIENTS=${1:-10}; DURATION=${2:-30s}; QUERY=${3:-grade=%E4%BC%98}; PORT=${BENCH_PORT:-18102}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init
export JIXIAO_ADMIN_PASSWORD=bench-admin-password
"$ROOT/jixiao" demo national > "$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; exit 1; }
grep -a "generated" "$WORK/demo.log" || true
bench_serve --access-log --jixiao.demo-data=false
bench_sign_in admin "$JIXIAO_ADMIN_PASSWORD"
URL="http://127.0.0.1:$PORT/api/v1/scorecards?$QUERY"
curl -fs -H "Cookie: SESSION=$SESSION" "$URL" -o "$WORK/page.json" || { echo "could not read $URL as admin" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
echo "GET /api/v1/scorecards?$QUERY: $(grep -o '"total":[0-9]*' "$WORK/page.json") of $(curl -fs -H "Cookie: SESSION=$SESSION" "http://127.0.0.1:$PORT/api/v1/scorecards?size=1" | grep -o '"total":[0-9]*'), $(wc -c < "$WORK/page.json") bytes"
bench_measure "$URL" "Cookie: SESSION=$SESSION"
bench_server_time
