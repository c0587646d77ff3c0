import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../../src/domain/ids';
import { greatCircleLine, unwrapLongitudes } from '../../../src/geo/great-circle-line';
import { boundsOf } from '../../../src/geo/bounds';
import { geo } from '../fixtures';

const maxJump = (line: readonly LngLat[]): number =>
  Math.max(...line.slice(1).map((p, i) => Math.abs(p[0] - line[i]![0])));
const norm = (lng: number): number => ((((lng + 180) % 360) + 360) % 360) - 180;

describe('greatCircleLine', () => {
  it('joins a route that crosses the antimeridian into one continuous line (Anchorage → Tokyo)', () => {
    const anchorage = geo('Anchorage', 'US');
    const tokyo = geo('Tokyo', 'JP');
    const line = greatCircleLine([anchorage.lng, anchorage.lat], [tokyo.lng, tokyo.lat], 64);
    expect(maxJump(line)).toBeLessThan(10);
    // It goes west across 180°: longitudes continue below -180 instead of jumping to +180.
    expect(Math.min(...line.map((p) => p[0]))).toBeLessThan(-180);
    expect(line[0]![0]).toBeCloseTo(anchorage.lng, 6);
    expect(norm(line[line.length - 1]![0])).toBeCloseTo(tokyo.lng, 4);
    expect(line[line.length - 1]![1]).toBeCloseTo(tokyo.lat, 4);
    // So its bounding box is narrow (about 70°), not the whole world.
    const b = boundsOf(line)!;
    expect(b[1][0] - b[0][0]).toBeLessThan(80);
  });

  it('keeps a route that does not cross the antimeridian inside [-180, 180] (Kraków → Lviv)', () => {
    const k = geo('Kraków', 'PL');
    const l = geo('Lviv', 'UA');
    const line = greatCircleLine([k.lng, k.lat], [l.lng, l.lat], 16);
    expect(line).toHaveLength(16);
    expect(line.every(([x]) => x >= k.lng && x <= l.lng)).toBe(true);
  });

  // Regression for Turf issue 3030: routes near a pole came back with a ±360° jump.
  it('never jumps more than 180° between consecutive points on routes passing near the poles', () => {
    const routes: [LngLat, LngLat][] = [
      [[0, 80], [170, 80]],
      [[-150, 70], [100, 75]],
      [[19.94, 50.06], [-150, 61]],
      [[179, -60], [-179, -60]],
      [[10, -85], [-170, -80]],
    ];
    for (const [a, b] of routes) {
      const line = greatCircleLine(a, b, 64);
      expect(maxJump(line)).toBeLessThanOrEqual(180);
      expect(line[0]).toEqual(a);
      expect(norm(line[line.length - 1]![0])).toBeCloseTo(norm(b[0]), 4);
    }
  });

  it('returns a two-point line for identical points', () => {
    expect(greatCircleLine([15, 50], [15, 50])).toEqual([[15, 50], [15, 50]]);
  });
});

describe('unwrapLongitudes', () => {
  it('shifts by multiples of 360° so that steps are at most 180°', () => {
    expect(unwrapLongitudes([[170, 0], [-170, 0], [-150, 1], [175, 2]])).toEqual([[170, 0], [190, 0], [210, 1], [175, 2]]);
  });
});
