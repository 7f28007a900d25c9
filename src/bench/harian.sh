#!/usr/bin/env bash
# Kinerja harian at scale: a generated organisation of N employees (default 10,000) with every working
# day of the current year so far logged (5 activities a day, written in SQL; a full year is ~1,250
# rows per employee, 12.5 million for 10,000), then inserts through /api/kegiatan-harian by T
# concurrent users (default 20,000 inserts, 8 users), the month and team-week views' p50/p95, a
# unit's monthly recap of 1,000 employees, and the bytes per row.
# Usage: bash src/bench/harian.sh [N] [inserts] [threads]   (server: KINERJA_TEST_PG_URL, default 127.0.0.1:5432/test)
# HARIAN_BATCH=5 sends a day's 5 activities per request (POST /api/kegiatan-harian/sekaligus) instead of one.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx2g ${HARIAN_BATCH:+-Dharian.batch=$HARIAN_BATCH} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  id.kinerja.harian.KegiatanHarianBenchmark "${1:-10000}" "${2:-20000}" "${3:-8}"
