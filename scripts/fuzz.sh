#!/usr/bin/env bash
# Builds the three libFuzzer targets with clang and runs each for a bounded time, seeded with
# the test fixtures (one small file per schema version, the interchange examples, the sample).
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 120)
# Exit 0 when neither target found a crash; a crash leaves crash-* in build/fuzz/findings.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
scripts/install-deps.sh
if ! command -v clang++ >/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then echo "fuzz: clang is missing (apt-get install clang)" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang
fi
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DARCHBENCH_BUILD_FUZZERS=ON -DARCHBENCH_BUILD_TESTS=OFF -DARCHBENCH_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/fuzz --target fuzz_json_import fuzz_file_open fuzz_adr_import
mkdir -p build/fuzz/corpus/json build/fuzz/corpus/file build/fuzz/corpus/adr build/fuzz/findings
cd build/fuzz/findings
status=0
../fuzz/fuzz_json_import -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
  ../corpus/json ../../../tests/data/storage ../../../resources/sample ../../../tests/data/interchange \
  2>../json.log || status=1
tail -n 12 ../json.log
../fuzz/fuzz_file_open -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
  ../corpus/file ../../../tests/data/storage 2>../file.log || status=1
tail -n 12 ../file.log
../fuzz/fuzz_adr_import -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
  ../corpus/adr ../../../tests/data/adr 2>../adr.log || status=1
tail -n 12 ../adr.log
if [[ $status -ne 0 ]]; then
  echo "fuzz: a target failed; see build/fuzz/json.log, file.log, adr.log and build/fuzz/findings" >&2
fi
exit $status
