#!/usr/bin/env bash
# Search at scale (docs/benchmarks.md, "Search"): N generated records (default 1,000,000) indexed by Lucene and
# loaded into a local PostgreSQL (started here via scripts/postgres-local.sh), then the same query mix on both.
#   scripts/bench-search.sh [--records N] [--passes P] [--warmup W] [--server-warm-up SECONDS] [--builds B] [--threads T]
#                            [--ram-mb M] [--no-postgres]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ " $* " != *" --no-postgres "* ]]; then
  eval "$("$ROOT/scripts/postgres-local.sh" start)"
fi
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx6g -XX:+UseParallelGC --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED}"
exec "$ROOT/scripts/bench-run.sh" org.troika.search.bench.SearchBenchmark "$@"
