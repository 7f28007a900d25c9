#!/usr/bin/env bash
# Dashboards under load: imports a generated organisation of N employees (default 40,000) into a
# fresh PostgreSQL database, opens the year for M of them with the real appraisal process (default
# all), moves shares of them on, and prints p50/p95/max of every dashboard page over HTTP.
# Usage: bash src/bench/dashboard.sh [N] [M] [threads]   (server: KINERJA_TEST_PG_URL, default 127.0.0.1:5432/test)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  id.kinerja.dashboard.DashboardBenchmark "${1:-40000}" "${2:-${1:-40000}}" "${3:-4}"
