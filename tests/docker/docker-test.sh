#!/usr/bin/env bash
# `make docker-test`: the Dockerfile and docker-compose.yml, run for real.
#
#  1. a Docker engine: the one that answers, else one started here (vfs
#     storage, no iptables, its own socket; stopped again at the end);
#  2. base images: pulled, else debian:bookworm(-slim) made from Debian's
#     packages with debootstrap, and a test-only postgres:15 stand-in
#     (tests/docker/postgres) built from Debian's postgresql-15;
#  3. the image: built, then checked: size, non-root, no compiler, the
#     health check is `cacd probe`;
#  4. the Compose stack (read-only cacd): both health checks pass, a survey
#     round (docs/walkthrough.md) runs through the published port with an
#     admin token from `docker compose run --rm cacd token create`;
#  5. a restart: the data is still there (same scores, same token);
#  6. an upgrade: the image rebuilt with one more migration, the service
#     recreated, the migration applied at start, the data unchanged;
#  7. teardown: the stack's containers, network and volume are removed.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"

scripts/deps.sh docker

scratch=$(mktemp -d /tmp/cacd-docker.XXXXXX)
project=cacdtest$$
image=cacd:docker-test-$$
next_image=cacd:docker-test-next-$$
engine_pid=""
stack_up=""
started=$(date +%s)
# the engine's storage outlives a run so that images are made only once
engine_state=$here/.data/docker

step() { echo "== docker-test ($(( $(date +%s) - started )) s): $*"; }
fail() { echo "docker-test: $*" >&2; exit 1; }

compose() { docker-compose --project-name "$project" --file docker-compose.yml "$@"; }

cleanup() {
  local status=$?
  set +e
  if [ -n "$stack_up" ]; then
    [ "$status" = 0 ] || compose logs --no-color --tail 40 >&2
    compose down --volumes --remove-orphans --timeout 10 > /dev/null 2>&1
  fi
  docker image rm "$image" "$next_image" > /dev/null 2>&1
  if [ -n "$engine_pid" ]; then
    kill "$engine_pid" 2> /dev/null
    wait "$engine_pid" 2> /dev/null
    # dockerd leaves its network namespace mounted under its exec root
    findmnt -rn -o TARGET | grep "^$scratch/" | sort -r | xargs -r umount 2> /dev/null
  fi
  rm -rf "$scratch"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits up to $2 seconds for "$1" (a command) to succeed.
wait_for() {
  local what=$1 seconds=$2
  for _ in $(seq 1 $((seconds * 5))); do
    eval "$what" > /dev/null 2>&1 && return 0
    sleep 0.2
  done
  return 1
}

# overlay2 where the kernel and file system allow it, else vfs (slower, and
# every layer a full copy, but it works anywhere).
engine_start() {
  local driver
  if docker info > /dev/null 2>&1; then
    step "using the Docker engine that answers"
    return
  fi
  mkdir -p "$engine_state"
  export DOCKER_HOST=unix://$scratch/docker.sock
  for driver in overlay2 vfs; do
    step "starting a Docker engine ($driver, storage in .data/docker)"
    dockerd --storage-driver=$driver --iptables=false --bridge=none \
      --data-root "$engine_state/$driver" --exec-root "$scratch/exec" \
      --pidfile "$scratch/docker.pid" --host "$DOCKER_HOST" > "$scratch/dockerd.log" 2>&1 &
    engine_pid=$!
    wait_for "docker info" 60 && return
    kill "$engine_pid" 2> /dev/null
    wait "$engine_pid" 2> /dev/null
    engine_pid=""
    tail -5 "$scratch/dockerd.log" >&2
  done
  fail "no Docker engine would start"
}

# debian:bookworm and debian:bookworm-slim from Debian's packages: minbase,
# then without documentation, translations and package lists, like Debian's
# slim image (and the same dpkg rules, so later installs stay slim).
debian_images_make() {
  local root=$scratch/rootfs mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
  step "making debian:bookworm from Debian's packages (debootstrap, $mirror)"
  debootstrap --variant=minbase bookworm "$root" "$mirror" > "$scratch/debootstrap.log" 2>&1 \
    || { tail -20 "$scratch/debootstrap.log" >&2; fail "debootstrap failed"; }
  printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-include /usr/share/doc/*/copyright' \
    'path-exclude /usr/share/man/*' 'path-exclude /usr/share/info/*' \
    'path-exclude /usr/share/locale/*' > "$root/etc/dpkg/dpkg.cfg.d/docker-slim"
  rm -rf "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
    "$root"/usr/share/locale/* "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* \
    "$root"/var/log/*.log
  tar -C "$root" -c . | docker import --change 'CMD ["bash"]' - debian:bookworm > /dev/null
  docker tag debian:bookworm debian:bookworm-slim
  rm -rf "$root"
}

# Builds with the host's network (the engine here has no bridge for it);
# the builder's output only when it fails.
image_build() {
  docker build --network=host -t "$1" "$2" > "$scratch/build.log" 2>&1 \
    || { tail -40 "$scratch/build.log" >&2; fail "building $1 failed"; }
}

base_images() {
  if docker image inspect debian:bookworm debian:bookworm-slim > /dev/null 2>&1; then
    step "debian:bookworm and debian:bookworm-slim are there"
  elif docker pull -q debian:bookworm > /dev/null 2>&1 &&
       docker pull -q debian:bookworm-slim > /dev/null 2>&1; then
    step "pulled debian:bookworm and debian:bookworm-slim"
  else
    debian_images_make
  fi
  if docker image inspect postgres:15 > /dev/null 2>&1; then
    step "postgres:15 is there"
  elif docker pull -q postgres:15 > /dev/null 2>&1; then
    step "pulled postgres:15"
  else
    step "building the test-only postgres:15 stand-in from Debian's postgresql-15"
    image_build postgres:15 tests/docker/postgres
  fi
}

image_check() {
  local size user
  size=$(docker image inspect -f '{{.Size}}' "$image")
  user=$(docker run --rm --entrypoint id "$image" -u)
  step "image: $((size / 1000000)) MB, runs as uid $user"
  [ "$size" -lt 120000000 ] || fail "the image is $size bytes, over 120 MB"
  [ "$user" != 0 ] || fail "the image runs as root"
  docker run --rm --entrypoint sh "$image" -c \
    'for tool in cc gcc c99 clang make ld as; do command -v $tool && exit 1; done; exit 0' \
    || fail "the final image holds a compiler"
  [[ "$(docker image inspect -f '{{json .Config.Healthcheck.Test}}' "$image")" == *'"probe"'* ]] \
    || fail "the image's health check is not cacd probe"
}

healthy() {
  local container
  container=$(compose ps -q "$1")
  [ -n "$container" ] && [ "$(docker inspect -f '{{.State.Health.Status}}' "$container")" = healthy ]
}

stack_up_and_healthy() {
  export CACD_IMAGE=$1
  compose up -d --no-build > "$scratch/compose-up.log" 2>&1 \
    || { cat "$scratch/compose-up.log" >&2; fail "compose up failed"; }
  stack_up=yes
  wait_for "healthy postgres" 90 || fail "postgres never became healthy"
  wait_for "healthy cacd" 90 || fail "cacd never became healthy"
  [ "$(docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$(compose ps -q cacd)")" = true ] \
    || fail "cacd does not run on a read-only root file system"
}

api() { curl -sSf -H "Authorization: Bearer $ADMIN" "$url$1"; }

# What must survive: every partnership's trend (wave labels, counts, scores).
snapshot() {
  local partnership
  for partnership in $(api /v1/partnerships | jq -r '.data[].id'); do
    api "/v1/partnerships/$partnership/trend" | jq -S .
  done
}

upgrade_context() {
  local context=$scratch/next
  mkdir -p "$context/sql/migrations"
  cp -r Dockerfile .dockerignore Makefile scripts service conf docker "$context"/
  cp -r sql/. "$context/sql/"
  cp tests/docker/upgrade-migration.sql "$context/sql/migrations/900_docker_upgrade_check.sql"
  echo "$context"
}

engine_start
base_images

step "building the image"
image_build "$image" .
image_check

port=$(scripts/pg.sh free-port)
url=http://127.0.0.1:$port
export CACD_HOST_PORT=$port
step "compose up on 127.0.0.1:$port"
stack_up_and_healthy "$image"

step "a survey round through the published port"
ADMIN=$(compose run --rm -T cacd token create --role admin --label docker-test 2> /dev/null | tail -1)
export ADMIN
[[ "$ADMIN" =~ ^[A-Za-z0-9_-]{20,}$ ]] || fail "no token from compose run: $ADMIN"
tests/docs/walkthrough.sh --at "$url" > "$scratch/walkthrough.log" \
  || { cat "$scratch/walkthrough.log" >&2; fail "the walkthrough failed"; }
snapshot > "$scratch/before.json"
jq -e -s 'map(.waves[]) | any(.n_responses == 4 and (.overall | type) == "number")' \
  "$scratch/before.json" > /dev/null || fail "the round's scores are not there: $(cat "$scratch/before.json")"

step "restarting the stack; the data must survive in the volume"
compose down --timeout 10 > /dev/null 2>&1
stack_up_and_healthy "$image"
snapshot > "$scratch/after-restart.json"
cmp -s "$scratch/before.json" "$scratch/after-restart.json" \
  || fail "the data changed across a restart"

step "rebuilding with one more migration and upgrading"
image_build "$next_image" "$(upgrade_context)"
stack_up_and_healthy "$next_image"
# (into a file first: grep -q would end the pipe early, failing it)
compose logs --no-color cacd > "$scratch/cacd.log" 2>&1
grep -q "applied 900_docker_upgrade_check.sql" "$scratch/cacd.log" \
  || fail "the upgrade did not apply the new migration"
[ "$(compose exec -T postgres psql -U cacd -d cacd -tAc 'SELECT count(*) FROM docker_upgrade_check')" = 1 ] \
  || fail "the new migration's table is missing"
snapshot > "$scratch/after-upgrade.json"
cmp -s "$scratch/before.json" "$scratch/after-upgrade.json" \
  || fail "the data changed across the upgrade"

step "tearing down"
compose down --volumes --remove-orphans --timeout 10 > /dev/null 2>&1
stack_up=""
left=$(docker ps -aq --filter "label=com.docker.compose.project=$project";
       docker volume ls -q --filter "label=com.docker.compose.project=$project";
       docker network ls -q --filter "label=com.docker.compose.project=$project")
[ -z "$left" ] || fail "left behind: $left"
step "passed; image $(( $(docker image inspect -f '{{.Size}}' "$image") / 1000000 )) MB"
