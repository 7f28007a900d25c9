#!/usr/bin/env bash
# Imports a generated organisation of N employees (default 40,000) into PostgreSQL and prints the
# time of the first import (everything new, Camunda users included) and of the same file again.
# Usage: bash src/bench/import.sh [N]   (server: KINERJA_TEST_PG_URL, default 127.0.0.1:5432/test)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  id.kinerja.organisation.ImportBenchmark "${1:-40000}"
