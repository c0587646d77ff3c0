import type { LngLat } from '../domain/ids';
import { TEXTURE_WIDTH, textureHeight, toWorld } from './line-geometry';

/**
 * Points (municipalities, a selection's partners) as GPU-ready data: one RGBA float texel per
 * point, its Web Mercator world position (x may leave 0…1 for a partner at the end of a line
 * unwrapped past ±180°) and two unused floats, in rows of `TEXTURE_WIDTH` texels, the layout of
 * the per-point state and style textures (`lineStateBytes`, `lineStyleBytes`).
 */
export type PointGeometry = {
  /** Per point: x, y (world units), 0, 0; then zero padding to whole rows. */
  texels: Float32Array;
  count: number;
};

export function pointGeometry(points: readonly LngLat[]): PointGeometry {
  const texels = new Float32Array(TEXTURE_WIDTH * textureHeight(points.length) * 4);
  points.forEach((p, i) => texels.set(toWorld(p), i * 4));
  return { texels, count: points.length };
}

/**
 * The point nearest to a position (world units) within `tolerance`, among those `visible` says
 * yes to; -1 if none. Every world copy is tried. Ties go to the later point, drawn on top.
 */
export function nearestPoint(g: PointGeometry, x: number, y: number, tolerance: number, visible: (point: number) => boolean = () => true): number {
  let best = -1;
  let bestD2 = tolerance * tolerance;
  for (let i = 0; i < g.count; i++) {
    const py = g.texels[i * 4 + 1]!;
    if (Math.abs(py - y) > tolerance || !visible(i)) continue;
    // The copy of the point nearest to x: world copies are one unit apart.
    const px = g.texels[i * 4]!;
    const dx = x - px - Math.round(x - px);
    const d2 = dx * dx + (py - y) * (py - y);
    if (d2 <= bestD2) {
      bestD2 = d2;
      best = i;
    }
  }
  return best;
}

/** A point's look, in CSS pixels, below (`at3`) and above (`at8`) the zooms its size ramps between. */
export type PointLook = {
  /** Radii at zoom 3 and zoom 8 (linear between, constant outside) by state. */
  radius: { hidden: [number, number]; normal: [number, number]; high: [number, number] };
  /** White outline width: hidden points have none. */
  stroke: { normal: number; selected: number };
  /** Fill opacity: hidden points fade (0 hides them), highlighted ones are opaque. */
  opacity: { hidden: number; normal: number };
  /** Colour of a selected point, or null to keep its own colour. */
  selectedColor: string | null;
};

/** The radius of a point in a state at a zoom, as the shader computes it (for hit-testing). */
export function pointRadius(look: PointLook, state: 'hidden' | 'normal' | 'high', zoom: number): number {
  const [a, b] = look.radius[state];
  const t = Math.max(0, Math.min(1, (zoom - 3) / 5));
  return a + (b - a) * t;
}
