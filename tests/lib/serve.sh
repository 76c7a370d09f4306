# Sourced by the shell tests.
# serve_scratch NAME: a scratch folder (/tmp/cacd-NAME.XXXXXX) in $scratch,
# removed, with the server serve_start started, however the script exits.
serve_scratch() {
  scratch=$(mktemp -d "/tmp/cacd-$1.XXXXXX")
  server=""
  trap serve_cleanup EXIT
}

serve_cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$scratch"
}

# serve_start BINARY SCRATCH starts cacd on a
# free loopback port (its log in SCRATCH/serve.log), waits until it listens
# and sets CACD to its URL and server to its pid, for the caller's EXIT
# trap to stop. Needs $here, the repository root.
serve_start() {
  local port
  port=$("$here/scripts/pg.sh" free-port)
  CACD_LISTEN=127.0.0.1:$port CACD_PUBLIC_URL=http://127.0.0.1:$port CACD_ACCESS_LOG=false \
    "$1" serve 2>"$2/serve.log" &
  server=$!
  for _ in $(seq 1 100); do grep -q "listening on" "$2/serve.log" && break; sleep 0.1; done
  grep -q "listening on" "$2/serve.log" || { cat "$2/serve.log" >&2; exit 1; }
  CACD=http://127.0.0.1:$port
}

# npm_modules NAME installs the modules tests/NAME/package.json pins under
# build/NAME-test (once, and again when the file changes; never a browser:
# Debian's Chromium is used) and sets modules to that folder. Needs $here.
npm_modules() {
  modules=$here/build/$1-test
  if ! cmp -s "$here/tests/$1/package.json" "$modules/package.json" ||
     [ ! -d "$modules/node_modules" ]; then
    mkdir -p "$modules"
    rm -rf "$modules/node_modules"
    cp "$here/tests/$1/package.json" "$modules/"
    PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund --prefix "$modules" >/dev/null
  fi
}
