import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../../src/state/url-state';
import { DEFAULT_FILTERS } from '../../../src/query/filters';
import type { PlaceId, Teryt } from '../../../src/domain/ids';
import { createAppStore } from '../../../src/state/store';

describe('URL state', () => {
  it('round-trips a full state', () => {
    const s: UrlState = {
      selection: { kind: 'municipality', teryt: '126101' as Teryt, partner: 'g2861650' as PlaceId },
      filters: { countries: ['DE', 'UA'], types: ['twin_city', 'partner_city'], statuses: ['active'], voivodeships: ['02', '12'], kinds: ['urban', 'powiat'], verifications: ['official', 'secondary', 'unverified'], years: { from: 1990, to: 2005 }, unknownYears: false },
      lang: 'en',
      view: { lng: 19.9383, lat: 50.0614, zoom: 4.5 },
      tab: 'table',
      rings: true,
      choropleth: 'gminy',
      compare: ['126101', '026101'] as Teryt[],
    };
    const q = serializeUrlState(s);
    expect(q).toBe('?m=126101&p=g2861650&c=DE,UA&t=twin_city,partner_city&s=active&w=02,12&k=urban,powiat&vr=official,secondary,unverified&y=1990-2005&yu=0&lang=en&tab=table&r=1&ch=g&cmp=126101,026101&v=4.50/50.0614/19.9383');
    expect(parseUrlState(q)).toEqual(s);
  });

  it('writes nothing for the defaults and reads nothing as the defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips an explicitly empty filter and a selected place', () => {
    const s: UrlState = { ...DEFAULT_URL_STATE, selection: { kind: 'place', id: 'g702550' as PlaceId }, filters: { ...DEFAULT_FILTERS, statuses: [] } };
    expect(parseUrlState(serializeUrlState(s))).toEqual(s);
  });

  it.each([
    ['?m=12610', 'selection'],
    ['?m=<script>', 'selection'],
    ['?lang=de', 'lang'],
    ['?t=bogus', 'filters'],
    ['?s=,,,', 'filters'],
    ['?c=germany,%00', 'filters'],
    ['?w=99,xx', 'filters'],
    ['?k=town', 'filters'],
    ['?vr=maybe', 'filters'],
    ['?v=abc', 'view'],
    ['?v=99/0/0', 'view'],
    ['?v=3/95/0', 'view'],
    ['?tab=globe', 'tab'],
    ['?y=2005-1990', 'filters'],
    ['?y=19-2000', 'filters'],
    ['?%E0%A4%A=1', 'selection'],
  ])('falls back to the default for %s', (q, key) => {
    expect(parseUrlState(q)[key as keyof UrlState]).toEqual(DEFAULT_URL_STATE[key as keyof UrlState]);
  });

  it('keeps valid parts when others are bad', () => {
    const s = parseUrlState('?m=126101&t=twin_city,nonsense&lang=xx&c=DE,xx');
    expect(s.selection).toEqual({ kind: 'municipality', teryt: '126101', partner: null });
    expect(s.filters.types).toEqual(['twin_city']);
    expect(s.filters.countries).toEqual(['DE']);
    expect(s.lang).toBe('pl');
  });
});

describe('store', () => {
  it('resets selection and filters but keeps the language', () => {
    const store = createAppStore({ ...DEFAULT_URL_STATE, lang: 'en' });
    const a = store.getState();
    a.selectMunicipality('126101' as Teryt);
    a.toggleCountry('DE');
    a.toggleType('twin_city');
    expect(store.getState().filters.countries).toEqual(['DE']);
    expect(store.getState().filters.types).not.toContain('twin_city');
    store.getState().reset();
    expect(store.getState().selection).toBeNull();
    expect(store.getState().filters).toEqual(DEFAULT_FILTERS);
    expect(store.getState().lang).toBe('en');
  });
});
