#!/usr/bin/env bash
# Load benchmark of the outcome reports (issue 10). Starts the packaged jar on loopback with a
# fresh data directory, runs ReportLoad (sets up PLACEMENTS placements with visits and endings
# through the API, then from THREADS threads: baseline GET /actuator/health, the reports as the
# reporter and an officer, the reporter alone, the CSV and XLSX files, SECONDS each), stops the jar.
#
#   benchmarks/reports/run.sh [placements (5000)] [threads (4)] [seconds per phase (30)]
#
# Build the jar first (./mvnw -B -DskipTests package) or let this script do it.
set -euo pipefail
cd "$(dirname "$0")/../.."

PLACEMENTS=${1:-5000}
THREADS=${2:-4}
SECONDS_MEASURED=${3:-30}
PORT=${PORT:-18082}
DATA=$(mktemp -d /tmp/livelihood-reports-bench.XXXXXX)
ADMIN_PASSWORD="bench-admin-$(date +%s)"

JAR=$(ls target/livelihood-match-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/livelihood-match-*.jar | grep -v original | head -1)
fi

LIVELIHOOD_ADMIN_PASSWORD="$ADMIN_PASSWORD" java -Xmx2g -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} \
  -jar "$JAR" --server.port="$PORT" --livelihood.data-dir="$DATA" >"$DATA/app.log" 2>&1 &
APP=$!
# the service's log outlives the run (its errors are the first thing to read when a step fails)
# (each step may fail: under set -e a failing step would end the trap before the data is removed)
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true
      cp "$DATA/app.log" /tmp/livelihood-reports-bench-app.log || true; rm -rf "$DATA"' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then cat "$DATA/app.log"; exit 1; fi
  sleep 1
done
echo "service up on port $PORT, commit $(git rev-parse --short HEAD), $(date -I), load $(cut -d' ' -f1-3 /proc/loadavg)"

./mvnw -B -q -Pbenchmarks test-compile exec:java \
  -Dexec.mainClass=org.livelihoodmatch.benchmarks.reports.ReportLoad \
  -Dexec.args="http://127.0.0.1:$PORT $ADMIN_PASSWORD $PLACEMENTS $THREADS $SECONDS_MEASURED"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
