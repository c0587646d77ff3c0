import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { basemapGeometry, type BasemapGeometry } from '../../../src/map/basemap-geometry';
import { SEGMENT_FLOATS, toWorld } from '../../../src/map/line-geometry';
import { outlineWidths } from '../../../src/map/basemap-layer';

// The basemap the app ships (written by `npm run data`): real shapes, with Russia and Fiji
// unwrapped past 180° and Antarctica closed along the Mercator limit.
type Shapes = FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const read = (name: string): Shapes => JSON.parse(readFileSync(`public/data/basemap/${name}.json`, 'utf8')) as Shapes;
const countries = read('countries');
const voivodeships = read('voivodeships');
const g = basemapGeometry(countries, voivodeships);

const polygons = (f: Shapes['features'][number]): Position[][][] => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
/** Area in world units, by the shoelace formula: outer ring less its holes. */
const ringArea = (ring: Position[]): number => {
  const w = ring.map((p) => toWorld([p[0]!, p[1]!]));
  let a = 0;
  for (let i = 0; i + 1 < w.length; i++) a += w[i]![0] * w[i + 1]![1] - w[i + 1]![0] * w[i]![1];
  return Math.abs(a) / 2;
};
const featureArea = (f: Shapes['features'][number]): number =>
  polygons(f).reduce((sum, rings) => sum + ringArea(rings[0]!) - rings.slice(1).reduce((h, r) => h + ringArea(r), 0), 0);
/** Area covered by an index range of triangles. */
const trianglesArea = (geo: BasemapGeometry, start: number, count: number): number => {
  let a = 0;
  for (let i = start; i < start + count; i += 3) {
    const [p, q, r] = [geo.triangles[i]!, geo.triangles[i + 1]!, geo.triangles[i + 2]!].map((k) => [geo.positions[2 * k]!, geo.positions[2 * k + 1]!]) as [number[], number[], number[]];
    a += Math.abs((q[0]! - p[0]!) * (r[1]! - p[1]!) - (r[0]! - p[0]!) * (q[1]! - p[1]!)) / 2;
  }
  return a;
};
const covers = (geo: BasemapGeometry, start: number, count: number, [x, y]: [number, number]): boolean => {
  for (let i = start; i < start + count; i += 3) {
    const [p, q, r] = [geo.triangles[i]!, geo.triangles[i + 1]!, geo.triangles[i + 2]!].map((k) => [geo.positions[2 * k]!, geo.positions[2 * k + 1]!]) as [number[], number[], number[]];
    const side = (a: number[], b: number[]): number => (b[0]! - a[0]!) * (y - a[1]!) - (b[1]! - a[1]!) * (x - a[0]!);
    const [d1, d2, d3] = [side(p, q), side(q, r), side(r, p)];
    if (!((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))) return true;
  }
  return false;
};

describe('the basemap for the GPU', () => {
  it('triangulates every country and voivodeship without losing or adding area', () => {
    const countryArea = countries.features.reduce((s, f) => s + featureArea(f), 0);
    expect(trianglesArea(g, ...g.countries) / countryArea).toBeCloseTo(1, 4);
    expect(g.voivodeships.map((v) => v.name)).toEqual(voivodeships.features.map((f) => f.properties.name));
    expect(g.voivodeships).toHaveLength(16);
    g.voivodeships.forEach((v, i) => {
      expect(v.count % 3).toBe(0);
      expect(trianglesArea(g, v.start, v.count) / featureArea(voivodeships.features[i]!), v.name).toBeCloseTo(1, 4);
    });
  });

  it('indexes only its own vertices, all finite, with longitudes past 180° kept unwrapped', () => {
    const vertices = g.positions.length / 2;
    expect(Math.max(...g.triangles)).toBeLessThan(vertices);
    expect(g.positions.every(Number.isFinite)).toBe(true);
    expect(Math.max(...g.positions.filter((_, i) => i % 2 === 0))).toBeGreaterThan(1); // Russia's Chukotka, Fiji
  });

  it('covers land and leaves the sea: Kraków in małopolskie, the Baltic in no country', () => {
    const malopolskie = g.voivodeships.find((v) => v.name === 'małopolskie')!;
    expect(covers(g, malopolskie.start, malopolskie.count, toWorld([19.94, 50.06]))).toBe(true);
    expect(covers(g, malopolskie.start, malopolskie.count, toWorld([21.01, 52.23]))).toBe(false); // Warsaw
    expect(covers(g, ...g.countries, toWorld([19.94, 50.06]))).toBe(true);
    expect(covers(g, ...g.countries, toWorld([18.5, 55.5]))).toBe(false);
  });

  it('outlines every ring edge once: countries first, then voivodeships', () => {
    const edges = (fs: Shapes['features']): number => fs.flatMap(polygons).flat().reduce((s, ring) => s + ring.length - 1, 0);
    expect(g.countrySegments).toBe(edges(countries.features));
    expect(g.segmentCount).toBe(edges(countries.features) + edges(voivodeships.features));
    const [x, y] = toWorld(countries.features[0]!.geometry.type === 'Polygon' ? (countries.features[0]!.geometry.coordinates[0]![0] as [number, number]) : (countries.features[0]!.geometry.coordinates[0]![0]![0] as [number, number]));
    expect(g.segments[0]).toBeCloseTo(x, 6);
    expect(g.segments[1]).toBeCloseTo(y, 6);
    expect(g.segments.length % SEGMENT_FLOATS).toBe(0);
  });

  it('refuses a shape that is not a polygon, by name', () => {
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Atlantis' }, geometry: { type: 'Point', coordinates: [0, 0] } }] };
    expect(() => basemapGeometry(bad as unknown as Shapes, voivodeships)).toThrow(/Atlantis/);
  });

  it('widens voivodeship outlines with the zoom, within bounds', () => {
    expect(outlineWidths(0).voivodeship).toBeCloseTo(0.3);
    expect(outlineWidths(5).voivodeship).toBeCloseTo(0.75);
    expect(outlineWidths(12).voivodeship).toBeCloseTo(1.2);
    expect(outlineWidths(5).country).toBe(0.6);
  });
});
