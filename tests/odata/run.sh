#!/usr/bin/env bash
# The OData feed read the way a dashboard's client reads it
# (tests/odata/client.mjs): o.js, an OData client from the npm registry,
# queries it with Basic credentials; fast-xml-parser reads $metadata. This
# prepares two closed rounds of eight on a cacd it starts. The modules are
# pinned and installed under build/odata-test once.
#   tests/odata/run.sh CACD_BINARY            (CACD_DATABASE_URL set)
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/lib/serve.sh
. "$here/tests/lib/serve.sh"
npm_modules odata
serve_scratch odata
serve_start "$binary" "$scratch"
admin=$("$binary" token create --role admin --label odata-test)
api() { curl -sSf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$@"; }
neighbourhood=$(api -X POST "$CACD/v1/neighbourhoods" -d '{"name":"Tarwewijk",
  "code":"WK059910","code_year":2024,"municipality_code":"GM0599","ses_score":-0.42}' | jq -r .id)
partnership=$(api -X POST "$CACD/v1/partnerships" \
  -d "{\"name\":\"Samen Tarwewijk\",\"neighbourhood_id\":\"$neighbourhood\"}" | jq -r .id)
viewer=$("$binary" token create --role viewer --label odata-viewer)
round() { # label, date, shift: a closed round of four coproducers and four professionals
  local wave member
  wave=$(api -X POST "$CACD/v1/partnerships/$partnership/waves" \
    -d "{\"label\":\"$1\",\"opens_at\":\"$2T00:00:00Z\",\"closes_at\":\"$2T12:00:00Z\"}" | jq -r .id)
  for i in 0 1 2 3 4 5 6 7; do
    if [ $((i % 2)) = 0 ]; then role=coproducer sector=citizen; else role=professional sector=welfare; fi
    member=$(api -X POST "$CACD/v1/partnerships/$partnership/members" \
      -d "{\"label\":\"M$1-$i\",\"sector\":\"$sector\",\"role\":\"$role\"}" | jq -r .id)
    api -X PUT "$CACD/v1/waves/$wave/responses/$member" \
      -d "{\"answers\":{\"1\":$((20 + $3 + 7 * i)),\"2\":$((70 - 5 * i)),\"9\":$((40 + i)),\"3\":null}}" >/dev/null
  done
  api -X POST "$CACD/v1/waves/$wave/close" >/dev/null
  echo "$wave"
}
first=$(round 2024 2024-03-01 0)
second=$(round 2025 2025-03-01 15)
setup=$(jq -n --arg base "$CACD" --arg admin "$admin" --arg viewer "$viewer" \
  --arg partnership "$partnership" --arg first "$first" --arg second "$second" \
  '{base: $base, admin: $admin, viewer: $viewer, partnership: $partnership,
    first: $first, second: $second}')
# ES modules resolve their imports beside the file: run it from there
cp "$here/tests/odata/client.mjs" "$modules/client.mjs"
ODATA_TEST=$setup node "$modules/client.mjs"
