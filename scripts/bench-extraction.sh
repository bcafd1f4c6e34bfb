#!/usr/bin/env bash
# Accuracy and throughput of recommendation extraction (docs/benchmarks.md, "Extraction accuracy and throughput").
#   scripts/bench-extraction.sh [--seconds N] [--disagreements FILE]
# The JVM is pinned to one CPU core (taskset) so that throughput is that of one core, JIT and GC included.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c 0); fi
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g -XX:ActiveProcessorCount=1}"
exec "${PIN[@]}" "$ROOT/scripts/bench-run.sh" org.troika.ingest.bench.ExtractionBenchmark "$@"
