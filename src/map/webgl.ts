import { useEffect, useState } from 'react';

let cached: boolean | null = null;
let probe: Promise<boolean> | null = null;
const listeners = new Set<(ok: boolean) => void>();

/**
 * Can this browser draw the map? MapLibre 6 needs WebGL2. Asked once, at start, and remembered.
 *
 * The page's first GL context is the slow one (about 1 s under software rendering, while the GPU
 * process sets up its GL back end). A worker makes a context first (gl-warm-up.worker.ts), so
 * that set-up happens off the main thread. When the worker has WebGL2 the map is started, and
 * the map's own context is the page's answer: a page can lack WebGL where its workers have it
 * (Chromium's --disable-webgl leaves workers theirs), and then the map's creation fails and calls
 * `reportNoWebGL`. A separate probe context on the page cost about 140 ms of blocked main thread.
 * Where no worker can tell, a canvas of the page is asked, after the first paint.
 */
export function probeWebGL(): Promise<boolean> {
  probe ??= warmUpInWorker()
    .then((ok) => ok || afterFirstPaint(probeHere), () => afterFirstPaint(probeHere))
    .then((ok) => (cached ??= ok));
  return probe;
}

/** The map could not create its WebGL context: the app falls back to the table. */
export function reportNoWebGL(): void {
  cached = false;
  probe = Promise.resolve(false);
  for (const l of listeners) l(false);
}

function warmUpInWorker(): Promise<boolean> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.reject(new Error('no OffscreenCanvas'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./gl-warm-up.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<boolean>) => {
      worker.terminate();
      resolve(e.data === true);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
  });
}

/** A context on a canvas of the page; the probe's context is released at once (browsers drop the oldest contexts past a limit). */
function probeHere(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

/** Runs `f` after the next frame is painted: a timeout queued from an animation frame runs after it. */
function afterFirstPaint<T>(f: () => T): Promise<T> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(f()), 0)));
}

/** `probeWebGL()` for components: null until the answer is known; false if the map later finds none. */
export function useWebGL(): boolean | null {
  const [ok, setOk] = useState<boolean | null>(cached);
  useEffect(() => {
    let live = true;
    const set = (r: boolean): void => void (live && setOk(r));
    listeners.add(set);
    if (ok === null) void probeWebGL().then(set);
    return () => {
      live = false;
      listeners.delete(set);
    };
  }, [ok]);
  return ok;
}
