#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS (default 30) on its corpus, seeded from the test
# fixtures and the bundled sample. Usage: tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
# Needs the fuzz preset built (cmake --preset fuzz && cmake --build --preset fuzz). Any crash,
# leak or timeout fails the run, with the reproducer saved under build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_reader fuzz_segmenter fuzz_metadata fuzz_anchors fuzz_import)
fi
build=build/fuzz
for target in "${targets[@]}"; do
    corpus=$build/corpus/$target
    mkdir -p "$corpus" "$build/artifacts"
    max_len=4096
    case $target in fuzz_reader | fuzz_import) max_len=65536 ;; esac
    echo "run-fuzzers: $target for ${seconds}s"
    log=$build/artifacts/$target.log
    status=0
    seeds=()
    [ -d "tests/fuzz/seeds/$target" ] && seeds=("tests/fuzz/seeds/$target")
    # The corpus, then the target's own seeds, the regressions, the fixtures and the sample.
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "$corpus" "${seeds[@]}" tests/fuzz/regressions tests/data resources/samples >"$log" 2>&1 || status=$?
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|SUMMARY|artifact" "$log" || true
    if [ "$status" -ne 0 ]; then
        tail -40 "$log"
        echo "run-fuzzers: $target failed (status $status)"
        exit 1
    fi
done
