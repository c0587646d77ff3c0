import type { CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { distanceColorExpression } from '../geo/distance-scale';

/**
 * Layer specs are module constants. Filtering, selection and hover never rebuild data or change
 * layer filters: they set feature state (`hidden`, `sel`, `hover`), which MapLibre applies without
 * re-tiling. Only the static status split (dashed ended lines) is a layer filter.
 */
export const LINES_SOURCE = 'partnerships';
export const MUNICIPALITIES_SOURCE = 'municipalities';
export const PARTNERS_SOURCE = 'partners';

export const COLORS = {
  line: '#2f6fae',
  selected: '#d9480f',
  ended: '#868e96',
  municipality: '#1c3d5a',
  powiat: '#7048e8',
  voivodeship: '#ae3ec9',
  partner: '#d9480f',
} as const;

const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const sel: ExpressionSpecification = ['boolean', ['feature-state', 'sel'], false];
const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * Opacity of the lines: the more lines, the fainter each, so the network reads as density rather
 * than a solid mass. Paint values never change after the layer is added: a change of a
 * data-driven paint value (even through `global-state`) makes MapLibre re-tile the source, and
 * dimming every other line by feature state costs a second on the national data (measured with
 * `npm run bench`), so a selection only raises its own lines (feature state `sel`).
 */
export function lineOpacity(lineCount: number): ExpressionSpecification {
  const base = Math.min(0.35, Math.max(0.06, 6 / Math.sqrt(Math.max(1, lineCount))));
  return ['case', hidden, 0, hover, 1, sel, 0.95, ['>', ['coalesce', ['feature-state', 'cmp'], 0], 0], 0.85, base];
}

/** Lines and partner points are coloured by distance, on the scale the charts use. */
const byDistance = distanceColorExpression('km') as ExpressionSpecification;

/** Distinguishable colours (Okabe–Ito) for the municipalities compared side by side, in order. */
export const COMPARE_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;
const cmp: ExpressionSpecification = ['coalesce', ['feature-state', 'cmp'], 0];
const compareColor: ExpressionSpecification = ['match', cmp, 1, COMPARE_COLORS[0], 2, COMPARE_COLORS[1], 3, COMPARE_COLORS[2], 4, COMPARE_COLORS[3], '#000000'];

const linePaint = (ended: boolean, lineCount: number): LineLayerSpecification['paint'] => ({
  'line-color': ['case', ['>', cmp, 0], compareColor, byDistance],
  'line-width': ['case', hidden, 0, hover, 4.5, sel, 2.4, ['>', cmp, 0], 1.8, 1],
  'line-opacity': lineOpacity(lineCount),
  ...(ended ? { 'line-dasharray': [2, 2] } : {}),
});

export const linesActiveLayer = (lineCount: number): LineLayerSpecification => ({
  id: 'lines-active',
  type: 'line',
  source: LINES_SOURCE,
  filter: ['==', ['get', 'status'], 'active'],
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: linePaint(false, lineCount),
});

export const linesEndedLayer = (lineCount: number): LineLayerSpecification => ({
  id: 'lines-ended',
  type: 'line',
  source: LINES_SOURCE,
  filter: ['==', ['get', 'status'], 'ended'],
  paint: linePaint(true, lineCount),
});

/** Municipality points. */
export const municipalitiesLayer: CircleLayerSpecification = {
  id: 'municipalities',
  type: 'circle',
  source: MUNICIPALITIES_SOURCE,
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, ['case', hidden, 1.5, sel, 6.5, hover, 6.5, 2.5], 8, ['case', hidden, 3, sel, 9, hover, 9, 6]],
    'circle-color': ['case', sel, COLORS.selected, ['match', ['get', 'kind'], 'powiat', COLORS.powiat, 'voivodeship', COLORS.voivodeship, COLORS.municipality]],
    'circle-opacity': ['case', sel, 1, hover, 1, hidden, 0.25, 0.9],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': ['case', hidden, 0, 1.5],
    'circle-stroke-opacity': 1,
  },
};

export const partnersLayer: CircleLayerSpecification = {
  id: 'partners',
  type: 'circle',
  source: PARTNERS_SOURCE,
  paint: {
    'circle-radius': ['case', hover, 8, sel, 8, 5.5],
    'circle-color': ['case', ['==', ['get', 'status'], 'ended'], COLORS.ended, byDistance],
    'circle-opacity': ['case', hidden, 0, 1],
    'circle-stroke-opacity': ['case', hidden, 0, 1],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': ['case', sel, 3, 1.5],
  },
};

export const INTERACTIVE_LAYERS = ['partners', 'municipalities', 'lines-active', 'lines-ended'];

export const RINGS_SOURCE = 'rings';
export const ringsLayer: LineLayerSpecification = {
  id: 'rings',
  type: 'line',
  source: RINGS_SOURCE,
  paint: { 'line-color': '#495057', 'line-width': 1, 'line-opacity': 0.7, 'line-dasharray': [3, 2] },
};

export const GMINY_SOURCE = 'gminy';
/**
 * Gminy shaded by their partnerships (feature state `count`) on a square-root scale, since most
 * have a handful and a few dozens; the scale's top is a paint value set when it changes.
 */
export const gminyFillLayer = (max: number): FillLayerSpecification => ({
  id: 'gminy-fill',
  type: 'fill',
  source: GMINY_SOURCE,
  paint: {
    'fill-color': ['interpolate', ['linear'], ['sqrt', ['coalesce', ['feature-state', 'count'], 0]], 0, '#fff5eb', Math.sqrt(Math.max(1, max)), '#a63603'],
    'fill-opacity': ['case', ['>', ['coalesce', ['feature-state', 'count'], 0], 0], 0.85, 0.25],
    'fill-outline-color': 'rgba(120, 90, 60, 0.25)',
  },
});
