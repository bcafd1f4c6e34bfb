#!/usr/bin/env bash
# Bounded memory: imports a UPR Info export of about 200 MB (made from the real one) into a fresh embedded
# database with a small heap, and reports time and peak memory (docs/import.md, "Large files").
#   scripts/import-large-file.sh [--mb 200] [--xmx 256m]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MB=200; XMX=256m
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) MB="$2"; shift 2 ;;
    --xmx) XMX="$2"; shift 2 ;;
    *) echo "usage: $0 [--mb N] [--xmx SIZE]" >&2; exit 2 ;;
  esac
done
FILE="$ROOT/target/bench-import/upr-info-${MB}mb.csv"
DATA="$ROOT/target/bench-import/large-data-$$"
[ -f "$FILE" ] || "$ROOT/scripts/bench-run.sh" org.troika.ingest.bench.LargeUprInfoFile --mb "$MB" --out "$FILE"
cd "$ROOT" && ./troika build >/dev/null
source "$ROOT/scripts/java-home.sh"
echo "importing $FILE ($(du -h "$FILE" | cut -f1)) with -Xmx$XMX into $DATA" >&2
# The launcher's java command, with a small heap; /usr/bin/time reports the peak resident memory.
TROIKA_JAVA_OPTS="-Xmx$XMX" /usr/bin/time -v "$ROOT/troika" import --data "$DATA" "$FILE" 2> >(grep -E "Maximum resident|Elapsed|troika" >&2) | grep -v "^  created review"
rm -rf "$DATA"
