#!/usr/bin/env bash
# Cold start of the packaged application on H2 (a fresh file database), beside the floor measured in the
# same run and in turns with it: the bare Spring Boot + Camunda 7 starter (webapps, REST, actuator, H2;
# src/bench/floor), and on PostgreSQL (a fresh database), and the heap in use right after start; on PostgreSQL also as the Docker image starts it
# (the jar extracted with a class-data-sharing archive, src/main/docker/prepare-image.sh).
# Usage: bash src/bench/startup.sh [runs]   (STARTUP_POSTGRES=no: H2 and the floor only)
# Needs: the jar (built if missing), curl; for PostgreSQL a server at PGHOST (default 127.0.0.1,
# user postgres, trust auth) - skipped when psql cannot reach it.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
port=18080
jar=$(ls target/kinerja-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -B -q -Dmaven.test.skip=true package
  jar=$(ls target/kinerja-*.jar | grep -v plain | head -n 1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # label, then extra args for the app
  local label=$1; shift
  local start end log="$work/app.log"
  start=$(date +%s.%N)
  java ${START:--jar $jar} --server.port=$port "$@" >"$log" 2>&1 &
  local pid=$!
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "$label: the application died"; tail -n 30 "$log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  local spring heap
  spring=$(grep -oE 'Started [A-Za-z]+Application in [0-9.]+ seconds' "$log" | grep -oE '[0-9.]+ ' | tr -d ' ')
  heap=$(curl -fs -u "$ADMIN" "http://localhost:$port/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["measurements"][0]["value"]/1048576))')
  kill $pid; wait $pid 2>/dev/null || true
  LAST=$(echo "$end - $start" | bc)
  printf '%-22s until healthy %6.2f s   Spring "Started in" %6s s   heap used %5s MiB\n' \
    "$label" "$LAST" "$spring" "$heap"
}
floor_jar=src/bench/floor/target/camunda-floor-1.jar
[[ -f "$floor_jar" ]] || ./mvnw -B -q -f src/bench/floor/pom.xml package -DskipTests

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
kinerja_sum=0; floor_sum=0
for i in $(seq 1 "$runs"); do
  ADMIN=demo:demo START="-jar $floor_jar" measure "floor: starter #$i" \
    --spring.datasource.url="jdbc:h2:file:$work/floor-$i/floor;DB_CLOSE_ON_EXIT=FALSE"
  floor_sum=$(echo "$floor_sum + $LAST" | bc)
  ADMIN=demo:demo measure "H2 (fresh file) #$i" --spring.datasource.url="jdbc:h2:file:$work/h2-$i/kinerja;DB_CLOSE_ON_EXIT=FALSE"
  kinerja_sum=$(echo "$kinerja_sum + $LAST" | bc)
done
printf 'fresh H2 start: Kinerja %.2f s, floor %.2f s (means of %s), ratio %.2f\n' \
  "$(echo "$kinerja_sum / $runs" | bc -l)" "$(echo "$floor_sum / $runs" | bc -l)" "$runs" \
  "$(echo "$kinerja_sum / $floor_sum" | bc -l)"

# what ./mvnw spring-boot:run does from the second time on: the same database again
for i in $(seq 1 "$runs"); do
  ADMIN=demo:demo measure "H2 (restart) #$i" --spring.datasource.url="jdbc:h2:file:$work/h2-1/kinerja;DB_CLOSE_ON_EXIT=FALSE"
done
postgres_fresh() { # label, then START for measure
  local label=$1 db="kinerja_bench_$$_$2"
  psql -h "${PGHOST:-127.0.0.1}" -U postgres -d postgres -q -c "create database $db"
  START=$3 ADMIN=admin:bench-admin-secret KINERJA_ADMIN_ID=admin KINERJA_ADMIN_PASSWORD=bench-admin-secret \
    measure "$label" --spring.profiles.active=postgres \
    --spring.datasource.url="jdbc:postgresql://${PGHOST:-127.0.0.1}:5432/$db" \
    --spring.datasource.username=postgres --spring.datasource.password=
  psql -h "${PGHOST:-127.0.0.1}" -U postgres -d postgres -q -c "drop database $db with (force)"
}
if [[ "${STARTUP_POSTGRES:-yes}" != no ]] && psql -h "${PGHOST:-127.0.0.1}" -U postgres -d postgres -c 'select 1' >/dev/null 2>&1; then
  sh src/main/docker/prepare-image.sh "$jar" "$work/image" >/dev/null
  # in turns, so that a change of the machine's speed meets both alike
  for i in $(seq 1 "$runs"); do
    postgres_fresh "PostgreSQL (fresh) #$i" "$i" "-jar $jar"
    postgres_fresh "PostgreSQL, image #$i" "image_$i" \
      "-XX:SharedArchiveFile=$work/image/kinerja.jsa -jar $work/image/kinerja.jar"
  done
else
  echo "PostgreSQL not reachable: skipped"
fi
