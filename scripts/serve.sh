#!/usr/bin/env bash
# Command 1: set up whatever is missing to build (no browsers), build the release site,
# serve it at http://127.0.0.1:8080/ (PORT=... to change).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
step "Building the release site (about 1 minute the first time, seconds after)"
"$ROOT/scripts/build-release.sh"
step "Serving dist/"
exec node scripts/static-server.mjs dist "${PORT:-8080}" 127.0.0.1
