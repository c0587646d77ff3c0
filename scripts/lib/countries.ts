import countries from 'i18n-iso-countries';

/** Country spellings of the Wikipedia-derived lists that the ISO name table does not know. */
const OVERRIDES: Record<string, string> = {
  'Georgia (country)': 'GE',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  'United Kingdom': 'GB',
  'Republic of Ireland': 'IE',
  Moldova: 'MD',
  Kosovo: 'XK',
  'Czech Republic': 'CZ',
  Czechia: 'CZ',
};

/**
 * ISO 3166-1 alpha-2 code for an English country name as the lists write it ("Georgia (country)",
 * "England, United Kingdom"); null when unknown.
 */
export function countryCode(name: string): string | null {
  const n = name.trim();
  if (OVERRIDES[n]) return OVERRIDES[n];
  const ukPart = /^(.*), United Kingdom$/.exec(n);
  if (ukPart) return 'GB';
  return countries.getAlpha2Code(n, 'en') ?? null;
}
