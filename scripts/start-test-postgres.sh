#!/usr/bin/env bash
# Start a throwaway PostgreSQL for the test suites on 127.0.0.1:54329 (trust auth, loopback only).
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail
PORT="${SECONDROUND_TEST_PG_PORT:-54329}"
DIR="${SECONDROUND_TEST_PG_DIR:-/tmp/secondround-test-pg}"
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "start-test-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then mkdir -p "$DIR"; chown postgres:postgres "$DIR"; else mkdir -p "$DIR"; fi
if [ ! -f "$DIR/PG_VERSION" ]; then
  as_pg "'$BIN/initdb' -D '$DIR' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >'$DIR.initdb.log' 2>&1" || { cat "$DIR.initdb.log" >&2; exit 1; }
fi
if as_pg "'$BIN/pg_ctl' -D '$DIR' status" >/dev/null 2>&1; then
  echo "PostgreSQL already running on 127.0.0.1:$PORT"
  exit 0
fi
as_pg "'$BIN/pg_ctl' -D '$DIR' -l '$DIR/server.log' -w -t 60 -o \"-p $PORT -h 127.0.0.1 -k /tmp -c fsync=off -c max_connections=200\" start" >/dev/null
echo "PostgreSQL started on 127.0.0.1:$PORT (data in $DIR)"
