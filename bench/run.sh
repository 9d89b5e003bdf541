#!/usr/bin/env bash
# Times a clean bake of synthetic sites of N pages with our build, Hugo and Eleventy, side by side.
# Usage: bench/run.sh [pages ...]        (default: 500 1000 2000 4000 16000)
# Environment: BENCH_XMX (heap limit of our bake, default 1g), BENCH_SKIP="hugo eleventy" to leave one out.
# Not part of the tests; writes only under bench/target/. See bench/README.md.
set -euo pipefail

bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
work="$bench/target"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(500 1000 2000 4000 16000)
xmx="${BENCH_XMX:-1g}"
skip="${BENCH_SKIP:-}"
mkdir -p "$work"

echo "Building the extensions and their class path..." >&2
(cd "$repo/extensions" && ../mvnw -o -q compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime >&2 \
  || ../mvnw -q compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime >&2)
classpath="$repo/extensions/target/classes:$(cat "$work/classpath.txt")"
real_pages=$(find "$repo/content" -name '*.md' | wc -l)

hugo_bin=""
if [[ " $skip " != *" hugo "* ]] && command -v hugo >/dev/null; then hugo_bin="$(command -v hugo)"; fi
eleventy_bin=""
if [[ " $skip " != *" eleventy "* ]] && command -v npm >/dev/null; then
  if [ ! -x "$work/eleventy/node_modules/.bin/eleventy" ]; then
    echo "Installing Eleventy (bench/eleventy/package-lock.json) into $work/eleventy..." >&2
    mkdir -p "$work/eleventy"
    cp "$bench/eleventy/package.json" "$bench/eleventy/package-lock.json" "$work/eleventy/"
    (cd "$work/eleventy" && npm ci --ignore-scripts --no-audit --no-fund >&2) || true
  fi
  [ -x "$work/eleventy/node_modules/.bin/eleventy" ] && eleventy_bin="$work/eleventy/node_modules/.bin/eleventy"
fi

now_ms() { date +%s%3N; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr);" \
  "load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)" \
  "${hugo_bin:+; $(hugo version | cut -d' ' -f1-2)}${eleventy_bin:+; Eleventy $("$eleventy_bin" --version)}"
printf '| %6s | %8s | %7s | %9s | %8s | %9s | %8s | %7s | %11s | %7s |\n' \
  pages "ours s" "pages/s" "heap MB" "warm s" "hugo s" "x hugo" "11ty s" "x eleventy" "wall s"
printf '|%s|\n' "--------|----------|---------|-----------|----------|-----------|----------|---------|-------------|---------"

for n in "${sizes[@]}"; do
  site="$work/sites/$n"
  python3 "$bench/generate.py" "$n" "$site" "$repo" "$real_pages"

  start=$(now_ms)
  line=$(java -Xmx"$xmx" -Dlog.console.level=SEVERE -cp "$classpath" "$bench/BenchBake.java" \
      "$site/ours" "$site/out/website" 2>"$site/ours.log" | tail -1) \
    || { echo "Our bake of $n pages failed; see $site/ours.log" >&2; tail -20 "$site/ours.log" >&2; exit 1; }
  wall=$(( $(now_ms) - start ))
  pages=$(sed 's/.*pages=\([0-9]*\).*/\1/' <<<"$line")
  ours_ms=$(sed 's/.*bake_ms=\([0-9]*\).*/\1/' <<<"$line")
  heap=$(sed 's/.*peak_heap_mb=\([0-9]*\).*/\1/' <<<"$line")
  # Again into a fresh output folder, with the drawing cache (out/bake-cache) the first bake left.
  rm -rf "$site/out/website" "$site/out/staging"
  warm=$(java -Xmx"$xmx" -Dlog.console.level=SEVERE -cp "$classpath" "$bench/BenchBake.java" \
      "$site/ours" "$site/out/website" 2>>"$site/ours.log" | tail -1 | sed 's/.*bake_ms=\([0-9]*\).*/\1/')

  hugo_s="-"; hugo_x="-"
  if [ -n "$hugo_bin" ]; then
    hugo_ms=$("$hugo_bin" --source "$site/hugo" --destination "$site/hugo-out" 2>&1 \
      | sed -n 's/^Total in \([0-9]*\) ms.*/\1/p')
    hugo_s=$(awk -v m="$hugo_ms" 'BEGIN {printf "%.2f", m/1000}')
    hugo_x=$(awk -v a="$ours_ms" -v b="$hugo_ms" 'BEGIN {printf "%.1f", a/b}')
  fi
  e_s="-"; e_x="-"
  if [ -n "$eleventy_bin" ]; then
    e_sec=$(cd "$site/eleventy" && "$eleventy_bin" --config=eleventy.config.cjs --quiet 2>&1 \
      | sed -n 's/.*in \([0-9.]*\) seconds.*/\1/p' | tail -1)
    e_s=$(awk -v s="$e_sec" 'BEGIN {printf "%.2f", s}')
    e_x=$(awk -v a="$ours_ms" -v s="$e_sec" 'BEGIN {printf "%.1f", a/1000/s}')
  fi
  printf '| %6d | %8.2f | %7.0f | %9d | %8.2f | %9s | %8s | %7s | %11s | %7.1f |\n' "$pages" \
    "$(awk -v m="$ours_ms" 'BEGIN {print m/1000}')" "$(awk -v p="$pages" -v m="$ours_ms" 'BEGIN {print p*1000/m}')" \
    "$heap" "$(awk -v m="$warm" 'BEGIN {print m/1000}')" "$hugo_s" "$hugo_x" "$e_s" "$e_x" "$(awk -v m="$wall" 'BEGIN {print m/1000}')"
  rm -rf "$site/out" "$site/hugo-out" "$site/eleventy/_site" "$site/staging"
done
