#!/bin/sh
# The image's application directory, made from the packaged jar as Spring Boot recommends for
# containers ("efficient deployments"): the jar extracted, its libraries next to it, and a
# class-data-sharing archive of the classes start-up loads, written by one training start that stops
# as soon as the application context is refreshed (an in-memory database; nothing is kept). The JVM
# then maps those classes instead of reading and verifying them again: a cold start a sixth to a fifth
# faster (BENCHMARKS.md, "Cold start"). Used by the Dockerfile; DockerImageStartIT runs it too.
# Usage: prepare-image.sh <packaged jar> <directory>
set -eu
jar=$1
dir=$2
java -Djarmode=tools -jar "$jar" extract --destination "$dir"
# the image starts it by one fixed name
mv "$dir/$(basename "$jar")" "$dir/kinerja.jar"
cd "$dir"
if ! java -XX:ArchiveClassesAtExit=kinerja.jsa -Dspring.context.exit=onRefresh -jar kinerja.jar \
    --server.port=0 --spring.datasource.url=jdbc:h2:mem:training --camunda.bpm.job-execution.enabled=false >training.log 2>&1; then
  cat training.log
  echo "prepare-image.sh: the training start failed" >&2
  exit 1
fi
rm training.log
# a JVM without its own base archive cannot write one; the image then starts as fast as a plain jar
[ -f kinerja.jsa ] || echo "prepare-image.sh: no class-data-sharing archive written; starting without it" >&2
