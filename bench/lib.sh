# Shared by the benchmarks that start Essor in the background: sourced, not run.

# Waits until Essor answers its sign-in page; stops the script if the process died first.
await_essor() { # port pid log
  until curl -fs -o /dev/null "http://localhost:$1/login"; do
    kill -0 "$2" 2>/dev/null || { echo "Essor did not start, see $3"; exit 1; }
    sleep 0.5
  done
}

# The machine the figures come from, with its load at this moment (the machine may be shared).
machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
