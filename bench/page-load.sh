#!/usr/bin/env bash
# Load benchmark of the scorecard page (not a test): starts the built application (target/jixiao.jar) on a fresh
# embedded PostgreSQL with the demo data, signs in through the login form as suining-filler (a 填报人 who may edit:
# the heaviest page, every cell editable), then wrk keeps CLIENTS connections busy on /scorecards/1 for DURATION
# (closed loop, no think time) after a warm-up. Reports the client-side latency (wrk: includes any wait in Tomcat's
# queue for a worker) and the server time of every measured request from Tomcat's access log (%D: request read →
# response written, on a worker). Loopback only; bounded by DURATION; stops the application at the end.
#   bench/page-load.sh [clients=20] [duration=30s] [path=/scorecards/1]
set -euo pipefail
CLIENTS=${1:-20}; DURATION=${2:-30s}; PATH_=${3:-/scorecards/1}; PORT=${BENCH_PORT:-18099}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init
bench_serve --access-log
bench_sign_in suining-filler jixiao-demo
for _ in $(seq 1 120); do   # the demo tables are loaded while the server already answers
  size=$(curl -s -H "Cookie: SESSION=$SESSION" -o "$WORK/page.html" -w '%{size_download}' "localhost:$PORT$PATH_")
  grep -q 'id="sheet"' "$WORK/page.html" && break
  sleep 1
done
grep -q 'id="sheet"' "$WORK/page.html" || { echo "could not open $PATH_ as suining-filler" >&2; exit 1; }
echo "page $PATH_: $size bytes, signed in as suining-filler"
bench_measure "http://127.0.0.1:$PORT$PATH_" "Cookie: SESSION=$SESSION"
bench_server_time
