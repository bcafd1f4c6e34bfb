#!/usr/bin/env bash
# Rebuilds src/main/resources/demo/kazakhstan-upr.json from the public documents in ../shared
# through Troika's own extractor; prints every discrepancy between the reports and the UPR Info rows.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec scripts/bench-run.sh org.troika.demo.DemoBundleBuilder "$@"
