#!/usr/bin/env bash
# Runs one benchmark from a clean clone: picks a JDK >= 21 as ./jixiao does, compiles the benchmarks and writes their
# classpath (target/cp.txt) with Maven, then runs the benchmark on its own JVM. Benchmarks that need a database start
# their own embedded PostgreSQL under target/bench-pg/ (JIXIAO_DATA_DIR, JIXIAO_DB_URL and ./data are not used).
#   bench/run.sh NAME [ARGS…]      (bench/run.sh with no NAME lists them)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage() {
  cat <<'USAGE'
bench/run.sh NAME [ARGS…]
  rollup-national [ROUNDS=10]  national roll-up vs one hand-written SQL aggregation (prints the ratio)
  rollup-monitoring [ROUNDS=20]  the national monitoring roll-up (3,261 tables, one 1–7月 round each)
  page-load [CLIENTS] [DURATION] [PATH]   the scorecard page under wrk (bench/page-load.sh; needs wrk)
  grade-filter [CLIENTS] [DURATION]      GET /api/v1/scorecards?grade=优 over the national demo (bench/grade-filter.sh; wrk)
  api-auth [CLIENTS] [DURATION] [PATH]   the JSON API with an API token against HTTP Basic (bench/api-auth.sh; wrk)
  value-grammar | parser | scoring | rollup | review [JMH options]   JMH (default -f 1 -wi 3 -i 5 -t 1)
USAGE
}
[[ $# -ge 1 ]] || { usage; exit 2; }
NAME=$1; shift
case "$NAME" in
  page-load) exec "$ROOT/bench/page-load.sh" "$@" ;;
  grade-filter) exec "$ROOT/bench/grade-filter.sh" "$@" ;;
  api-auth) exec "$ROOT/bench/api-auth.sh" "$@" ;;
  rollup-national) MAIN=org.jixiao.bench.NationalRollupBench ;;
  rollup-monitoring) MAIN=org.jixiao.bench.MonitoringRollupBench ;;
  value-grammar) JMH=ValueGrammarBenchmark ;;
  parser) JMH=ParserBenchmark ;;
  scoring) JMH=ScoringBenchmark ;;
  rollup) JMH=RollupBench ;;
  review) JMH=ReviewBenchmark ;;
  -h|--help|help) usage; exit 0 ;;
  *) echo "unknown benchmark: $NAME" >&2; usage >&2; exit 2 ;;
esac

source "$ROOT/jixiao"   # find_java only
JDK="$(find_java)"
export JAVA_HOME="$JDK"
unset JIXIAO_DATA_DIR JIXIAO_DB_URL JIXIAO_DB_USER JIXIAO_DB_PASSWORD
(cd "$ROOT" && ./mvnw -q -B -DskipTests process-test-classes >&2)   # compiles, runs the JMH generator, writes target/cp.txt
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/cp.txt")"
cd "$ROOT"
if [[ -n "${MAIN:-}" ]]; then
  exec "$JDK/bin/java" -cp "$CP" "$MAIN" "$@"
fi
[[ $# -gt 0 ]] || set -- -f 1 -wi 3 -i 5 -t 1
exec "$JDK/bin/java" -cp "$CP" org.openjdk.jmh.Main "org\.jixiao\.bench\.$JMH\." "$@"
