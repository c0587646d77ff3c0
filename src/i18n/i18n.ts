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

const kmFormats = new Map<Language, Intl.NumberFormat>();
/** A distance in whole km in the language's digit grouping (formatters are made once: costly). */
export const formatKm = (value: number, lng: Language): string => {
  let f = kmFormats.get(lng);
  if (!f) kmFormats.set(lng, (f = new Intl.NumberFormat(lng === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 0 })));
  return f.format(value);
};
