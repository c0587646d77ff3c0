import { describe, expect, it } from 'vitest';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { interpolateInferno } from 'd3-scale-chromatic';
import {
  DISTANCE_BREAKS_KM, DISTANCE_CLASSES, DISTANCE_COLORS, distanceClass, distanceColor, distanceColorExpression, distanceLegend,
} from '../../../src/geo/distance-scale';

/** WCAG relative luminance of `#rrggbb`. */
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Evaluate the expression with MapLibre's own evaluator for a feature with these properties. */
const evaluate = (expr: unknown, properties: Record<string, unknown>): unknown => {
  const parsed = expression.createExpression(expr, 'layers[0].paint.line-color');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 4 }, { type: 'LineString', properties } as never);
};

describe('distance scale', () => {
  it('has seven classes bounded by the breaks', () => {
    expect(DISTANCE_COLORS).toHaveLength(7);
    // Inferno from t = 0.6 down to 0 in equal steps, as d3-scale-chromatic computes it.
    expect(DISTANCE_COLORS).toEqual(DISTANCE_COLORS.map((_, i) => interpolateInferno(0.6 * (1 - i / 6))));
    expect(DISTANCE_CLASSES).toEqual([
      { fromKm: 0, toKm: 250 }, { fromKm: 250, toKm: 500 }, { fromKm: 500, toKm: 1000 }, { fromKm: 1000, toKm: 2000 },
      { fromKm: 2000, toKm: 5000 }, { fromKm: 5000, toKm: 10000 }, { fromKm: 10000, toKm: null },
    ]);
    expect(distanceLegend().map((l) => l.color)).toEqual(DISTANCE_COLORS);
    expect(distanceLegend()[6]).toEqual({ fromKm: 10000, toKm: null, color: DISTANCE_COLORS[6] });
  });

  it('puts a break in the class above it, and edge values in the end classes', () => {
    expect(distanceClass(0)).toBe(0);
    expect(distanceClass(249.9)).toBe(0);
    expect(distanceClass(250)).toBe(1);
    expect(distanceClass(9999.9)).toBe(5);
    expect(distanceClass(10000)).toBe(6);
    expect(distanceClass(20004)).toBe(6);
    expect(distanceClass(Infinity)).toBe(6);
    expect(distanceClass(-1)).toBe(0);
    expect(distanceClass(NaN)).toBe(0);
    // Real distances from Jelenia Góra: Bautzen 96 km, Vladimir 1,725.7 km, Tequila 10,114.4 km.
    expect([96, 1725.7, 8587.5, 10114.4].map(distanceClass)).toEqual([0, 3, 5, 6]);
  });

  it('uses distinct sequential colours, each legible (≥ 3:1) on the light basemap, darker when farther', () => {
    expect(DISTANCE_COLORS.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    expect(new Set(DISTANCE_COLORS).size).toBe(7);
    const l = DISTANCE_COLORS.map(luminance);
    expect(l.slice(1).every((x, i) => x < l[i]!)).toBe(true);
    for (const c of DISTANCE_COLORS) {
      expect(contrast(c, '#f7f5f0')).toBeGreaterThanOrEqual(3); // land
      expect(contrast(c, '#fbf1e6')).toBeGreaterThanOrEqual(3); // voivodeships
    }
  });

  it('gives the same colours in the MapLibre expression as distanceColor, at and around every break', () => {
    const expr = distanceColorExpression();
    expect(expr[0]).toBe('step');
    // A valid data-driven line colour for MapLibre's style spec.
    const typed = expression.createPropertyExpression(expr, 'layers[0].paint.line-color', latest.paint_line['line-color'] as never);
    expect(typed.result).toBe('success');
    const probes = [0, 1, 125, ...DISTANCE_BREAKS_KM.flatMap((b) => [b - 0.1, b - 1e-9, b, b + 1e-9, b + 0.1]), 15000, 20003.9];
    for (const km of probes) expect(evaluate(expr, { km }), `${km} km`).toBe(distanceColor(km));
    // Another property name; a missing property counts as 0 km.
    const byD = distanceColorExpression('distance_km');
    expect(evaluate(byD, { distance_km: 641.5 })).toBe(distanceColor(641.5));
    expect(evaluate(byD, {})).toBe(distanceColor(0));
  });
});
