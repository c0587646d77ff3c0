import { describe, expect, it } from 'vitest';
import { nearestPoint, pointGeometry, pointRadius, type PointLook } from '../../../src/map/point-geometry';
import { TEXTURE_WIDTH, toWorld } from '../../../src/map/line-geometry';
import type { LngLat } from '../../../src/domain/ids';

// Kraków, Jelenia Góra, and Kraków's partner Rochester (NY) at the end of a line unwrapped west of -180°.
const KRAKOW: LngLat = [19.94, 50.06];
const JELENIA: LngLat = [15.73, 50.9];
const ROCHESTER_UNWRAPPED: LngLat = [-77.61 - 360, 43.16];

describe('points for the GPU', () => {
  const g = pointGeometry([KRAKOW, JELENIA, ROCHESTER_UNWRAPPED]);

  it('hold world positions one texel a point, in whole texture rows', () => {
    expect(g.count).toBe(3);
    expect(g.texels.length).toBe(TEXTURE_WIDTH * 4);
    expect([...g.texels.subarray(4, 6)]).toEqual(toWorld(JELENIA).map(Math.fround));
    expect(g.texels[8]).toBeLessThan(0); // past the antimeridian, as its line runs
  });

  it('find the nearest point within a tolerance, on any world copy', () => {
    const [kx, ky] = toWorld(KRAKOW);
    const px = 1 / (512 * 2 ** 6); // a pixel at zoom 6
    expect(nearestPoint(g, kx + 3 * px, ky, 8 * px)).toBe(0);
    expect(nearestPoint(g, kx + 30 * px, ky, 8 * px)).toBe(-1);
    // Rochester is found where the map shows it, one world to the east of its unwrapped position.
    const [rx, ry] = toWorld([-77.61, 43.16]);
    expect(nearestPoint(g, rx, ry, 8 * px)).toBe(2);
    // Points `visible` rejects are skipped.
    expect(nearestPoint(g, kx, ky, 8 * px, (i) => i !== 0)).toBe(-1);
  });

  it('size by state, growing linearly between zoom 3 and zoom 8', () => {
    const look: PointLook = { radius: { hidden: [1.5, 3], normal: [2.5, 6], high: [6.5, 9] }, stroke: { normal: 1.5, selected: 1.5 }, opacity: { hidden: 0.25, normal: 0.9 }, selectedColor: null };
    expect(pointRadius(look, 'normal', 2)).toBe(2.5);
    expect(pointRadius(look, 'normal', 5.5)).toBeCloseTo(4.25);
    expect(pointRadius(look, 'high', 12)).toBe(9);
    expect(pointRadius(look, 'hidden', 3)).toBe(1.5);
  });
});
