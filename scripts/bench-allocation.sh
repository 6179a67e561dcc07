#!/usr/bin/env bash
# Allocation benchmark (not a test): 20,000 contacts, 10,000 buckets, release build, three runs.
# Usage: scripts/bench-allocation.sh [contacts] [buckets]
set -euo pipefail
cd "$(dirname "$0")/.."
make -s deps
swift build -c release --product refgap-bench >/dev/null
for seed in 1 2 3; do .build/release/refgap-bench allocation "${1:-20000}" "${2:-10000}" "$seed"; done
