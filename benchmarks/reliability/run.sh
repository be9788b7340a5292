#!/usr/bin/env bash
# Reliability probes of issue 15 against the packaged jar on loopback, with a fresh data directory:
#  1. durability burst: vacancies posted from THREADS threads for BURST_SECONDS, then kill -9 of the
#     service and of its embedded PostgreSQL together; restart; every vacancy answered 201 must be there;
#  2. huge-body burst: BODIES concurrent bodies of MB megabytes each while /actuator/health is probed
#     every 100 ms: no 500, the service answering throughout.
#
#   benchmarks/reliability/run.sh [burst seconds (10)] [threads (16)] [bodies (16)] [MB (9)]
set -euo pipefail
cd "$(dirname "$0")/../.."

BURST_SECONDS=${1:-10}
THREADS=${2:-16}
BODIES=${3:-16}
MB=${4:-9}
PORT=${PORT:-18082}
DATA=$(mktemp -d /tmp/livelihood-reliability.XXXXXX)
ADMIN_PASSWORD="probe-admin-$(date +%s)-x"
BASE="http://127.0.0.1:$PORT"

JAR=$(ls target/livelihood-match-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/livelihood-match-*.jar | grep -v original | head -1)
fi
./mvnw -B -q -Pbenchmarks test-compile
CP="target/test-classes:target/classes:$(./mvnw -B -q -Pbenchmarks dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
probe() { java -cp "$CP" org.livelihoodmatch.benchmarks.reliability.ReliabilityProbe "$@"; }

start() {
  LIVELIHOOD_ADMIN_PASSWORD="$ADMIN_PASSWORD" java -Xmx1g -XX:+ExitOnOutOfMemoryError -jar "$JAR" \
    --server.port="$PORT" --livelihood.data-dir="$DATA" >>"$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    if curl -fs "$BASE/actuator/health" | grep -q UP; then return; fi
    sleep 1
  done
  echo "service did not start"; tail -50 "$DATA/app.log"; exit 1
}
cleanup() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

start
echo "commit $(git rev-parse --short HEAD), $(date -I), load $(cut -d' ' -f1-3 /proc/loadavg)"
AUTH=$(probe setup "$BASE" "$ADMIN_PASSWORD")
probe burst "$BASE" "$AUTH" "$THREADS" "$DATA/acks" &
BURST=$!
sleep "$BURST_SECONDS"
PG=$(head -1 "$DATA/postgres/postmaster.pid")
kill -9 "$APP" "$PG" 2>/dev/null || true
pkill -9 -f "postgres -D $DATA/postgres" 2>/dev/null || true
wait "$BURST" 2>/dev/null || true
start
probe check "$BASE" "$AUTH" "$DATA/acks"
probe huge "$BASE" "$AUTH" "$BODIES" "$MB"
