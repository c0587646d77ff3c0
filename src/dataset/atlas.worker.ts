/**
 * Loads the atlas off the main thread: fetch, JSON parse, schema validation and the great-circle
 * lines, the bulk of the start-up work. Receives the data file's absolute URL; posts
 * AtlasWorkerMessages back.
 */
import { partnershipLines } from './atlas-index';
import { packLines, type AtlasWorkerMessage } from './atlas-transfer';
import { loadAtlas } from './load-atlas';

const post = (m: AtlasWorkerMessage, transfer: Transferable[] = []): void => postMessage(m, { transfer });

onmessage = async (e: MessageEvent<string>) => {
  try {
    const atlas = await loadAtlas(e.data, (progress) => post({ kind: 'progress', progress }));
    const lines = packLines(partnershipLines(atlas));
    post({ kind: 'ready', atlas, lines }, [lines.coords.buffer, lines.offsets.buffer]);
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
