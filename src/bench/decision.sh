#!/usr/bin/env bash
# Microseconds per evaluation of the decisions on the year's main path (periode-penilaian on every SKP
# approval, predikat-kinerja on every annual rating), with the FEEL engine the build uses.
# Usage: bash src/bench/decision.sh [evaluations per round, default 20000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  id.kinerja.system.DecisionBenchmark "${1:-20000}"
