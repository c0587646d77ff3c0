import { useEffect, useState } from 'react';
import type { Atlas } from '../domain/atlas';
import { addCountryNames } from '../i18n/i18n';
import { buildAtlasIndex, type AtlasIndex, type Precomputed } from './atlas-index';
import { unpackLines, type AtlasWorkerMessage } from './atlas-transfer';
import type { LoadProgress } from './load-atlas';

export type AtlasState =
  | { status: 'loading'; progress: LoadProgress | null }
  | { status: 'error'; message: string }
  | { status: 'ready'; index: AtlasIndex };

const ATLAS_URL = `${import.meta.env.BASE_URL}data/atlas.json`;

type Loaded = { atlas: Atlas } & Precomputed;

/** The data's one load: its result, its last progress, and who follows the progress. */
type Load = { loaded: Promise<Loaded>; progress: LoadProgress | null; listeners: Set<(p: LoadProgress) => void> };
let load: Load | null = null;

/**
 * Starts the data's load, once for the page: main.tsx calls it as the page's script starts, before
 * React's first render, so that the worker fetches and prepares the data while the page renders
 * and the map's code loads; `useAtlas` then follows that load (or starts it, where nothing did).
 */
export function startAtlasLoad(): Load {
  if (load) return load;
  const url = new URL(ATLAS_URL, window.location.href).href;
  const listeners = new Set<(p: LoadProgress) => void>();
  const started: Load = {
    progress: null,
    listeners,
    loaded: loadInWorker(url, (p) => {
      started.progress = p;
      listeners.forEach((l) => l(p));
    }),
  };
  // A failure is reported by useAtlas, which may subscribe after it: not an unhandled rejection.
  started.loaded.catch(() => {});
  return (load = started);
}

/** The atlas, loaded once and indexed; loading, error and ready are the only states. */
export function useAtlas(): AtlasState {
  const [state, setState] = useState<AtlasState>(() => ({ status: 'loading', progress: load?.progress ?? null }));
  useEffect(() => {
    let cancelled = false;
    const { loaded, listeners } = startAtlasLoad();
    const onProgress = (progress: LoadProgress): void => void (!cancelled && setState({ status: 'loading', progress }));
    listeners.add(onProgress);
    loaded
      // Indexed in a task of its own, after the one that received the data (the message's
      // decoding): two shorter tasks instead of one long one, so input can get in between.
      .then(async (l) => (await nextTask(), l))
      .then(({ atlas, ...pre }) => {
        if (cancelled) return;
        addCountryNames(atlas.countryNames);
        setState({ status: 'ready', index: buildAtlasIndex(atlas, pre) });
      })
      .catch((e: unknown) => !cancelled && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      cancelled = true;
      listeners.delete(onProgress);
    };
  }, []);
  return state;
}

/**
 * Fetching, parsing, validating and the great circles run in a worker (atlas.worker.ts), so the
 * page stays responsive while the data loads; where a worker cannot start, on this thread.
 */
function loadInWorker(url: string, onProgress: (p: LoadProgress) => void): Promise<Loaded> {
  let worker: Worker;
  try {
    // The URL as the worker's name: the worker starts on it at once (see atlas.worker.ts).
    worker = new Worker(new URL('./atlas.worker.ts', import.meta.url), { type: 'module', name: url });
  } catch {
    return import('./load-atlas').then((m) => m.loadAtlas(url, onProgress)).then((atlas) => ({ atlas }));
  }
  const loaded = new Promise<Loaded>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<AtlasWorkerMessage>) => {
      const m = e.data;
      if (m.kind === 'progress') return onProgress(m.progress);
      worker.terminate();
      if (m.kind === 'ready') resolve({ atlas: m.atlas, lines: unpackLines(m.lines), network: m.network, searchKeys: m.searchKeys });
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the data worker failed to start'));
    };
  });
  return loaded;
}

/** Resolves in a new task (a message to itself: not clamped like a timeout). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
