#!/usr/bin/env bash
# Installs the Debian packages cacd needs, and only those that are missing.
# Usage: scripts/deps.sh run|test|bench|docker
set -euo pipefail

run_packages="gcc make libc6-dev pkg-config libmicrohttpd-dev libjansson-dev libpq-dev libssl-dev libxlsxwriter-dev libqrencode-dev zlib1g-dev postgresql-15 ca-certificates"
test_packages="libcriterion-dev prometheus libcurl4-openssl-dev python3 python3-openpyxl python3-pandas python3-jsonschema python3-scipy python3-pil r-base-core r-cran-readr r-cran-readxl chromium poppler-utils zbar-tools curl jq"
bench_packages="wrk"
# make docker-test: an engine it can start, Compose, debootstrap for base
# images where none can be pulled, curl and jq for the survey round
docker_packages="docker.io docker-compose debootstrap curl jq"

case "${1:-run}" in
  run)   wanted="$run_packages" ;;
  test)  wanted="$run_packages $test_packages" ;;
  bench) wanted="$run_packages $test_packages $bench_packages" ;;
  docker) wanted="$docker_packages" ;;
  *) echo "usage: $0 run|test|bench|docker" >&2; exit 2 ;;
esac

missing=""
for package in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing="$missing $package"
done
# The form's browser test runs Node.js (puppeteer-core, axe-core): Debian's,
# unless the machine has one already.
if [ "${1:-run}" != run ] && [ "${1:-run}" != docker ] && ! command -v npm >/dev/null; then
  missing="$missing nodejs npm"
fi
[ -z "$missing" ] && exit 0

echo "deps: installing$missing" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps: need root or sudo to install:$missing" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine's package lists may be empty; update before the first try.
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
