#!/usr/bin/env bash
# `make test`: unit tests, the fuzz corpus replay, then integration tests
# against a throwaway PostgreSQL cluster and the real server binary.
#   scripts/test.sh BUILD [--repeat N] [criterion options...]
# --repeat N runs the integration suite N times in a row (a test that
# passes only sometimes is a defect; use it before landing).
set -euo pipefail
build=${1:-build}
shift || true
repeat=1
if [ "${1:-}" = "--repeat" ]; then
  repeat=${2:?--repeat takes a count}
  shift 2
fi
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

# Under the sanitizers every process (tests, their workers, the servers they
# start) writes its reports to one folder, checked at the end: Criterion
# passes a test whose worker LeakSanitizer fails at exit, so a leak would
# otherwise only be printed.
reports=""
if [[ "$build" == *sanitize* ]]; then
  reports=$(mktemp -d /tmp/cacd-sanitizer.XXXXXX)
  export ASAN_OPTIONS="log_path=$reports/asan:${ASAN_OPTIONS:-}"
  export UBSAN_OPTIONS="log_path=$reports/ubsan:print_stacktrace=1:${UBSAN_OPTIONS:-}"
fi
check_reports() {
  [ -n "$reports" ] || return 0
  if compgen -G "$reports/*" > /dev/null; then
    echo "sanitizer reports:" >&2
    cat "$reports"/* >&2
    rm -rf "$reports"
    exit 1
  fi
  rm -rf "$reports"
  echo "no sanitizer reports"
}

echo "== include circles (no two modules of service/ include each other)"
/usr/bin/python3 scripts/include-circles.py service

echo "== unit tests"
"$build/unit_tests" --jobs 2

echo "== fuzz corpus replay"
"$build/fuzz_replay" tests/fuzz/corpus

echo "== integration tests"
scratch=$(mktemp -d /tmp/cacd-test.XXXXXX)
chmod 755 "$scratch"   # the cluster's owner must reach it when we run as root
mkdir -p "$scratch/logs"

cleanup() {
  scripts/pg.sh stop "$scratch/pg" || true
  rm -rf "$scratch"
  [ -z "$reports" ] || rm -rf "$reports"
}
trap cleanup EXIT
# A free port can be taken between the look and the bind (by another run on
# the same machine): try another one then.
for attempt in 1 2 3; do
  port=$(scripts/pg.sh free-port)
  scripts/pg.sh start "$scratch/pg" "$port" && break
  [ "$attempt" = 3 ] && exit 1
done

export CACDTEST_BINARY="$here/$build/cacd"
export CACDTEST_DATABASE_URL
CACDTEST_DATABASE_URL=$(scripts/pg.sh url "$port")
export CACDTEST_PG_DIR="$scratch/pg" CACDTEST_PG_PORT="$port" CACDTEST_ROOT="$here"
export CACDTEST_LOG_DIR="$scratch/logs"
[ -f "$here/../shared/cac-instrument.json" ] && export CACDTEST_INSTRUMENT="$here/../shared/cac-instrument.json"
CACD_CONFIG=/dev/null CACD_DATABASE_URL=$CACDTEST_DATABASE_URL "$build/cacd" migrate
test_setup() { # what the harness needs in the test database besides cacd's schema
  psql "$CACDTEST_DATABASE_URL" -qc "CREATE SEQUENCE IF NOT EXISTS cacdtest_municipality" >/dev/null
}
test_setup

# One at a time: some tests stop and start the database under the server.
export CACDTEST_REPLY_LOG="$scratch/replies.jsonl"
for run in $(seq 1 "$repeat"); do
  if [ "$run" -gt 1 ]; then
    # each run as on a clean clone: a new database and new server logs
    echo "== integration run $run of $repeat"
    psql "$(scripts/pg.sh url "$port" | sed 's/dbname=cacd/dbname=postgres/')" -qc \
      "DROP DATABASE cacd WITH (FORCE)" -c "CREATE DATABASE cacd" >/dev/null
    CACD_CONFIG=/dev/null CACD_DATABASE_URL=$CACDTEST_DATABASE_URL "$build/cacd" migrate 2>/dev/null
    test_setup
    export CACDTEST_LOG_DIR="$scratch/logs/run-$run"
    mkdir -p "$CACDTEST_LOG_DIR"
  elif [ "$repeat" != 1 ]; then
    echo "== integration run 1 of $repeat"
  fi
  "$build/integration_tests" --jobs 1 "$@"
done

echo "== every reply against the OpenAPI document"
/usr/bin/python3 tests/openapi/validate.py service/openapi.json "$CACDTEST_REPLY_LOG"

# Nothing the tests started may outlive them: every server they ran ends
# with its test (the harness sees to it on every path; this checks it).
strays=""
for pid in $(pgrep -x cacd || true); do
  [ "$(readlink -f "/proc/$pid/exe" 2>/dev/null)" = "$(readlink -f "$CACDTEST_BINARY")" ] \
    && strays="$strays $pid"
done
if [ -n "$strays" ]; then
  echo "integration tests left cacd servers running:$strays" >&2
  # shellcheck disable=SC2086
  kill $strays
  exit 1
fi
echo "no server left running"

echo "== docs/walkthrough.md, as written"
CACD_CONFIG=/dev/null CACD_DATABASE_URL=$CACDTEST_DATABASE_URL tests/docs/walkthrough.sh "$build/cacd"

echo "== the group-session report, printed by headless Chromium"
CACD_CONFIG=/dev/null CACD_DATABASE_URL=$CACDTEST_DATABASE_URL tests/report/render.sh "$build/cacd"

echo "== the member's form, in headless Chromium with axe-core"
CACD_CONFIG=/dev/null CACD_DATABASE_URL=$CACDTEST_DATABASE_URL tests/form/run.sh "$build/cacd"

echo "== the OData feed, read by o.js and fast-xml-parser (npm)"
CACD_CONFIG=/dev/null CACD_DATABASE_URL=$CACDTEST_DATABASE_URL tests/odata/run.sh "$build/cacd"

echo "== the API document as clients use it: generated types, generated requests"
CACD_CONFIG=/dev/null CACD_DATABASE_URL=$CACDTEST_DATABASE_URL tests/contract/run.sh "$build/cacd"

echo "== sanitizer reports"
check_reports
