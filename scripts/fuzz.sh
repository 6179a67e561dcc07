#!/usr/bin/env bash
# Fuzzes the CSV reader, the ingestors and the config loader with libFuzzer under AddressSanitizer.
# Usage: scripts/fuzz.sh [seconds=60]
# Seeds: Tests/Fixtures/fuzz-corpus. A crash is copied to Tests/Fixtures/fuzz-crashes/ (commit it:
# the test suite replays every file there) and the script fails.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
make -s deps
swift build --scratch-path .build-fuzz --product refgap-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DREFGAP_FUZZ >/dev/null
bin=$(swift build --scratch-path .build-fuzz --product refgap-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DREFGAP_FUZZ --show-bin-path)/refgap-fuzz
work=$(mktemp -d)
cp Tests/Fixtures/fuzz-corpus/* "$work/"
status=0
"$bin" "$work" -max_total_time="$seconds" -max_len=4096 -timeout=10 -artifact_prefix="$work/crash-" -print_final_stats=1 2>"$work/log" || status=$?
grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$work/log" | tail -3 || true
if ls "$work"/crash-* >/dev/null 2>&1; then
  cp "$work"/crash-* Tests/Fixtures/fuzz-crashes/
  echo "fuzz: crashes found, copied to Tests/Fixtures/fuzz-crashes/:"; ls "$work"/crash-*
  tail -40 "$work/log"
  exit 1
fi
[ "$status" = 0 ] || { tail -40 "$work/log"; exit "$status"; }
echo "fuzz: ${seconds}s, no crashes"
