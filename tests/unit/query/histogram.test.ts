import { describe, expect, it } from 'vitest';
import { distanceHistogram } from '../../../src/query/histogram';
import { distanceColor, distanceLegend } from '../../../src/geo/distance-scale';
import { excerptAtlas } from '../fixtures';

const distances = excerptAtlas().partnerships.map((p) => p.distanceKm);

describe('distanceHistogram', () => {
  it('counts the excerpt\'s real distances in the map\'s classes', () => {
    // 96 Bautzen, 98.2 Boxberg, 294.3 Lwów, 348.1 Międzyzdroje, 641.5 Norymberga, 755.6 Kijów,
    // 1725.7 Vladimir, 8238.8 Changzhou, 8587.5 Tyler, 10114.4 Tequila.
    expect(distances).toHaveLength(10);
    expect(distanceHistogram(distances).map((b) => b.count)).toEqual([2, 2, 2, 1, 0, 2, 1]);
  });

  it('uses the same ranges and colours as the map legend, for every bar', () => {
    const bins = distanceHistogram(distances);
    expect(bins.map(({ fromKm, toKm, color }) => ({ fromKm, toKm, color }))).toEqual(distanceLegend());
    for (const d of distances) {
      const bin = bins.find((b) => d >= b.fromKm && (b.toKm === null || d < b.toKm))!;
      expect(bin.color).toBe(distanceColor(d));
    }
  });

  it('counts values on a break in the class above, and every value once', () => {
    expect(distanceHistogram([250, 500, 10000]).map((b) => b.count)).toEqual([0, 1, 1, 0, 0, 0, 1]);
    expect(distanceHistogram([]).map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const odd = distanceHistogram([-5, NaN, Infinity]);
    expect(odd.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(odd[0]!.count).toBe(2);
  });
});
