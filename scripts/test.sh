#!/usr/bin/env bash
# Builds Archbench and runs every test. Usage: scripts/test.sh [dev|asan]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
# a fresh clone in another folder still hits the cache (-g would otherwise hash the folder)
export CCACHE_NOHASHDIR=1
# The dev build takes about 2.1 GB (docs/PERFORMANCE.md, "Disk"); say so before the linker
# fails with "No space left on device" halfway through
mkdir -p build
free_kb=$(df -Pk build | awk 'NR == 2 { print $4 }')
if [[ ! -d "build/$preset" && "$free_kb" -lt $((3 * 1024 * 1024)) ]]; then
  echo "test.sh: build/$preset needs about 3 GB of free disk; $(df -Ph build | awk 'NR == 2 { print $4 }') left on $(df -P build | awk 'NR == 2 { print $6 }')" >&2
fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
echo "test.sh: build/$preset takes $(du -sh "build/$preset" | cut -f1) on disk"
ctest --preset "$preset" -j2 --timeout 300
