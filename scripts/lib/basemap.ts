import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { unwrapLongitudes } from '../../src/geo/great-circle-line';
import { countriesTopology, countryGeometry, type CountriesTopology } from './world-countries';

/** Web Mercator's latitude limit: pole-encircling rings are closed along it. */
const MERCATOR_LIMIT = 85.0511;
/** Visvalingam threshold: triangles smaller than this (in square degrees) are removed. */
const SIMPLIFY_AREA_DEG2 = 0.01;

export type Basemap = { countries: FeatureCollection<Polygon | MultiPolygon>; voivodeships: FeatureCollection<Polygon | MultiPolygon> };

/**
 * The offline basemap: Natural Earth 1:50m countries (world-atlas, with Crimea in Ukraine: see
 * `countriesTopology`) and Poland's voivodeships (GUGiK PRG via ppatrzyk/polska-geojson, MIT),
 * rounded to ~100 m and made safe for Web Mercator.
 */
export function buildBasemap(sourcesDir: string): Basemap {
  // Simplified on the topology, so neighbours keep one shared border: a third of the vertices,
  // nothing visible lost at the zooms a world map of partnerships uses (Poland is drawn from PRG).
  const topo = simplify(presimplify(countriesTopology()), SIMPLIFY_AREA_DEG2) as CountriesTopology;
  const countries = topo.objects.countries.geometries.map((g) =>
    clean({ type: 'Feature', properties: {}, geometry: countryGeometry(topo, g) }, 2, { name: (g.properties as { name: string }).name }),
  );
  const voiv = JSON.parse(
    readFileSync(resolve(sourcesDir, 'boundaries', 'ppatrzyk-polska-geojson', 'wojewodztwa-min.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, { nazwa: string }>;
  const voivodeships = voiv.features.map((f) => clean(f, 3, { name: f.properties.nazwa }));
  return {
    countries: { type: 'FeatureCollection', features: countries },
    voivodeships: { type: 'FeatureCollection', features: voivodeships },
  };
}

function clean<P>(f: Feature<Polygon | MultiPolygon>, decimals: number, properties: P): Feature<Polygon | MultiPolygon, P> {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const out = polys.map((rings) => rings.map((r) => fixRing(r, decimals)).filter((r) => r.length >= 4));
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: out.filter((p) => p.length > 0) } };
}

/**
 * world-atlas rings are made for spherical projections: rings of Russia or Fiji jump across ±180°
 * and Antarctica's ring encircles the pole. Unwrap longitudes so the ring is continuous, and close
 * a pole-encircling ring along the Mercator limit, so MapLibre draws no streaks.
 */
export function fixRing(ring: Position[], decimals: number): Position[] {
  const f = 10 ** decimals;
  const unwrapped = unwrapLongitudes(ring.map((p) => [p[0]!, Math.max(-MERCATOR_LIMIT, Math.min(MERCATOR_LIMIT, p[1]!))] as const));
  const out: Position[] = [];
  for (const [x, y] of unwrapped) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && Math.abs(last[0]! - first[0]!) > 180) {
    const lat = (first[1]! + last[1]!) / 2 < 0 ? -MERCATOR_LIMIT : MERCATOR_LIMIT;
    out.push([last[0]!, lat], [first[0]!, lat], [first[0]!, first[1]!]);
  }
  return out;
}

/**
 * Gmina shapes for the choropleth, loaded by the app only when asked for: GUGiK PRG (kreperu/Strona),
 * each ring simplified (Douglas–Peucker, 0.008° ≈ 0.6–0.9 km) and rounded to 0.001°; `t` is the
 * 6-digit TERYT code. Neighbours are simplified separately, so borders may part by a few hundred
 * metres: fine for shading, not for measuring.
 */
export function buildGminaShapes(sourcesDir: string): FeatureCollection<MultiPolygon, { t: string }> {
  const src = JSON.parse(readFileSync(resolve(sourcesDir, 'boundaries', 'kreperu-strona', 'gminy.geojson'), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { terc: string }
  >;
  return {
    type: 'FeatureCollection',
    features: src.features.map((f) => {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const coordinates = polys
        .map((rings) => rings.map((r) => simplifyLine(r, 0.008).map((c) => [Math.round(c[0]! * 1000) / 1000, Math.round(c[1]! * 1000) / 1000])).filter((r) => r.length >= 4))
        .filter((p) => p.length > 0);
      return { type: 'Feature', properties: { t: f.properties.terc.slice(0, 6) }, geometry: { type: 'MultiPolygon', coordinates } };
    }),
  };
}

/** Douglas–Peucker on a line or closed ring (planar degrees): keeps the ends and every point farther than `tol` from the simplified line. */
export function simplifyLine(pts: readonly Position[], tol: number): Position[] {
  if (pts.length < 3) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = pts[a] as [number, number];
    const [bx, by] = pts[b] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let best = -1;
    let bi = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i] as [number, number];
      // A closed ring starts and ends at one point: measure from it.
      const d = len > 0 ? Math.abs(dy * (px - ax) - dx * (py - ay)) / len : Math.hypot(px - ax, py - ay);
      if (d > best) {
        best = d;
        bi = i;
      }
    }
    if (best > tol) {
      keep[bi] = 1;
      stack.push([a, bi], [bi, b]);
    }
  }
  return pts.filter((_, i) => keep[i] === 1);
}
