import { describe, expect, it } from 'vitest';
import { firstYear, growthByYear, passesYearRange, yearExtent } from '../../../src/query/timeline';
import type { Partnership } from '../../../src/domain/atlas';
import { excerptAtlas } from '../fixtures';

const ps = excerptAtlas().partnerships;
const by = (name: string): Partnership => ps.find((p) => p.partnerName === name)!;
const names = (f: (p: Partnership) => boolean): string[] => ps.filter(f).map((p) => p.partnerName).sort();

describe('firstYear', () => {
  it('takes the first agreement, else the start of cooperation, else null', () => {
    expect(firstYear(by('Bautzen'))).toBe(1993); // signed 1993-05-22, although cooperation began in 1987
    expect(firstYear(by('Vladimir'))).toBe(1996); // signed 1996-12 (month precision)
    expect(firstYear(by('Międzyzdroje'))).toBe(2009); // 2009-09-23; renewed 2020
    expect(firstYear(by('Changzhou'))).toBe(2009); // no agreement date, cooperation since 2009
    expect(firstYear(by('Kijów'))).toBeNull(); // Kraków's page gives no years
    expect(firstYear(by('Norymberga'))).toBeNull();
    expect(firstYear(by('Lwów'))).toBeNull();
  });
});

describe('yearExtent', () => {
  it('spans the known years and is null when none is known', () => {
    expect(yearExtent(ps)).toEqual({ from: 1991, to: 2012 }); // Tyler 1991 … Boxberg 2012
    expect(yearExtent(ps.filter((p) => p.municipality === '126101'))).toBeNull();
    expect(yearExtent([])).toBeNull();
  });
});

describe('passesYearRange', () => {
  it('keeps known years inside the inclusive range, and unknown years only when asked', () => {
    expect(names((p) => passesYearRange(p, { from: 1993, to: 2001 }, false))).toEqual(['Bautzen', 'Tequila', 'Vladimir']);
    expect(names((p) => passesYearRange(p, { from: 1993, to: 2001 }, true))).toEqual(['Bautzen', 'Kijów', 'Lwów', 'Norymberga', 'Tequila', 'Vladimir']);
    expect(names((p) => passesYearRange(p, { from: 2009, to: 2009 }, false))).toEqual(['Changzhou', 'Międzyzdroje']);
    expect(names((p) => passesYearRange(p, { from: 2001, to: 1993 }, false))).toEqual(['Bautzen', 'Tequila', 'Vladimir']);
  });

  it('lets everything through without a range', () => {
    expect(ps.every((p) => passesYearRange(p, null, false))).toBe(true);
  });
});

describe('growthByYear', () => {
  it('counts cumulatively per year, with every year in between, and the unknown years apart', () => {
    const g = growthByYear(ps);
    expect(g.unknown).toBe(3);
    expect(g.years).toHaveLength(2012 - 1991 + 1);
    expect(g.years[0]).toEqual({ year: 1991, added: 1, total: 1 });
    expect(g.years.find((y) => y.year === 1992)).toEqual({ year: 1992, added: 0, total: 1 });
    expect(g.years.find((y) => y.year === 1996)).toEqual({ year: 1996, added: 1, total: 3 }); // Tyler, Bautzen, Vladimir
    expect(g.years.find((y) => y.year === 2009)).toEqual({ year: 2009, added: 2, total: 6 });
    expect(g.years[g.years.length - 1]).toEqual({ year: 2012, added: 1, total: 7 });
    expect(g.years[g.years.length - 1]!.total + g.unknown).toBe(ps.length);
  });

  it('gives no years, only the unknown count, when no year is known', () => {
    expect(growthByYear(ps.filter((p) => p.municipality === '126101'))).toEqual({ years: [], unknown: 3 });
    expect(growthByYear([])).toEqual({ years: [], unknown: 0 });
  });
});
