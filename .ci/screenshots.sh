#!/usr/bin/env bash
# Screenshots for reviewers: one page of every page type, in Chromium, at 360 px and 1280 px wide,
# in the light and the dark colour scheme, into target/screenshots/. Bake first (./mvnw package).
# Needs Debian's chromium (apt-get install -y chromium); serves target/website on a loopback port.
set -euo pipefail
cd "$(dirname "$0")/.."
site=target/website
out=target/screenshots
[ -f "$site/index.html" ] || { echo "No baked site in $site: run ./mvnw package first." >&2; exit 1; }
command -v chromium >/dev/null || { echo "chromium not found: apt-get install -y chromium" >&2; exit 1; }
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
  "not-found:/404.html"
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
        --window-size="$width,2200" --screenshot="$out/$name-$width-$scheme.png" \
        "http://127.0.0.1:$port$path" >/dev/null 2>&1
      rm -rf "$profile"
    done
  done
  echo "$name: $out/$name-{360,1280}-{light,dark}.png"
done
