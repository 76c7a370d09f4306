#!/usr/bin/env bash
# Runs the shell blocks of docs/walkthrough.md, as written, against a cacd
# it starts on loopback, in a scratch folder; fails when any command does.
#   tests/docs/walkthrough.sh CACD_BINARY
# CACD_DATABASE_URL names the database; CACD_CONFIG, if any, stays as set.
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d /tmp/cacd-walkthrough.XXXXXX)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
port=$("$here/scripts/pg.sh" free-port)
CACD_LISTEN=127.0.0.1:$port CACD_ACCESS_LOG=false "$binary" serve 2>"$scratch/serve.log" &
server=$!
for _ in $(seq 1 100); do grep -q "listening on" "$scratch/serve.log" && break; sleep 0.1; done
grep -q "listening on" "$scratch/serve.log" || { cat "$scratch/serve.log" >&2; exit 1; }
export CACD=http://127.0.0.1:$port
ADMIN=$("$binary" token create --role admin --label walkthrough)
export ADMIN
awk '/^```sh$/ { inside = 1; next } /^```$/ { inside = 0; next } inside' \
  "$here/docs/walkthrough.md" > "$scratch/walkthrough.sh"
(cd "$scratch" && bash -euo pipefail walkthrough.sh > output.txt)
echo "walkthrough: every block ran; the last lines it printed:"
tail -4 "$scratch/output.txt"
