#!/bin/sh
# HEALTHCHECK: ready means the process answers and the database does too.
exec curl --fail --silent --max-time 2 "http://127.0.0.1:${CACD_PORT:-8080}/readyz" >/dev/null
