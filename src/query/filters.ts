import { AGREEMENT_TYPES, STATUSES, type AgreementType, type Status } from '../domain/vocabulary';
import type { Partnership, Place } from '../domain/atlas';

/**
 * The user's filters. An empty `countries` list means every country; `types` and `statuses` list
 * what is shown (all by default). One definition, used by the map, the panel and the URL codec.
 */
export type Filters = {
  countries: readonly string[];
  types: readonly AgreementType[];
  statuses: readonly Status[];
};

export const DEFAULT_FILTERS: Filters = {
  countries: [],
  types: AGREEMENT_TYPES,
  statuses: STATUSES,
};

/** Does one partnership pass the filters? The only filter predicate in the app. */
export function passesFilters(p: Partnership, place: Place, f: Filters): boolean {
  return (
    (f.countries.length === 0 || f.countries.includes(place.country)) &&
    f.types.includes(p.type) &&
    f.statuses.includes(p.status)
  );
}

export const isDefaultFilters = (f: Filters): boolean =>
  f.countries.length === 0 && f.types.length === AGREEMENT_TYPES.length && f.statuses.length === STATUSES.length;

/** Toggle a value in a list, keeping the vocabulary's order so URLs are stable. */
export function toggle<T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const set = new Set(list);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return order.filter((v) => set.has(v));
}
