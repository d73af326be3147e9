#!/usr/bin/env bash
# Start-up benchmark: time from launching the production jar to the first HTTP 200 on /login, and resident
# memory (VmRSS) after 10 s idle, with the default heap; 3 runs per JVM setting, on an H2 file that already
# exists (created by an untimed first run). Builds the jar with ./essor when needed.
# Usage: bench/startup.sh [runs=3] [setting names…]   (settings: see the case below; default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=$JAVA_HOME/bin/java
runs=${1:-3}; shift || true
# ESSOR_BENCH_EXTRA adds JVM options to every setting (its own AOT cache too), to measure one more flag:
# ESSOR_BENCH_EXTRA="-XX:+UseCompactObjectHeaders" bench/startup.sh 3 aot-serial-xms64
read -r -a extra <<< "${ESSOR_BENCH_EXTRA:-}"
ESSOR_BUILD_ONLY=1 ./essor
work=target/bench-startup
mkdir -p "$work"
port=${PORT:-18090}
jar=target/production/essor.jar
extracted=$work/extracted

extract() {
  if [ ! -f "$extracted/essor.jar" ] || [ "$jar" -nt "$extracted/essor.jar" ]; then
    rm -rf "$extracted"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$extracted" >/dev/null
  fi
}

# Runs once; prints "seconds-to-first-page rss-MB".
launch() { # data-dir jar jvm-options…
  local data=$1 what=$2; shift 2
  local start end pid rss
  start=$(date +%s.%N)
  ESSOR_DATA_DIR=$data "$java" "$@" -jar "$what" --spring.profiles.active=demo --server.port=$port > "$data.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    kill -0 $pid 2>/dev/null || { echo "did not start, see $data.log" >&2; return 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  sleep 10
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v s="$start" -v e="$end" -v r="$rss" 'BEGIN { printf "%.2f %.0f\n", e - s, r / 1024 }'
}

measure() { # name jar jvm-options…
  local name=$1${extra[*]:+ ${extra[*]}} what=$2; shift 2
  set -- "$@" "${extra[@]}"
  local data=$PWD/$work/data-$(echo "$name" | tr -c 'A-Za-z0-9\n-' '_')
  [ -d "$data" ] || { mkdir -p "$data"; launch "$data" "$what" "$@" >/dev/null; }
  local results=()
  for _ in $(seq "$runs"); do results+=("$(launch "$data" "$what" "$@")"); done
  printf '%-40s first page: %-24s RSS at idle: %-22s (load average %s)\n' "$name" \
    "$(printf '%s\n' "${results[@]}" | awk '{printf "%s%.1f", (NR>1 ? " / " : ""), $1} END {print " s"}')" \
    "$(printf '%s\n' "${results[@]}" | awk '{printf "%s%d", (NR>1 ? " / " : ""), $2} END {print " MB"}')" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}

aot() { # trains the JDK's AOT cache on the extracted jar, once per jar and JVM options: start, first page, stop
  set -- "$@" "${extra[@]}"
  local cache=$work/essor$(echo "$*" | tr -c 'A-Za-z0-9\n' '_').aot
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
    local data=$PWD/$work/data-training tpid; rm -rf "$data"; mkdir -p "$data"
    ESSOR_DATA_DIR=$data "$java" "$@" -XX:AOTCacheOutput="$cache" \
      -jar "$extracted/essor.jar" --spring.profiles.active=demo --server.port=$port > "$data.log" 2>&1 &
    tpid=$!
    until curl -fs -o /dev/null "http://localhost:$port/login"; do sleep 0.2; done
    curl -fs -o /dev/null "http://localhost:$port/?v-r=init&location=login&query=" || true
    kill $tpid; wait $tpid 2>/dev/null || true
  fi
  echo "$cache"
}

essor_opts=(-XX:+UseG1GC -Xms64m -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=2000 -Dspring.aot.enabled=true)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ {print $2}') GB"
settings=("$@"); [ ${#settings[@]} -gt 0 ] || settings=(default serial extracted extracted-serial aot aot-serial aot-serial-c1 aot-serial-xms64 aot-serial-xms32 essor)
extract
for setting in "${settings[@]}"; do
  case $setting in
    default)          measure default "$jar" ;;
    serial)           measure serial "$jar" -XX:+UseSerialGC ;;
    extracted)        measure extracted "$extracted/essor.jar" ;;
    extracted-serial) measure extracted-serial "$extracted/essor.jar" -XX:+UseSerialGC ;;
    aot)              measure aot "$extracted/essor.jar" -XX:AOTCache="$(aot)" ;;
    aot-serial)       measure aot-serial "$extracted/essor.jar" -XX:AOTCache="$(aot -XX:+UseSerialGC)" -XX:+UseSerialGC ;;
    aot-serial-c1)    measure aot-serial-c1 "$extracted/essor.jar" -XX:AOTCache="$(aot -XX:+UseSerialGC)" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ;;
    # A small first heap: the young generation is a third of it, and every page of it is touched within
    # seconds, so the default first heap (1/64 of the RAM) shows as resident memory at idle.
    aot-serial-xms64) measure aot-serial-xms64 "$extracted/essor.jar" -XX:AOTCache="$(aot -XX:+UseSerialGC -Xms64m)" -XX:+UseSerialGC -Xms64m ;;
    # What ./essor runs (its ESSOR_JAVA_OPTS default and Spring's AOT): compact object headers, the C library's
    # freed memory given back every 2 s, and the bean definitions worked out at build time.
    essor)            measure essor "$extracted/essor.jar" -XX:AOTCache="$(aot "${essor_opts[@]}")" "${essor_opts[@]}" ;;
    # What ./essor ran until G1 (see bench/load.sh): the serial collector, 55 MB less at idle.
    essor-serial)     serial_opts=(-XX:+UseSerialGC "${essor_opts[@]:1}")
                      measure essor-serial "$extracted/essor.jar" -XX:AOTCache="$(aot "${serial_opts[@]}")" "${serial_opts[@]}" ;;
    aot-serial-xms32) measure aot-serial-xms32 "$extracted/essor.jar" -XX:AOTCache="$(aot -XX:+UseSerialGC -Xms32m)" -XX:+UseSerialGC -Xms32m ;;
    *) echo "unknown setting $setting" >&2; exit 1 ;;
  esac
done
