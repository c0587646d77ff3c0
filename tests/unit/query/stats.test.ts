import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../../../src/dataset/atlas-index';
import { DEFAULT_FILTERS } from '../../../src/query/filters';
import { visibleMask } from '../../../src/query/visibility';
import { byPartnerCountry, byVoivodeship, farthest, nearest, topMunicipalities } from '../../../src/query/stats';
import { excerptAtlas } from '../fixtures';

const index = buildAtlasIndex(excerptAtlas());
const all = index.atlas.partnerships;
const krakow = all.filter((p) => p.municipality === '126101');

describe('stats', () => {
  it('counts partner countries, most first, ties by code', () => {
    expect(byPartnerCountry(index, all)).toEqual([
      { country: 'DE', count: 3 }, // Bautzen, Boxberg, Nürnberg
      { country: 'UA', count: 2 }, // Kyiv, Lviv
      { country: 'CN', count: 1 },
      { country: 'MX', count: 1 },
      { country: 'PL', count: 1 }, // Międzyzdroje
      { country: 'RU', count: 1 },
      { country: 'US', count: 1 },
    ]);
    expect(byPartnerCountry(index, [])).toEqual([]);
  });

  it('counts by the listing municipality\'s voivodeship, all 16 listed', () => {
    const v = byVoivodeship(index, all);
    expect(v).toHaveLength(16);
    expect(v.slice(0, 3)).toEqual([
      { voivodeship: '02', name: 'dolnośląskie', count: 7 }, // Jelenia Góra, Międzyzdroje's pair included once
      { voivodeship: '12', name: 'małopolskie', count: 3 },
      { voivodeship: '04', name: 'kujawsko-pomorskie', count: 0 },
    ]);
    expect(v.find((x) => x.voivodeship === '32')!.count).toBe(0);
    expect(v.reduce((s, x) => s + x.count, 0)).toBe(all.length);
  });

  it('ranks municipalities by partnerships, both sides of a Polish pair', () => {
    const top = topMunicipalities(index, all, 5);
    expect(top.map((t) => [t.municipality.name, t.count])).toEqual([['Jelenia Góra', 7], ['Kraków', 3], ['Międzyzdroje', 1]]);
    expect(topMunicipalities(index, all, 1).map((t) => t.municipality.teryt)).toEqual(['026101']);
    expect(topMunicipalities(index, all, 0)).toEqual([]);
    expect(topMunicipalities(index, all, NaN)).toEqual([]);
    // On the filtered list the map shows: only Ukraine.
    const mask = visibleMask(index, { ...DEFAULT_FILTERS, countries: ['UA'] });
    const ua = all.filter((_, i) => mask[i]);
    expect(topMunicipalities(index, ua, 10).map((t) => [t.municipality.name, t.count])).toEqual([['Kraków', 2]]);
  });

  it('finds the farthest and nearest partnerships', () => {
    expect(farthest(index, all, 3).map((e) => [e.partnership.partnerName, e.partnership.distanceKm])).toEqual([
      ['Tequila', 10114.4], ['Tyler', 8587.5], ['Changzhou', 8238.8],
    ]);
    expect(nearest(index, all, 2).map((e) => [e.partnership.partnerName, e.place.name, e.municipality.name])).toEqual([
      ['Bautzen', 'Bautzen', 'Jelenia Góra'], ['Boxberg', 'Boxberg', 'Jelenia Góra'],
    ]);
    expect(nearest(index, krakow, 10).map((e) => e.place.name)).toEqual(['Lviv', 'Nürnberg', 'Kyiv']);
    expect(farthest(index, krakow, 2.9).map((e) => e.place.name)).toEqual(['Kyiv', 'Nürnberg']);
    expect(farthest(index, [], 3)).toEqual([]);
  });
});
