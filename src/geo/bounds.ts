import type { LngLat } from '../domain/ids';

export type Bounds = [[west: number, south: number], [east: number, north: number]];

/**
 * The bounding box of some positions. Longitudes are taken as given (unwrapped great-circle
 * lines may pass ±180°), so a box around a trans-Pacific line stays narrow instead of wrapping
 * the world. Returns null for no positions.
 */
export function boundsOf(positions: Iterable<LngLat>): Bounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [lng, lat] of positions) {
    if (lng < w) w = lng;
    if (lng > e) e = lng;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  if (!Number.isFinite(w)) return null;
  return [[w, s], [e, n]];
}
