#!/usr/bin/env bash
# Makes the upgrade fixture: a database migrated and filled by one cacd
# binary (schema version 5, the last before answer vectors), dumped, with
# the replies that binary gave. The upgrade test restores the dump, migrates
# it with the binary under test and expects the same replies.
#   tests/upgrade/make-fixture.sh OLD_CACD_BINARY
# It was run once, with the binary of commit d7b1301; the files it wrote are
# kept in tests/upgrade/. Running it again overwrites them.
set -euo pipefail
old=$(realpath "$1")
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
out=tests/upgrade
scratch=$(mktemp -d /tmp/cacd-fixture.XXXXXX)
chmod 755 "$scratch"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  scripts/pg.sh stop "$scratch/pg" || true
  rm -rf "$scratch"
}
trap cleanup EXIT
port=$(scripts/pg.sh free-port)
scripts/pg.sh start "$scratch/pg" "$port"
export CACD_CONFIG=/dev/null CACD_DATABASE_URL
CACD_DATABASE_URL=$(scripts/pg.sh url "$port")
"$old" migrate 2>/dev/null
admin=$("$old" token create --role admin --label fixture-admin)
viewer=$("$old" token create --role viewer --label fixture-viewer)
http_port=$(scripts/pg.sh free-port)
CACD_LISTEN=127.0.0.1:$http_port "$old" serve 2>"$scratch/serve.log" &
server=$!
for _ in $(seq 1 100); do grep -q "listening on" "$scratch/serve.log" && break; sleep 0.1; done
base=http://127.0.0.1:$http_port
world=$(python3 "$out/fill.py" "$base" "$admin")

# The replies to keep: every score view, for an admin and a viewer, and the
# admin's export.
paths=()
for partnership in $(jq -r '.partnerships[]' <<<"$world"); do
  paths+=("/v1/partnerships/$partnership/trend")
  for wave in $(curl -sf -H "Authorization: Bearer $admin" "$base/v1/partnerships/$partnership/waves" | jq -r '.data[].id'); do
    paths+=("/v1/waves/$wave/scores" "/v1/waves/$wave/scores?by=role" "/v1/waves/$wave/scores?by=sector")
  done
done
paths+=("/v1/comparisons?wave_label=2025" "/v1/comparisons?wave_label=2026")

rm -rf "$out/expected"
mkdir -p "$out/expected"
{
  echo '['
  n=0
  for path in "${paths[@]}"; do
    for role in admin viewer; do
      token=$admin; [ "$role" = viewer ] && token=$viewer
      n=$((n + 1))
      file=$(printf 'reply-%03d.json' "$n")
      curl -sf -H "Authorization: Bearer $token" "$base$path" | jq -S . > "$out/expected/$file"
      [ "$n" -gt 1 ] && echo ','
      printf '{"role":"%s","path":"%s","file":"%s"}' "$role" "$path" "$file"
    done
  done
  n=$((n + 1))
  file=$(printf 'reply-%03d.json' "$n")
  curl -sf -H "Authorization: Bearer $admin" "$base/v1/export/responses?limit=500" | jq -S . > "$out/expected/$file"
  printf ',\n{"role":"admin","path":"/v1/export/responses?limit=500","file":"%s"}\n]\n' "$file"
} > "$out/expected/manifest.json"
jq -n --arg admin "$admin" --arg viewer "$viewer" '{admin: $admin, viewer: $viewer}' > "$out/tokens.json"
pg_dump --no-owner --no-privileges "$CACD_DATABASE_URL" > "$out/fixture-005.sql"
echo "fixture: $(wc -l < "$out/fixture-005.sql") lines of dump, $n replies"
