#!/usr/bin/env bash
# No Swift source file over 400 lines, but the data tables (Sources/*/Tables/, Sources/*/Dialects/):
# a file that long holds more than one concept; split it (docs/architecture.md, Conventions).
set -euo pipefail
cd "$(dirname "$0")/.."
over=$(find Sources -name '*.swift' -not -path '*/Tables/*' -not -path '*/Dialects/*' -print0 \
  | xargs -0 wc -l | awk '$2 != "total" && $1 > 400 { print "  " $2 ": " $1 " lines" }')
if [ -n "$over" ]; then
  echo "check-file-sizes: source files over 400 lines:"
  echo "$over"
  exit 1
fi
echo "check-file-sizes: no source file over 400 lines (data tables aside)"
