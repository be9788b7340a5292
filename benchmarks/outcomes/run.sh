#!/usr/bin/env bash
# Back-test of expected retention (issue 10): uplift of the retention-aware matcher over the
# retention-blind one against a hidden ground truth, calibration by decile, cost per match.
#
#   benchmarks/outcomes/run.sh [seed (42)] [placements per month (250)]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o -Pbenchmarks test-compile exec:java \
  -Dexec.mainClass=org.livelihoodmatch.outcome.RetentionBackTest -Dexec.classpathScope=test \
  -Dexec.args="${1:-42} ${2:-250}"
