#!/usr/bin/env bash
# Builds Archbench and runs every test. Usage: scripts/test.sh [dev|asan]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
# a fresh clone in another folder still hits the cache (-g would otherwise hash the folder)
export CCACHE_NOHASHDIR=1
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j2 --timeout 300
