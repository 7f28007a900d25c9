#!/usr/bin/env bash
# A new user's first `./mvnw ... spring-boot:run` on a fresh clone: seconds from the command until
# /actuator/health answers (compiling, starting Spring Boot and Camunda, demo data on a new H2 file).
# Measures the README's command beside the plain `./mvnw spring-boot:run`, which also compiles the
# test sources (the plugin's run goal forks the lifecycle up to test-compile), in alternating runs.
# Dependencies come from ~/.m2 as they would on a second project checkout (the first download of
# Maven Central is the network's speed, not the product's).
# Usage: bash src/bench/first-run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-2}
port=18090
source_repo=$(pwd)
work=$(mktemp -d)
trap 'pkill -f "server.port=$port" 2>/dev/null || true; rm -rf "$work"' EXIT

first_run() { # label, then the Maven arguments
  local label=$1; shift
  local dir="$work/clone-$RANDOM"
  git clone -q "$source_repo" "$dir"
  local start end
  start=$(date +%s.%N)
  (cd "$dir" && ./mvnw -B -q -o "$@" spring-boot:run \
      -Dspring-boot.run.arguments="--server.port=$port" >"$dir/run.log" 2>&1) &
  local pid=$!
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "$label: the run died"; tail -n 30 "$dir/run.log"; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  pkill -f "server.port=$port" 2>/dev/null || true
  wait $pid 2>/dev/null || true
  printf '%-46s until healthy %6.1f s\n' "$label" "$(echo "$end - $start" | bc)"
  rm -rf "$dir"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  first_run "README: ./mvnw -Dmaven.test.skip=true spring-boot:run #$i" -Dmaven.test.skip=true
  first_run "plain: ./mvnw spring-boot:run #$i"
done
