#!/usr/bin/env bash
# Throughput of the JSON API with an API token against HTTP Basic (not a test): starts the built application
# (target/jixiao.jar) on a fresh embedded PostgreSQL with the demo data, creates an API token for suining-filler,
# then wrk keeps CLIENTS connections busy on PATH for DURATION, first with Basic (bcrypt on every call), then with
# the token (one indexed lookup). Prints both wrk summaries and the ratio. Loopback only; stops the application.
#   bench/api-auth.sh [clients=20] [duration=20s] [path=/api/v1/me]
set -euo pipefail
CLIENTS=${1:-20}; DURATION=${2:-20s}; PATH_=${3:-/api/v1/me}; PORT=${BENCH_PORT:-18104}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_init
bench_serve
BASIC="Authorization: Basic $(printf 'suining-filler:jixiao-demo' | base64)"
for _ in $(seq 1 180); do   # the demo users are loaded while the server already answers
  curl -fs -o /dev/null -H "$BASIC" "localhost:$PORT/api/v1/me" && break; sleep 1
done
TOKEN=$(curl -fs -H "$BASIC" -H 'Content-Type: application/json' -d '{"name":"bench"}' "localhost:$PORT/api/v1/tokens" \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
[[ "$TOKEN" == jx_* ]] || { echo "could not create an API token" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
WARMUP=5s
echo "== HTTP Basic, $CLIENTS clients, $PATH_"; basic=$(bench_measure "http://127.0.0.1:$PORT$PATH_" "$BASIC"); echo "$basic"
echo "== API token, $CLIENTS clients, $PATH_"; token=$(bench_measure "http://127.0.0.1:$PORT$PATH_" "Authorization: Bearer $TOKEN"); echo "$token"
b=$(awk '/Requests\/sec/ {print $2}' <<<"$basic"); t=$(awk '/Requests\/sec/ {print $2}' <<<"$token")
echo "requests/s: Basic $b, token $t, ratio $(awk -v b="$b" -v t="$t" 'BEGIN {printf "%.1f", t / b}')"
