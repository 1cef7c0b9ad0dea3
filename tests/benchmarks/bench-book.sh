#!/usr/bin/env bash
# Opens and aligns a novel-length book: a Chinese and an English EPUB built at run time from the
# development sets in ../shared/eval (both sets concatenated, REPEAT times over; 4 gives 72
# chapters and about 300,000 Chinese characters), never stored. Release build.
#   - the CLI (`duizhao-cli align zh.epub en.epub --format links`) under /usr/bin/time -v: wall
#     clock, CPU time, peak memory; the same book as two plain text files beside it, as the peer;
#   - the GUI (bench_reader --open, offscreen) under /usr/bin/time -v: time to open and align,
#     the longest stall of the event loop meanwhile, contents entries, jumps through the contents.
# usage: tests/benchmarks/bench-book.sh [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/../.."
repeat=${1:-4}
cmake --preset release >/dev/null
cmake --build --preset release --target duizhao-cli bench_reader >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 tests/eval/make-book.py ../shared/eval/mac-dev ../shared/eval/paramed-nejm "$work" \
    --repeat "$repeat"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work" <<'PY'
import sys, zipfile
for side in ("zh", "en"):
    text = open(f"{sys.argv[1]}/{side}.txt", encoding="utf-8").read()
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    chapters = sum(1 for n in zipfile.ZipFile(f"{sys.argv[1]}/{side}.epub").namelist()
                   if n.endswith(".xhtml") and "/c" in n)
    print(f"{side}.epub: {chapters} chapters, {text.count(chr(10))} lines, {han} Han characters")
PY
measure() {
    local label=$1
    shift
    /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/time.txt"; exit 1; }
    grep -E '^(open|contents jumps)' "$work/out.txt" || true
    awk -v label="$label" -F': ' '
        /User time/ {user = $2} /System time/ {sys = $2}
        /Elapsed \(wall clock\)/ {wall = $2} /Maximum resident/ {rss = $2}
        END {printf "%s: wall %s, CPU %.1f s, peak memory %.0f MB\n", label, wall, user + sys, rss / 1024}' \
        "$work/time.txt"
}
cli=build/release/app/duizhao-cli
measure "cli align, EPUB pair" nice -n 10 "$cli" align "$work/zh.epub" "$work/en.epub" --format links
measure "cli align, text pair" nice -n 10 "$cli" align "$work/zh.txt" "$work/en.txt" --format links
QT_QPA_PLATFORM=offscreen measure "gui open, EPUB pair" nice -n 10 \
    build/release/tests/benchmarks/bench_reader --open "$work/zh.epub" "$work/en.epub"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
