import geodesic from 'geographiclib-geodesic';
import type { LngLat } from '../domain/ids';

const WGS84 = geodesic.Geodesic.WGS84;

/** Radii (km) of the distance rings drawn around a selected municipality. */
export const RING_RADII_KM = [500, 1000, 2000, 5000, 10000] as const;

/** Web Mercator's latitude limit: ring points beyond it are clamped to it. */
export const MERCATOR_MAX_LAT = 85.05;

/** Half the WGS84 meridian (km): the farthest any point can be; larger radii are clamped to it. */
export const MAX_RING_RADIUS_KM = 20003.93;

/**
 * The points at `radiusKm` geodesic kilometres from `center` on the WGS84 ellipsoid (GeographicLib
 * Direct), at `n` azimuths evenly spaced clockwise from north, plus the first point again at the
 * end: the ring's outline, to draw as a line. Longitudes are unwrapped around the centre's, so
 * consecutive points differ by at most 180° and may leave [-180, 180] like our great-circle lines;
 * latitudes are clamped to ±85.05° (Web Mercator). When the disc contains one pole (10,000 km
 * around Kraków encloses the North Pole) the outline winds once round the globe and its last
 * point is its first shifted by ±360° (the same place on the next world copy), so the line is
 * continuous without a seam; `geodesicRing` closes such a ring into a polygon.
 *
 * `n` is rounded and at least 3; radii beyond half the meridian are clamped to it; a radius of 0
 * gives `n + 1` copies of the centre; a negative or non-finite radius throws a RangeError.
 */
export function geodesicCircle(center: LngLat, radiusKm: number, n = 128): LngLat[] {
  if (!Number.isFinite(radiusKm) || radiusKm < 0) throw new RangeError(`ring radius must be a non-negative number of km, got ${radiusKm}`);
  const count = Math.max(3, Math.round(Number.isFinite(n) ? n : 3));
  const s12 = Math.min(radiusKm, MAX_RING_RADIUS_KM) * 1000;
  const [lng0, lat0] = center;
  if (s12 === 0) return Array.from({ length: count + 1 }, (): LngLat => [lng0, lat0]);
  const clampLat = (lat: number): number => Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));

  const ring: [number, number][] = [];
  let prev = lng0;
  for (let i = 0; i < count; i++) {
    const r = WGS84.Direct(lat0, lng0, (360 * i) / count, s12, geodesic.Geodesic.LATITUDE | geodesic.Geodesic.LONGITUDE);
    let lng = r.lon2 ?? lng0;
    while (lng - prev > 180) lng -= 360;
    while (lng - prev < -180) lng += 360;
    ring.push([lng, clampLat(r.lat2 ?? lat0)]);
    prev = lng;
  }
  // Back to the first point: the same longitude, or 360° on when the ring wound round a pole.
  const [x0, y0] = ring[0]!;
  let x = x0;
  while (x - prev > 180) x -= 360;
  while (x - prev < -180) x += 360;
  ring.push([x, y0]);
  return ring;
}

/**
 * The same ring as `geodesicCircle`, closed as a polygon: first and last points are equal. A
 * ring whose disc contains one pole winds once round the globe: it is closed along the clamped
 * pole latitude (five more points at ±85.05°, 90° apart, then the first point), so as a polygon
 * it covers the polar cap on the map (drawn as a line, that closing would show as a meridian
 * segment: use `geodesicCircle` for outlines). A disc containing both poles (a radius beyond the
 * distance to the farther pole) winds zero times and needs no such closing. Same arguments and
 * edge behaviour as `geodesicCircle`.
 */
export function geodesicRing(center: LngLat, radiusKm: number, n = 128): LngLat[] {
  const ring = geodesicCircle(center, radiusKm, n);
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (last[0] === first[0]) return ring;
  // Wound once round a pole: the nearer one is inside the disc. Steps of 90° along the clamped
  // parallel keep every step within 180°.
  const poleLat = center[1] >= 0 ? MERCATOR_MAX_LAT : -MERCATOR_MAX_LAT;
  const step = last[0] > first[0] ? -90 : 90;
  for (let k = 0; k <= 4; k++) ring.push([last[0] + k * step, poleLat]);
  ring.push(first);
  return ring;
}
