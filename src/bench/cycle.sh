#!/usr/bin/env bash
# Opens the appraisal year for a generated agency of N employees (default 40,000) on PostgreSQL and
# drives every SKP through draft and approval; prints and writes target/bench/cycle-N.md.
# Usage: bash src/bench/cycle.sh [N] [workers]   (server: KINERJA_TEST_PG_URL, default 127.0.0.1:5432/test)
# Tuning knobs as Java system properties, e.g. JAVA_OPTS="-Dkinerja.siklus.ukuran-batch=500 -Dkinerja.siklus.pekerja=2";
# -Dkinerja.bench.buka-saja=true stops after the opening (to compare batch sizes)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx2g ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  id.kinerja.appraisal.CycleBenchmark "${1:-40000}" "${2:-4}"
