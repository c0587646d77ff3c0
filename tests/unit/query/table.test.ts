import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../../../src/dataset/atlas-index';
import { DEFAULT_FILTERS } from '../../../src/query/filters';
import { searchRows, sortRows, tableRows } from '../../../src/query/table';
import { visibleMask } from '../../../src/query/visibility';
import { excerptAtlas } from '../fixtures';

const index = buildAtlasIndex(excerptAtlas());
const label = { country: (c: string) => c, type: (t: string) => t, status: (s: string) => s, verification: (v: string) => v, partner: (p: { partnerName: string }) => p.partnerName };
const rows = tableRows(index, visibleMask(index, DEFAULT_FILTERS), label);

describe('table rows', () => {
  it('has one row per visible partnership, with the first year or null', () => {
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.partner === 'Bautzen')!.year).toBe(1993);
    expect(rows.find((r) => r.partner === 'Kijów')!.year).toBeNull();
    const mask = visibleMask(index, { ...DEFAULT_FILTERS, countries: ['UA'] });
    expect(tableRows(index, mask, label).map((r) => r.partner).sort()).toEqual(['Kijów', 'Lwów']);
  });

  it('searches folded text across municipality, partner names and country', () => {
    expect(searchRows(rows, 'nurnberg').map((r) => r.partner)).toEqual(['Norymberga']);
    expect(searchRows(rows, 'KRAKOW')).toHaveLength(3);
    expect(searchRows(rows, '')).toHaveLength(10);
  });

  it('sorts by distance both ways and puts unknown years last', () => {
    const asc = sortRows(rows, { column: 'distance', dir: 'asc' }).map((r) => r.distance);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = sortRows(rows, { column: 'distance', dir: 'desc' }).map((r) => r.distance);
    expect(desc).toEqual([...asc].reverse());
    for (const dir of ['asc', 'desc'] as const) {
      const years = sortRows(rows, { column: 'year', dir }).map((r) => r.year);
      const firstNull = years.indexOf(null);
      expect(years.slice(firstNull).every((y) => y === null)).toBe(true);
    }
  });
});
