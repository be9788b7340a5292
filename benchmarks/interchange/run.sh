#!/usr/bin/env bash
# Speed of the client import (issue 12). Starts the packaged jar on loopback with a fresh data
# directory, runs ImportLoad (a dry run, the import, the same file again, every row changed, and in
# the same run the baselines: a tenth of the file, and the same clients posted one by one through
# POST /api/v1/clients), stops the jar.
#
#   benchmarks/interchange/run.sh [rows (5000)]
#
# Build the jar first (./mvnw -B -DskipTests package) or let this script do it.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROWS=${1:-5000}
PORT=${PORT:-18082}
DATA=$(mktemp -d /tmp/livelihood-interchange-bench.XXXXXX)
ADMIN_PASSWORD="bench-admin-$(date +%s)"

JAR=$(ls target/livelihood-match-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/livelihood-match-*.jar | grep -v original | head -1)
fi

LIVELIHOOD_ADMIN_PASSWORD="$ADMIN_PASSWORD" java -Xmx2g -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} \
  -jar "$JAR" --server.port="$PORT" --livelihood.data-dir="$DATA" >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; rm -rf "$DATA"' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then cat "$DATA/app.log"; exit 1; fi
  sleep 1
done
echo "service up on port $PORT, commit $(git rev-parse --short HEAD), $(date -I)"

./mvnw -B -q -Pbenchmarks test-compile exec:java \
  -Dexec.mainClass=org.livelihoodmatch.benchmarks.interchange.ImportLoad \
  -Dexec.args="http://127.0.0.1:$PORT $ADMIN_PASSWORD $ROWS"
