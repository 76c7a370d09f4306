#!/usr/bin/env bash
# service/openapi.json as clients use it:
# 1. openapi-typescript (npm) generates its types and tsc --strict compiles
#    tests/contract/roundtrip.ts, which sends replies back as inputs
#    without a cast;
# 2. tests/contract/requests.py sends bodies made from the document's own
#    request schemas to a cacd it starts: none valid under the document is
#    refused, every one that breaks a stated constraint is.
# The npm modules are pinned and installed under build/contract-test once.
#   tests/contract/run.sh CACD_BINARY            (CACD_DATABASE_URL set)
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/lib/serve.sh
. "$here/tests/lib/serve.sh"
npm_modules contract
"$modules/node_modules/.bin/openapi-typescript" "$here/service/openapi.json" \
  -o "$modules/api.d.ts" >/dev/null 2>&1
cp "$here/tests/contract/roundtrip.ts" "$modules/"
"$modules/node_modules/.bin/tsc" --strict --noEmit --module es2022 --moduleResolution bundler \
  --target es2022 "$modules/roundtrip.ts"
echo "contract: tsc --strict compiles replies sent back as inputs against the generated types"

serve_scratch contract
serve_start "$binary" "$scratch"
admin=$("$binary" token create --role admin --label contract-test)
/usr/bin/python3 "$here/tests/contract/requests.py" "$here/service/openapi.json" "$CACD" "$admin"
