#!/usr/bin/env bash
# Load benchmark of the placement lifecycle (issue 9). Starts the packaged jar on loopback with a
# fresh data directory, runs PlacementLoad (baseline GET /actuator/health, then officers placing
# clients through the API from THREADS threads, then the accept of a plan of PLAN_CLIENTS clients),
# stops the jar.
#
#   benchmarks/placement/run.sh [seconds per phase (30)] [threads (16)] [clients to place (6000)] [plan clients (2000)]
#
# Build the jar first (./mvnw -B -DskipTests package) or let this script do it.
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_MEASURED=${1:-30}
THREADS=${2:-16}
CLIENTS=${3:-6000}
PLAN_CLIENTS=${4:-2000}
PORT=${PORT:-18081}
DATA=$(mktemp -d /tmp/livelihood-placement-bench.XXXXXX)
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
  -Dexec.mainClass=org.livelihoodmatch.benchmarks.placement.PlacementLoad \
  -Dexec.args="http://127.0.0.1:$PORT $ADMIN_PASSWORD $THREADS $SECONDS_MEASURED $CLIENTS $PLAN_CLIENTS"
