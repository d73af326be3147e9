#!/usr/bin/env bash
# Import benchmark: one million measurement lines (a generated CSV file, ~30 MB) imported through the
# service into an empty deployment on an H2 file, in a JVM limited to a 256 MB heap; prints the time
# and the peak heap of the preview and of the import, and the import's processor time (what it would take
# alone, when the machine is busy). The collector is ./essor's (G1). About a minute. Needs a JDK 21+.
# Usage: bench/import.sh [folder] (default target/bench-import; the file is generated once there).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" -Xmx256m -XX:+UseG1GC \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" fr.essor.bench.ImportBenchmark "$@"
