#!/usr/bin/env bash
# The BKPSDM desk's search as the operator types, against N generated employees (default 40,000),
# on H2 and on a fresh PostgreSQL database: p50/p95/max per kind of query and over all.
# Usage: bash src/bench/pegawai-search.sh [N] [rounds]   (server: KINERJA_TEST_PG_URL, default 127.0.0.1:5432/test)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  id.kinerja.pegawai.PegawaiSearchBenchmark "${1:-40000}" "${2:-10}"
