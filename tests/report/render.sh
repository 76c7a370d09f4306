#!/usr/bin/env bash
# The group-session report in a real browser: a partnership whose current
# round holds the CAC's published table (Appendix A of van Lammeren et al.,
# 2025) and an earlier round, reported in Dutch, printed to PDF and
# photographed by headless Chromium (Debian's). Checks that the PDF says
# what the table says and that the chart drew its bars.
#   tests/report/render.sh CACD_BINARY          (CACD_DATABASE_URL set)
#   tests/report/render.sh CACD_BINARY --docs   also writes docs/report-appendix-a.png
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/lib/serve.sh
. "$here/tests/lib/serve.sh"
serve_scratch report
serve_start "$binary" "$scratch"
cacd=$CACD
admin=$("$binary" token create --role admin --label report)
api() { curl -sSf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$@"; }

# Appendix A's item scores, one respondent on the percent scale; the earlier
# round ten points lower on every item (five for those under ten).
published=(95 50 95 30 100 90 100 100 55 90 50 55 30 65 50 70 50 50 90 80 85 70 45 50 70 70)
answers() { # $1: points to take off
  local json="" item=1
  for score in "${published[@]}"; do
    local value=$((score - $1)); [ "$value" -lt 0 ] && value=$((score / 2))
    json="$json${json:+,}\"$item\":$value"; item=$((item + 1))
  done
  echo "{\"answers\":{$json}}"
}
partnership=$(api -X POST "$cacd/v1/partnerships" -d '{"name":"Appendix A"}' | jq -r .id)
round() { # $1 label, $2 date, $3 points off; prints the wave id
  local wave member
  wave=$(api -X POST "$cacd/v1/partnerships/$partnership/waves" \
    -d "{\"label\":\"$1\",\"opens_at\":\"$2T00:00:00Z\",\"closes_at\":\"$2T12:00:00Z\"}" | jq -r .id)
  member=$(api -X POST "$cacd/v1/partnerships/$partnership/members" \
    -d "{\"label\":\"R-$1\",\"sector\":\"welfare\",\"role\":\"professional\"}" | jq -r .id)
  api -X PUT "$cacd/v1/waves/$wave/responses/$member" -d "$(answers "$3")" > /dev/null
  api -X POST "$cacd/v1/waves/$wave/close" > /dev/null
  echo "$wave"
}
round "2023" 2023-03-01 10 > /dev/null
wave=$(round "2024" 2024-03-01 0)
api "$cacd/v1/waves/$wave/report?lang=nl" > "$scratch/report.html"
grep -q "<svg" "$scratch/report.html"

chromium_run() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$scratch/profile" "$@" "file://$scratch/report.html" \
    > "$scratch/chromium.log" 2>&1 || { tail -20 "$scratch/chromium.log" >&2; exit 1; }
}
chromium_run --print-to-pdf="$scratch/report.pdf" --no-pdf-header-footer
chromium_run --screenshot="$scratch/report.png" --window-size=1000,2400 --hide-scrollbars

# The PDF says what the table says: item 1 in Dutch, its score, the overall
# score of the published table (1785 / 26 = 68.7, printed 69).
pdftotext -layout "$scratch/report.pdf" "$scratch/report.txt"
item1=$(api "$cacd/v1/instruments/cac?lang=nl" | jq -r '.items[] | select(.number == 1) | .label' | cut -c1-25)
[ -n "$item1" ] || { echo "report: no text for item 1" >&2; exit 1; }
grep -qF "$item1" "$scratch/report.txt" || { echo "report: item 1 ('$item1') is not in the PDF" >&2; exit 1; }
grep -qE "Totaalscore +69" "$scratch/report.txt" || { echo "report: no overall score 69 in the PDF" >&2; sed -n 1,60p "$scratch/report.txt" >&2; exit 1; }
grep -q "Aandachtspunten" "$scratch/report.txt"

# The chart drew: this round's bars (#2b6cb0) and the previous round's
# (#a0aec0) cover part of the page.
/usr/bin/python3 - "$scratch/report.png" <<'PY'
import sys
from PIL import Image
image = Image.open(sys.argv[1]).convert("RGB")
def near(pixel, colour):
    return all(abs(a - b) <= 8 for a, b in zip(pixel, colour))
pixels = list(image.getdata())
current = sum(1 for p in pixels if near(p, (0x2b, 0x6c, 0xb0)))
previous = sum(1 for p in pixels if near(p, (0xa0, 0xae, 0xc0)))
print(f"report: chart bars {current} px this round, {previous} px the previous")
if current < 2000 or previous < 2000:
    sys.exit("report: the chart did not render its bars")
PY
if [ "${2:-}" = --docs ]; then
  cp "$scratch/report.png" "$here/docs/report-appendix-a.png"
  echo "report: wrote docs/report-appendix-a.png"
fi
echo "report: rendered by $(chromium --version 2>/dev/null | head -1)"
