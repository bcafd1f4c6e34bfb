#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on this machine for tests and benchmarks, and prints the
# environment to use it:   eval "$(scripts/postgres-local.sh start)"   ...   scripts/postgres-local.sh stop
# Installs Debian's postgresql package when no server is installed. Listens on 127.0.0.1 only.
set -euo pipefail
PGPORT="${TROIKA_PG_PORT:-54329}"
PGDATA="${TROIKA_PG_DATA:-/tmp/troika-pg-$PGPORT}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"

ensure_installed() {
  if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    echo "postgres-local: installing Debian package postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

start() {
  ensure_installed
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDATA"
    as_postgres "'$BIN/initdb' -D '$PGDATA' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  fi
  if ! as_postgres "'$BIN/pg_ctl' -D '$PGDATA' status" >/dev/null 2>&1; then
    as_postgres "'$BIN/pg_ctl' -D '$PGDATA' -l '$PGDATA/server.log' -w -o \"-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >/dev/null
  fi
  for db in troika_test troika_bench; do
    as_postgres "'$BIN/psql' -h 127.0.0.1 -p $PGPORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='$db'\" | grep -q 1 || '$BIN/createdb' -h 127.0.0.1 -p $PGPORT -U postgres $db"
  done
  echo "export TROIKA_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$PGPORT/troika_test"
  echo "export TROIKA_BENCH_PG_URL=jdbc:postgresql://127.0.0.1:$PGPORT/troika_bench"
  echo "export TROIKA_TEST_PG_USER=postgres"
}

stop() {
  [ -n "$BIN" ] && [ -f "$PGDATA/PG_VERSION" ] && as_postgres "'$BIN/pg_ctl' -D '$PGDATA' -m fast stop" >/dev/null 2>&1 || true
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
