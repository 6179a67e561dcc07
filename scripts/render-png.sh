#!/usr/bin/env bash
# Renders the HTML reports to PNG with headless Chromium (Debian's package), so a person can look at
# them without a browser. Usage: scripts/render-png.sh [reports-dir] [out-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
reports="${1:-reports}"
out="${2:-$reports/png}"
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=$([ "$(id -u)" = "0" ] || echo sudo)
  $SUDO apt-get install -y chromium >/dev/null
fi
mkdir -p "$out"
for page in gap-report priorities; do
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,6000 \
    --screenshot="$out/$page.png" "file://$(realpath "$reports/$page.html")" 2>/dev/null
  echo "$out/$page.png"
done
