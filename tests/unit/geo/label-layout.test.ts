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
