import type { CountryNames } from '../domain/atlas';
import { LANGUAGES, type Language } from './messages';

const displayNames = new Map<Language, Intl.DisplayNames>();

/**
 * A country's name from `Intl.DisplayNames`. The first lookup in a language loads the browser's
 * region names, 30–60 ms of main thread here: so the data build writes the names the data needs
 * (`countryNameTable`) and the app looks up only countries the data does not have (imported files).
 */
export function intlCountryName(code: string, lng: Language): string {
  let dn = displayNames.get(lng);
  if (!dn) displayNames.set(lng, (dn = new Intl.DisplayNames([lng], { type: 'region' })));
  try {
    return dn.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The names of `codes` in every UI language, for the data file. */
export function countryNameTable(codes: Iterable<string>): CountryNames {
  const sorted = [...new Set(codes)].sort();
  const table = Object.fromEntries(LANGUAGES.map((lng) => [lng, Object.fromEntries(sorted.map((c) => [c, intlCountryName(c, lng)]))]));
  return table as Record<Language, Record<string, string>> satisfies CountryNames;
}
