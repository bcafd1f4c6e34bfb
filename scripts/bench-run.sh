#!/usr/bin/env bash
# Runs a benchmark main class from src/test/java with the test classpath:
#   scripts/bench-run.sh org.troika.search.bench.SearchBenchmark [args...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/java-home.sh"
cd "$ROOT"
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
MAIN="$1"; shift
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx8g} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" "$MAIN" "$@"
