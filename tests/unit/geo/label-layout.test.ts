import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/map/label-layout';

describe('placeLabels', () => {
  it('keeps labels in priority order and drops those that overlap a kept one', () => {
    const kept = placeLabels([
      { key: 'a', x: 0, y: 0, width: 50, height: 16 },
      { key: 'b', x: 30, y: 5, width: 50, height: 16 }, // overlaps a
      { key: 'c', x: 0, y: 40, width: 50, height: 16 }, // below a, clear
      { key: 'd', x: 60, y: 0, width: 20, height: 16 }, // right of a, clear
    ]);
    expect([...kept]).toEqual(['a', 'c', 'd']);
  });

  it('respects reserved boxes', () => {
    expect(placeLabels([{ key: 'a', x: 0, y: 0, width: 10, height: 10 }], [{ key: 'home', x: 5, y: 0, width: 10, height: 10 }]).size).toBe(0);
  });
});
