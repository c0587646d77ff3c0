import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../../src/domain/ids';
import { greatCircleLine } from '../../../src/geo/great-circle-line';
import {
  SEGMENT_FLOATS, SEGMENT_TEXTURE_WIDTH, TEXTURE_WIDTH, coarseGeometry, highlightedLines, lineGeometry, lineStateBytes, lineStyleBytes, nearestLine, parseColor, quadIndices, segmentSubset, segmentTextureHeight, toWorld, worldCopies, xExtent,
} from '../../../src/map/line-geometry';
import { geo } from '../fixtures';

const at = (name: string, country: string): LngLat => {
  const p = geo(name, country);
  return [p.lng, p.lat];
};

// Real routes: Kraków → Lviv (short), Kraków → Nürnberg, Anchorage → Tokyo (across ±180°).
const routes = (): LngLat[][] => [
  greatCircleLine(at('Kraków', 'PL'), at('Lviv', 'UA'), 8),
  greatCircleLine(at('Kraków', 'PL'), at('Nürnberg', 'DE'), 8),
  greatCircleLine(at('Anchorage', 'US'), at('Tokyo', 'JP'), 32),
];

describe('toWorld', () => {
  it('maps positions to Web Mercator world units as MapLibre does', () => {
    expect(toWorld([0, 0])).toEqual([0.5, 0.5]);
    expect(toWorld([-180, 0])[0]).toBe(0);
    expect(toWorld([180, 0])[0]).toBe(1);
    expect(toWorld([0, 85.051129])[1]).toBeCloseTo(0, 6);
    expect(toWorld([0, -89])[1]).toBeCloseTo(1, 6); // clamped at the Mercator limit
    // An unwrapped longitude past 180° lands on the next world copy.
    expect(toWorld([190, 0])[0]).toBeCloseTo(1 + 10 / 360, 12);
  });
});

describe('lineGeometry', () => {
  it('turns every line into its segments, with the line index and the length along it', () => {
    const lines = routes();
    const g = lineGeometry(lines);
    expect(g.lineCount).toBe(3);
    expect(g.segmentCount).toBe(lines.reduce((n, l) => n + l.length - 1, 0));
    // Whole rows of the segment texture, two RGBA texels a segment, zero after the last.
    expect(g.segments.length).toBe(segmentTextureHeight(g.segmentCount) * SEGMENT_TEXTURE_WIDTH * 4);
    expect(g.segments.length).toBeGreaterThanOrEqual(g.segmentCount * SEGMENT_FLOATS);
    expect(g.segments.subarray(g.segmentCount * SEGMENT_FLOATS).every((x) => x === 0)).toBe(true);
    for (let i = 0; i < 3; i++) {
      const first = g.segmentStart[i]!;
      const last = g.segmentStart[i + 1]! - 1;
      expect(g.segments[first * SEGMENT_FLOATS + 4]).toBe(i);
      expect(g.segments[first * SEGMENT_FLOATS + 5]).toBe(0);
      // The first segment starts at the line's first point, the last ends at its last point.
      const [x0, y0] = toWorld(lines[i]![0]!);
      expect(g.segments[first * SEGMENT_FLOATS]).toBeCloseTo(x0, 6);
      expect(g.segments[first * SEGMENT_FLOATS + 1]).toBeCloseTo(y0, 6);
      const [x1, y1] = toWorld(lines[i]![lines[i]!.length - 1]!);
      expect(g.segments[last * SEGMENT_FLOATS + 2]).toBeCloseTo(x1, 6);
      expect(g.segments[last * SEGMENT_FLOATS + 3]).toBeCloseTo(y1, 6);
      // Along grows segment by segment.
      for (let s = first + 1; s <= last; s++) expect(g.segments[s * SEGMENT_FLOATS + 5]).toBeCloseTo(g.segments[(s - 1) * SEGMENT_FLOATS + 6]!, 6);
    }
    // The trans-Pacific line leaves 0…1 (it continues past -180°), so the extent does too.
    const [min, max] = xExtent(g);
    expect(min).toBeLessThan(0);
    expect(max).toBeLessThan(1);
  });

  it('boxes each line, and gives a line of one point or none no segment', () => {
    const [kr, lv] = [at('Kraków', 'PL'), at('Lviv', 'UA')];
    const g = lineGeometry([[kr, lv], [], [kr]]);
    expect(g.segmentCount).toBe(1);
    expect([...g.segmentStart]).toEqual([0, 1, 1, 1]);
    const [a, b] = [toWorld(kr), toWorld(lv)];
    expect([...g.bboxes.subarray(0, 4)]).toEqual([Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])]);
    expect([...g.bboxes.subarray(4, 8)]).toEqual([0, 0, 0, 0]); // no point: an empty box at 0, 0
    expect([...g.bboxes.subarray(8, 12)]).toEqual([a[0], a[1], a[0], a[1]]);
    const c = coarseGeometry(g, 3);
    expect(c.segmentCount).toBe(1);
    expect([...c.segmentStart]).toEqual([0, 1, 1, 1]);
  });

  it('copies some lines\' segments, in the same layout, for the highlight texture', () => {
    const g = lineGeometry(routes());
    const some = segmentSubset(g, [2, 0]);
    const n2 = g.segmentStart[3]! - g.segmentStart[2]!;
    const n0 = g.segmentStart[1]! - g.segmentStart[0]!;
    expect(some.segmentCount).toBe(n2 + n0);
    expect(some.segments.length % (SEGMENT_TEXTURE_WIDTH * 4)).toBe(0);
    // Line 2's segments first, as asked, then line 0's.
    expect([...some.segments.subarray(0, SEGMENT_FLOATS)]).toEqual([...g.segments.subarray(g.segmentStart[2]! * SEGMENT_FLOATS, (g.segmentStart[2]! + 1) * SEGMENT_FLOATS)]);
    expect(some.segments[n2 * SEGMENT_FLOATS + 4]).toBe(0);
    expect(segmentSubset(g, []).segmentCount).toBe(0);
    expect(segmentTextureHeight(0)).toBe(1);
    expect(segmentTextureHeight(SEGMENT_TEXTURE_WIDTH / 2 + 1)).toBe(2);
  });
});

describe('coarseGeometry', () => {
  it('keeps every third vertex and both ends of every line', () => {
    const lines = routes();
    const g = lineGeometry(lines);
    const c = coarseGeometry(g, 3);
    expect(c.lineCount).toBe(g.lineCount);
    for (let i = 0; i < lines.length; i++) {
      const n = lines[i]!.length - 1; // segments of the full line
      expect(c.segmentStart[i + 1]! - c.segmentStart[i]!).toBe(Math.ceil(n / 3));
      const first = c.segmentStart[i]! * SEGMENT_FLOATS;
      const last = (c.segmentStart[i + 1]! - 1) * SEGMENT_FLOATS;
      const [x0, y0] = toWorld(lines[i]![0]!);
      const [x1, y1] = toWorld(lines[i]![n]!);
      expect(c.segments[first]).toBeCloseTo(x0, 6);
      expect(c.segments[first + 1]).toBeCloseTo(y0, 6);
      expect(c.segments[last + 2]).toBeCloseTo(x1, 6);
      expect(c.segments[last + 3]).toBeCloseTo(y1, 6);
      // Its second vertex is the full line's fourth.
      if (n > 3) expect(c.segments[first + 2]).toBeCloseTo(toWorld(lines[i]![3]!)[0], 6);
    }
    expect(c.segmentCount).toBeLessThan(g.segmentCount / 2);
  });
});

describe('quadIndices', () => {
  it('numbers four corners a segment and makes two triangles of them', () => {
    expect([...quadIndices(2)]).toEqual([0, 1, 2, 1, 3, 2, 4, 5, 6, 5, 7, 6]);
    expect(quadIndices(0).length).toBe(0);
  });
});

describe('nearestLine', () => {
  const lines = routes();
  const g = lineGeometry(lines);
  const all = (): boolean => true;

  it('finds the line under a point within the tolerance, and none beyond it', () => {
    const mid = lines[0]![4]!; // a vertex of Kraków → Lviv
    const [x, y] = toWorld(mid);
    expect(nearestLine(g, x, y, 1e-6, all)).toBe(0);
    expect(nearestLine(g, x, y + 1e-3, 1e-4, all)).toBe(-1);
    // Hidden lines are never hit.
    expect(nearestLine(g, x, y, 1e-6, (i) => i !== 0)).toBe(-1);
  });

  it('finds a line that crosses ±180° from a point on another world copy', () => {
    // A point of Anchorage → Tokyo west of -180°, as the map reports it (wrapped to +170-ish).
    const p = lines[2]!.find(([lng]) => lng < -185)!;
    const [x, y] = toWorld([p[0] + 360, p[1]]);
    expect(nearestLine(g, x, y, 1e-6, all)).toBe(2);
  });
});

describe('state and style textures', () => {
  it('writes one RGBA texel per line: hidden, selected, hovered, compare slot', () => {
    const bytes = lineStateBytes(3, new Map([[0, { hidden: true }], [2, { sel: true, hover: true, cmp: 3 }], [7, { hidden: true }]]));
    expect(bytes.length).toBe(TEXTURE_WIDTH * 4);
    expect([...bytes.subarray(0, 12)]).toEqual([255, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 3]);
    expect(bytes.subarray(12).every((b) => b === 0)).toBe(true); // out-of-range line 7 ignored
  });

  it('draws on top the selected, hovered and compared lines that are not hidden', () => {
    const states = new Map([[5, { cmp: 2 }], [1, { sel: true }], [2, { hidden: true, sel: true }], [3, { hover: true }], [4, { hidden: true }], [6, { cmp: 0 }]]);
    expect(highlightedLines(states)).toEqual([1, 3, 5]);
  });

  it('sizes the textures by rows of TEXTURE_WIDTH lines', () => {
    expect(lineStateBytes(TEXTURE_WIDTH + 1, new Map()).length).toBe(TEXTURE_WIDTH * 2 * 4);
  });

  it('stores each line\'s colour and whether it is dashed', () => {
    const bytes = lineStyleBytes([{ color: '#d9480f', dashed: false }, { color: 'rgb(1, 2, 3)', dashed: true }]);
    expect([...bytes.subarray(0, 8)]).toEqual([0xd9, 0x48, 0x0f, 0, 1, 2, 3, 255]);
    expect(() => parseColor('red')).toThrow(/not a colour/);
  });
});

describe('hairlines for dense networks', () => {
  it('start where the network has reached its lowest opacity, so the switch does not show', async () => {
    const { HAIRLINES_ABOVE } = await import('../../../src/map/lines-layer');
    const { lineOpacity } = await import('../../../src/map/layers');
    expect(lineOpacity(HAIRLINES_ABOVE)).toBe(lineOpacity(HAIRLINES_ABOVE * 10));
    expect(lineOpacity(HAIRLINES_ABOVE / 2)).toBeGreaterThan(lineOpacity(HAIRLINES_ABOVE));
  });
});

describe('world copies', () => {
  it('are those whose shapes reach into the view', () => {
    // Poland's lines to Asia and America (x 0.15…0.93), a view of Europe: only copy 0.
    expect(worldCopies(-11, 42, [0.15, 0.93])).toEqual([0]);
    // A view across the antimeridian (150°E to 150°W): the east of copy 0, and the west of copy 1
    // only for shapes that reach west of 162°W (x 0.05).
    expect(worldCopies(150, 210, [0.15, 0.93])).toEqual([0]);
    expect(worldCopies(150, 210, [0.05, 0.93])).toEqual([0, 1]);
    // Lines unwrapped past 180° (x up to 1.06) show in copy -1 on a view of the Americas' west.
    expect(worldCopies(-170, -120, [0.06, 1.06])).toEqual([-1, 0]);
    expect(worldCopies(-170, -120, [0.2, 0.9])).toEqual([]);
    // A margin keeps points whose radius reaches over the edge.
    expect(worldCopies(-170, -120, [0.2, 0.9], 0.04)).toEqual([0]);
  });
});
