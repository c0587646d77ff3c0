import type { AtlasIndex, PartnerView } from '../dataset/atlas-index';
import type { Teryt } from '../domain/ids';
import type { Selection } from '../state/url-state';
import { AGREEMENT_TYPES, MUNICIPALITY_KINDS, STATUSES, VERIFICATIONS } from '../domain/vocabulary';
import { filtersKey, type Filters } from './filters';
import { firstYear } from './timeline';

const masks = new WeakMap<AtlasIndex, { key: string; mask: boolean[] }[]>();

/**
 * Per partnership (in atlas order): does it pass the filters? Shared by the map and the lists.
 * Several components ask for the same mask after a change (the timeline for the filters without
 * their years), so the last few are kept per index, by what the filters let through
 * (`filtersKey`), the last used first.
 */
export function visibleMask(index: AtlasIndex, filters: Filters): readonly boolean[] {
  const key = filtersKey(filters);
  const recent = masks.get(index) ?? [];
  const hit = recent.find((m) => m.key === key);
  const entry = hit ?? { key, mask: computeMask(index, filters) };
  masks.set(index, [entry, ...recent.filter((m) => m !== entry).slice(0, 3)]);
  return entry.mask;
}

/**
 * What the filters look at, per partnership (atlas order), as small codes in typed arrays: built
 * once per index, so that a filter change is one tight pass with no map lookups or list searches
 * (26,000 partnerships: 1–8 ms instead of 50–80, in Node on this project's 2-core machine). The
 * Polish side is the listing unit (0) and, for a pair of Polish units, the partner unit (1;
 * `NONE` otherwise, which passes no voivodeship or kind filter). `passesFilters` is the
 * definition: a property test holds the two to the same answers.
 */
type Columns = {
  type: Uint8Array;
  status: Uint8Array;
  verification: Uint8Array;
  /** Index into `countries`. */
  country: Uint16Array;
  countries: readonly string[];
  voivodeship: [Uint8Array, Uint8Array];
  kind: [Uint8Array, Uint8Array];
  /** The first agreement's year; `UNKNOWN_YEAR` when not known. */
  year: Int32Array;
};
const NONE = 255;
const UNKNOWN_YEAR = -1 << 30;
const columnsOf = new WeakMap<AtlasIndex, Columns>();

function columns(index: AtlasIndex): Columns {
  const cached = columnsOf.get(index);
  if (cached) return cached;
  const ps = index.atlas.partnerships;
  const n = ps.length;
  const codes = <T extends string>(vocabulary: readonly T[]) => new Map(vocabulary.map((v, i) => [v, i]));
  const [types, statuses, verifications, kinds] = [codes(AGREEMENT_TYPES), codes(STATUSES), codes(VERIFICATIONS), codes(MUNICIPALITY_KINDS)];
  const countryCode = new Map<string, number>();
  const c: Columns = {
    type: new Uint8Array(n),
    status: new Uint8Array(n),
    verification: new Uint8Array(n),
    country: new Uint16Array(n),
    countries: [],
    voivodeship: [new Uint8Array(n), new Uint8Array(n).fill(NONE)],
    kind: [new Uint8Array(n), new Uint8Array(n).fill(NONE)],
    year: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const place = index.places.get(p.place)!;
    c.type[i] = types.get(p.type)!;
    c.status[i] = statuses.get(p.status)!;
    c.verification[i] = verifications.get(p.verification)!;
    let code = countryCode.get(place.country);
    if (code === undefined) countryCode.set(place.country, (code = countryCode.size));
    c.country[i] = code;
    const m = index.municipalities.get(p.municipality)!;
    c.voivodeship[0][i] = Number(m.voivodeship);
    c.kind[0][i] = kinds.get(m.kind)!;
    const unit = place.teryt ? index.municipalities.get(place.teryt) : undefined;
    if (unit) {
      c.voivodeship[1][i] = Number(unit.voivodeship);
      c.kind[1][i] = kinds.get(unit.kind)!;
    }
    c.year[i] = firstYear(p) ?? UNKNOWN_YEAR;
  }
  c.countries = [...countryCode.keys()];
  columnsOf.set(index, c);
  return c;
}

function computeMask(index: AtlasIndex, f: Filters): boolean[] {
  const c = columns(index);
  // Per code: does it pass? (null: the filter lets everything through.)
  const allowed = <T>(values: readonly T[], test: (v: T) => boolean): Uint8Array => Uint8Array.from(values, (v) => (test(v) ? 1 : 0));
  const type = allowed(AGREEMENT_TYPES, (v) => f.types.includes(v));
  const status = allowed(STATUSES, (v) => f.statuses.includes(v));
  const verification = allowed(VERIFICATIONS, (v) => f.verifications.includes(v));
  const country = f.countries.length === 0 ? null : allowed(c.countries, (v) => f.countries.includes(v));
  const voivodeship = f.voivodeships.length === 0 ? null : allowed([...Array(NONE + 1).keys()], (v) => f.voivodeships.some((code) => Number(code) === v));
  const kind = f.kinds.length === MUNICIPALITY_KINDS.length ? null : allowed(MUNICIPALITY_KINDS, (v) => f.kinds.includes(v));
  const years = f.years && { from: Math.min(f.years.from, f.years.to), to: Math.max(f.years.from, f.years.to) };
  const [v0, v1] = c.voivodeship;
  const [k0, k1] = c.kind;
  const mask = new Array<boolean>(c.type.length);
  for (let i = 0; i < mask.length; i++) {
    const y = c.year[i]!;
    mask[i] =
      type[c.type[i]!] === 1 &&
      status[c.status[i]!] === 1 &&
      verification[c.verification[i]!] === 1 &&
      (country === null || country[c.country[i]!] === 1) &&
      (voivodeship === null || voivodeship[v0[i]!] === 1 || voivodeship[v1[i]!] === 1) &&
      (kind === null || kind[k0[i]!] === 1 || kind[k1[i]!] === 1) &&
      (years === null || (y === UNKNOWN_YEAR ? f.unknownYears : y >= years.from && y <= years.to));
  }
  return mask;
}

/** The partnerships of the selection: a municipality's (both sides) or a place's. */
export function selectedPartnerships(index: AtlasIndex, selection: Selection): PartnerView[] {
  if (!selection) return [];
  if (selection.kind === 'municipality') return index.partnersOf.get(selection.teryt) ?? [];
  return partnersOfPlace(index, selection.id);
}

/** Polish municipalities partnered with a place, nearest first, seen from the place. */
export function partnersOfPlace(index: AtlasIndex, id: string): PartnerView[] {
  const out: PartnerView[] = [];
  for (const p of index.atlas.partnerships) {
    if (p.place !== id) continue;
    const m = index.municipalities.get(p.municipality)!;
    out.push({ partnership: p, place: index.places.get(p.place)!, otherName: m.name, otherCountry: 'PL', otherPoint: [m.lng, m.lat], reverse: true, polishName: m.name });
  }
  return out.sort((a, b) => a.partnership.distanceKm - b.partnership.distanceKm);
}

/** Municipalities that have at least one partnership passing the filters (either side). */
export function visibleMunicipalities(index: AtlasIndex, mask: readonly boolean[]): Set<Teryt> {
  const out = new Set<Teryt>();
  const partnerUnit = partnerUnits(index);
  index.atlas.partnerships.forEach((p, i) => {
    if (!mask[i]) return;
    out.add(p.municipality);
    const t = partnerUnit[i];
    if (t) out.add(t);
  });
  return out;
}

const partnerUnitsOf = new WeakMap<AtlasIndex, readonly (Teryt | null)[]>();
/** Per partnership: the partner's TERYT code when it is a Polish unit (a pair of Polish units). */
function partnerUnits(index: AtlasIndex): readonly (Teryt | null)[] {
  let out = partnerUnitsOf.get(index);
  if (!out) partnerUnitsOf.set(index, (out = index.atlas.partnerships.map((p) => index.places.get(p.place)?.teryt ?? null)));
  return out;
}
