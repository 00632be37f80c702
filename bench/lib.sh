# What the wrk benchmarks share (bench/page-load.sh, grade-filter.sh, api-auth.sh): sourced, not run.
# Each sets PORT, then: bench_init; [bench_demo_national]; bench_serve [--access-log] [ARGS…]; bench_sign_in USER PW;
# bench_measure URL [HEADER]; bench_server_time. The application is stopped and the work directory removed on exit,
# whatever happens (without letting the clean-up change the script's exit status).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP=""

bench_init() {
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
  "$ROOT/jixiao" --version > /dev/null   # builds the jar when it is missing or older than the sources (before the
                                        # start-up wait below: a build inside it outlasted the wait)
  WORK=$(mktemp -d /tmp/jixiao-bench.XXXX)
  export JIXIAO_DATA_DIR="$WORK/data" SERVER_PORT=$PORT
  trap bench_cleanup EXIT
}

bench_cleanup() {
  set +e   # an EXIT trap under `set -e` ended the script with 1 when `kill` found the application already stopped
  [[ -n "$APP" ]] && { kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; }
  rm -rf "$WORK"
}

# bench_serve [--access-log] [ARGS…]: `jixiao serve` in the background (Tomcat's access log with %D, the server time
# of each request, when asked), waiting until the login page answers.
bench_serve() {
  local log=()
  if [[ "${1:-}" == --access-log ]]; then
    shift
    log=(--server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK/logs"
         --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.buffered=false
         '--server.tomcat.accesslog.pattern=%r %s %b %D')
  fi
  "$ROOT/jixiao" serve "${log[@]}" --logging.level.root=WARN "$@" > "$WORK/server.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do curl -fs -o /dev/null "localhost:$PORT/login" && return 0; sleep 1; done
  echo "the application did not answer on port $PORT" >&2; tail -20 "$WORK/server.log" >&2; exit 1
}

bench_stop() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; }

# bench_sign_in USER PASSWORD: through the login form (retried while the demo accounts are still being loaded);
# sets SESSION to the session cookie's value.
bench_sign_in() {
  local jar="$WORK/cookies" csrf to
  for _ in $(seq 1 120); do
    rm -f "$jar"
    csrf=$(curl -fs -c "$jar" "localhost:$PORT/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
    to=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' \
      -d "username=$1&password=$2&_csrf=$csrf" "localhost:$PORT/login")
    if [[ -n "$to" && "$to" != *error* ]]; then
      SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")
      return 0
    fi
    sleep 1
  done
  echo "could not sign in as $1" >&2; tail -20 "$WORK/server.log" >&2; exit 1
}

# bench_measure URL [HEADER] (CLIENTS, DURATION, WARMUP=15s): a warm-up run of wrk (JIT, caches, pools), then the
# measured one with its latency distribution. With --access-log, the lines of the measured run are marked.
bench_measure() {
  local threads=$(( CLIENTS < 2 ? CLIENTS : 2 )) header=${2:-"X-Bench: 1"}
  wrk -t"$threads" -c"$CLIENTS" -d"${WARMUP:-15s}" -H "$header" "$1" > /dev/null
  sleep 2
  if [[ -d "$WORK/logs" ]]; then cat "$WORK"/logs/access* | wc -l > "$WORK/mark"; fi
  wrk -t"$threads" -c"$CLIENTS" -d"$DURATION" --latency -H "$header" "$1"
}

# bench_server_time: percentiles of Tomcat's %D (request read → response written, µs) over the measured run's 200s.
# It leaves out the time a request waited in Tomcat's queue for a worker; wrk's latency (the client's) includes it.
bench_server_time() {
  bench_stop
  tail -n +"$(( $(cat "$WORK/mark") + 1 ))" <(cat "$WORK"/logs/access*) | awk '$(NF-2) == 200 {print $NF}' | sort -n | awk '
    {v[NR] = $1} END {
      if (NR == 0) { print "no measured requests in the access log"; exit 1 }
      printf "server time (Tomcat %%D, µs → ms) over %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        NR, v[int(NR * 0.50 + 0.5)] / 1000, v[int(NR * 0.95 + 0.5)] / 1000, v[int(NR * 0.99 + 0.5)] / 1000, v[NR] / 1000 }'
}
