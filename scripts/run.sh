#!/usr/bin/env bash
# `make run`: serves cacd on 127.0.0.1:8080. Without CACD_DATABASE_URL it
# keeps a local PostgreSQL cluster under .data/pg and stops it on Ctrl-C.
set -euo pipefail
cacd=${1:-build/cacd}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
mkdir -p .data

# The development cluster's port: CACD_DEV_PG_PORT, so that two checkouts
# can `make run` side by side. It is this script's setting, not cacd's (cacd
# refuses CACD_ variables it does not know), so it goes no further.
port=${CACD_DEV_PG_PORT:-54329}
unset CACD_DEV_PG_PORT

if [ -z "${CACD_DATABASE_URL:-}" ]; then
  scripts/pg.sh start "$here/.data/pg" "$port"
  trap 'scripts/pg.sh stop "$here/.data/pg" && echo "run: PostgreSQL stopped"' EXIT
  CACD_DATABASE_URL=$(scripts/pg.sh url "$port")
  export CACD_DATABASE_URL
  echo "run: PostgreSQL in .data/pg on 127.0.0.1:$port (for development: fsync is off)"
fi

"$cacd" migrate
if [ ! -s .data/admin-token ]; then
  (umask 077 && "$cacd" token create --role admin --label "make run" > .data/admin-token)
fi
echo "run: admin token in .data/admin-token; try"
echo "     curl -H \"Authorization: Bearer \$(cat .data/admin-token)\" 127.0.0.1:8080/v1/instruments/cac"
# Ctrl-C reaches cacd and this shell alike: cacd finishes its requests and
# exits, then this shell carries on to the EXIT trap that stops PostgreSQL.
trap ':' INT TERM
"$cacd" serve || true
