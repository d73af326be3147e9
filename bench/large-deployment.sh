#!/usr/bin/env bash
# Large deployment benchmark (issue 12 point 2): starts Essor as users run it (./essor: the production jar,
# extracted, AOT cache, G1, default heap) with the demo profile on an H2 file in
# target/bench-large, imports once (reused afterwards) a deployment with ten years of daily whole-network
# measurements (3,650), 50 countries x 3,650 days of per-country rows and ten events, then
# fr.essor.bench.LargeDeploymentBenchmark opens that deployment's page in headless Chromium, signed in as the
# demo admin, LOADS times after three warm-up loads, and prints:
#  - the time from the navigation's start until the page is usable: the activation chart drawn (its svg there,
#    its render finished) and the milestone log showing at least five rows with their dates (goal < 2 s);
#  - the server time of every request those loads made, until 1 s after usable, from Tomcat's access log
#    (%{us}T), p50/max by kind (goal: each < 300 ms);
#  - the heap per session with SESSIONS more people on that page (each a tab on another loopback address, so its
#    own HTTP session), after SESSIONS others did the same so that what sessions share is warm: what each session
#    holds alone, from a heap dump (fr.essor.bench.SessionHeap: what it reaches that nothing else reaches but
#    through a session; goal: median < 300 KB), and the heap's growth (jcmd GC.class_histogram before and after,
#    divided; H2's objects apart), which also counts the browser's connections and swings from run to run;
#  - a screenshot of the page (target/bench-large/large-deployment.png);
#  - a RESULT line, and the machine's load average at each step (the machine is shared: read times with it).
# Usage: bench/large-deployment.sh [loads=5] [sessions=10]
# ESSOR_BENCH_HEAP_DUMP=/path.hprof keeps the heap dump (otherwise deleted once read); java -cp target/test-classes
# fr.essor.bench.SessionHeap /path.hprof reads one again. To profile: ESSOR_JAVA_EXTRA_OPTS="-XX:StartFlightRecording=filename=$PWD/target/bench-large/rec.jfr"
# bench/large-deployment.sh, then jfr view hot-methods target/bench-large/rec.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
loads=${1:-5}; sessions=${2:-10}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ESSOR_BUILD_ONLY=1 ./essor
./mvnw -B -q -DskipTests -Dvaadin.skip test-compile

data=$PWD/target/bench-large
mkdir -p "$data"
rm -f "$data"/access*.log
port=${PORT:-18082}
log=$data/essor.log
ESSOR_DATA_DIR=$data ESSOR_PROFILES=demo ./essor --server.port="$port" \
  "--essor.h2.settings=WRITE_DELAY=0;AUTO_SERVER=TRUE" \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$data" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
  "--server.tomcat.accesslog.pattern=%m %U%q %s %{us}T" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
await_essor "$port" "$pid" "$log"
machine
./mvnw -B -q exec:java -Dexec.mainClass=fr.essor.bench.LargeDeploymentBenchmark -Dexec.classpathScope=test \
  -Dexec.args="$port $pid $data $data/access.log $loads $sessions" -Dexec.cleanupDaemonThreads=false
grep -c ' ERROR ' "$log" | sed 's/^/server log lines at ERROR: /' || true
