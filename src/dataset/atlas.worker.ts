/**
 * Loads the atlas off the main thread: fetch, JSON parse, schema validation, the great-circle
 * lines and their drawing geometry, and the search keys: the bulk of the start-up work. The data
 * file's absolute URL is the worker's name, so the fetch starts as soon as this module has run: a
 * message from the page would wait for the page's main thread to hear that the worker is ready,
 * and at start that thread can be blocked for a second. Posts AtlasWorkerMessages back.
 */
import { partnershipLines, searchKeys } from './atlas-index';
import { packLines, type AtlasWorkerMessage } from './atlas-transfer';
import { loadAtlas } from './load-atlas';
import { geometryBuffers, networkGeometry } from '../map/line-geometry';

const post = (m: AtlasWorkerMessage, transfer: Transferable[] = []): void => postMessage(m, { transfer });

async function load(url: string): Promise<void> {
  try {
    const atlas = await loadAtlas(url, (progress) => post({ kind: 'progress', progress }));
    const computed = partnershipLines(atlas);
    const network = networkGeometry(computed);
    const lines = packLines(computed);
    post({ kind: 'ready', atlas, lines, network, searchKeys: searchKeys(atlas) }, [lines.coords.buffer, lines.offsets.buffer, ...geometryBuffers(network)]);
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

void load(self.name);
