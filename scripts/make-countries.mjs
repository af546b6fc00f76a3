// Regenerates src/main/resources/map/countries.json, the country shapes Storyline draws its maps
// with, from Natural Earth's 1:50m admin-0 countries (public domain), as the npm package
// world-atlas 2.0.2 ships them in TopoJSON. Run from the repository root:
//
//   npm ci --ignore-scripts && node scripts/make-countries.mjs
//
// The output keeps each country's id, name and polygons, simplified to about a kilometre
// (Douglas-Peucker at 0.01 degrees) and written as integer hundredths of a degree, each point
// after a ring's first as the difference from the one before, which keeps the file small.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const SOURCE = "node_modules/world-atlas/countries-50m.json";
const TARGET = "src/main/resources/map/countries.json";
const TOLERANCE = 0.01;

const topology = JSON.parse(readFileSync(SOURCE, "utf8"));
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;

// Arcs are quantized and delta-encoded; decode them to absolute longitude and latitude.
const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});

function ring(indices) {
  const points = [];
  for (const index of indices) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

function simplify(points, tolerance) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const length = Math.hypot(bx - ax, by - ay) || 1e-12;
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const distance = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > worst) {
        worst = distance;
        index = i;
      }
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

// A closed ring starts and ends on the same point, which Douglas-Peucker cannot measure from, so
// it is split at the point farthest from its start and each half simplified on its own.
function simplifyRing(points, tolerance) {
  const [fx, fy] = points[0];
  let far = 0;
  let best = -1;
  points.forEach(([x, y], i) => {
    const d = Math.hypot(x - fx, y - fy);
    if (d > best) {
      best = d;
      far = i;
    }
  });
  if (far === 0 || far === points.length - 1) return simplify(points, tolerance);
  const first = simplify(points.slice(0, far + 1), tolerance);
  const second = simplify(points.slice(far), tolerance);
  return first.concat(second.slice(1));
}

function encode(points) {
  const out = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of points) {
    const qx = Math.round(x * 100);
    const qy = Math.round(y * 100);
    if (out.length && qx === px && qy === py) continue;
    out.push(qx - px, qy - py);
    px = qx;
    py = qy;
  }
  return out;
}

// Natural Earth draws Crimea as part of Russia, which has occupied it since 2014. Storyline draws
// countries within their internationally recognised borders (UN General Assembly resolution
// 68/262), so the Crimean polygon moves from Russia (643) to Ukraine (804).
const CRIMEA = { west: 32.4, east: 36.7, south: 44.3, north: 46.3 };
function inCrimea(polygon) {
  const outer = ring(polygon[0]);
  const [x, y] = outer.reduce(([ax, ay], [px, py]) => [ax + px / outer.length, ay + py / outer.length], [0, 0]);
  return x > CRIMEA.west && x < CRIMEA.east && y > CRIMEA.south && y < CRIMEA.north;
}
const geometries = topology.objects.countries.geometries;
const russia = geometries.find((g) => g.id === "643");
const ukraine = geometries.find((g) => g.id === "804");
const crimea = russia.arcs.filter(inCrimea);
if (crimea.length !== 1) throw new Error(`expected one Crimean polygon in Russia, found ${crimea.length}`);
russia.arcs = russia.arcs.filter((polygon) => !inCrimea(polygon));
ukraine.arcs = ukraine.type === "Polygon" ? [ukraine.arcs, ...crimea] : [...ukraine.arcs, ...crimea];
ukraine.type = "MultiPolygon";

const countries = [];
for (const geometry of topology.objects.countries.geometries) {
  const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.type === "MultiPolygon" ? geometry.arcs : [];
  const encoded = polygons
    .map((polygon) =>
      polygon.map((indices) => encode(simplifyRing(ring(indices), TOLERANCE))).filter((r) => r.length >= 8))
    .filter((polygon) => polygon.length > 0);
  if (encoded.length) {
    countries.push({ id: geometry.id ?? "", name: geometry.properties.name, polygons: encoded });
  }
}

mkdirSync("src/main/resources/map", { recursive: true });
writeFileSync(
  TARGET,
  JSON.stringify({
    about:
      "Country borders and names from Natural Earth 1:50m admin 0 countries (public domain, naturalearthdata.com), " +
      "via the npm package world-atlas 2.0.2. Made by scripts/make-countries.mjs: Crimea drawn within Ukraine's " +
      "internationally recognised borders (UN GA resolution 68/262); simplified to 0.01 degrees; " +
      "points in hundredths of a degree, each ring's first absolute and the rest as differences.",
    unit: 0.01,
    countries,
  }) + "\n");
console.log(`${countries.length} countries written to ${TARGET}`);
