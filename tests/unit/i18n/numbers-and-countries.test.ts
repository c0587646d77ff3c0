import { describe, expect, it } from 'vitest';
import { addCountryNames, countryName, formatInteger, initI18n } from '../../../src/i18n/i18n';
import { countryNameTable, intlCountryName } from '../../../src/i18n/country-names';
import { excerptAtlas } from '../fixtures';

describe('formatInteger', () => {
  it('writes what Intl.NumberFormat writes for pl-PL and en-GB, for every distance on Earth', () => {
    for (const [lng, locale] of [['pl', 'pl-PL'], ['en', 'en-GB']] as const) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      const differ: string[] = [];
      for (let v = 0; v <= 20_100; v += 0.25) if (formatInteger(v, lng) !== intl.format(v)) differ.push(`${v}`);
      for (const v of [123_456, 1_234_567, 2_736]) if (formatInteger(v, lng) !== intl.format(v)) differ.push(`${v}`);
      expect(differ, lng).toEqual([]);
    }
    expect(formatInteger(10_114, 'pl')).toBe('10\u00a0114');
    expect(formatInteger(8236, 'pl')).toBe('8236');
    expect(formatInteger(8236, 'en')).toBe('8,236');
  });
});

describe('counts in messages', () => {
  it('are grouped as the language writes numbers, and still pick the plural form', () => {
    const i18n = initI18n('en');
    expect(i18n.t('statsTitle', { count: 2755 })).toBe('Statistics of the 2,755 partnerships passing the filters');
    expect(i18n.t('partnerCount', { count: 1 })).toBe('1 partner');
    expect(i18n.t('tableCount', { shown: 1200, total: 2755 })).toBe('1,200 of 2,755');
    void i18n.changeLanguage('pl');
    expect(i18n.t('statsTitle', { count: 12_345 })).toBe('Statystyki 12\u00a0345 partnerstw spełniających filtry');
    expect(i18n.t('partnerCount', { count: 2755 })).toBe('2755 partnerów');
  });
});

describe('country names', () => {
  it('come with the data for its countries, in both languages, as Intl names them', () => {
    const atlas = excerptAtlas();
    const codes = new Set(['PL', ...atlas.places.map((p) => p.country)]);
    expect(Object.keys(atlas.countryNames.pl).sort()).toEqual([...codes].sort());
    expect(atlas.countryNames.pl.DE).toBe('Niemcy');
    expect(atlas.countryNames.en.DE).toBe('Germany');
    expect(countryNameTable(['UA', 'UA'])).toEqual({ pl: { UA: intlCountryName('UA', 'pl') }, en: { UA: intlCountryName('UA', 'en') } });
  });

  it('are looked up in the data first, and in Intl for a country it does not have', () => {
    addCountryNames({ pl: { XK: 'Kosowo (z danych)' }, en: { XK: 'Kosovo (from the data)' } });
    expect(countryName('XK', 'pl')).toBe('Kosowo (z danych)');
    expect(countryName('XK', 'en')).toBe('Kosovo (from the data)');
    expect(countryName('JP', 'pl')).toBe('Japonia'); // not in the table: Intl
    expect(countryName('ZZZ', 'en')).toBe('ZZZ'); // not a region code: the code itself
  });
});
