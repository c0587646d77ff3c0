import type { LngLat } from '../domain/ids';

/**
 * The partnership lines as GPU-ready segments, built once per load. Every segment of every line
 * is `SEGMENT_FLOATS` floats: its two ends in Web Mercator world units (0…1 over the world;
 * longitudes unwrapped past ±180° give x outside 0…1), the line's index, the distance along the
 * line at both ends (world units, for dashes) and one unused float, so that a segment is two
 * RGBA texels. The array is sized to whole rows of `SEGMENT_TEXTURE_WIDTH` texels and uploaded
 * as a float texture as it is: the vertex shader reads its segment by vertex number. Filters and
 * selection never touch it: they change a per-line state texture (see `lineStateBytes`).
 */
export type LineGeometry = {
  /** Per segment: ax, ay, bx, by, line index, along at a, along at b, 0; then zero padding. */
  segments: Float32Array;
  segmentCount: number;
  lineCount: number;
  /** Per line: the index of its first segment, and one past its last (`segmentStart[i + 1]`). */
  segmentStart: Uint32Array;
  /** Per line: minX, minY, maxX, maxY in world units, to skip lines far from a pointer. */
  bboxes: Float64Array;
};

export const SEGMENT_FLOATS = 8;
/** Width in texels of the segment texture (two texels a segment). */
export const SEGMENT_TEXTURE_WIDTH = 2048;
/** Rows of the segment texture for a number of segments. */
export const segmentTextureHeight = (segmentCount: number): number => Math.max(1, Math.ceil((segmentCount * 2) / SEGMENT_TEXTURE_WIDTH));

/** The Web Mercator latitude limit: the world is a square. */
const MAX_LAT = 85.051129;

/** Web Mercator world coordinates (0…1, y down) of a position, as MapLibre's `MercatorCoordinate`. */
export function toWorld([lng, lat]: LngLat): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

export function lineGeometry(lines: readonly (readonly LngLat[])[]): LineGeometry {
  let vertexCount = 0;
  for (const l of lines) vertexCount += l.length;
  const xy = new Float64Array(vertexCount * 2);
  const starts = new Uint32Array(lines.length + 1);
  let v = 0;
  lines.forEach((line, i) => {
    starts[i] = v;
    for (const p of line) {
      const [x, y] = toWorld(p);
      xy[v * 2] = x;
      xy[v * 2 + 1] = y;
      v++;
    }
  });
  starts[lines.length] = v;
  return flatGeometry(xy, starts);
}

/**
 * The geometry of lines given flat, in world units: vertex v at `xy[2v], xy[2v + 1]`, line i's
 * vertices from `starts[i]` to `starts[i + 1]`. One pass, no array per vertex (the stress set has
 * half a million segments).
 */
function flatGeometry(xy: Float64Array, starts: Uint32Array): LineGeometry {
  const lineCount = starts.length - 1;
  let segmentCount = 0;
  for (let i = 0; i < lineCount; i++) segmentCount += Math.max(0, starts[i + 1]! - starts[i]! - 1);
  const segments = new Float32Array(segmentTextureHeight(segmentCount) * SEGMENT_TEXTURE_WIDTH * 4);
  const segmentStart = new Uint32Array(lineCount + 1);
  const bboxes = new Float64Array(lineCount * 4);
  let s = 0;
  for (let i = 0; i < lineCount; i++) {
    segmentStart[i] = s;
    const first = starts[i]!;
    const end = starts[i + 1]!;
    if (end === first) continue; // no vertex: an empty box at 0, 0
    let px = xy[first * 2]!;
    let py = xy[first * 2 + 1]!;
    let along = 0;
    let minX = px, minY = py, maxX = px, maxY = py;
    for (let v = first + 1; v < end; v++) {
      const x = xy[v * 2]!;
      const y = xy[v * 2 + 1]!;
      const len = Math.hypot(x - px, y - py);
      const o = s * SEGMENT_FLOATS;
      segments[o] = px, segments[o + 1] = py, segments[o + 2] = x, segments[o + 3] = y;
      segments[o + 4] = i, segments[o + 5] = along, segments[o + 6] = along + len;
      along += len;
      s++;
      px = x, py = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    bboxes[i * 4] = minX, bboxes[i * 4 + 1] = minY, bboxes[i * 4 + 2] = maxX, bboxes[i * 4 + 3] = maxY;
  }
  segmentStart[lineCount] = s;
  return { segments, segmentCount, lineCount, segmentStart, bboxes };
}

/**
 * A coarser copy of the lines for small scales: every `step`-th vertex of each line and its last
 * one (so a line keeps both ends), with the length along recomputed. At a world view a vertex
 * every ~750 km strays from the great circle by under a pixel, and the GPU draws a third as many
 * segments (under software rendering the frame time follows the vertex count).
 */
export function coarseGeometry(g: LineGeometry, step: number): LineGeometry {
  let vertexCount = 0;
  for (let i = 0; i < g.lineCount; i++) {
    const n = g.segmentStart[i + 1]! - g.segmentStart[i]!;
    vertexCount += n > 0 ? Math.ceil(n / step) + 1 : 0;
  }
  const xy = new Float64Array(vertexCount * 2);
  const starts = new Uint32Array(g.lineCount + 1);
  let v = 0;
  for (let i = 0; i < g.lineCount; i++) {
    starts[i] = v;
    const first = g.segmentStart[i]!;
    const last = g.segmentStart[i + 1]!;
    if (last === first) continue;
    for (let s = first; s < last; s += step) {
      xy[v * 2] = g.segments[s * SEGMENT_FLOATS]!;
      xy[v * 2 + 1] = g.segments[s * SEGMENT_FLOATS + 1]!;
      v++;
    }
    xy[v * 2] = g.segments[(last - 1) * SEGMENT_FLOATS + 2]!;
    xy[v * 2 + 1] = g.segments[(last - 1) * SEGMENT_FLOATS + 3]!;
    v++;
  }
  starts[g.lineCount] = v;
  return flatGeometry(xy, starts);
}

/** Every `COARSE_STEP`-th vertex makes the network's coarse copy (see `coarseGeometry`). */
export const COARSE_STEP = 3;

/**
 * The partnership network's geometry at both levels of detail. Built once per load, in the data
 * worker for the bundled data (its typed arrays cross to the page without a copy, see
 * `geometryBuffers`), or on the page for a user's file.
 */
export type NetworkGeometry = { full: LineGeometry; coarse: LineGeometry };

export function networkGeometry(lines: readonly (readonly LngLat[])[]): NetworkGeometry {
  const full = lineGeometry(lines);
  return { full, coarse: coarseGeometry(full, COARSE_STEP) };
}

/** The buffers to transfer with a network geometry. */
export const geometryBuffers = ({ full, coarse }: NetworkGeometry): ArrayBuffer[] =>
  [full, coarse].flatMap((g) => [g.segments.buffer, g.segmentStart.buffer, g.bboxes.buffer]) as ArrayBuffer[];

/** Squared distance from point p to segment ab (world units). */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * The line nearest to a point (world units), within `tolerance`, among those `visible` says yes
 * to; -1 if none. The point is tried on every world copy, since lines may cross ±180°. Ties go
 * to the later line, which is drawn on top.
 */
export function nearestLine(g: LineGeometry, x: number, y: number, tolerance: number, visible: (line: number) => boolean): number {
  let best = -1;
  let bestD2 = tolerance * tolerance;
  const shifts = [0, -1, 1, -2, 2];
  for (let i = 0; i < g.lineCount; i++) {
    if (!visible(i)) continue;
    const b = i * 4;
    for (const k of shifts) {
      const qx = x + k;
      if (qx < g.bboxes[b]! - tolerance || qx > g.bboxes[b + 2]! + tolerance || y < g.bboxes[b + 1]! - tolerance || y > g.bboxes[b + 3]! + tolerance) continue;
      for (let s = g.segmentStart[i]!; s < g.segmentStart[i + 1]!; s++) {
        const o = s * SEGMENT_FLOATS;
        const d2 = segmentDistance2(qx, y, g.segments[o]!, g.segments[o + 1]!, g.segments[o + 2]!, g.segments[o + 3]!);
        if (d2 <= bestD2) {
          bestD2 = d2;
          best = i;
        }
      }
    }
  }
  return best;
}

/**
 * The world copies (offsets in world widths) a layer draws so that its shapes, spanning `extent`
 * in world x (unwrapped lines run past 0…1), cover a view from longitude `west` to `east`;
 * `margin` (world units) widens the shapes, for points drawn with a radius.
 */
export function worldCopies(west: number, east: number, [minX, maxX]: readonly [number, number], margin = 0): number[] {
  const [w, e] = [(west + 180) / 360, (east + 180) / 360];
  const out: number[] = [];
  for (let k = Math.ceil(w - maxX - margin) || 0; k <= Math.floor(e - minX + margin); k++) out.push(k); // || 0: no -0
  return out;
}

/** Width of the per-line textures; a line's texel is (i mod W, floor(i / W)). */
export const TEXTURE_WIDTH = 1024;

export const textureHeight = (lineCount: number): number => Math.max(1, Math.ceil(lineCount / TEXTURE_WIDTH));

/** Per-line display state, as the shader reads it. */
export type LineState = { hidden?: boolean; sel?: boolean; hover?: boolean; cmp?: number };

/**
 * The state texture's bytes (RGBA per line): R hidden, G selected, B hovered (255 or 0), A the
 * compare slot (0 none, 1…4). Lines without an entry are shown, unselected.
 */
export function lineStateBytes(lineCount: number, states: ReadonlyMap<number, LineState>): Uint8Array {
  const bytes = new Uint8Array(TEXTURE_WIDTH * textureHeight(lineCount) * 4);
  for (const [i, s] of states) {
    if (i < 0 || i >= lineCount) continue;
    bytes[i * 4] = s.hidden ? 255 : 0;
    bytes[i * 4 + 1] = s.sel ? 255 : 0;
    bytes[i * 4 + 2] = s.hover ? 255 : 0;
    bytes[i * 4 + 3] = Math.max(0, Math.min(255, Math.round(s.cmp ?? 0)));
  }
  return bytes;
}

/** The lines drawn on top: selected, hovered or compared, and not hidden; in ascending order. */
export function highlightedLines(states: ReadonlyMap<number, LineState>): number[] {
  const out: number[] = [];
  for (const [i, s] of states) if (!s.hidden && (s.sel || s.hover || (s.cmp ?? 0) > 0)) out.push(i);
  return out.sort((a, b) => a - b);
}

/** `#rrggbb` or `rgb(r, g, b)` to bytes. */
export function parseColor(css: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(css);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`not a colour: ${css}`);
}

/**
 * The style texture's bytes (RGBA per line, fixed for a load): the line's colour and, in A,
 * 255 when it is drawn dashed (an ended partnership).
 */
export function lineStyleBytes(lines: readonly { color: string; dashed: boolean }[]): Uint8Array {
  const bytes = new Uint8Array(TEXTURE_WIDTH * textureHeight(lines.length) * 4);
  lines.forEach((l, i) => {
    bytes.set([...parseColor(l.color), l.dashed ? 255 : 0], i * 4);
  });
  return bytes;
}

/**
 * Some lines' segments (the highlighted ones), in the same layout as `segments`, for a second,
 * small segment texture drawn on top.
 */
export function segmentSubset(g: LineGeometry, lines: readonly number[]): { segments: Float32Array; segmentCount: number } {
  let n = 0;
  for (const i of lines) n += g.segmentStart[i + 1]! - g.segmentStart[i]!;
  const segments = new Float32Array(segmentTextureHeight(n) * SEGMENT_TEXTURE_WIDTH * 4);
  let o = 0;
  for (const i of lines) {
    const from = g.segmentStart[i]! * SEGMENT_FLOATS;
    const to = g.segmentStart[i + 1]! * SEGMENT_FLOATS;
    segments.set(g.segments.subarray(from, to), o);
    o += to - from;
  }
  return { segments, segmentCount: n };
}

/**
 * The index buffer of `n` segments drawn as quads: segment s has vertices 4s … 4s+3 (corners:
 * end 0 side -1, end 0 side 1, end 1 side -1, end 1 side 1) and two triangles. Indexed, so a
 * GPU runs the vertex shader about four times a segment rather than six.
 */
export function quadIndices(n: number): Uint32Array {
  const indices = new Uint32Array(n * 6);
  for (let q = 0; q < n; q++) {
    const v = q * 4;
    const o = q * 6;
    indices[o] = v, indices[o + 1] = v + 1, indices[o + 2] = v + 2;
    indices[o + 3] = v + 1, indices[o + 4] = v + 3, indices[o + 5] = v + 2;
  }
  return indices;
}

/** Smallest and largest x (world units) of all lines, to draw only the world copies in view. */
export function xExtent(g: LineGeometry): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < g.lineCount; i++) {
    min = Math.min(min, g.bboxes[i * 4]!);
    max = Math.max(max, g.bboxes[i * 4 + 2]!);
  }
  return g.lineCount ? [min, max] : [0, 0];
}
