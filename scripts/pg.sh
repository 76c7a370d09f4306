#!/usr/bin/env bash
# A private PostgreSQL cluster for development and tests, listening on
# 127.0.0.1 only, with no Unix socket (socket paths have a short length limit).
#   pg.sh start DIR PORT   initdb when DIR is new, start, create database cacd
#   pg.sh stop DIR         fast shutdown
#   pg.sh url PORT         the connection string cacd uses
#   pg.sh free-port        a port on 127.0.0.1 that nothing answers on now
#   pg.sh replica PRIMARY_PORT DIR PORT
#                          a streaming replica of that primary (pg_basebackup -R)
#                          in DIR, started on PORT
#   pg.sh promote DIR      promotes the replica in DIR to a primary
set -euo pipefail

bindir=""
for candidate in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
  if [ -x "$candidate/pg_ctl" ]; then bindir=$candidate; break; fi
done
[ -n "$bindir" ] || { echo "pg.sh: no PostgreSQL server found (apt-get install postgresql-15)" >&2; exit 1; }

# PostgreSQL refuses to run as root; as root, the cluster belongs to 'postgres'.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() { echo "host=127.0.0.1 port=$1 dbname=cacd user=cacd"; }

start() {
  local dir=$1 port=$2
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  if ! as_owner test -w "$dir"; then
    echo "pg.sh: the postgres user cannot write $dir (is a parent folder private?)" >&2
    exit 1
  fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    # trust on loopback only: a private development cluster, never exposed
    as_owner "$bindir/initdb" -D "$dir" -U cacd --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; exit 1; }
  fi
  # fsync=off: fast, and fine for throwaway test and development data only;
  # a crash of the machine can corrupt such a cluster (README says so).
  as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off" \
    start >/dev/null || { tail -20 "$dir/server.log" >&2; exit 1; }
  "$bindir/psql" "host=127.0.0.1 port=$port dbname=postgres user=cacd" -Atq \
    -c "SELECT 1 FROM pg_database WHERE datname = 'cacd'" | grep -q 1 \
    || "$bindir/createdb" -h 127.0.0.1 -p "$port" -U cacd cacd
}

# Below the kernel's ephemeral range (32768 and up here), so that no
# outgoing connection of a test holds the port between the look and the bind.
free_port() {
  local candidate
  for candidate in $(seq $((20000 + RANDOM % 12000)) 32767); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "pg.sh: no free port" >&2
  return 1
}

stop() {
  local dir=$1
  [ -f "$dir/postmaster.pid" ] || return 0
  as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
}

replica() {
  local primary_port=$1 dir=$2 port=$3
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  chmod 700 "$dir"
  as_owner "$bindir/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U cacd -D "$dir" -R \
    --checkpoint=fast -X stream >"$dir.basebackup.log" 2>&1 \
    || { cat "$dir.basebackup.log" >&2; exit 1; }
  start "$dir" "$port"
}

promote() {
  as_owner "$bindir/pg_ctl" -D "$1" -w promote >/dev/null
}

case "${1:-}" in
  start) start "$2" "$3" ;;
  replica) replica "$2" "$3" "$4" ;;
  promote) promote "$2" ;;
  stop)  stop "$2" ;;
  url)   url "$2" ;;
  free-port) free_port ;;
  *) echo "usage: $0 start DIR PORT | stop DIR | url PORT | free-port | replica PRIMARY_PORT DIR PORT | promote DIR" >&2; exit 2 ;;
esac
