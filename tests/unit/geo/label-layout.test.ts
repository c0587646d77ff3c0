import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/map/label-layout';

describe('placeLabels', () => {
  it('puts labels right of their point when free, else on another side, else drops them', () => {
    const placed = placeLabels([
      { key: 'a', x: 100, y: 0, width: 50, height: 16 },
      { key: 'b', x: 100, y: 4, width: 50, height: 16 }, // right side taken by a: left
      { key: 'c', x: 100, y: -4, width: 50, height: 16 }, // right and left taken: top
      { key: 'd', x: 100, y: 2, width: 50, height: 16 }, // every side taken: dropped
      { key: 'e', x: 400, y: 0, width: 50, height: 16 }, // far away: right
    ]);
    expect([...placed]).toEqual([['a', 'right'], ['b', 'left'], ['c', 'top'], ['e', 'right']]);
  });

  it('drops a label with no free side and respects reserved boxes', () => {
    const reserved = [{ x: -200, y: 0, width: 400, height: 200 }];
    expect(placeLabels([{ key: 'a', x: 0, y: 0, width: 10, height: 10 }], reserved).size).toBe(0);
  });
});

import { simplifyLine } from '../../../scripts/lib/basemap';

describe('simplifyLine (Douglas–Peucker)', () => {
  it('keeps the ends and the corners, drops points closer than the tolerance', () => {
    const line = [[0, 0], [1, 0.001], [2, 0], [2, 1], [2.001, 2], [2, 3]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [2, 0], [2, 3]]);
  });

  it('simplifies a closed ring without collapsing it', () => {
    const ring = [[0, 0], [1, 0], [2, 0], [2, 1], [2, 2], [1, 2], [0, 2], [0, 1], [0, 0]];
    const out = simplifyLine(ring, 0.1);
    expect(out[0]).toEqual(out[out.length - 1]);
    expect(out.length).toBeGreaterThanOrEqual(4);
    expect(out).toEqual(expect.arrayContaining([[2, 0], [2, 2], [0, 2]]));
  });
});
