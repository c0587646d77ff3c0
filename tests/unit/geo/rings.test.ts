import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../../src/domain/ids';
import { geodesicDistanceKm } from '../../../src/geo/geodesic-distance';
import { geodesicCircle, geodesicRing, MERCATOR_MAX_LAT, RING_RADII_KM } from '../../../src/geo/rings';
import { geo } from '../fixtures';

const krakow = geo('Kraków', 'PL');
const K: LngLat = [krakow.lng, krakow.lat];
const maxJump = (ring: readonly LngLat[]): number => Math.max(...ring.slice(1).map((p, i) => Math.abs(p[0] - ring[i]![0])));
/** Ring points that are the geodesic itself, not clamped or on the polar closing. */
const onCircle = (ring: readonly LngLat[]): LngLat[] => ring.filter(([, lat]) => Math.abs(lat) < MERCATOR_MAX_LAT);

describe('geodesicRing', () => {
  it('puts every point at the radius (within 0.01%) around Kraków, for every ring radius', () => {
    expect(RING_RADII_KM).toEqual([500, 1000, 2000, 5000, 10000]);
    for (const r of RING_RADII_KM) {
      const ring = geodesicRing(K, r, 64);
      const pts = onCircle(ring);
      expect(pts.length).toBeGreaterThanOrEqual(60);
      for (const p of pts) expect(Math.abs(geodesicDistanceKm(K, p) / r - 1), `${r} km at ${p}`).toBeLessThan(1e-4);
    }
  });

  it('is closed, starts due north and never jumps more than 180° in longitude', () => {
    for (const r of RING_RADII_KM) {
      const ring = geodesicRing(K, r);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
      expect(maxJump(ring)).toBeLessThanOrEqual(180);
      expect(ring.flat().every(Number.isFinite)).toBe(true);
    }
    const ring = geodesicRing(K, 500, 128);
    expect(ring).toHaveLength(129);
    expect(ring[0]![0]).toBeCloseTo(K[0], 6); // due north: same meridian
    expect(ring[0]![1]).toBeGreaterThan(K[1] + 4); // about 4.5° north
    expect(ring[32]![0]).toBeGreaterThan(K[0] + 6); // azimuth 90°: east
  });

  it('closes a 10,000 km ring around Kraków, which encloses the North Pole, along the clamped pole latitude', () => {
    const ring = geodesicRing(K, 10000, 128);
    expect(ring.flat().some(Number.isNaN)).toBe(false);
    expect(ring[ring.length - 1]).toEqual(ring[0]);
    expect(maxJump(ring)).toBeLessThanOrEqual(180);
    // It winds once round the globe: the unwrapped longitudes span 360°.
    const lngs = ring.map((p) => p[0]);
    expect(Math.max(...lngs) - Math.min(...lngs)).toBeCloseTo(360, 6);
    // The closing runs at +85.05°: 128 points on the circle, the repeated first point, 5 on the pole side, the first again.
    expect(ring).toHaveLength(128 + 1 + 5 + 1);
    expect(ring.slice(129, 134).every(([, lat]) => lat === MERCATOR_MAX_LAT)).toBe(true);
    // It passes the far side of the pole at about 40°N (180° − 50° − 90° of arc) and reaches about 40°S.
    const lats = onCircle(ring).map((p) => p[1]);
    expect(Math.min(...lats)).toBeLessThan(-38);
    expect(ring.every(([, lat]) => Math.abs(lat) <= MERCATOR_MAX_LAT)).toBe(true);
    for (const p of onCircle(ring)) expect(Math.abs(geodesicDistanceKm(K, p) / 10000 - 1)).toBeLessThan(1e-4);
  });

  it('closes a southern polar ring at −85.05° and keeps rings near the antimeridian continuous', () => {
    const south = geodesicRing([174.78, -41.29], 6000, 90); // Wellington: the South Pole is 5,4xx km away
    expect(south[south.length - 1]).toEqual(south[0]);
    expect(south.some(([, lat]) => lat === -MERCATOR_MAX_LAT)).toBe(true);
    expect(maxJump(south)).toBeLessThanOrEqual(180);

    const fiji = geodesicRing([178.44, -18.14], 1000, 64); // Suva: the ring crosses 180°
    expect(maxJump(fiji)).toBeLessThan(5);
    expect(Math.max(...fiji.map((p) => p[0]))).toBeGreaterThan(180);
    expect(fiji[fiji.length - 1]).toEqual(fiji[0]);
  });

  it('clamps latitudes near a pole to ±85.05° and handles edge arguments', () => {
    const tromso = geodesicRing([18.96, 69.65], 2000, 64);
    expect(Math.max(...tromso.map((p) => p[1]))).toBe(MERCATOR_MAX_LAT);
    expect(geodesicRing(K, 0, 4)).toEqual(Array.from({ length: 5 }, () => K));
    expect(geodesicRing(K, 100, 1)).toHaveLength(4); // at least 3 points plus closure
    expect(() => geodesicRing(K, -1)).toThrow(RangeError);
    expect(() => geodesicRing(K, NaN)).toThrow(RangeError);
  });
});

describe('geodesicCircle', () => {
  it('is the ring\'s outline: the same points, without the polar closing', () => {
    expect(geodesicCircle(K, 2000, 64)).toEqual(geodesicRing(K, 2000, 64));
    const line = geodesicCircle(K, 10000, 128);
    expect(line).toHaveLength(129);
    expect(line).toEqual(geodesicRing(K, 10000, 128).slice(0, 129));
    // Continuous round the globe: ends on the first point's next world copy, no meridian seam.
    expect(Math.abs(line[128]![0] - line[0]![0])).toBeCloseTo(360, 9);
    expect(line[128]![1]).toBe(line[0]![1]);
    expect(maxJump(line)).toBeLessThan(30);
    expect(line.some(([, lat]) => Math.abs(lat) === MERCATOR_MAX_LAT)).toBe(false);
  });
});
