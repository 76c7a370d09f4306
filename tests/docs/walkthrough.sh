#!/usr/bin/env bash
# Runs the shell blocks of docs/walkthrough.md, as written, in a scratch
# folder; fails when any command does. Either against a cacd it starts on
# loopback (CACD_DATABASE_URL names the database; CACD_CONFIG stays as set):
#   tests/docs/walkthrough.sh CACD_BINARY
# or against one that runs already, with an admin token in $ADMIN:
#   tests/docs/walkthrough.sh --at http://127.0.0.1:8080
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/lib/serve.sh
. "$here/tests/lib/serve.sh"
serve_scratch walkthrough
if [ "$1" = --at ]; then
  export CACD=$2
  : "${ADMIN:?--at needs an admin token in ADMIN}"
  export ADMIN
else
  binary=$(realpath "$1")
  serve_start "$binary" "$scratch"
  export CACD
  ADMIN=$("$binary" token create --role admin --label walkthrough)
  export ADMIN
fi
awk '/^```sh$/ { inside = 1; next } /^```$/ { inside = 0; next } inside' \
  "$here/docs/walkthrough.md" > "$scratch/walkthrough.sh"
(cd "$scratch" && bash -euo pipefail walkthrough.sh > output.txt)
echo "walkthrough: every block ran; the last lines it printed:"
tail -4 "$scratch/output.txt"
