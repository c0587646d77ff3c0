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
