#!/usr/bin/env bash
# Runs clang-tidy (the repository's .clang-tidy) on the C++ sources that changed since BASE
# (default: the previous commit), so that CI checks each change in a minute or two instead of the
# whole tree. A changed header brings in the sources of the same name beside it; headers are
# checked through the sources that include them (HeaderFilterRegex). Needs a configured and built
# tree for compile_commands.json and the generated headers.
# Usage: tools/run-clang-tidy-changed.sh [BUILD_DIR] [BASE]     (defaults: build/ci, HEAD~1)
#        tools/run-clang-tidy-changed.sh BUILD_DIR --all         (every source in the build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
base=${2:-HEAD~1}
database=$build/compile_commands.json
if [ ! -f "$database" ]; then
    echo "run-clang-tidy-changed: $database is missing (configure and build first)" >&2
    exit 2
fi
clang_tidy=$(command -v clang-tidy || command -v clang-tidy-14 || true)
if [ -z "$clang_tidy" ]; then
    echo "run-clang-tidy-changed: clang-tidy is not installed (packaging/install-build-deps.sh)" >&2
    exit 2
fi

# The sources the build compiles, relative to the repository (generated files left out).
mapfile -t compiled < <(python3 -c '
import json, os, sys
root = os.getcwd()
for entry in json.load(open(sys.argv[1])):
    path = os.path.relpath(os.path.join(entry["directory"], entry["file"]), root)
    if not path.startswith(("build", "..")):
        print(path)
' "$database" | sort -u)

if [ "$base" = "--all" ]; then
    files=("${compiled[@]}")
else
    if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
        echo "run-clang-tidy-changed: no $base to compare with, nothing to check"
        exit 0
    fi
    mapfile -t changed < <(git diff --name-only --diff-filter=ACMR "$base" HEAD -- '*.cpp' '*.h' |
        sed 's/\.h$/.cpp/' | sort -u)
    mapfile -t files < <(comm -12 <(printf '%s\n' "${changed[@]}" | sort -u) \
        <(printf '%s\n' "${compiled[@]}"))
fi
if [ ${#files[@]} -eq 0 ] || [ -z "${files[0]}" ]; then
    echo "run-clang-tidy-changed: no compiled C++ source changed since $base"
    exit 0
fi
# About ten seconds of CPU a file: a merge that touches many files checks the first
# DUIZHAO_TIDY_MAX_FILES (default 40) so CI stays within a few minutes.
max_files=${DUIZHAO_TIDY_MAX_FILES:-40}
if [ "$base" != "--all" ] && [ ${#files[@]} -gt "$max_files" ]; then
    echo "run-clang-tidy-changed: ${#files[@]} files changed, checking the first $max_files" \
        "(tools/run-clang-tidy-changed.sh $build --all checks everything)"
    files=("${files[@]:0:$max_files}")
fi
echo "run-clang-tidy-changed: ${#files[@]} file(s)"
# Two at a time: CI machines and the development VM have two cores. Any finding fails the run
# (WarningsAsErrors in .clang-tidy).
printf '%s\0' "${files[@]}" |
    xargs -0 -n 1 -P 2 "$clang_tidy" -p "$build" --quiet
