#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the team-server tests (a ctest fixture).
#
#   pgcluster.sh start STATE   initdb into a new folder under /tmp, start the server on a Unix
#                              socket in that folder (no TCP), create the test users and write
#                              the folder's path to STATE
#   pgcluster.sh stop STATE    stop that server and delete its folder
#
# With PGCLUSTER_TLS=1 the server also listens on 127.0.0.1 at a free port, TLS only (a
# self-signed certificate for "localhost", server.crt in the folder, is its own CA), and
# STATE's second line is that port (the socket then carries the same port number).
#
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user
# (created by the postgresql-15 package). Users (all in pg_hba as "trust" on the socket, except
# `guarded`, who needs the password "right-horse"):
#   archadmin  owns the database `archbench` (the administrator of docs/team-server.md)
#   alice, bob, carol, dave  architects;   guarded  a user with a password
# Never skips: a missing PostgreSQL fails the fixture, and so every test that needs it.
set -euo pipefail

cmd=${1:?start or stop}
state=${2:?state file}
bin=/usr/lib/postgresql/15/bin
if [[ ! -x $bin/initdb ]]; then
  echo "pgcluster: PostgreSQL 15 is not installed; scripts/install-deps.sh installs postgresql-15" >&2
  exit 1
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  [[ -f $state ]] || return 0
  local dir
  dir=$(head -n 1 "$state")
  if [[ -d $dir/data ]]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf -- "$dir"
  rm -f -- "$state"
}

case $cmd in
stop)
  stop
  ;;
start)
  stop
  dir=$(mktemp -d /tmp/archbench-pg.XXXXXX)
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=reject -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  {
    echo "local all guarded scram-sha-256"
    echo "local all all trust"
    echo "hostssl all all 127.0.0.1/32 trust"
    echo "host all all 127.0.0.1/32 reject"
  } >"$dir/data/pg_hba.conf"
  port=5432
  listen="-c listen_addresses=''"
  if [[ ${PGCLUSTER_TLS:-0} == 1 ]]; then
    for _ in $(seq 1 50); do # a free port: nothing answers on it
      port=$((20000 + RANDOM % 40000))
      (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    done
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
      -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1
    chmod 600 "$dir/server.key"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir/server.key" "$dir/server.crt"
    listen="-c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir $listen -p $port -c max_connections=200 -c fsync=off -c full_page_writes=off" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  psql=(as_owner "$bin/../../../../bin/psql")
  command -v psql >/dev/null && psql=(as_owner psql)
  "${psql[@]}" -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres <<'SQL'
CREATE ROLE archadmin LOGIN CREATEDB;
CREATE ROLE alice LOGIN;
CREATE ROLE bob LOGIN;
CREATE ROLE carol LOGIN;
CREATE ROLE dave LOGIN;
SET password_encryption = 'scram-sha-256';
CREATE ROLE guarded LOGIN PASSWORD 'right-horse';
CREATE DATABASE archbench OWNER archadmin;
SQL
  printf '%s\n%s\n' "$dir" "$port" >"$state"
  echo "pgcluster: PostgreSQL 15 on $dir (socket), state in $state"
  ;;
*)
  echo "pgcluster: unknown command $cmd" >&2
  exit 2
  ;;
esac
