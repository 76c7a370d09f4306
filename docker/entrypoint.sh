#!/bin/sh
# The image's entrypoint: the same steps as `make run` without the local
# cluster. Migrations run at serve (migrate_on_serve); `cacd migrate` and
# `cacd token create` work as commands too:
#   docker compose run --rm cacd token create --role admin
set -eu
if [ "$#" -eq 0 ]; then
  set -- serve
fi
case "$1" in
  serve|migrate|token|--help|--version) exec /usr/local/bin/cacd "$@" ;;
  *) exec "$@" ;;
esac
