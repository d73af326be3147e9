#!/usr/bin/env bash
# Dashboard benchmark: 500 deployments (five years of monthly figures, ten events each), then the time to
# build the dashboard's figures. The first run generates the data into target/bench-dashboard; later runs reuse it.
# Needs a JDK 21+ (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Dvaadin.skip test-compile
./mvnw -B -q exec:java -Dexec.mainClass=fr.essor.bench.DashboardBenchmark -Dexec.classpathScope=test \
  -Dexec.args="${1:-target/bench-dashboard}" -Dexec.cleanupDaemonThreads=false
