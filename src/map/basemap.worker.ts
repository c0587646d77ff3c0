/**
 * Builds the basemap's GPU arrays off the main thread: fetches the countries' and voivodeships'
 * GeoJSON (absolute URLs in the message), triangulates and outlines them (basemap-geometry.ts),
 * and transfers the arrays back. Posts `{ geometry }` or `{ error }`.
 */
import { basemapBuffers, basemapGeometry } from './basemap-geometry';
import { fetchShapes } from './basemap';

onmessage = async (e: MessageEvent<[string, string]>) => {
  try {
    const [countries, voivodeships] = await Promise.all(e.data.map(fetchShapes));
    const geometry = basemapGeometry(countries!, voivodeships!);
    postMessage({ geometry }, { transfer: basemapBuffers(geometry) });
  } catch (err) {
    postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
