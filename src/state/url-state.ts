import { isTeryt, type PlaceId, type Teryt } from '../domain/ids';
import { AGREEMENT_TYPES, MUNICIPALITY_KINDS, STATUSES, VERIFICATIONS, VOIVODESHIPS, type VoivodeshipCode } from '../domain/vocabulary';
import { LANGUAGES, type Language } from '../i18n/messages';
import { DEFAULT_FILTERS, type Filters } from '../query/filters';
import type { YearRange } from '../query/timeline';

/** What the user chose: the app's whole shareable state. */
export type Selection =
  | { kind: 'municipality'; teryt: Teryt; partner: PlaceId | null }
  | { kind: 'place'; id: PlaceId }
  | null;
export type View = { lng: number; lat: number; zoom: number };
/** The main area: the map, the table of partnerships (also the fallback without WebGL), or statistics. */
export const TABS = ['map', 'table', 'stats'] as const;
export type Tab = (typeof TABS)[number];
/** What the choropleth shades by number of partnerships: nothing, voivodeships or gminy. */
export const CHOROPLETHS = ['none', 'voivodeships', 'gminy'] as const;
export type Choropleth = (typeof CHOROPLETHS)[number];

/** At most this many municipalities are compared side by side. */
export const MAX_COMPARE = 4;
export type UrlState = { selection: Selection; filters: Filters; lang: Language; view: View | null; tab: Tab; rings: boolean; choropleth: Choropleth; compare: readonly Teryt[] };

export const DEFAULT_URL_STATE: UrlState = { selection: null, filters: DEFAULT_FILTERS, lang: 'pl', view: null, tab: 'map', rings: false, choropleth: 'none', compare: [] };

const PLACE_RE = /^[gx][\w-]{1,80}$/;

/**
 * Read the state from a query string. Short keys: `m` municipality (TERYT), `p` partner place,
 * `pl` a selected place, `c` countries, `t` types, `s` statuses, `w` voivodeships (TERYT codes),
 * `k` kinds of Polish unit, `vr` verification, `lang`, `v` = zoom/lat/lng, `tab` = table,
 * `r=1` distance rings, `ch=w|g` voivodeships or gminy shaded by partnerships, `cmp` municipalities compared, `y=1990-2005` years of the first agreement, `yu=0` hide unknown years.
 * Anything unknown or malformed falls back to its default; never throws.
 */
export function parseUrlState(search: string): UrlState {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return DEFAULT_URL_STATE;
  }
  const m = q.get('m');
  const p = q.get('p');
  const pl = q.get('pl');
  let selection: Selection = null;
  if (m && isTeryt(m)) selection = { kind: 'municipality', teryt: m, partner: p && PLACE_RE.test(p) ? (p as PlaceId) : null };
  else if (pl && PLACE_RE.test(pl)) selection = { kind: 'place', id: pl as PlaceId };

  const filters: Filters = {
    countries: listParam(q.get('c'), (s) => /^[A-Z]{2}$/.test(s)).sort(),
    types: vocabParam(q.get('t'), AGREEMENT_TYPES) ?? DEFAULT_FILTERS.types,
    statuses: vocabParam(q.get('s'), STATUSES) ?? DEFAULT_FILTERS.statuses,
    voivodeships: listParam(q.get('w'), (s) => Object.hasOwn(VOIVODESHIPS, s)).sort() as VoivodeshipCode[],
    kinds: vocabParam(q.get('k'), MUNICIPALITY_KINDS) ?? DEFAULT_FILTERS.kinds,
    verifications: vocabParam(q.get('vr'), VERIFICATIONS) ?? DEFAULT_FILTERS.verifications,
    years: parseYears(q.get('y')),
    unknownYears: q.get('yu') !== '0',
  };
  const langParam = q.get('lang');
  const lang: Language = (LANGUAGES as readonly string[]).includes(langParam ?? '') ? (langParam as Language) : 'pl';
  const tab: Tab = (TABS as readonly string[]).includes(q.get('tab') ?? '') ? (q.get('tab') as Tab) : 'map';
  return { selection, filters, lang, view: parseView(q.get('v')), tab, rings: q.get('r') === '1', choropleth: q.get('ch') === 'w' ? 'voivodeships' : q.get('ch') === 'g' ? 'gminy' : 'none', compare: (listParam(q.get('cmp'), isTeryt) as Teryt[]).slice(0, MAX_COMPARE) };
}

/** Write the state as a query string with only the keys that differ from the defaults. */
export function serializeUrlState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.selection?.kind === 'municipality') {
    q.set('m', s.selection.teryt);
    if (s.selection.partner) q.set('p', s.selection.partner);
  } else if (s.selection?.kind === 'place') q.set('pl', s.selection.id);
  if (s.filters.countries.length > 0) q.set('c', [...s.filters.countries].sort().join(','));
  if (s.filters.types.length !== AGREEMENT_TYPES.length) q.set('t', s.filters.types.join(',') || '-');
  if (s.filters.statuses.length !== STATUSES.length) q.set('s', s.filters.statuses.join(',') || '-');
  if (s.filters.voivodeships.length > 0) q.set('w', [...s.filters.voivodeships].sort().join(','));
  if (s.filters.kinds.length !== MUNICIPALITY_KINDS.length) q.set('k', s.filters.kinds.join(',') || '-');
  if (s.filters.verifications.join() !== DEFAULT_FILTERS.verifications.join()) q.set('vr', s.filters.verifications.join(',') || '-');
  if (s.filters.years) q.set('y', `${s.filters.years.from}-${s.filters.years.to}`);
  if (!s.filters.unknownYears) q.set('yu', '0');
  if (s.lang !== 'pl') q.set('lang', s.lang);
  if (s.tab !== 'map') q.set('tab', s.tab);
  if (s.rings) q.set('r', '1');
  if (s.choropleth !== 'none') q.set('ch', s.choropleth === 'gminy' ? 'g' : 'w');
  if (s.compare.length > 0) q.set('cmp', s.compare.join(','));
  if (s.view) q.set('v', `${fixed(s.view.zoom, 2)}/${fixed(s.view.lat, 4)}/${fixed(s.view.lng, 4)}`);
  const text = q.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return text ? `?${text}` : '';
}

/** A number to `digits` decimals, never "-0.0000" (adding 0 turns -0 into 0), so URLs are stable. */
const fixed = (x: number, digits: number): string => (Number(x.toFixed(digits)) + 0).toFixed(digits);

function listParam(v: string | null, ok: (s: string) => boolean): string[] {
  if (!v) return [];
  return [...new Set(v.split(',').map((s) => s.trim()).filter(ok))];
}

/** A vocabulary list: `-` means explicitly none; a list with no valid entry falls back to the default. */
function vocabParam<T extends string>(v: string | null, vocab: readonly T[]): T[] | null {
  if (v === null) return null;
  if (v === '-') return [];
  const set = new Set(v.split(','));
  const out = vocab.filter((x) => set.has(x));
  return out.length > 0 ? out : null;
}

function parseYears(v: string | null): YearRange | null {
  const m = v ? /^(\d{4})-(\d{4})$/.exec(v) : null;
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from >= 1900 && to <= 2100 && from <= to ? { from, to } : null;
}

function parseView(v: string | null): View | null {
  if (!v) return null;
  const parts = v.split('/').map(Number);
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x))) return null;
  const [zoom, lat, lng] = parts as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85.06 || Math.abs(lng) > 540) return null;
  return { zoom, lat, lng };
}
