import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { CountryNames } from '../domain/atlas';
import { intlCountryName } from './country-names';
import { en, pl, type Language } from './messages';

/** i18next with both catalogues bundled (they are small): no network, no flash of keys. */
export function initI18n(lng: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'pl',
    resources: { pl: { translation: pl }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes; names are always rendered as text
    initAsync: false,
  });
  // Counts in messages ("{{count, int}}") are grouped as the language writes numbers.
  i18next.services.formatter?.add('int', (value: number, lng: string | undefined) => formatInteger(value, lng === 'en' ? 'en' : 'pl'));
  return i18next;
}

const countryNames = new Map<string, string>();
/**
 * A country's name in the UI language, from its ISO 3166-1 alpha-2 code: from the data's table
 * (`addCountryNames`), else from Intl (no data shipped). Each name is looked up once: a partner
 * list asks for hundreds on every render.
 */
export function countryName(code: string, lng: Language): string {
  const key = `${lng}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) countryNames.set(key, (name = intlCountryName(code, lng)));
  return name;
}

/** Country names that came with the data (the data build writes them), so the app need not ask Intl. */
export function addCountryNames(table: CountryNames): void {
  for (const [lng, names] of Object.entries(table)) for (const [code, name] of Object.entries(names)) countryNames.set(`${lng}:${code}`, name);
}

/**
 * A whole number (a distance in km, a count), grouped as the language writes numbers: Polish groups with a no-break
 * space from five digits ("5000", "10 000"), English with a comma from four ("5,000"). These are
 * Intl.NumberFormat's pl-PL and en-GB results (a unit test compares them), written out because
 * the page's first Intl formatter loads ICU: 30-60 ms of main thread here, in the first render
 * with the data.
 */
export function formatInteger(value: number, lng: Language): string {
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.length < (lng === 'pl' ? 5 : 4) ? digits : digits.replace(/\B(?=(\d{3})+$)/g, lng === 'pl' ? '\u00a0' : ',');
  return value < -0.5 ? `-${grouped}` : grouped;
}

/**
 * ICU's first use (collation, formatting, region names), paid while the page is idle after it has
 * shown its data, not in a user's first search, sort or filter list.
 */
export function warmUpIntl(): void {
  new Intl.Collator('pl').compare('a', 'b');
}
