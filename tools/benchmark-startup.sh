#!/usr/bin/env bash
# Start-up time of the packaged application until /actuator/health is UP, on a fresh embedded
# database (initdb + migrations) and on an existing one, against a baseline measured in the same
# run: the bare JVM starting and exiting. Build first: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
port="${PORT:-8199}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
now() { date +%s%3N; }

t0=$(now); "$java" -version >/dev/null 2>&1; baseline=$(( $(now) - t0 ))

start_until_healthy() {
    local t0 pid
    t0=$(now)
    SERVER_PORT="$port" ASCENT_DATA_DIR="$data" "$java" -jar app/target/ascent.jar >>"$data/app.log" 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do sleep 0.1; done
    echo $(( $(now) - t0 ))
    kill "$pid"; wait "$pid" || true
}

fresh=$(start_until_healthy)
existing=$(start_until_healthy)
ratio() { awk -v a="$1" -v b="$baseline" 'BEGIN { printf "%.1f", a / b }'; }
echo "| measurement | ms | ratio to bare JVM |"
echo "|---|---:|---:|"
echo "| bare JVM start and exit (baseline) | $baseline | 1.0 |"
echo "| Ascent to healthy, fresh database | $fresh | $(ratio "$fresh") |"
echo "| Ascent to healthy, existing database | $existing | $(ratio "$existing") |"
echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
