#!/usr/bin/env bash
# Time from `java -jar` to /actuator/health UP with the embedded PostgreSQL, on a fresh data
# directory (first start: initdb + migrations) and again on the same directory (restart).
# Usage: benchmarks/startup/measure.sh [runs]   (after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=$(ls target/livelihood-match-*.jar | head -1)
port=18080
measure() {
  local dir=$1 start end
  start=$(date +%s%N)
  java -jar "$jar" --server.port=$port --livelihood.data-dir="$dir" >"$dir.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    sleep 0.1
    kill -0 $pid 2>/dev/null || { echo "service died, see $dir.log"; exit 1; }
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/lm-startup-XXXX)
  rm -rf "$dir"
  first=$(measure "$dir")
  again=$(measure "$dir")
  echo "run $i: first start ${first} ms, restart ${again} ms"
  rm -rf "$dir" "$dir.log"
done
