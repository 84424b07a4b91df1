#!/usr/bin/env bash
# Builds Archbench and starts it with the sample project. Extra arguments go to archbench.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
cmake --preset release >/dev/null
cmake --build --preset release --target archbench
sample=build/release/sample.archbench
if [[ ! -f "$sample" ]]; then
  build/release/app/archbench convert resources/sample/checkout-platform.json "$sample"
fi
if [[ $# -eq 0 ]]; then
  exec build/release/app/archbench "$sample"
fi
exec build/release/app/archbench "$@"
