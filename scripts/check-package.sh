#!/usr/bin/env bash
# Builds the .deb from a configured build folder and checks it with lintian.
# Usage: scripts/check-package.sh [BUILD_DIR]   (default build/release; needs lintian)
# Exit 0 when lintian reports no error and no warning.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cmake --build "$build" >/dev/null
(cd "$build" && cpack -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
echo "check-package: $(basename "$deb")"
report=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
if grep -qE '^[EW]: ' <<<"$report"; then
  echo "$report" >&2
  echo "check-package: lintian reports problems" >&2
  exit 1
fi
[[ -n "$report" ]] && echo "$report"
echo "check-package: lintian clean"
