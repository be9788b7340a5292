#!/usr/bin/env bash
# Load benchmark of the public vacancy form (issue 5). Starts the packaged jar on loopback with a
# fresh data directory and the rate limit set high, runs FormLoad (baseline GET /actuator/health,
# then employers fetching and posting the form), checks the count in PostgreSQL, stops the jar.
#
#   benchmarks/form/run.sh [seconds measured per phase (30)] [concurrent browsers (12)] [warm-up seconds (180)]
#
# The warm-up is long on purpose: on a busy 2-core machine the JIT needs minutes to compile the
# form's paths, and before that a post costs several times the CPU it costs warm.
#
# Build the jar first (./mvnw -B -DskipTests package) or let this script do it.
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_MEASURED=${1:-30}
BROWSERS=${2:-12}
WARMUP=${3:-180}
PORT=${PORT:-18080}
DATA=$(mktemp -d /tmp/livelihood-form-bench.XXXXXX)

JAR=$(ls target/livelihood-match-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/livelihood-match-*.jar | grep -v original | head -1)
fi

java -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --livelihood.data-dir="$DATA" \
  --livelihood.form.rate-limit-per-minute=100000000 >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; rm -rf "$DATA"' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then cat "$DATA/app.log"; exit 1; fi
  sleep 1
done
PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$DATA/app.log" | awk '{print $NF}')
echo "service up on port $PORT, embedded PostgreSQL on $PG_PORT, commit $(git rev-parse --short HEAD), $(date -I)"

# The embedded database asks for its password (kept owner-only in the data directory).
export LIVELIHOOD_DB_PASSWORD="$(cat "$DATA/postgres-password")"
./mvnw -B -q -Pbenchmarks test-compile exec:java \
  -Dexec.mainClass=org.livelihoodmatch.benchmarks.form.FormLoad \
  -Dexec.args="http://127.0.0.1:$PORT jdbc:postgresql://127.0.0.1:$PG_PORT/postgres $SECONDS_MEASURED $BROWSERS $WARMUP $APP $DATA/postgres"
