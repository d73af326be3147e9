#!/usr/bin/env bash
# Activation chart benchmark: 10 million measurements, then series build time, payload and draw time.
# The first run generates the data into target/bench-data (a few minutes, ~1 GB); later runs reuse it.
# Needs a JDK 21+ (JAVA_HOME) and Debian's chromium + chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q exec:java -Dexec.mainClass=fr.essor.bench.ActivationBenchmark -Dexec.classpathScope=test \
  -Dexec.args="${1:-target/bench-data}" -Dexec.cleanupDaemonThreads=false
