import { describe, expect, it } from 'vitest';
import { featureStateDiff, type StateMap } from '../../../src/map/feature-state';

describe('featureStateDiff', () => {
  it('sends only what changed, resetting dropped flags to false and dropped numbers to 0', () => {
    const prev: StateMap = new Map<number, Record<string, boolean | number>>([[1, { hidden: true }], [2, { sel: true, cmp: 2 }], [3, { hover: true }]]);
    const next: StateMap = new Map<number, Record<string, boolean | number>>([[1, { hidden: true }], [2, { sel: true }], [4, { cmp: 1 }]]);
    expect(featureStateDiff(prev, next)).toEqual([
      [2, { cmp: 0 }],
      [3, { hover: false }],
      [4, { cmp: 1 }],
    ]);
  });

  it('is empty for equal maps', () => {
    const m: StateMap = new Map<number, Record<string, boolean | number>>([[7, { hidden: true, cmp: 3 }]]);
    expect(featureStateDiff(m, new Map(m))).toEqual([]);
  });
});
