import type { FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { otherEnd, type AtlasIndex, type PartnerView } from '../dataset/atlas-index';
import { distanceColor } from '../geo/distance-scale';
import { lineStyleBytes } from './line-geometry';
import { pointGeometry, type PointGeometry, type PointLook } from './point-geometry';
import { PointsLayer } from './points-layer';

/**
 * The map's layers. The basemap, lines and points are custom layers (basemap-layer.ts,
 * lines-layer.ts, points-layer.ts); the lines' and points' per-feature state textures are all
 * that filters, selection and hover change: nothing is re-tiled. Lines and partner points are
 * coloured by distance, on the scale the charts use. MapLibre's own layers, added only when
 * asked for: distance rings and the gminy choropleth.
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

/**
 * Opacity of an unselected line: the more lines, the fainter each, so the network reads as density
 * rather than a solid mass. Selected, hovered and compared lines are drawn opaque above it (see
 * `PartnershipLinesLayer`).
 */
export function lineOpacity(lineCount: number): number {
  return Math.min(0.35, Math.max(0.06, 6 / Math.sqrt(Math.max(1, lineCount))));
}

/** Distinguishable colours (Okabe–Ito) for the municipalities compared side by side, in order. */
export const COMPARE_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;

/** How municipality points look (as MapLibre's circle layer drew them before). */
const MUNICIPALITY_LOOK: PointLook = {
  radius: { hidden: [1.5, 3], normal: [2.5, 6], high: [6.5, 9] },
  stroke: { normal: 1.5, selected: 1.5 },
  opacity: { hidden: 0.25, normal: 0.9 },
  selectedColor: COLORS.selected,
};

/** The municipalities with partners, in `index.withPartners` order, coloured by kind. */
export function municipalityPointsLayer(index: AtlasIndex): PointsLayer {
  const layer = new PointsLayer('municipalities', MUNICIPALITY_LOOK);
  const colors = index.withPartners.map((m) => ({ color: m.kind === 'powiat' ? COLORS.powiat : m.kind === 'voivodeship' ? COLORS.voivodeship : COLORS.municipality, dashed: false }));
  layer.setPoints(pointGeometry(index.withPartners.map((m) => [m.lng, m.lat])), lineStyleBytes(colors));
  return layer;
}

/** How a selection's partner points look: hidden ones are not drawn, the selected one has a wider outline. */
const PARTNER_LOOK: PointLook = {
  radius: { hidden: [0, 0], normal: [5.5, 5.5], high: [8, 8] },
  stroke: { normal: 1.5, selected: 3 },
  opacity: { hidden: 0, normal: 1 },
  selectedColor: null,
};

export const partnerPointsLayer = (): PointsLayer => new PointsLayer('partners', PARTNER_LOOK);

/**
 * The other ends of the selection's partnerships, coloured by distance (ended ones grey). Each
 * point sits at the end of its unwrapped line, so it matches the line's world copy.
 */
export function partnerPointsOf(index: AtlasIndex, views: readonly PartnerView[]): { geometry: PointGeometry; style: Uint8Array } {
  const ends = views.map((v) => otherEnd(index, v));
  const colors = views.map((v) => ({ color: v.partnership.status === 'ended' ? COLORS.ended : distanceColor(v.partnership.distanceKm), dashed: false }));
  return { geometry: pointGeometry(ends), style: lineStyleBytes(colors) };
}

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
