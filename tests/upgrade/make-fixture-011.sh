#!/usr/bin/env bash
# Makes the invitation upgrade fixture: a database migrated and filled by a
# cacd binary of schema 11, the last whose invitations were bearer tokens
# in the coordinator's hands. A round with three members invited the old
# way; one answered. The dump and those respondent tokens are kept; the
# upgrade test (tests/integration/test_upgrade.c) migrates the dump with
# the binary under test and checks that the old tokens keep working for
# their own response until their wave closes, then stop.
#   tests/upgrade/make-fixture-011.sh OLD_CACD_BINARY
# It was run once, with the binary of commit 4ec4659; the files it wrote
# are kept in tests/upgrade/. Running it again overwrites them.
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
http_port=$(scripts/pg.sh free-port)
CACD_LISTEN=127.0.0.1:$http_port CACD_FORM_URL='https://cac.example/f?t={token}' \
  "$old" serve 2>"$scratch/serve.log" &
server=$!
for _ in $(seq 1 100); do grep -q "listening on" "$scratch/serve.log" && break; sleep 0.1; done
base=http://127.0.0.1:$http_port
api() { curl -sSf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$@"; }
partnership=$(api -X POST "$base/v1/partnerships" -d '{"name":"Oude links"}' | jq -r .id)
for label in A01 A02 A03; do
  api -X POST "$base/v1/partnerships/$partnership/members" \
    -d "{\"label\":\"$label\",\"sector\":\"welfare\",\"role\":\"professional\"}" > /dev/null
done
wave=$(api -X POST "$base/v1/partnerships/$partnership/waves" \
  -d '{"label":"2026","opens_at":"2026-01-01T00:00:00Z","closes_at":"2099-01-01T00:00:00Z"}' | jq -r .id)
invited=$(api -X POST "$base/v1/waves/$wave/invitations")
first=$(jq -r '.data[0].token' <<<"$invited")
member=$(jq -r '.data[0].member_id' <<<"$invited")
curl -sSf -X PUT -H "Authorization: Bearer $first" -H 'Content-Type: application/json' \
  "$base/v1/waves/$wave/responses/$member" -d '{"scale":"agree4","answers":{"1":3,"2":4}}' > /dev/null
kill "$server"; wait "$server" 2>/dev/null || true; server=""
pg_dump --no-owner --no-privileges "$CACD_DATABASE_URL" > "$out/fixture-011.sql"
jq --arg admin "$admin" --arg wave "$wave" \
  '{admin: $admin, wave_id: $wave, respondents: [.data[] | {member_id, token}]}' \
  <<<"$invited" > "$out/tokens-011.json"
echo "make-fixture-011: wrote $out/fixture-011.sql and $out/tokens-011.json"
