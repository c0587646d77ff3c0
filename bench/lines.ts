/**
 * Candidates for drawing the partnership lines and applying a filter, on one MapLibre map with
 * the app's basemap and data (`?approach=…`). `npm run bench` loads each in turn and times
 * `window.bench.filter()` from the call to the next idle map.
 *
 * - feature-state: one GeoJSON source, every line a feature; a filter sets feature state `hidden`.
 * - layer-filter: the same source; a filter is a new layer `filter` expression.
 * - global-state: the same source; the layer filter reads a `global-state` property that a filter sets.
 * - custom (the app's): a WebGL custom layer over one buffer; a filter uploads a per-line state texture.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { parseAtlas } from '../src/dataset/load-atlas';
import { buildAtlasIndex } from '../src/dataset/atlas-index';
import { distanceColorExpression } from '../src/geo/distance-scale';
import { offlineStyle } from '../src/map/style';
import type { LineState } from '../src/map/line-geometry';
import { partnershipLinesLayer } from '../src/map/lines-layer';
import { lineOpacity } from '../src/map/layers';
import { loadBasemap } from '../src/map/basemap';
import { BasemapLayer } from '../src/map/basemap-layer';

maplibregl.setWorkerUrl(workerUrl);

type Bench = { filter: (hideType: string | null) => Promise<number>; repaint: () => Promise<number>; approach: string; lines: number; map: maplibregl.Map };
const approach = new URLSearchParams(location.search).get('approach') ?? 'custom';

const idle = (map: maplibregl.Map): Promise<number> =>
  new Promise((resolve) => map.once('idle', () => resolve(performance.now())));

async function main(): Promise<number> {
  const atlas = parseAtlas(await (await fetch('/data/atlas.json')).json());
  const index = buildAtlasIndex(atlas);
  const basemap = await loadBasemap();
  const map = new maplibregl.Map({ container: 'map', style: offlineStyle(), bounds: [[-11, 35], [42, 62]], fadeDuration: 0 });
  await new Promise((r) => map.once('load', r));
  map.addLayer(new BasemapLayer('basemap', basemap)); // the app's basemap, below every candidate
  const ps = atlas.partnerships;
  const t0 = performance.now();
  let filter: Bench['filter'];
  if (approach === 'custom') {
    const layer = partnershipLinesLayer('lines', index);
    map.addLayer(layer);
    filter = async (hideType) => {
      const states = new Map<number, LineState>();
      ps.forEach((p, i) => p.type === hideType && states.set(i, { hidden: true }));
      const t = performance.now();
      layer.setStates(states);
      return (await idle(map)) - t;
    };
  } else {
    map.addSource('lines', {
      type: 'geojson',
      maxzoom: 6,
      tolerance: 1,
      data: {
        type: 'FeatureCollection',
        features: ps.map((p, i) => ({ type: 'Feature', id: i, properties: { type: p.type, km: p.distanceKm }, geometry: { type: 'LineString', coordinates: index.lines[i]!.map(([x, y]) => [x, y]) } })),
      },
    });
    const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
    const layerFilter: FilterSpecification | undefined = approach === 'global-state' ? ['!=', ['get', 'type'], ['global-state', 'hideType']] : undefined;
    map.addLayer({
      id: 'lines',
      type: 'line',
      source: 'lines',
      ...(layerFilter ? { filter: layerFilter } : {}),
      paint: {
        'line-color': distanceColorExpression('km') as ExpressionSpecification,
        'line-opacity': approach === 'feature-state' ? ['case', hidden, 0, lineOpacity(ps.length)] : lineOpacity(ps.length),
      },
    });
    let previous: string | null = null;
    filter = async (hideType) => {
      const t = performance.now();
      if (approach === 'feature-state') {
        ps.forEach((p, i) => (p.type === hideType || p.type === previous) && map.setFeatureState({ source: 'lines', id: i }, { hidden: p.type === hideType }));
      } else if (approach === 'layer-filter') {
        map.setFilter('lines', hideType ? ['!=', ['get', 'type'], hideType] : null);
      } else {
        map.setGlobalStateProperty('hideType', hideType ?? '');
      }
      previous = hideType;
      return (await idle(map)) - t;
    };
  }
  const ready = (await idle(map)) - t0;
  // One frame with nothing changed: the floor under every interaction that changes the map.
  const repaint = async (): Promise<number> => {
    const t = performance.now();
    map.triggerRepaint();
    return (await idle(map)) - t;
  };
  (window as unknown as { bench: Bench }).bench = { filter, repaint, approach, lines: ps.length, map };
  return ready;
}

(window as unknown as { benchReady: Promise<number> }).benchReady = main();
