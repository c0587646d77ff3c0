import type { CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { distanceColorExpression } from '../geo/distance-scale';

/**
 * Layer specs are module constants. Filtering, selection and hover never rebuild data or change
 * layer filters: points get feature state (`hidden`, `sel`, `hover`), which MapLibre applies
 * without re-tiling; lines are a custom layer with a per-line state texture (lines-layer.ts).
 */
export const LINES_LAYER = 'lines';
/** The lines' name in hover state (they are not a MapLibre source). */
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
 * Opacity of an unselected line: the more lines, the fainter each, so the network reads as density
 * rather than a solid mass. Selected, hovered and compared lines are drawn opaque above it (see
 * `PartnershipLinesLayer`).
 */
export function lineOpacity(lineCount: number): number {
  return Math.min(0.35, Math.max(0.06, 6 / Math.sqrt(Math.max(1, lineCount))));
}

/** Lines and partner points are coloured by distance, on the scale the charts use. */
const byDistance = distanceColorExpression('km') as ExpressionSpecification;

/** Distinguishable colours (Okabe–Ito) for the municipalities compared side by side, in order. */
export const COMPARE_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;

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

/**
 * The selection's partner points. Their paint has the same shape as the municipalities' (which
 * properties depend on zoom, on data, or on nothing), so MapLibre reuses that layer's compiled
 * shader: compiling a new one on the first selection blocked the main thread for 0.5 s on the
 * national data and 9 s on the stress set under software WebGL (`npm run bench`).
 */
export const partnersLayer: CircleLayerSpecification = {
  id: 'partners',
  type: 'circle',
  source: PARTNERS_SOURCE,
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, ['case', hover, 8, sel, 8, 5.5], 8, ['case', hover, 8, sel, 8, 5.5]],
    'circle-color': ['case', ['==', ['get', 'status'], 'ended'], COLORS.ended, byDistance],
    'circle-opacity': ['case', hidden, 0, 1],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': ['case', hidden, 0, sel, 3, 1.5],
    'circle-stroke-opacity': 1,
  },
};

/** Layers MapLibre hit-tests; the lines are hit-tested by `nearestLine`. */
export const INTERACTIVE_LAYERS = ['partners', 'municipalities'];

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
