import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { BasemapGeometry } from './basemap-geometry';

/** The bundled basemap's shapes, served by the app: Natural Earth countries, GUGiK PRG voivodeships. */
export const BASEMAP_URLS = ['data/basemap/countries.json', 'data/basemap/voivodeships.json'] as const;

let loading: Promise<BasemapGeometry> | null = null;
let loaded: BasemapGeometry | null = null;

/** The basemap's arrays if they are built already (the map then starts without waiting a render). */
export const basemapIfLoaded = (): BasemapGeometry | null => loaded;

/**
 * The basemap's GPU arrays, built once: in a worker (basemap.worker.ts), started as early as the
 * app starts so that it is ready by the time the map is; where no worker starts, on this thread.
 */
export function loadBasemap(): Promise<BasemapGeometry> {
  loading ??= build().then((g) => (loaded = g));
  return loading;
}

function build(): Promise<BasemapGeometry> {
  const urls = BASEMAP_URLS.map((p) => new URL(`${import.meta.env.BASE_URL}${p}`, window.location.href).href);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./basemap.worker.ts', import.meta.url), { type: 'module', name: urls.join(' ') });
  } catch {
    return Promise.all([import('./basemap-geometry'), fetchShapes(urls[0]!), fetchShapes(urls[1]!)]).then(([m, c, v]) => m.basemapGeometry(c, v));
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ geometry: BasemapGeometry } | { error: string }>) => {
      worker.terminate();
      if ('geometry' in e.data) resolve(e.data.geometry);
      else reject(new Error(`basemap: ${e.data.error}`));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`basemap: ${e.message || 'the worker failed to start'}`));
    };
  });
}

type Shapes = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

export async function fetchShapes(url: string): Promise<Shapes> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as Shapes;
}
