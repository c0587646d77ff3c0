import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { CountryShapes } from '../../../scripts/lib/country-shapes';
import { countriesTopology, countryGeometry } from '../../../scripts/lib/world-countries';

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const SEVASTOPOL: [number, number] = [33.52, 44.6];
const KYIV: [number, number] = [30.52, 50.45];
const TAMAN: [number, number] = [36.72, 45.21]; // Russia's side of the Kerch Strait

describe('the basemap and the shape check draw Crimea in Ukraine', () => {
  const topo = countriesTopology();
  const shape = (id: string) => countryGeometry(topo, topo.objects.countries.geometries.find((g) => g.id === id)!);

  it("moves Crimea from Russia's shape to Ukraine's, and leaves the Taman peninsula to Russia", () => {
    const ukraine = shape('804');
    const russia = shape('643');
    for (const p of [SIMFEROPOL, SEVASTOPOL, KYIV]) {
      expect(booleanPointInPolygon(p, ukraine)).toBe(true);
      expect(booleanPointInPolygon(p, russia)).toBe(false);
    }
    expect(booleanPointInPolygon(TAMAN, russia)).toBe(true);
    expect(booleanPointInPolygon(TAMAN, ukraine)).toBe(false);
  });

  it('dissolves the border across the Perekop isthmus: mainland Ukraine and Crimea are one polygon', () => {
    const ukraine = shape('804');
    const polygons = ukraine.type === 'Polygon' ? [ukraine.coordinates] : ukraine.coordinates;
    const holding = (p: [number, number]) => polygons.findIndex((rings) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: rings }));
    expect(holding(SIMFEROPOL)).toBeGreaterThanOrEqual(0);
    expect(holding(SIMFEROPOL)).toBe(holding(KYIV));
  });

  it('accepts a Crimean place as Ukrainian and names Ukraine for one given as Russian', () => {
    const shapes = new CountryShapes();
    expect(shapes.check('UA', ...SEVASTOPOL)).toEqual({ ok: true, note: '' });
    expect(shapes.check('RU', ...SIMFEROPOL)).toEqual({ ok: false, reason: 'point 44.9500,34.1000 lies in UA, not RU' });
    expect(shapes.check('RU', ...TAMAN).ok).toBe(true);
  });
});
