import { greatCircle } from '@turf/great-circle';
import { point } from '@turf/helpers';
import type { LngLat } from '../domain/ids';

/**
 * The great-circle route between two points as one continuous line of `[lng, lat]` positions,
 * with longitudes unwrapped so consecutive points never differ by more than 180°. Longitudes may
 * therefore leave [-180, 180] (e.g. 190° for a route across the Pacific): MapLibre draws them on
 * the next world copy, so the line crosses the antimeridian instead of streaking across the map.
 *
 * Turf's `greatCircle` splits routes at ±180° into a MultiLineString, and for some routes near a
 * pole returns a LineString with a ±360° jump (Turf issue 3030); both are re-joined here.
 * Identical points give a two-point line.
 *
 * @example greatCircleLine([19.94, 50.06], [-77.61, 43.16], 64) // Kraków → Rochester, 64 points
 */
export function greatCircleLine(from: LngLat, to: LngLat, npoints = 64): LngLat[] {
  if (from[0] === to[0] && from[1] === to[1]) return [from, to];
  const f = greatCircle(point([from[0], from[1]]), point([to[0], to[1]]), { npoints });
  const g = f.geometry;
  const parts: number[][][] = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const joined: LngLat[] = [];
  for (const part of parts) {
    for (const c of part) {
      const lng = c[0]!;
      const lat = c[1]!;
      const prev = joined[joined.length - 1];
      // Turf repeats the split point on both sides of ±180°: skip the duplicate.
      if (prev && Math.abs(Math.abs(prev[0]) - 180) < 1e-9 && Math.abs(Math.abs(lng) - 180) < 1e-9 && Math.abs(prev[1] - lat) < 1e-9) continue;
      joined.push([lng, lat]);
    }
  }
  return unwrapLongitudes(joined);
}

/** Shift longitudes by multiples of 360° so that each differs from the previous by ≤ 180°. */
export function unwrapLongitudes(line: readonly LngLat[]): LngLat[] {
  const out: LngLat[] = [];
  for (const [lng, lat] of line) {
    const prev = out[out.length - 1];
    let x = lng;
    if (prev) {
      while (x - prev[0] > 180) x -= 360;
      while (x - prev[0] < -180) x += 360;
    }
    out.push([x, lat]);
  }
  return out;
}
