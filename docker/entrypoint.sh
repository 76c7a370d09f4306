#!/bin/sh
# The image's entrypoint. `serve` migrates first (migrate_on_serve) and
# serves; `migrate`, `token create` and `probe` are cacd's commands too:
#   docker compose run --rm cacd token create --role admin
# Anything else runs as given (a shell for debugging, say).
set -eu
if [ "$#" -eq 0 ]; then
  set -- serve
fi
case "$1" in
  serve|migrate|token|probe|--help|--version) exec /usr/local/bin/cacd "$@" ;;
  *) exec "$@" ;;
esac
