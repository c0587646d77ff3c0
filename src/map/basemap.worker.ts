/**
 * Builds the basemap's GPU arrays off the main thread: fetches the countries' and voivodeships'
 * GeoJSON (its two absolute URLs are the worker's name, space-separated, so that it starts without
 * waiting for a message: see atlas.worker.ts), triangulates and outlines them (basemap-geometry.ts),
 * and transfers the arrays back. Posts `{ geometry }` or `{ error }`.
 */
import { basemapBuffers, basemapGeometry } from './basemap-geometry';
import { fetchShapes } from './basemap';

async function build(urls: string[]): Promise<void> {
  try {
    const [countries, voivodeships] = await Promise.all(urls.map(fetchShapes));
    const geometry = basemapGeometry(countries!, voivodeships!);
    postMessage({ geometry }, { transfer: basemapBuffers(geometry) });
  } catch (err) {
    postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
}

void build(self.name.split(' '));
