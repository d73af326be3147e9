#!/usr/bin/env bash
# Crash benchmark: saves through the service from four threads, SIGKILL at a random moment, restart,
# and every acknowledged save must be there (20 runs on H2, 5 on a real PostgreSQL server killed with
# it), after the write throughput with and without the durability setting. About 10 minutes.
# Usage: bench/crash.sh [h2Runs] [postgresRuns] [folder]. Needs a JDK 21+ (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" fr.essor.bench.CrashBenchmark "$@"
