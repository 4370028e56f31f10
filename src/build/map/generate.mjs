// Projects the 35 OAS member states from Natural Earth (1:50m, through the world-atlas package),
// simplifies them and writes the compact resource the server draws the map of the Americas from.
// Run it from this folder after `npm install`: `node generate.mjs [output]`; see README.md.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import { geoAzimuthalEqualArea, geoPath } from "d3-geo";

const require = createRequire(import.meta.url);
const output = process.argv[2] ?? "../../main/resources/membership/americas.json";

// ISO 3166-1 numeric code (Natural Earth's feature id) to the alpha-2 code the portal uses.
const STATES = {
  "028": "AG", "032": "AR", "044": "BS", "052": "BB", "084": "BZ", "068": "BO", "076": "BR",
  "124": "CA", "152": "CL", "170": "CO", "188": "CR", "192": "CU", "212": "DM", "214": "DO",
  "218": "EC", "222": "SV", "308": "GD", "320": "GT", "328": "GY", "332": "HT", "340": "HN",
  "388": "JM", "484": "MX", "558": "NI", "591": "PA", "600": "PY", "604": "PE", "659": "KN",
  "662": "LC", "670": "VC", "740": "SR", "780": "TT", "840": "US", "858": "UY", "862": "VE",
};

const WIDTH = 600;
const HEIGHT = 760;
/** A state whose drawn area is below this many square units gets a circle to be seen and clicked. */
const SMALL_AREA = 40;
const MARKER_RADIUS = 3;

const topology = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
// Keep the tenth of the points that matter most (by their triangle area): enough detail at this size.
const simplified = simplify(presimplify(topology), quantile(presimplify(topology), 0.1));
const inAmericas = (t) => feature(t, t.objects.countries).features
  .filter((f) => STATES[f.id])
  .map((f) => withoutFarIslands(f));
const countries = inAmericas(simplified);
// The full-detail shapes, for where a small island state lies (its simplified shape may vanish).
const detailed = new Map(inAmericas(topology).map((f) => [f.id, f]));

// Hawaii and the Aleutians west of the date line would stretch the map across the Pacific.
function withoutFarIslands(f) {
  if (f.geometry.type !== "MultiPolygon") return f;
  const kept = f.geometry.coordinates.filter((polygon) => {
    const [lon, lat] = polygon[0][0];
    return !(lon < -140 && lat < 30) && lon < 0;
  });
  return { ...f, geometry: { type: "MultiPolygon", coordinates: kept } };
}

// Equal-area, centred on the middle of the hemisphere, so Canada is not swollen as in Mercator.
const projection = geoAzimuthalEqualArea()
  .rotate([82, -12])
  .precision(0)
  .fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], { type: "FeatureCollection", features: countries });
const path = geoPath(projection).digits(1);

const out = countries
  .map((f) => {
    const code = STATES[f.id];
    const entry = { code };
    const d = path(f);
    if (d) entry.d = d; // a small island's shape may vanish when simplified: its marker remains
    const full = detailed.get(f.id);
    if (path.area(full) < SMALL_AREA) {
      const [x, y] = path.centroid(full);
      entry.marker = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, r: MARKER_RADIUS };
    }
    return entry;
  })
  .sort((a, b) => a.code.localeCompare(b.code));

if (out.length !== 35) {
  throw new Error(`Expected 35 member states, found ${out.length}`);
}
const json = JSON.stringify({
  source: "Natural Earth 1:50m admin 0 countries (public domain), via world-atlas 2.0.2",
  width: WIDTH,
  height: HEIGHT,
  states: out,
});
writeFileSync(output, json + "\n");
console.log(`${output}: ${out.length} states, ${json.length} bytes, markers for `
  + out.filter((s) => s.marker).map((s) => s.code).join(" "));
