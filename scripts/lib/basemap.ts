import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapLongitudes } from '../../src/geo/great-circle-line';

const require = createRequire(import.meta.url);
/** Web Mercator's latitude limit: pole-encircling rings are closed along it. */
const MERCATOR_LIMIT = 85.0511;
/** Visvalingam threshold: triangles smaller than this (in square degrees) are removed. */
const SIMPLIFY_AREA_DEG2 = 0.01;

export type Basemap = { countries: FeatureCollection<Polygon | MultiPolygon>; voivodeships: FeatureCollection<Polygon | MultiPolygon> };

/**
 * The offline basemap: Natural Earth 1:50m countries (world-atlas) and Poland's voivodeships
 * (GUGiK PRG via ppatrzyk/polska-geojson, MIT), rounded to ~100 m and made safe for Web Mercator.
 */
export function buildBasemap(sourcesDir: string): Basemap {
  const full = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  // Simplified on the topology, so neighbours keep one shared border: a third of the vertices,
  // nothing visible lost at the zooms a world map of partnerships uses (Poland is drawn from PRG).
  const topo = simplify(presimplify(structuredClone(full)), SIMPLIFY_AREA_DEG2) as typeof full;
  const world = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const countries = world.features.map((f) => clean(f, 2, { name: f.properties.name }));
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
