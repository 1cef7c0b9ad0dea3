#!/usr/bin/env bash
# Aligns every document of an evaluation set (the ../shared/eval layout: zh/NNN, en/NNN,
# gold/NNN.align) with duizhao-cli and scores the result with score-alignment.
#
# usage: tests/eval/evaluate-alignment.sh [--cli PATH] [--zh-dir zh|zh_hant] [--keep DIR]
#                                          SET_DIR [ALIGN OPTIONS…]
#   e.g. tests/eval/evaluate-alignment.sh ../shared/eval/mac-dev
#        tests/eval/evaluate-alignment.sh --zh-dir zh_hant ../shared/eval/mac-dev --param skipCost=5
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=""
zh_dir=zh
keep=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli=$2; shift 2 ;;
        --zh-dir) zh_dir=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        *) break ;;
    esac
done
[ $# -ge 1 ] || { sed -n '2,9p' "$0"; exit 2; }
set_dir=$1
shift

if [ -z "$cli" ]; then
    for candidate in "$root"/build/{release,ci,dev,lead}/app/duizhao-cli; do
        [ -x "$candidate" ] && { cli=$candidate; break; }
    done
fi
[ -x "$cli" ] || { echo "evaluate-alignment: build duizhao-cli first (or pass --cli)" >&2; exit 2; }
scorer="$root/../shared/tools/score-alignment"
[ -x "$scorer" ] || scorer="$set_dir/../../tools/score-alignment"

out=${keep:-$(mktemp -d)}
mkdir -p "$out"
for gold in "$set_dir"/gold/*.align; do
    name=$(basename "$gold" .align)
    "$cli" align --presplit "$set_dir/$zh_dir/$name" "$set_dir/en/$name" --format links "$@" \
        > "$out/$name.align" &
    # Two at a time: the machines have two cores.
    [ "$(jobs -r | wc -l)" -ge 2 ] && wait -n
done
wait
python3 "$scorer" -g "$set_dir/gold" -t "$out" --per-doc
[ -n "$keep" ] || rm -rf "$out"
