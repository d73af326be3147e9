#!/usr/bin/env bash
# Anonymous visitors' cost: starts Essor as ./essor runs it with a 1 GB heap, the demo profile and a fresh H2 file
# in target/bench-anonymous, then makes VISITS visits that open the sign-in page and leave without signing in
# (fr.essor.bench.AnonymousVisitsBenchmark), AT_ONCE at a time, and prints the heap after a full collection
# before and after. ESSOR_JAR runs that jar instead (java -jar, to measure an older build).
# Usage: bench/anonymous.sh [visits=100000] [at once=16]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
visits=${1:-100000}; atOnce=${2:-16}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -n "${ESSOR_JAR:-}" ] || ESSOR_BUILD_ONLY=1 ./essor
./mvnw -B -q -DskipTests -Dvaadin.skip test-compile

data=$PWD/target/bench-anonymous/data-$(date +%s)
mkdir -p "$data"
port=${PORT:-18081}
log=$data/essor.log
if [ -n "${ESSOR_JAR:-}" ]; then
  ESSOR_DATA_DIR=$data "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseG1GC -jar "$ESSOR_JAR" --spring.profiles.active=demo \
    --server.port="$port" > "$log" 2>&1 &
else
  ESSOR_DATA_DIR=$data ESSOR_PROFILES=demo ESSOR_JAVA_EXTRA_OPTS="-Xmx1g" ./essor --server.port="$port" > "$log" 2>&1 &
fi
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
await_essor "$port" "$pid" "$log"
machine
# ./essor runs java as a child: jcmd needs the JVM's own pid.
jvm=$(pgrep -P "$pid" java || echo "$pid")
./mvnw -B -q exec:java -Dexec.mainClass=fr.essor.bench.AnonymousVisitsBenchmark -Dexec.classpathScope=test \
  -Dexec.args="http://localhost:$port $jvm $visits $atOnce" -Dexec.cleanupDaemonThreads=false
