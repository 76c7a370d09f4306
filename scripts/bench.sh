#!/usr/bin/env bash
# `make bench`: reads measured side by side in one run, on generated data,
# against a throwaway PostgreSQL cluster and the real server. Not part of
# `make test`: it takes about a minute and its numbers depend on the machine.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
seconds=${BENCH_SECONDS:-5}

scratch=$(mktemp -d /tmp/cacd-bench.XXXXXX)
chmod 755 "$scratch"
port=$(scripts/pg.sh free-port)
server=""
cleanup() {
  [ -n "$server" ] && kill -INT "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  scripts/pg.sh stop "$scratch/pg" || true
  rm -rf "$scratch"
}
trap cleanup EXIT
scripts/pg.sh start "$scratch/pg" "$port"
http_port=$(scripts/pg.sh free-port)
export CACD_CONFIG=/dev/null CACD_DATABASE_URL
CACD_DATABASE_URL=$(scripts/pg.sh url "$port")
"$build/cacd" migrate 2>/dev/null
echo "bench: generating data (1,000 partnerships, waves of 10 and 10,000 responses)"
psql "$CACD_DATABASE_URL" -q -v ON_ERROR_STOP=1 -f tests/bench/seed.sql >/dev/null
token=$("$build/cacd" token create --role viewer --label bench)
small=$(psql "$CACD_DATABASE_URL" -Atc "SELECT id FROM waves WHERE label = 'small'")
large=$(psql "$CACD_DATABASE_URL" -Atc "SELECT id FROM waves WHERE label = 'large'")

CACD_LISTEN=127.0.0.1:$http_port CACD_ACCESS_LOG=false "$build/cacd" serve 2>"$scratch/serve.log" &
server=$!
# wait for the listening line rather than sleeping a guessed time
for _ in $(seq 1 100); do grep -q "listening on" "$scratch/serve.log" && break; sleep 0.1; done

# Prints the mean latency in milliseconds and the requests per second.
measure() {
  local path=$1 output
  # a short warm-up: plan caches and PL/pgSQL are per connection
  wrk -t1 -c2 -d1s -H "Authorization: Bearer $token" "http://127.0.0.1:$http_port$path" >/dev/null
  output=$(wrk -t1 -c2 -d"${seconds}s" --latency -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$http_port$path")
  awk '/^    Latency/ { latency = $2 }
       /^Requests\/sec/ { rate = $2 }
       /Non-2xx/ { bad = $NF }
       END {
         unit = latency; sub(/[0-9.]+/, "", unit); value = latency + 0
         if (unit == "us") value /= 1000; else if (unit == "s") value *= 1000
         printf "%.3f %s %s\n", value, rate, (bad == "" ? 0 : bad)
       }' <<<"$output"
}

# The same wave read straight from the stored answers: what a read would cost
# without the running totals (one aggregate over every answer).
raw_query_ms() {
  psql "$CACD_DATABASE_URL" -Atq -c '\timing on' -c "
    SELECT item_number, count(value), avg(value), stddev_samp(value)
      FROM response_answers WHERE wave_id = '$1' GROUP BY item_number" |
    awk '/^Time:/ { sum += $2; n++ } END { printf "%.3f\n", sum / n }'
}

echo "bench: $seconds s of wrk per endpoint (1 thread, 2 connections: one per worker of a 2-core machine)"
read -r small_ms small_rps small_bad < <(measure "/v1/waves/$small/scores")
read -r large_ms large_rps large_bad < <(measure "/v1/waves/$large/scores")
read -r compare_ms compare_rps compare_bad < <(measure "/v1/comparisons?wave_label=bench")
raw_small=$(raw_query_ms "$small")
raw_large=$(raw_query_ms "$large")

printf '\n%-44s %12s %10s %8s\n' "read" "mean ms" "req/s" "non-2xx"
printf '%-44s %12s %10s %8s\n' "wave scores, 10 responses" "$small_ms" "$small_rps" "$small_bad"
printf '%-44s %12s %10s %8s\n' "wave scores, 10,000 responses" "$large_ms" "$large_rps" "$large_bad"
printf '%-44s %12s %10s %8s\n' "comparison across 1,000 partnerships" "$compare_ms" "$compare_rps" "$compare_bad"
printf '\n%-44s %12s\n' "the same item aggregates from raw answers" "query ms"
printf '%-44s %12s\n' "10 responses" "$raw_small" "10,000 responses" "$raw_large"
awk -v a="$small_ms" -v b="$large_ms" -v c="$raw_small" -v d="$raw_large" 'BEGIN {
  printf "\nratio 10,000 : 10 responses, from running totals: %.2f\n", b / a
  printf "ratio 10,000 : 10 responses, from raw answers:     %.2f\n", d / c
}'
