import { useEffect, useState } from 'react';

let cached: boolean | null = null;
let probe: Promise<boolean> | null = null;

/**
 * Can this browser draw the map? MapLibre needs WebGL (2 or 1). Probed once and remembered.
 *
 * The page's first GL context is the slow one (about 0.8 s under software rendering: the GPU
 * process sets up its GL back end). A worker makes a context first, where the browser can
 * (gl-warm-up.worker.ts), so that set-up happens off the main thread; the answer is still taken
 * from a canvas of the page, which then costs about 10 ms, because a worker's OffscreenCanvas can
 * have WebGL when the page has none (Chromium's --disable-webgl leaves workers theirs).
 */
export function probeWebGL(): Promise<boolean> {
  probe ??= warmUpInWorker().then(
    () => probeHere(),
    () => afterFirstPaint(probeHere),
  ).then((ok) => (cached = ok));
  return probe;
}

function warmUpInWorker(): Promise<void> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.reject(new Error('no OffscreenCanvas'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./gl-warm-up.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = () => {
      worker.terminate();
      resolve();
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
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
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

/** `probeWebGL()` for components: null until the answer is known. */
export function useWebGL(): boolean | null {
  const [ok, setOk] = useState<boolean | null>(cached);
  useEffect(() => {
    if (ok !== null) return;
    let live = true;
    void probeWebGL().then((r) => live && setOk(r));
    return () => {
      live = false;
    };
  }, [ok]);
  return ok;
}
