import earcut from 'earcut';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { lineGeometry, toWorld } from './line-geometry';
import type { LngLat } from '../domain/ids';

/**
 * The offline basemap (countries and Poland's voivodeships) as GPU-ready arrays, built once per
 * load in a worker (basemap.worker.ts) and drawn by `BasemapLayer`. MapLibre's GeoJSON sources
 * did the same work on every start: parsing, tiling per zoom, a clipping mask and three programs
 * of its own; the basemap never changes, so it is triangulated once here instead.
 */
export type BasemapGeometry = {
  /** x, y per vertex in Web Mercator world units (0…1; longitudes unwrapped past ±180° go beyond). */
  positions: Float32Array;
  /** Fill triangles: three vertex indices each. */
  triangles: Uint32Array;
  /** Index range (first index, index count) of every country's triangles, all drawn in one colour. */
  countries: [number, number];
  /** Each voivodeship's index range, by name (the choropleth colours them one by one). */
  voivodeships: { name: string; start: number; count: number }[];
  /** The outlines as segments, in the layout of `LineGeometry.segments`: countries' first. */
  segments: Float32Array;
  countrySegments: number;
  segmentCount: number;
};

type Shapes = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

export function basemapGeometry(countries: Shapes, voivodeships: Shapes): BasemapGeometry {
  const positions: number[] = [];
  const triangles: number[] = [];
  const rings: LngLat[][] = [];
  const fill = (f: Shapes['features'][number]): void => {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')
      throw new Error(`basemap: ${f.properties?.name ?? 'a feature'} is not a polygon`);
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) {
      const flat: number[] = [];
      const holes: number[] = [];
      for (const [k, ring] of poly.entries()) {
        if (k > 0) holes.push(flat.length / 2);
        for (const p of ring) flat.push(...toWorld([p[0]!, p[1]!]));
        rings.push(ring.map((p) => [p[0]!, p[1]!]));
      }
      const base = positions.length / 2;
      for (const i of earcut(flat, holes)) triangles.push(base + i);
      for (const v of flat) positions.push(v);
    }
  };
  for (const f of countries.features) fill(f);
  const countryEnd = triangles.length;
  const countryRings = rings.length;
  const voiv = voivodeships.features.map((f) => {
    const start = triangles.length;
    fill(f);
    return { name: f.properties.name, start, count: triangles.length - start };
  });
  const outline = lineGeometry(rings);
  return {
    positions: Float32Array.from(positions),
    triangles: Uint32Array.from(triangles),
    countries: [0, countryEnd],
    voivodeships: voiv,
    segments: outline.segments,
    countrySegments: outline.segmentStart[countryRings]!,
    segmentCount: outline.segmentCount,
  };
}

/** The typed arrays of a geometry, to transfer from a worker without copying. */
export const basemapBuffers = (g: BasemapGeometry): ArrayBuffer[] => [g.positions.buffer, g.triangles.buffer, g.segments.buffer] as ArrayBuffer[];
