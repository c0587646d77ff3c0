import {
  AGREEMENT_TYPES, MUNICIPALITY_KINDS, STATUSES,
  type AgreementType, type MunicipalityKind, type Status, type Verification, type VoivodeshipCode,
} from '../domain/vocabulary';
import type { Municipality, Partnership, Place } from '../domain/atlas';
import { passesYearRange, type YearRange } from './timeline';

/**
 * The user's filters. Empty `countries` and `voivodeships` lists mean all; `types`, `statuses`,
 * `kinds` and `verifications` list what is shown. One definition, used by the map, the panel and
 * the URL codec. Pairs known only from a secondary list although the municipality's official
 * page lacks them (`unverified`) are hidden by default.
 */
export type Filters = {
  countries: readonly string[];
  types: readonly AgreementType[];
  statuses: readonly Status[];
  voivodeships: readonly VoivodeshipCode[];
  kinds: readonly MunicipalityKind[];
  verifications: readonly Verification[];
  /** Year of the first agreement, inclusive; null: no year filter. */
  years: YearRange | null;
  /** With a year filter, are partnerships of unknown year shown? (Said so in the UI, never silent.) */
  unknownYears: boolean;
};

export const DEFAULT_VERIFICATIONS: readonly Verification[] = ['official', 'secondary', 'user'];

export const DEFAULT_FILTERS: Filters = {
  countries: [],
  types: AGREEMENT_TYPES,
  statuses: STATUSES,
  voivodeships: [],
  kinds: MUNICIPALITY_KINDS,
  verifications: DEFAULT_VERIFICATIONS,
  years: null,
  unknownYears: true,
};

/**
 * Does one partnership pass the filters? The only filter predicate in the app. Voivodeship and
 * kind apply to the Polish side: the listing unit, or a Polish partner.
 */
export function passesFilters(p: Partnership, place: Place, municipality: Municipality, partnerUnit: Municipality | undefined, f: Filters): boolean {
  const polishSide = (test: (m: Municipality) => boolean): boolean => test(municipality) || (partnerUnit !== undefined && test(partnerUnit));
  return (
    (f.countries.length === 0 || f.countries.includes(place.country)) &&
    f.types.includes(p.type) &&
    f.statuses.includes(p.status) &&
    f.verifications.includes(p.verification) &&
    (f.voivodeships.length === 0 || polishSide((m) => f.voivodeships.includes(m.voivodeship))) &&
    (f.kinds.length === MUNICIPALITY_KINDS.length || polishSide((m) => f.kinds.includes(m.kind))) &&
    passesYearRange(p, f.years, f.unknownYears)
  );
}

export const isDefaultFilters = (f: Filters): boolean =>
  f.countries.length === 0 &&
  f.voivodeships.length === 0 &&
  f.types.length === AGREEMENT_TYPES.length &&
  f.statuses.length === STATUSES.length &&
  f.kinds.length === MUNICIPALITY_KINDS.length &&
  f.years === null &&
  f.verifications.length === DEFAULT_VERIFICATIONS.length &&
  DEFAULT_VERIFICATIONS.every((v) => f.verifications.includes(v));

/**
 * A key equal for filters that let the same partnerships through: lists as they are (the store
 * keeps them in the vocabulary's order), and `unknownYears` only when there is a year filter.
 */
export const filtersKey = (f: Filters): string =>
  JSON.stringify([f.countries, f.types, f.statuses, f.voivodeships, f.kinds, f.verifications, f.years && [f.years.from, f.years.to, f.unknownYears]]);

/** Toggle a value in a list, keeping the vocabulary's order so URLs are stable. */
export function toggle<T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const set = new Set(list);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return order.filter((v) => set.has(v));
}


