#!/usr/bin/env bash
# Pages on a slow link (issue 11). Starts the packaged jar with --demo on loopback with a fresh data
# directory, then PageWeight opens each main page as officer-a, planner-a and admin in Debian's
# headless Chromium throttled by Chromium itself to 400 kbit/s with 400 ms round trips, and prints
# the bytes on the wire and the load time of a first visit (empty cache) and of a repeat visit.
#
#   benchmarks/pages/run.sh
#
# Needs chromium and chromium-driver (apt-get install -y chromium chromium-driver).
# Build the jar first (./mvnw -B -DskipTests package) or let this script do it.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-18090}
DATA=$(mktemp -d /tmp/livelihood-pages-bench.XXXXXX)

JAR=$(ls target/livelihood-match-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/livelihood-match-*.jar | grep -v original | head -1)
fi

java -Xmx2g ${JAVA_OPTS:-} -jar "$JAR" --demo --server.address=127.0.0.1 --server.port="$PORT" \
  --livelihood.data-dir="$DATA" >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true
      cp "$DATA/app.log" /tmp/livelihood-pages-bench-app.log || true; rm -rf "$DATA"' EXIT

for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then cat "$DATA/app.log"; exit 1; fi
  sleep 1
done
echo "service up on port $PORT, commit $(git rev-parse --short HEAD), $(date -I)"

./mvnw -B -q -Pbenchmarks test-compile exec:java \
  -Dexec.mainClass=org.livelihoodmatch.benchmarks.pages.PageWeight \
  -Dexec.args="http://127.0.0.1:$PORT demo-pass"
