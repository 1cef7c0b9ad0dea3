#!/usr/bin/env bash
# Builds the Release preset and runs the benchmarks, printing the machine they ran on.
# usage: tests/benchmarks/run-benchmarks.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target bench_align >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GB"
build/release/tests/benchmarks/bench_align "$@"
