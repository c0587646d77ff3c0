import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import countries from 'i18n-iso-countries';
import type { Feature, MultiPolygon } from 'geojson';
import { fixRing } from './basemap';
import { countriesTopology, countryGeometry } from './world-countries';

export type ShapeCheck = { ok: true; note: string } | { ok: false; reason: string };

/**
 * Checks a place's point against its country's shape (Natural Earth 1:50m, world-atlas, with
 * Crimea in Ukraine: see `countriesTopology`). A point inside another country is an error to
 * review; a point in no country (a coastal town that the 1:50m coastline leaves in the sea) passes
 * with a note. Countries the shapes lack (e.g. XK Kosovo) are not checked.
 */
export class CountryShapes {
  private readonly byCode = new Map<string, Feature<MultiPolygon>[]>();

  constructor() {
    const topo = countriesTopology();
    for (const g of topo.objects.countries.geometries) {
      const code = countries.numericToAlpha2(String(g.id ?? '')) ?? null;
      if (!code) continue;
      const shape = countryGeometry(topo, g);
      const polys = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
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
