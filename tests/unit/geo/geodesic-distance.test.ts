import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from '../../../src/geo/geodesic-distance';
import { geo } from '../fixtures';

const at = (name: string, country: string): [number, number] => {
  const g = geo(name, country);
  return [g.lng, g.lat];
};

describe('geodesicDistanceKm (WGS84)', () => {
  const jeleniaGora = at('Jelenia Góra', 'PL');
  // Published on the Jelenia Góra page: its three farthest partners.
  it.each([
    ['Changzhou', 'CN', 8236],

  ])('matches the published distance to %s within 0.1%%', (name, country, published) => {
    const d = geodesicDistanceKm(jeleniaGora, at(name, country));
    expect(Math.abs(d - published) / published).toBeLessThan(0.001);
  });

  it('matches the published distance to Tequila, Jalisco, within 0.1%, and not Tequila, Veracruz', () => {
    expect(Math.abs(geodesicDistanceKm(jeleniaGora, [-103.83599, 20.88205]) - 10114) / 10114).toBeLessThan(0.001);
    expect(Math.abs(geodesicDistanceKm(jeleniaGora, [-97.06991, 18.72998]) - 10114) / 10114).toBeGreaterThan(0.01);
  });

  it('matches the published distance to Tyler, Texas, within 0.1%, and not Tyler, Minnesota', () => {
    const texas = geodesicDistanceKm(jeleniaGora, [-95.30106, 32.35126]);
    const minnesota = geodesicDistanceKm(jeleniaGora, [-96.13475, 44.2783]);
    expect(Math.abs(texas - 8587) / 8587).toBeLessThan(0.001);
    expect(Math.abs(minnesota - 8587) / 8587).toBeGreaterThan(0.01);
  });

  it('differs from a spherical great-circle distance by about 0.2% (why we use the ellipsoid)', () => {
    const [a, b] = [jeleniaGora, at('Changzhou', 'CN')];
    const rad = Math.PI / 180;
    const h = Math.sin(((b[1] - a[1]) * rad) / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(((b[0] - a[0]) * rad) / 2) ** 2;
    const spherical = 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    const ellipsoidal = geodesicDistanceKm(a, b);
    expect(ellipsoidal - spherical).toBeGreaterThan(10);
  });

  it('is zero for identical points and symmetric', () => {
    const k = at('Kraków', 'PL');
    expect(geodesicDistanceKm(k, k)).toBe(0);
    expect(geodesicDistanceKm(k, jeleniaGora)).toBeCloseTo(geodesicDistanceKm(jeleniaGora, k), 9);
  });

  it('places Boxberg/O.L. about 100 km from Jelenia Góra and the Baden-Württemberg Boxberg over 500 km away', () => {
    expect(geodesicDistanceKm(jeleniaGora, [14.57598, 51.40373])).toBeLessThan(110);
    expect(geodesicDistanceKm(jeleniaGora, [9.64006, 49.47965])).toBeGreaterThan(450);
  });
});
