#!/usr/bin/env bash
# Load benchmark: starts Essor as ./essor runs it (production jar, AOT cache) with a 1 GB heap, the demo profile
# and a fresh H2 file in target/bench-load, then drives SESSIONS Vaadin sessions at the protocol level
# (fr.essor.bench.LoadBenchmark): each signs in, opens the dashboard, a deployment, the comparison and logs a
# measurement; all stay open. Prints the heap per session after a full GC, then ACTIVE of those sessions keep
# navigating for SECONDS and their server round-trips are printed (p50/p95/p99), with the errors.
# Usage: bench/load.sh [sessions=2000] [opening at once=50] [active=200] [seconds=120] [reading between clicks=1-3 s]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
sessions=${1:-2000}; opening=${2:-50}; active=${3:-200}; seconds=${4:-120}; reading=${5:-1-3}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ESSOR_BUILD_ONLY=1 ./essor
./mvnw -B -q -DskipTests -Dvaadin.skip test-compile

data=$PWD/target/bench-load/data-$(date +%s)
mkdir -p "$data"
port=${PORT:-18080}
log=$data/essor.log
# Essor runs as ./essor runs it for users (extracted jar, AOT cache, its JVM options), with a 1 GB heap;
# ESSOR_JAVA_EXTRA_OPTS adds to them (a JFR recording), ESSOR_JAVA_OPTS replaces ./essor's own.
ESSOR_DATA_DIR=$data ESSOR_PROFILES=demo ESSOR_JAVA_EXTRA_OPTS="-Xmx1g ${ESSOR_JAVA_EXTRA_OPTS:-}" ./essor \
  --server.port="$port" "--essor.h2.settings=WRITE_DELAY=0;AUTO_SERVER=TRUE" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
await_essor "$port" "$pid" "$log"
machine
./mvnw -B -q exec:java -Dexec.mainClass=fr.essor.bench.LoadBenchmark -Dexec.classpathScope=test \
  -Dexec.args="http://localhost:$port $pid $data $sessions $opening $active $seconds $reading" -Dexec.cleanupDaemonThreads=false
grep -c ' ERROR ' "$log" | sed 's/^/server log lines at ERROR: /' || true
