import { createRequire } from 'node:module';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fixRing } from './basemap';

const require = createRequire(import.meta.url);

export type ShapeCheck = { ok: true; note: string } | { ok: false; reason: string };

/**
 * Checks a place's point against its country's shape (Natural Earth 1:50m, world-atlas). A
 * point inside another country is an error to review; a point in no country (a coastal town
 * that the 1:50m coastline leaves in the sea) passes with a note. Countries the shapes lack
 * (e.g. XK Kosovo) are not checked.
 */
export class CountryShapes {
  private readonly byCode = new Map<string, Feature<MultiPolygon>[]>();

  constructor() {
    const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const world = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
    for (const f of world.features) {
      const code = countries.numericToAlpha2(String(f.id ?? '')) ?? null;
      if (!code) continue;
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polys.map((rings) => rings.map((r) => fixRing(r, 4))) };
      const list = this.byCode.get(code) ?? [];
      list.push({ type: 'Feature', properties: {}, geometry });
      this.byCode.set(code, list);
    }
  }

  private inside(code: string, lng: number, lat: number): boolean {
    const fs = this.byCode.get(code) ?? [];
    // Unwrapped rings may extend past ±180°: test the point's world copies too.
    return fs.some((f) => [lng, lng + 360, lng - 360].some((x) => booleanPointInPolygon([x, lat], f)));
  }

  check(code: string, lng: number, lat: number): ShapeCheck {
    if (!this.byCode.has(code)) return { ok: true, note: `no shape for ${code}: not checked` };
    if (this.inside(code, lng, lat)) return { ok: true, note: '' };
    // Within about 5 km of its own country: a border town that the 1:50m border puts across.
    const d = 0.045;
    const k = d / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
    const ring: [number, number][] = [[k, 0], [-k, 0], [0, d], [0, -d], [k, d], [k, -d], [-k, d], [-k, -d]];
    if (ring.some(([dx, dy]) => this.inside(code, lng + dx, lat + dy))) return { ok: true, note: 'within about 5 km of its country (generalised 1:50m border)' };
    for (const other of this.byCode.keys()) {
      if (other !== code && this.inside(other, lng, lat)) return { ok: false, reason: `point ${lat.toFixed(4)},${lng.toFixed(4)} lies in ${other}, not ${code}` };
    }
    return { ok: true, note: 'point just outside the 1:50m coastline' };
  }
}
