#!/usr/bin/env bash
# `make bench`: the data layer's figures, each measured side by side with
# its reference in one run, on generated data, against a throwaway
# PostgreSQL cluster, the real server and a bare libmicrohttpd server. Not
# part of `make test`: it takes about two minutes and its numbers depend on
# the machine. BENCHMARKS.md records a run.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
seconds=${BENCH_SECONDS:-5}
workers=${BENCH_WORKERS:-$(nproc)}

scratch=$(mktemp -d /tmp/cacd-bench.XXXXXX)
chmod 755 "$scratch"
port=$(scripts/pg.sh free-port)
server="" bare=""
cleanup() {
  for pid in $server $bare; do kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  scripts/pg.sh stop "$scratch/pg" || true
  rm -rf "$scratch"
}
trap cleanup EXIT
scripts/pg.sh start "$scratch/pg" "$port"
export CACD_CONFIG=/dev/null CACD_DATABASE_URL
CACD_DATABASE_URL=$(scripts/pg.sh url "$port")
"$build/cacd" migrate 2>/dev/null
echo "bench: generating data (1,000 partnerships, waves of 10 and 10,000 responses, 60 revisers)"
psql "$CACD_DATABASE_URL" -q -v ON_ERROR_STOP=1 -f tests/bench/seed.sql >/dev/null
viewer=$("$build/cacd" token create --role viewer --label bench)
admin=$("$build/cacd" token create --role admin --label bench)
query() { psql "$CACD_DATABASE_URL" -Atc "$1"; }
small=$(query "SELECT id FROM waves WHERE label = 'small'")
large=$(query "SELECT id FROM waves WHERE label = 'large'")
revisions=$(query "SELECT id FROM waves WHERE label = 'revisions'")
sizes=$(query "SELECT id FROM partnerships WHERE name = 'Bench sizes'")
pair=$(query "SELECT partnership_id FROM waves WHERE label = 'pair'")
query "SELECT m.id FROM members m JOIN waves w ON w.partnership_id = m.partnership_id
        WHERE w.label = 'revisions'" > "$scratch/members"
query "UPDATE waves SET closed_at = now() WHERE label IN ('small', 'large', 'bench', 'pair')" >/dev/null

# Starts a server in the background and waits for its listening line.
start() {
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  for _ in $(seq 1 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
  grep -q "listening on" "$log" || { cat "$log" >&2; exit 1; }
}
http_port=$(scripts/pg.sh free-port)
CACD_LISTEN=127.0.0.1:$http_port CACD_WORKERS=$workers CACD_ACCESS_LOG=false \
  start "$scratch/serve.log" "$build/cacd" serve
server=$!
bare_port=$(scripts/pg.sh free-port)
start "$scratch/bare.log" "$build/bench_bare" "$bare_port" "$workers"
bare=$!

# wrk: prints requests/s, p50 ms, p99 ms, mean ms and failures (non-2xx and
# socket errors). Arguments: connections, URL, then wrk options.
measure() {
  local connections=$1 url=$2 output; shift 2
  wrk -t2 -c"$connections" -d1s "$@" "$url" >/dev/null   # warm-up: plans and caches
  output=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "$url")
  awk 'function ms(text,  value) { value = text + 0
         if (text ~ /us$/) return value / 1000; if (text ~ /ms$/) return value
         if (text ~ /s$/) return value * 1000; return value }
       /^    Latency/ { mean = ms($2) }
       /^     50%/ { p50 = ms($2) }
       /^     99%/ { p99 = ms($2) }
       /^Requests\/sec/ { rate = $2 }
       /Non-2xx/ { bad += $NF }
       /Socket errors/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
       END { printf "%.0f %.3f %.3f %.3f %d\n", rate, p50, p99, mean, bad }' <<<"$output"
}
pgbench_tps() {
  local clients=$1 script=$2; shift 2
  pgbench -n -M prepared -c "$clients" -j 2 -T "$seconds" -f "$script" "$@" "$CACD_DATABASE_URL" 2>/dev/null |
    awk '/^tps/ { printf "%.0f\n", $3 }'
}
base=http://127.0.0.1:$http_port
auth() { echo "-H" "Authorization: Bearer $1"; }

echo "bench: $seconds s a measurement, $workers server workers"
json_id() { python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'; }
# BENCH_ONLY=revisions: that figure alone, for working on it.
if [ "${BENCH_ONLY:-}" = revisions ]; then
  read -r revise_rps _ revise_p99 _ revise_bad < <(WAVE=$revisions TOKEN=$admin \
    MEMBERS_FILE=$scratch/members measure 16 "$base" -s tests/bench/revise.lua)
  revise_pg=$(pgbench_tps 16 tests/bench/pgbench-revise.sql)
  echo "revisions: $revise_rps req/s, pgbench $revise_pg tps, failed $revise_bad" \
    "($(awk -v a="$revise_rps" -v b="$revise_pg" 'BEGIN { printf "%.2f", a / b }')x)"
  exit 0
fi
read -r read_rps _ read_p99 _ read_bad < <(measure 64 "$base/v1/waves/$small/scores" -H "Authorization: Bearer $viewer")
# A form page for a member with a saved response: through the welcome
# page's Start (the session cookie), one part saved, then its page read.
form_session() {
  local partnership member wave link code csrf
  partnership=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"name":"Bench form"}' "$base/v1/partnerships" | json_id)
  member=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"label":"F01","sector":"citizen","role":"coproducer"}' \
    "$base/v1/partnerships/$partnership/members" | json_id)
  wave=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"label":"form","opens_at":"2026-01-01T00:00:00Z","closes_at":"2099-01-01T00:00:00Z"}' \
    "$base/v1/partnerships/$partnership/waves" | json_id)
  link=$(curl -sf -X POST -H "Authorization: Bearer $admin" "$base/v1/waves/$wave/invitations" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["data"][0]["link"])')
  code=${link##*/}
  curl -sf -c "$scratch/jar" -d "code=$code" "$base/i" > /dev/null
  csrf=$(curl -sf -b "$scratch/jar" "$base/form/1" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
  curl -sf -b "$scratch/jar" -d "csrf=$csrf&item-1=3&action=save" "$base/form/1" > /dev/null
  awk '$6 == "cacd_form" { print $7 }' "$scratch/jar"
}
form_cookie=$(form_session)
# the form page's reference: a score read that runs its statement every time
# (an open wave's, as admin), as every read did before published views
# were answered from memory
read -r live_rps _ _ _ _ < <(measure 64 "$base/v1/waves/$revisions/scores" -H "Authorization: Bearer $admin")
read -r form_rps _ form_p99 _ form_bad < <(measure 64 "$base/form/1?lang=nl" -H "Cookie: cacd_form=$form_cookie")
read_pg=$(pgbench_tps 64 tests/bench/pgbench-read.sql -D wave="$small")
read -r revise_rps _ revise_p99 _ revise_bad < <(WAVE=$revisions TOKEN=$admin MEMBERS_FILE=$scratch/members \
  measure 16 "$base" -s tests/bench/revise.lua)
revise_pg=$(pgbench_tps 16 tests/bench/pgbench-revise.sql)
read -r _ _ _ small_ms _ < <(measure 2 "$base/v1/waves/$small/scores" -H "Authorization: Bearer $viewer")
read -r _ _ _ large_ms _ < <(measure 2 "$base/v1/waves/$large/scores" -H "Authorization: Bearer $viewer")
read -r _ _ _ sizes_ms _ < <(measure 2 "$base/v1/partnerships/$sizes/trend" -H "Authorization: Bearer $viewer")
read -r _ _ _ pair_ms _ < <(measure 2 "$base/v1/partnerships/$pair/trend" -H "Authorization: Bearer $viewer")
read -r _ compare_p50 _ _ compare_bad < <(measure 2 "$base/v1/comparisons?wave_label=bench" -H "Authorization: Bearer $viewer")
read -r health_rps _ _ _ _ < <(measure 64 "$base/healthz")
read -r bare_rps _ _ _ _ < <(measure 64 "http://127.0.0.1:$bare_port/healthz")
# Imports of paper forms: the median of three, each into a new partnership's
# past round, 26 items a form, as CSV.
forms_csv() {
  awk -v count="$1" -v prefix="$2" 'BEGIN {
    printf "label,role,sector,scale"; for (i = 1; i <= 26; i++) printf ",%d", i; print ""
    split("1 2 3 4", value, " ")
    for (row = 0; row < count; row++) {
      printf "%s%05d,%s,%s,agree4", prefix, row, (row % 3 ? "professional" : "coproducer"),
        (row % 2 ? "welfare" : "citizen")
      for (i = 1; i <= 26; i++)
        printf ",%s", ((row + i) % 7 == 0 ? "dk" : ((row + i) % 11 == 0 ? "" : value[(row * i) % 4 + 1]))
      print ""
    }
  }'
}
import_ms() {
  local count=$1 times=() run partnership wave
  forms_csv "$count" F > "$scratch/forms.csv"
  for run in 1 2 3; do
    partnership=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d "{\"name\":\"Import $count $run\"}" "$base/v1/partnerships" | json_id)
    wave=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d '{"label":"2020","opens_at":"2020-01-01T00:00:00Z","closes_at":"2020-02-01T00:00:00Z"}' \
      "$base/v1/partnerships/$partnership/waves" | json_id)
    times+=("$(curl -s -o "$scratch/import.out" -w '%{http_code} %{time_total}' \
      -H "Authorization: Bearer $admin" -H 'Content-Type: text/csv' \
      --data-binary @"$scratch/forms.csv" "$base/v1/waves/$wave/import")")
    grep -q "\"imported\":$count" "$scratch/import.out" || { cat "$scratch/import.out" >&2; exit 1; }
  done
  printf '%s\n' "${times[@]}" | awk '{ print $2 * 1000 }' | sort -n | sed -n 2p
}
wrk -t2 -c256 -d2s "$base/healthz" >/dev/null
rss_kib=$(awk '/^VmHWM/ { print $2 }' "/proc/$server/status")
# after the RSS above: an import holds its forms in memory while it runs
import_1000_ms=$(import_ms 1000)
import_5000_ms=$(import_ms 5000)
import_rss_kib=$(awk '/^VmHWM/ { print $2 }' "/proc/$server/status")
# The complete export of the wave of 10,000 responses, CSV and xlsx (the
# median of three), beside PostgreSQL's own COPY of the same rows as CSV.
export_ms() {
  local run times=()
  for run in 1 2 3; do
    times+=("$(curl -sf -o "$scratch/export.out" -w '%{time_total}' \
      -H "Authorization: Bearer $admin" "$base/v1/export/responses?wave_id=$large&format=$1")")
  done
  printf '%s\n' "${times[@]}" | awk '{ print $1 * 1000 }' | sort -n | sed -n 2p
}
copy_ms() {
  local run times=() start
  for run in 1 2 3; do
    start=$(date +%s%N)
    psql "$CACD_DATABASE_URL" -qc "\\copy (SELECT r.wave_id, r.member_id, r.revision, r.submitted_at, r.scale, r.answer_values, r.comment FROM responses r WHERE r.wave_id = '$large' ORDER BY r.created_at, r.id) TO '/dev/null' CSV" >/dev/null
    times+=("$(( ($(date +%s%N) - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
export_csv_ms=$(export_ms csv)
export_rows=$(($(wc -l < "$scratch/export.out") - 1))
export_xlsx_ms=$(export_ms xlsx)
copy_csv_ms=$(copy_ms)
revised=$(query "SELECT count(*) FROM response_history h JOIN waves w ON w.id = h.wave_id WHERE w.label = 'revisions'")

awk -v read_rps="$read_rps" -v read_pg="$read_pg" -v read_p99="$read_p99" -v read_bad="$read_bad" \
    -v revise_rps="$revise_rps" -v revise_pg="$revise_pg" -v revise_bad="$revise_bad" \
    -v revised="$revised" -v small_ms="$small_ms" -v large_ms="$large_ms" \
    -v sizes_ms="$sizes_ms" -v pair_ms="$pair_ms" \
    -v compare_p50="$compare_p50" -v compare_bad="$compare_bad" -v health_rps="$health_rps" \
    -v bare_rps="$bare_rps" -v rss_kib="$rss_kib" -v import_1000_ms="$import_1000_ms" \
    -v import_5000_ms="$import_5000_ms" -v form_rps="$form_rps" -v form_p99="$form_p99" \
    -v form_bad="$form_bad" -v import_rss_kib="$import_rss_kib" -v live_rps="$live_rps" \
    -v export_csv_ms="$export_csv_ms" -v export_xlsx_ms="$export_xlsx_ms" \
    -v copy_csv_ms="$copy_csv_ms" -v export_rows="$export_rows" 'BEGIN {
  printf "%-46s %10s %10s %6s %9s %4s\n", "figure", "measured", "reference", "ratio", "target", "met"
  row("published scores, 64 conns, req/s (vs pgbench)", read_rps, read_pg, read_rps / read_pg, ">= 1.0x", read_rps / read_pg >= 1.0)
  row("published scores, 64 conns, p99 ms", read_p99, "", "", "< 5 ms", read_p99 < 5)
  row("form page, 64 conns, req/s (vs live read)", form_rps, live_rps, form_rps / live_rps, ">= 0.8x", form_rps / live_rps >= 0.8 && form_bad == 0)
  row("form page, 64 conns, p99 ms", form_p99, "", "", "< 20 ms", form_p99 < 20)
  row("revisions, 16 clients, req/s (vs pgbench)", revise_rps, revise_pg, revise_rps / revise_pg, ">= 0.7x", revise_rps / revise_pg >= 0.7)
  row("failed requests, revising (of " revised ") + reading", revise_bad " + " read_bad, "", "", "0", revise_bad + read_bad == 0)
  row("wave read ms, 10,000 vs 10 responses", large_ms, small_ms, large_ms / small_ms, "<= 1.2x", large_ms / small_ms <= 1.2)
  row("trend ms, waves of 10 + 10,000 vs 5 + 5", sizes_ms, pair_ms, sizes_ms / pair_ms, "<= 1.2x", sizes_ms / pair_ms <= 1.2)
  row("comparison of 1,000 partnerships, p50 ms", compare_p50, "", "", "< 20 ms", compare_p50 < 20 && compare_bad == 0)
  row("/healthz req/s (vs bare libmicrohttpd)", health_rps, bare_rps, health_rps / bare_rps, ">= 0.9x", health_rps / bare_rps >= 0.9)
  row("import of 1,000 forms, ms (median of 3)", sprintf("%.0f", import_1000_ms), "", "", "", "")
  row("import of 5,000 forms, ms (vs 1,000 forms)", sprintf("%.0f", import_5000_ms), sprintf("%.0f", import_1000_ms), import_5000_ms / import_1000_ms, "< 1000 ms", import_5000_ms < 1000)
  row("peak RSS MiB, after comparisons + 256 conns", sprintf("%.1f", rss_kib / 1024), "", "", "< 64 MiB", rss_kib / 1024 < 64)
  row("peak RSS MiB, after the imports too", sprintf("%.1f", import_rss_kib / 1024), "", "", "", "")
  row("export of " export_rows " responses, CSV ms (vs COPY)", sprintf("%.0f", export_csv_ms), copy_csv_ms, export_csv_ms / copy_csv_ms, "< 1000 ms", export_csv_ms < 1000 && export_rows == 10000)
  row("export of " export_rows " responses, xlsx ms (vs CSV)", sprintf("%.0f", export_xlsx_ms), sprintf("%.0f", export_csv_ms), export_xlsx_ms / export_csv_ms, "< 3000 ms", export_xlsx_ms < 3000)
}
function row(name, measured, reference, ratio, target, met) {
  if (ratio != "") ratio = sprintf("%.2f", ratio)
  if (met != "met" && met != "") met = met ? "yes" : "NO"
  printf "%-46s %10s %10s %6s %9s %4s\n", name, measured, reference, ratio, target, met
}'
