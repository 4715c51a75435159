#!/usr/bin/env bash
# Builds fuzz/csv_reader_fuzz.cpp with clang's libFuzzer, ASan and UBSan against the system Qt 6 and
# runs it for a bounded time on a seed corpus made from tests/data/csv. Not part of the CMake build.
#
#   fuzz/run.sh [seconds] [extra libFuzzer flags...]     (default: 60 seconds)
#
# Output and findings go to $FUZZ_BUILD_DIR (default: build-fuzz/ in the source tree); a crash
# leaves a reproducer there: run build-fuzz/csv_reader_fuzz build-fuzz/crash-<hash> to replay it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
out=${FUZZ_BUILD_DIR:-$root/build-fuzz}
cxx=${CXX_FUZZ:-clang++}

probe() {
    echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' |
        "$cxx" -x c++ -fsanitize=fuzzer,address,undefined - -o /dev/null >/dev/null 2>&1
}
if ! command -v "$cxx" >/dev/null 2>&1 || ! probe; then
    echo "run.sh: installing clang and the libFuzzer runtime" >&2
    sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y clang libclang-rt-14-dev
    probe || { echo "run.sh: $cxx cannot link -fsanitize=fuzzer" >&2; exit 1; }
fi

mkdir -p "$out/corpus"
cp "$root"/tests/data/csv/*.csv "$out/corpus/" # seeds; the fuzzer adds its finds beside them

# Qt is built with -fPIC/reduce-relocations, hence -fPIC; Qt itself is not instrumented.
# shellcheck disable=SC2046
"$cxx" -std=c++20 -g -O1 -fPIC -fno-omit-frame-pointer \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -Wall -Wextra -Wpedantic \
    -I"$root/include" $(pkg-config --cflags Qt6Core) \
    "$root/fuzz/csv_reader_fuzz.cpp" "$root/src/reporting/CsvReader.cpp" "$root/src/reporting/TextDecoding.cpp" \
    $(pkg-config --libs Qt6Core) -o "$out/csv_reader_fuzz"

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
"$out/csv_reader_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$root/fuzz/csv.dict" -artifact_prefix="$out/" -print_final_stats=1 "$@" "$out/corpus"
