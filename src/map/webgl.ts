import { useEffect, useState } from 'react';

let cached: boolean | null = null;

/**
 * Can this browser draw the map? MapLibre needs WebGL (2 or 1). Probed once and remembered: every
 * probe creates a GL context, and browsers drop the oldest contexts (the map's) past a limit.
 */
export function hasWebGL(): boolean {
  if (cached !== null) return cached;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    cached = Boolean(gl);
    gl?.getExtension('WEBGL_lose_context')?.loseContext(); // release the probe's context at once
  } catch {
    cached = false;
  }
  return cached;
}

/**
 * `hasWebGL()` for components, probed only after the first paint: the first GL context of a page
 * is slow to create (about 0.8 s under software rendering), and the page's header and panel
 * should not wait for it. Null until probed.
 */
export function useWebGL(): boolean | null {
  const [ok, setOk] = useState<boolean | null>(cached);
  useEffect(() => {
    if (ok !== null) return;
    // After the next frame is painted: a timeout queued from an animation frame runs after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setOk(hasWebGL()), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ok]);
  return ok;
}
