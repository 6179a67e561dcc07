#!/usr/bin/env bash
# Two refgap binaries on one input folder, in paired rounds: each round runs both (the order alternating
# from round to round, after one discarded warm-up of each), and prints the medians of wall time, CPU
# time and peak RSS of each, and the median of the round-by-round differences (B - A) with how often B
# was the faster. On a host whose speed drifts within minutes, the differences say more than two runs
# of run.sh (scripts/bench/README.md quotes these).
#   scripts/bench/paired.sh DIR ROUNDS A B      e.g. scripts/bench/paired.sh bench-data/real-100k 21 \
#                                                     /tmp/refgap-old .build/release/refgap
set -euo pipefail
[ $# -eq 4 ] || { echo "usage: $0 DIR ROUNDS BINARY_A BINARY_B" >&2; exit 2; }
dir=$1 rounds=$2 a=$3 b=$4
root=$(cd "$(dirname "$0")/../.." && pwd)
measure=$root/.build/bench-measure
cc=${CC:-$(command -v cc || command -v clang)}
[ -x "$measure" ] || "$cc" -O2 -o "$measure" "$root/scripts/bench/measure.c"
# Binaries written minutes apart sit in the page cache differently, and peak RSS counts their pages:
# the same bytes read up to 2 MiB apart (README.md). Dropped once, where this user may, so the RSS
# columns compare the programs.
if [ -w /proc/sys/vm/drop_caches ]; then sync && echo 1 > /proc/sys/vm/drop_caches; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Prints "wall cpu rss_mib" for one run of binary $1.
one() { rm -rf "$out/reports"; "$measure" "$1" run "$dir" --out "$out/reports" --quiet; }
one "$a" >/dev/null
one "$b" >/dev/null
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) = 1 ]; then ra=$(one "$a"); rb=$(one "$b"); else rb=$(one "$b"); ra=$(one "$a"); fi
  echo "$ra $rb"
done >"$out/rounds"
python3 - "$out/rounds" <<'PY'
import statistics as s, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
col = lambda k: [r[k] for r in rows]
print("A wall %.4f cpu %.4f rss %.1f | B wall %.4f cpu %.4f rss %.1f" % tuple(s.median(col(k)) for k in range(6)))
dw = [r[3] - r[0] for r in rows]
dc = [r[4] - r[1] for r in rows]
print("B-A wall median %+.4f (B faster in %d of %d)  cpu median %+.4f (B less in %d)"
      % (s.median(dw), sum(d < 0 for d in dw), len(dw), s.median(dc), sum(d < 0 for d in dc)))
PY
