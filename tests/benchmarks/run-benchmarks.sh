#!/usr/bin/env bash
# Builds the Release preset and runs the benchmarks, printing the machine they ran on.
# usage: tests/benchmarks/run-benchmarks.sh [bench_align options…]
#        tests/benchmarks/run-benchmarks.sh --real [bench-align-real.py options…]
# Without --real: the start-up cost of one document (bench-startup.py), then bench_align.
#   --real: the real-text alignment benchmark, Duizhao beside hunalign + CC-CEDICT in the same
#           run, on books concatenated from ../shared/eval (needs python3-jieba for hunalign).
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
if [ "${1:-}" = --real ]; then
    shift
    cmake --build --preset release --target duizhao-cli >/dev/null
    exec nice -n 10 python3 tests/benchmarks/bench-align-real.py --cli build/release/app/duizhao-cli \
        --cedict build/release/core/lexicon/cedict/cedict_ts.u8 "$@"
fi
cmake --build --preset release --target bench_align duizhao-cli >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GB"
python3 tests/benchmarks/bench-startup.py build/release/app/duizhao-cli
build/release/tests/benchmarks/bench_align "$@"
