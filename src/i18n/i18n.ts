import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
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

const displayNames = new Map<Language, Intl.DisplayNames>();
const countryNames = new Map<string, string>();
/**
 * A country's name in the UI language, from its ISO 3166-1 alpha-2 code (Intl, no data shipped).
 * Each name is looked up once: `Intl.DisplayNames#of` costs tens of microseconds a call, and a
 * partner list asks for hundreds on every render.
 */
export function countryName(code: string, lng: Language): string {
  const key = `${lng}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    let dn = displayNames.get(lng);
    if (!dn) displayNames.set(lng, (dn = new Intl.DisplayNames([lng], { type: 'region' })));
    try {
      name = dn.of(code) ?? code;
    } catch {
      name = code;
    }
    countryNames.set(key, name);
  }
  return name;
}

const kmFormats = new Map<Language, Intl.NumberFormat>();
/** A distance in whole km in the language's digit grouping (formatters are made once: costly). */
export const formatKm = (value: number, lng: Language): string => {
  let f = kmFormats.get(lng);
  if (!f) kmFormats.set(lng, (f = new Intl.NumberFormat(lng === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 0 })));
  return f.format(value);
};
