#!/usr/bin/env bash
# `make scale-test`: cacd on more than one node, from local PostgreSQL
# clusters (no Docker): a primary, a streaming replica (pg_basebackup -R)
# and two cacd instances, A and B, both reading through the replica. Checks
# that the replica accelerates and never gates, and that a read that sends
# back a write's Cacd-Lsn is never stale, on either instance:
#   1. replay paused: a read with Cacd-Lsn shows the write at once; one
#      without it is stale at most max_replica_lag_ms after the write;
#   2. a token revoked through A is refused by B at once;
#   3. replica stopped: writes, score reads, list reads and /readyz answer
#      200 on both instances;
#   4. failover: the primary stopped, a published wave's scores still
#      answer on both instances (from memory, the token checked on the
#      replica); the replica promoted, both instances write again without a
#      restart (libpq multi-host URLs with target_session_attrs), and every
#      write acknowledged under load all along is stored exactly once.
#   tests/scale/scale-test.sh CACD_BINARY
set -euo pipefail
binary=$(realpath "${1:-build/cacd}")
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
scratch=$(mktemp -d /tmp/cacd-scale.XXXXXX)
chmod 755 "$scratch"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  scripts/pg.sh stop "$scratch/replica" || true
  scripts/pg.sh stop "$scratch/primary" || true
  rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "scale-test: FAIL $*" >&2; exit 1; }
checks=0
pass() { checks=$((checks + 1)); echo "scale-test: $*"; }

primary_port=$(scripts/pg.sh free-port)
scripts/pg.sh start "$scratch/primary" "$primary_port"
export CACD_CONFIG=/dev/null
primary_url=$(scripts/pg.sh url "$primary_port")
CACD_DATABASE_URL=$primary_url "$binary" migrate 2>/dev/null
replica_port=$(scripts/pg.sh free-port)
scripts/pg.sh replica "$primary_port" "$scratch/replica" "$replica_port"
replica_url=$(scripts/pg.sh url "$replica_port")
primary_sql() { psql "$primary_url" -Atqc "$1"; }
replica_sql() { psql "$replica_url" -Atqc "$1"; }
[ "$(replica_sql 'SELECT pg_is_in_recovery()')" = t ] || fail "the replica is not in recovery"

# Two instances on the same primary and replica, with multi-host URLs:
# writes only ever to the node that takes them (read-write), reads
# preferably from a standby.
write_url="host=127.0.0.1,127.0.0.1 port=$primary_port,$replica_port dbname=cacd user=cacd target_session_attrs=read-write"
read_url="host=127.0.0.1,127.0.0.1 port=$replica_port,$primary_port dbname=cacd user=cacd target_session_attrs=prefer-standby"
start_instance() { # NAME: sets the instance's URL in the variable NAME
  local port
  port=$(scripts/pg.sh free-port)
  CACD_DATABASE_URL=$write_url CACD_READ_DATABASE_URL=$read_url \
    CACD_LISTEN=127.0.0.1:$port CACD_ACCESS_LOG=false CACD_MAX_REPLICA_LAG_MS=1000 \
    "$binary" serve 2>"$scratch/$1.log" &
  servers+=($!)
  for _ in $(seq 1 100); do grep -q "listening on" "$scratch/$1.log" && break; sleep 0.1; done
  grep -q "listening on" "$scratch/$1.log" || { cat "$scratch/$1.log" >&2; exit 1; }
  printf -v "$1" '%s' "http://127.0.0.1:$port"
}
start_instance A
start_instance B
admin=$(CACD_DATABASE_URL=$primary_url "$binary" token create --role admin --label scale)
call() { # INSTANCE METHOD PATH [BODY [HEADER]]: prints "status" and keeps the body and headers
  local body=${4:-} header=${5:-X-Scale: 1}
  curl -s -o "$scratch/body" -D "$scratch/headers" -w '%{http_code}' -X "$2" \
    -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -H "$header" \
    ${body:+-d "$body"} "$1$3"
}
header_of() { sed -n "s/^$1: *//Ip" "$scratch/headers" | tr -d '\r'; }
ready_replica_up() { # INSTANCE: waits (bounded) until /readyz says the replica is up
  for _ in $(seq 1 200); do
    curl -s "$1/readyz" | grep -q '"up": *true' && return 0
  done
  return 1
}
ready_replica_up "$A" && ready_replica_up "$B" || fail "the replica never read as up"

partnership=$( [ "$(call "$A" POST /v1/partnerships '{"name":"Schaal 0"}')" = 201 ] && jq -r .id "$scratch/body")
[ -n "$partnership" ] || fail "no partnership"

# 1. Replay paused: Cacd-Lsn reads are never stale, others at most the lag.
replica_sql "SELECT pg_wal_replay_pause()" > /dev/null
stale_after_bound=0 fresh_with_lsn=0
for round in 1 2 3 4 5 6 7 8; do
  name="Schaal $round"
  [ "$(call "$A" PATCH "/v1/partnerships/$partnership" "{\"name\":\"$name\"}")" = 200 ] || fail "PATCH"
  lsn=$(header_of Cacd-Lsn)
  [ -n "$lsn" ] || fail "a write without Cacd-Lsn"
  written=$(date +%s%3N)
  [ "$(call "$B" GET "/v1/partnerships/$partnership" "" "Cacd-Lsn: $lsn")" = 200 ] || fail "GET"
  [ "$(jq -r .name "$scratch/body")" = "$name" ] || fail "a read with Cacd-Lsn $lsn was stale"
  fresh_with_lsn=$((fresh_with_lsn + 1))
  # without it: stale is allowed only within max_replica_lag_ms (and the
  # monitor's 100 ms look) of the write
  [ "$(call "$B" GET "/v1/partnerships/$partnership")" = 200 ] || fail "GET"
  seen=$(date +%s%3N)
  if [ "$(jq -r .name "$scratch/body")" != "$name" ] && [ $((seen - written)) -gt 1300 ]; then
    stale_after_bound=$((stale_after_bound + 1))
  fi
done
[ "$stale_after_bound" = 0 ] || fail "$stale_after_bound reads were stale longer than the lag bound"
# long after the last write, with replay still paused: never stale
sleep 1.5 # time past the bound, not a wait for anything to happen
[ "$(call "$B" GET "/v1/partnerships/$partnership")" = 200 ] || fail "GET"
[ "$(jq -r .name "$scratch/body")" = "Schaal 8" ] || fail "a read 1.5 s after the write was stale"
replica_sql "SELECT pg_wal_replay_resume()" > /dev/null
pass "replay paused: $fresh_with_lsn reads with Cacd-Lsn fresh, none stale past the lag bound"

# 2. A token revoked through A is refused by B at once.
[ "$(call "$A" POST /v1/tokens '{"role":"viewer","label":"scale"}')" = 201 ] || fail "token"
viewer=$(jq -r .token "$scratch/body") viewer_id=$(jq -r .id "$scratch/body")
viewer_status() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $viewer" "$1/v1/partnerships?limit=1"; }
[ "$(viewer_status "$B")" = 200 ] || fail "the new token does not work on B"
[ "$(call "$A" DELETE "/v1/tokens/$viewer_id")" = 204 ] || fail "revoke"
[ "$(viewer_status "$B")" = 401 ] || fail "B still takes the revoked token"
pass "a token revoked through A is refused by B at once"

# 3. The replica stopped: both instances write, read and stay ready.
[ "$(call "$A" POST "/v1/partnerships/$partnership/waves" \
  '{"label":"2026","opens_at":"2026-01-01T00:00:00Z","closes_at":"2099-01-01T00:00:00Z"}')" = 201 ] || fail "wave"
wave=$(jq -r .id "$scratch/body")
scripts/pg.sh stop "$scratch/replica"
for instance in "$A" "$B"; do
  [ "$(call "$instance" POST /v1/partnerships '{"name":"zonder replica"}')" = 201 ] || fail "a write without the replica"
  [ "$(call "$instance" GET "/v1/partnerships?limit=5")" = 200 ] || fail "a list read without the replica"
  [ "$(call "$instance" GET /v1/instruments/cac)" = 200 ] || fail "an instrument read without the replica"
  [ "$(call "$instance" GET "/v1/waves/$wave/scores")" = 200 ] || fail "a score read without the replica"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$instance/readyz")" = 200 ] || fail "not ready without the replica"
done
pass "replica stopped: writes, reads and /readyz answer 200 on both instances"

# 4. Failover, under a bounded load of writes through both instances: each
# writer posts partnerships named after itself and counts those answered
# 201. The primary stops, the replica is promoted; the instances are not
# restarted.
scripts/pg.sh start "$scratch/replica" "$replica_port"
for _ in $(seq 1 100); do
  [ "$(primary_sql "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" = 1 ] && break
done
[ "$(primary_sql "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" = 1 ] \
  || fail "the replica does not stream again"
# a published wave, read once through each instance by a viewer
[ "$(call "$A" POST "/v1/partnerships/$partnership/waves" \
  '{"label":"gepubliceerd","opens_at":"2026-01-01T00:00:00Z","closes_at":"2099-01-01T00:00:00Z"}')" = 201 ] || fail "wave"
published=$(jq -r .id "$scratch/body")
for label in P1 P2 P3; do
  [ "$(call "$A" POST "/v1/partnerships/$partnership/members" \
    "{\"label\":\"$label\",\"sector\":\"welfare\",\"role\":\"professional\"}")" = 201 ] || fail "member"
  member=$(jq -r .id "$scratch/body")
  [ "$(call "$A" PUT "/v1/waves/$published/responses/$member" '{"answers":{"1":70}}')" = 201 ] || fail "answer"
done
[ "$(call "$A" POST "/v1/waves/$published/close")" = 200 ] || fail "close"
[ "$(call "$A" POST /v1/tokens '{"role":"viewer","label":"published"}')" = 201 ] || fail "token"
reader=$(jq -r .token "$scratch/body")
published_status() {
  curl -s -o "$scratch/published" -w '%{http_code}' -H "Authorization: Bearer $reader" \
    "$1/v1/waves/$published/scores"
}
for instance in "$A" "$B"; do
  [ "$(published_status "$instance")" = 200 ] || fail "a published read"
done
writer() { # INSTANCE NAME: writes for at most 12 s, until told to stop
  local n=0 answered=0 until=$(( $(date +%s) + 12 ))
  while [ ! -f "$scratch/stop" ] && [ "$(date +%s)" -lt "$until" ]; do
    n=$((n + 1))
    status=$(curl -s -o /dev/null -w '%{http_code}' -m 5 -X POST -H "Authorization: Bearer $admin" \
      -H 'Content-Type: application/json' -d "{\"name\":\"$2-$n\"}" "$1/v1/partnerships")
    [ "$status" = 201 ] && { answered=$((answered + 1)); echo "$2-$n" >> "$scratch/$2.answered"; }
  done
}
: > "$scratch/a.answered"; : > "$scratch/b.answered"
writer "$A" a & writer_a=$!
writer "$B" b & writer_b=$!
for _ in $(seq 1 50); do [ -s "$scratch/a.answered" ] && [ -s "$scratch/b.answered" ] && break; sleep 0.1; done
scripts/pg.sh stop "$scratch/primary"
for instance in "$A" "$B"; do
  [ "$(published_status "$instance")" = 200 ] || fail "a published read with the primary stopped"
  grep -q '"published":true' "$scratch/published" || fail "the published read says otherwise"
done
scripts/pg.sh promote "$scratch/replica"
# both instances write to the promoted node, each within a bounded time
for instance in "$A" "$B"; do
  wrote=""
  for _ in $(seq 1 100); do
    if [ "$(call "$instance" POST /v1/partnerships '{"name":"na de overstap"}')" = 201 ]; then
      wrote=yes; break
    fi
    sleep 0.1
  done
  [ -n "$wrote" ] || fail "an instance does not write after the promotion"
done
touch "$scratch/stop"
wait "$writer_a" "$writer_b" || true
promoted_url=$replica_url
for name in $(cat "$scratch/a.answered" "$scratch/b.answered"); do
  count=$(psql "$promoted_url" -Atqc "SELECT count(*) FROM partnerships WHERE name = '$name'")
  [ "$count" = 1 ] || fail "the acknowledged write $name is stored $count times"
done
acknowledged=$(cat "$scratch/a.answered" "$scratch/b.answered" | wc -l)
[ "$acknowledged" -gt 0 ] || fail "no write was acknowledged"
pass "failover: published reads answered with the primary stopped; both instances write after the promotion; $acknowledged acknowledged writes, each stored once"
echo "scale-test: $checks passed, 0 failed"
