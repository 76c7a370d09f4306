#!/usr/bin/env bash
# The member's form in a real browser (tests/form/round.mjs): prepares a
# round on a cacd it starts, with links for three members, a twin wave for
# comparing scores and a closed round, then runs the round in Debian's
# Chromium. puppeteer-core and axe-core come from the npm registry, pinned,
# installed under build/form-test once; no browser is downloaded.
#   tests/form/run.sh CACD_BINARY            (CACD_DATABASE_URL set)
#   tests/form/run.sh CACD_BINARY --docs     also writes the screenshots to docs/
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/lib/serve.sh
. "$here/tests/lib/serve.sh"
npm_modules form
serve_scratch form
serve_start "$binary" "$scratch"
admin=$("$binary" token create --role admin --label form-test)
api() { curl -sSf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$@"; }
partnership=$(api -X POST "$CACD/v1/partnerships" \
  -d '{"name":"Gezond Oude Westen","contact":"Fatima Yilmaz, 06-12345678"}' | jq -r .id)
members=()
for label in BW01 GP01 WB01; do
  members+=("$(api -X POST "$CACD/v1/partnerships/$partnership/members" \
    -d "{\"label\":\"$label\",\"sector\":\"citizen\",\"role\":\"coproducer\"}" | jq -r .id)")
done
wave() {
  api -X POST "$CACD/v1/partnerships/$partnership/waves" \
    -d "{\"label\":\"$1\",\"opens_at\":\"2026-01-01T00:00:00Z\",\"closes_at\":\"2099-01-01T00:00:00Z\"}" | jq -r .id
}
form_wave=$(wave "Voorjaar 2026")
twin=$(wave "tweeling")
closed=$(wave "gesloten")
links=$(api -X POST "$CACD/v1/waves/$form_wave/invitations" | jq -c '[.data[] | {(.member_id): .link}] | add')
closed_link=$(api -X POST "$CACD/v1/waves/$closed/invitations" | jq -r '.data[0].link')
api -X POST "$CACD/v1/waves/$closed/close" > /dev/null
out=""
if [ "${2:-}" = --docs ]; then out=$here/docs; fi
round=$(jq -n --arg base "$CACD" --arg admin "$admin" --arg wave "$form_wave" --arg twin "$twin" \
  --argjson links "$links" --arg closed "$closed_link" --arg out "$out" \
  --arg m0 "${members[0]}" --arg m1 "${members[1]}" --arg m2 "${members[2]}" \
  '{base: $base, admin: $admin, wave: $wave, twin: $twin, links: $links, closedLink: $closed,
    out: (if $out == "" then null else $out end), members: [$m0, $m1, $m2], tamper: $m2}')
# ES modules resolve their imports beside the file: run it from there
cp "$here/tests/form/round.mjs" "$modules/round.mjs"
FORM_ROUND=$round node "$modules/round.mjs"

# Invitations people can hold, from the call that makes them: printable
# HTML whose QR code decodes (zbarimg) to the link printed beside it, and
# the same reply as CSV and xlsx for a mail merge.
for format in html csv xlsx; do
  wave_id=$(wave "uitnodigingen $format")
  curl -sSf -X POST -H "Authorization: Bearer $admin" -o "$scratch/invitations.$format" \
    "$CACD/v1/waves/$wave_id/invitations?format=$format&lang=nl"
done
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$scratch/chromium" --window-size=800,1400 \
  --screenshot="$scratch/invitations.png" "file://$scratch/invitations.html" >/dev/null 2>&1
printed=$(sed -n 's|.*<p class="link">\([^<]*\)</p>.*|\1|p' "$scratch/invitations.html" | head -1)
decoded=$(zbarimg --quiet --raw "$scratch/invitations.png" 2>/dev/null | head -1)
[ -n "$printed" ] && [ "$printed" = "$decoded" ] \
  || { echo "invitations: the QR code says '$decoded', the page '$printed'" >&2; exit 1; }
[ "$(grep -c '<section class="sheet">' "$scratch/invitations.html")" = 3 ] \
  || { echo "invitations: not one sheet a member" >&2; exit 1; }
/usr/bin/python3 - "$scratch" <<'PYTHON'
import sys, pandas, openpyxl
scratch = sys.argv[1]
csv = pandas.read_csv(f"{scratch}/invitations.csv")
assert list(csv.columns) == ["label", "role", "sector", "link", "expires_at"], list(csv.columns)
assert sorted(csv["label"]) == ["BW01", "GP01", "WB01"], list(csv["label"])
assert all(link.startswith("http://127.0.0.1:") and "/i/" in link for link in csv["link"])
sheet = openpyxl.load_workbook(f"{scratch}/invitations.xlsx").active
rows = list(sheet.iter_rows(values_only=True))
assert rows[0] == ("label", "role", "sector", "link", "expires_at"), rows[0]
assert len(rows) == 4, rows
PYTHON
echo "invitations: the QR code of a printed sheet reads $decoded; CSV and xlsx carry 3 links each"
