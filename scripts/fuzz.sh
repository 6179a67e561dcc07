#!/usr/bin/env bash
# Fuzzes refgap with libFuzzer under AddressSanitizer. Two targets, one binary:
#   pipeline  the CSV reader, the ingestors, the config loader and the whole run, through files
#             (seeds: Tests/Fixtures/fuzz-corpus);
#   values    the value parsers (dates, amounts, probabilities, flags), the header mapping and the
#             escaping for people, in memory, with invariants (seeds: Tests/Fixtures/fuzz-corpus-values).
# Usage: scripts/fuzz.sh [seconds=60] [target=pipeline|values]
# A crash is copied to Tests/Fixtures/fuzz-crashes/ (commit it: the test suite replays every file there
# through the ingestors, and this script replays them through the values target first) and the script fails.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
target="${2:-pipeline}"
case "$target" in
  pipeline) corpus=Tests/Fixtures/fuzz-corpus; max_len=4096 ;;
  # Values are short and the target is Swift alone: no allocation stacks (a quarter faster).
  values) corpus=Tests/Fixtures/fuzz-corpus-values; max_len=256; export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0}" ;;
  *) echo "fuzz: unknown target '$target' (pipeline or values)" >&2; exit 2 ;;
esac
make -s deps
# Optimised (-O keeps overflow and bounds checks): the unoptimised build ran the value target at 50 inputs a second.
flags=(--scratch-path .build-fuzz --product refgap-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DREFGAP_FUZZ -Xswiftc -O)
swift build "${flags[@]}" >/dev/null
bin=$(swift build "${flags[@]}" --show-bin-path)/refgap-fuzz
export REFGAP_FUZZ_TARGET="$target"
work=$(mktemp -d)
cp "$corpus"/* "$work/"
status=0
if [ "$target" = values ] && ls Tests/Fixtures/fuzz-crashes/* >/dev/null 2>&1; then
  # Every input kept from an earlier crash, once: each must now pass the invariants.
  "$bin" Tests/Fixtures/fuzz-crashes/* 2>"$work/replay-log" || { tail -40 "$work/replay-log"; echo "fuzz: a kept crash fails again"; exit 1; }
fi
"$bin" "$work" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -artifact_prefix="$work/" -print_final_stats=1 2>"$work/log" || status=$?
grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|cov:" "$work/log" | tail -4 || true
if ls "$work"/crash-* >/dev/null 2>&1; then
  for f in "$work"/crash-*; do cp "$f" "Tests/Fixtures/fuzz-crashes/$target-$(basename "$f")"; done
  echo "fuzz ($target): crashes found, copied to Tests/Fixtures/fuzz-crashes/:"; ls "$work"/crash-*
  tail -40 "$work/log"
  exit 1
fi
[ "$status" = 0 ] || { tail -40 "$work/log"; exit "$status"; }
echo "fuzz ($target): ${seconds}s, no crashes"
