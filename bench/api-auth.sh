#!/usr/bin/env bash
# Throughput of the JSON API with an API token against HTTP Basic (not a test): starts the built application
# (target/jixiao.jar) on a fresh embedded PostgreSQL with the demo data, creates an API token for suining-filler,
# then wrk keeps CLIENTS connections busy on PATH for DURATION, first with Basic (bcrypt on every call), then with
# the token (one indexed lookup). Prints both wrk summaries and the ratio. Loopback only; stops the application.
#   bench/api-auth.sh [clients=20] [duration=20s] [path=/api/v1/me]
set -euo pipefail
CLIENTS=${1:-20}; DURATION=${2:-20s}; PATH_=${3:-/api/v1/me}; PORT=${BENCH_PORT:-18104}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[[ -f "$ROOT/target/jixiao.jar" ]] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
WORK=$(mktemp -d /tmp/jixiao-bench.XXXX)
export JIXIAO_DATA_DIR="$WORK/data" SERVER_PORT=$PORT
"$ROOT/jixiao" serve --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"; true' EXIT
BASIC="Authorization: Basic $(printf 'suining-filler:jixiao-demo' | base64)"
for _ in $(seq 1 180); do   # the demo users are loaded while the server already answers
  curl -fs -o /dev/null -H "$BASIC" "localhost:$PORT/api/v1/me" && break; sleep 1
done
TOKEN=$(curl -fs -H "$BASIC" -H 'Content-Type: application/json' -d '{"name":"bench"}' "localhost:$PORT/api/v1/tokens" \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
[[ "$TOKEN" == jx_* ]] || { echo "could not create an API token" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
THREADS=$(( CLIENTS < 2 ? CLIENTS : 2 ))
run() {  # $1: header
  wrk -t"$THREADS" -c"$CLIENTS" -d5s -H "$1" "http://127.0.0.1:$PORT$PATH_" > /dev/null   # warm-up
  wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" --latency -H "$1" "http://127.0.0.1:$PORT$PATH_"
}
echo "== HTTP Basic, $CLIENTS clients, $PATH_"; basic=$(run "$BASIC"); echo "$basic"
echo "== API token, $CLIENTS clients, $PATH_"; token=$(run "Authorization: Bearer $TOKEN"); echo "$token"
b=$(awk '/Requests\/sec/ {print $2}' <<<"$basic"); t=$(awk '/Requests\/sec/ {print $2}' <<<"$token")
echo "requests/s: Basic $b, token $t, ratio $(awk -v b="$b" -v t="$t" 'BEGIN {printf "%.1f", t / b}')"
