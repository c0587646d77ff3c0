import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../../../src/dataset/atlas-index';
import { DEFAULT_FILTERS, filtersKey, isDefaultFilters, toggle, type Filters } from '../../../src/query/filters';
import { selectedPartnerships, visibleMask, visibleMunicipalities } from '../../../src/query/visibility';
import { AGREEMENT_TYPES } from '../../../src/domain/vocabulary';
import type { Teryt } from '../../../src/domain/ids';
import { excerptAtlas } from '../fixtures';

const index = buildAtlasIndex(excerptAtlas());
const names = (f: Filters): string[] =>
  index.atlas.partnerships.filter((_, i) => visibleMask(index, f)[i]).map((p) => p.partnerName).sort();

describe('filters', () => {
  it('shows everything by default', () => {
    expect(names(DEFAULT_FILTERS)).toHaveLength(10);
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
  });

  it('filters by partner country (multi-select)', () => {
    expect(names({ ...DEFAULT_FILTERS, countries: ['UA'] })).toEqual(['Kijów', 'Lwów']);
    expect(names({ ...DEFAULT_FILTERS, countries: ['MX', 'US'] })).toEqual(['Tequila', 'Tyler']);
  });

  it('filters by type and status, combined with country', () => {
    expect(names({ ...DEFAULT_FILTERS, types: ['twin_city'] })).toEqual(['Kijów', 'Norymberga']);
    expect(names({ ...DEFAULT_FILTERS, statuses: ['ended'] })).toEqual(['Vladimir']);
    expect(names({ ...DEFAULT_FILTERS, countries: ['DE', 'UA'], types: ['twin_city'], statuses: ['active'] })).toEqual(['Kijów', 'Norymberga']);
    expect(names({ ...DEFAULT_FILTERS, countries: ['RU'], statuses: ['active'] })).toEqual([]);
  });

  it('filters by the Polish side\'s voivodeship and kind, either end of a Polish pair', () => {
    // Jelenia Góra is in dolnośląskie (02), Kraków in małopolskie (12), Międzyzdroje in zachodniopomorskie (32).
    expect(names({ ...DEFAULT_FILTERS, voivodeships: ['12'] })).toEqual(['Kijów', 'Lwów', 'Norymberga']);
    expect(names({ ...DEFAULT_FILTERS, voivodeships: ['32'] })).toEqual(['Międzyzdroje']);
    expect(names({ ...DEFAULT_FILTERS, kinds: ['urban_rural'] })).toEqual(['Międzyzdroje']);
    expect(names({ ...DEFAULT_FILTERS, kinds: ['powiat', 'voivodeship'] })).toEqual([]);
  });

  it('keys filters by what they let through, so equal filters share one mask', () => {
    const twins: Filters = { ...DEFAULT_FILTERS, types: ['twin_city'] };
    // Without a year filter, whether unknown years are shown does not matter.
    expect(filtersKey({ ...twins, unknownYears: false })).toBe(filtersKey(twins));
    expect(visibleMask(index, { ...twins, unknownYears: false })).toBe(visibleMask(index, { ...twins }));
    // Every field that changes the answer changes the key.
    const variants: Filters[] = [
      DEFAULT_FILTERS,
      twins,
      { ...DEFAULT_FILTERS, countries: ['UA'] },
      { ...DEFAULT_FILTERS, statuses: ['ended'] },
      { ...DEFAULT_FILTERS, voivodeships: ['12'] },
      { ...DEFAULT_FILTERS, kinds: ['urban_rural'] },
      { ...DEFAULT_FILTERS, verifications: ['official'] },
      { ...DEFAULT_FILTERS, years: { from: 1990, to: 2000 } },
      { ...DEFAULT_FILTERS, years: { from: 1990, to: 2000 }, unknownYears: false },
      { ...DEFAULT_FILTERS, years: { from: 1990, to: 2001 } },
    ];
    expect(new Set(variants.map(filtersKey)).size).toBe(variants.length);
    // A country code is never confused with a list of two.
    expect(filtersKey({ ...DEFAULT_FILTERS, countries: ['DE,UA'] })).not.toBe(filtersKey({ ...DEFAULT_FILTERS, countries: ['DE', 'UA'] }));
    // And the masks follow the filters, not a stale cache entry.
    expect(names({ ...DEFAULT_FILTERS, years: { from: 1990, to: 2000 }, unknownYears: false })).not.toEqual(names(DEFAULT_FILTERS));
  });

  it('agrees between the map mask and the municipality list', () => {
    const f: Filters = { ...DEFAULT_FILTERS, countries: ['UA'] };
    expect([...visibleMunicipalities(index, visibleMask(index, f))]).toEqual(['126101']);
  });

  it('toggles values keeping the vocabulary order', () => {
    expect(toggle(['partner_city', 'twin_city'], 'twin_city', AGREEMENT_TYPES)).toEqual(['partner_city']);
    expect(toggle(['partner_city'], 'twin_city', AGREEMENT_TYPES)).toEqual(['twin_city', 'partner_city']);
  });
});

describe('selection', () => {
  it('lists a municipality\'s partners nearest first', () => {
    const views = selectedPartnerships(index, { kind: 'municipality', teryt: '026101' as Teryt, partner: null });
    const d = views.map((v) => v.partnership.distanceKm);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(views.map((v) => v.partnership.partnerName).slice(-3)).toEqual(['Changzhou', 'Tyler', 'Tequila']);
  });

  it('shows a Polish partnership from both sides', () => {
    const fromPartner = selectedPartnerships(index, { kind: 'municipality', teryt: '320704' as Teryt, partner: null });
    expect(fromPartner).toHaveLength(1);
    expect(fromPartner[0]!.otherName).toBe('Jelenia Góra');
    expect(fromPartner[0]!.reverse).toBe(true);
  });
});
