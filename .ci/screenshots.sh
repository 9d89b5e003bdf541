#!/usr/bin/env bash
# Screenshots for reviewers: one page of every page type, in Chromium, at 360 px and 1280 px wide,
# in the light and the dark colour scheme, into target/screenshots/, and the printed form (PDF) of the
# pages with tables and charts. Bake first (./mvnw package).
# With --review, the 360 px light screenshots are also copied to docs/review/, the review set kept in the
# repository (commit them when a change alters how a page type looks on a phone).
# Needs Debian's chromium (apt-get install -y chromium) and python3 (to serve target/website on a
# loopback port); pdftoppm (apt-get install -y poppler-utils), if present, turns the PDFs into PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."
site=target/website
out=target/screenshots
[ -f "$site/index.html" ] || { echo "No baked site in $site: run ./mvnw package first." >&2; exit 1; }
command -v chromium >/dev/null || { echo "chromium not found: apt-get install -y chromium" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 not found (it serves the site): apt-get install -y python3" >&2; exit 1; }
mkdir -p "$out"
port=${SCREENSHOT_PORT:-8831}
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1
pages=(
  "home:/"
  "article:/guide/pay-by-specialty/"
  "long-article:/guide/methodology/"
  "estimator:/guide/estimate-your-pay/"
  "record:/guide/states/california/"
  "record-list:/guide/specialties/"
  "search:/search.html?q=risk+adjustment"
  "not-found:/404.html"
)
printed=(
  "article:/guide/pay-by-specialty/"
  "record:/guide/states/california/"
)
for entry in "${pages[@]}"; do
  name=${entry%%:*}
  path=${entry#*:}
  for width in 360 1280; do
    for scheme in light dark; do
      # Blink's preferredColorScheme: 0 is dark, 1 is light.
      [ "$scheme" = dark ] && pref=0 || pref=1
      profile=$(mktemp -d)
      chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
        --user-data-dir="$profile" --blink-settings=preferredColorScheme=$pref \
        --window-size="$width,2200" --virtual-time-budget=3000 --screenshot="$out/$name-$width-$scheme.png" \
        "http://127.0.0.1:$port$path" >/dev/null 2>&1
      rm -rf "$profile"
    done
  done
  echo "$name: $out/$name-{360,1280}-{light,dark}.png"
done
for entry in "${printed[@]}"; do
  name=${entry%%:*}
  path=${entry#*:}
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --no-pdf-header-footer --print-to-pdf="$out/$name-print.pdf" "http://127.0.0.1:$port$path" >/dev/null 2>&1
  rm -rf "$profile"
  if command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 60 "$out/$name-print.pdf" "$out/$name-print"
  fi
  echo "$name (printed): $out/$name-print.pdf"
done
if [ "${1:-}" = "--review" ]; then
  mkdir -p docs/review
  for entry in "${pages[@]}"; do
    name=${entry%%:*}
    cp "$out/$name-360-light.png" "docs/review/$name-360.png"
  done
  echo "Review set: docs/review/*-360.png"
fi
