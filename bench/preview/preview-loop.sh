#!/usr/bin/env bash
# Benchmark of the preview's editing loop (not a test): save-to-reloaded-page time for a one-page
# edit, the preview's own rebake time, a stylesheet swap, and save-to-error-overlay for a broken edit,
# measured in headless Chromium on a copy of the site (the real sources are never edited).
#   bench/preview/preview-loop.sh [rounds] [--overlay-screenshot docs/images/preview-error-overlay.png]
# Needs Debian's chromium and chromium-driver (never downloaded) and a compiled extensions module.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v chromium >/dev/null || { echo "chromium not found: apt-get install -y chromium chromium-driver" >&2; exit 1; }
(cd extensions && ../mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt)
classpath="extensions/target/classes:$(cat extensions/target/bench-classpath.txt)"
exec java -cp "$classpath" \
  -Dlogback.configurationFile=org/coderpay/preview/preview-logback.xml \
  -Dorg.freemarker.loggerLibrary=SLF4J \
  bench/preview/PreviewLoopBench.java "$PWD" "$@"
