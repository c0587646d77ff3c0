import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/map/label-layout';

describe('placeLabels', () => {
  it('puts labels right of their point when free, else on another side, else drops them', () => {
    const placed = placeLabels([
      { key: 'a', x: 0, y: 0, width: 50, height: 16 },
      { key: 'b', x: 20, y: 0, width: 50, height: 16 }, // right collides with a: goes left? no, left collides too: top
      { key: 'c', x: 200, y: 0, width: 50, height: 16 }, // far away: right
    ]);
    expect(placed.get('a')).toBe('right');
    expect(placed.get('b')).toBe('top');
    expect(placed.get('c')).toBe('right');
  });

  it('drops a label with no free side and respects reserved boxes', () => {
    const reserved = [{ x: -200, y: 0, width: 400, height: 200 }];
    expect(placeLabels([{ key: 'a', x: 0, y: 0, width: 10, height: 10 }], reserved).size).toBe(0);
  });
});
