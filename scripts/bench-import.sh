#!/usr/bin/env bash
# Bulk import throughput into H2 and PostgreSQL in one run (docs/benchmarks.md, "Bulk import").
#   scripts/bench-import.sh [--rows N]        (default 200,000 rows made from the real UPR Info export)
# Starts the throw-away local PostgreSQL (scripts/postgres-local.sh) and imports into a database of its own,
# troika_import_bench, emptied before each run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval "$("$ROOT/scripts/postgres-local.sh" start)"
PGPORT="${TROIKA_PG_PORT:-54329}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if ! "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='troika_import_bench'" | grep -q 1; then
  "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres troika_import_bench
fi
export TROIKA_BENCH_PG_URL="jdbc:postgresql://127.0.0.1:$PGPORT/troika_import_bench"
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}"
exec "$ROOT/scripts/bench-run.sh" org.troika.ingest.bench.ImportBenchmark "$@"
