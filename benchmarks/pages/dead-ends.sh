#!/usr/bin/env bash
# Dead ends (issue 11): of the demo's clients of each NGO, how many have an option, how many have none
# but are told what they just miss, and how many are told nothing. Runs against a service started with
# --demo (benchmarks/pages/run.sh starts one; or ./mvnw spring-boot:run -Dspring-boot.run.arguments=--demo).
#
#   BASE=http://127.0.0.1:8080 benchmarks/pages/dead-ends.sh
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
for officer in officer-a officer-b; do
  ids=$(for page in 0 1 2 3 4; do
          curl -fs -u "$officer:demo-pass" "$BASE/api/v1/clients?size=100&page=$page" |
            python3 -c 'import json,sys; print("\n".join(c["id"] for c in json.load(sys.stdin)["items"] if c.get("status","ACTIVE")=="ACTIVE"))'
        done | sort -u)
  options=0; misses=0; nothing=0
  for id in $ids; do
    verdict=$(curl -fs -u "$officer:demo-pass" "$BASE/api/v1/clients/$id/matches?limit=5" |
      python3 -c 'import json,sys; m=json.load(sys.stdin); print("o" if m["items"] else ("m" if m.get("nearestMisses") else "n"))')
    case $verdict in o) options=$((options+1));; m) misses=$((misses+1));; n) nothing=$((nothing+1));; esac
  done
  echo "$officer: active clients $((options+misses+nothing)): with options $options, none but told what they miss $misses, told nothing $nothing"
done
