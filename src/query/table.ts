import type { AtlasIndex } from '../dataset/atlas-index';
import type { Partnership } from '../domain/atlas';
import { VOIVODESHIPS } from '../domain/vocabulary';
import { fold } from './fold';

export const TABLE_COLUMNS = ['municipality', 'voivodeship', 'partner', 'country', 'type', 'status', 'year', 'distance', 'verification'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type SortDir = 'asc' | 'desc';
export type TableSort = { column: TableColumn; dir: SortDir };
export const DEFAULT_SORT: TableSort = { column: 'distance', dir: 'asc' };

/** One table row: the partnership and the values shown, in the UI language where it matters. */
export type TableRow = {
  partnership: Partnership;
  municipality: string;
  voivodeship: string;
  partner: string;
  country: string;
  type: string;
  status: string;
  year: number | null;
  distance: number;
  verification: string;
  /** Folded text of the row, for search. */
  key: string;
};

/**
 * Rows for the partnerships passing the filters, with labels from `label` (country names and
 * vocabulary in the UI language). Built once per filter or language change, not per keystroke.
 */
export function tableRows(
  index: AtlasIndex,
  visible: readonly boolean[],
  label: { country: (code: string) => string; type: (t: string) => string; status: (s: string) => string; verification: (v: string) => string; partner: (p: Partnership) => string },
): TableRow[] {
  const rows: TableRow[] = [];
  index.atlas.partnerships.forEach((p, i) => {
    if (!visible[i]) return;
    const m = index.municipalities.get(p.municipality)!;
    const place = index.places.get(p.place)!;
    const first = p.signed[0] ?? p.cooperationSince;
    const row = {
      partnership: p,
      municipality: m.name,
      voivodeship: VOIVODESHIPS[m.voivodeship],
      partner: label.partner(p),
      country: label.country(place.country),
      type: label.type(p.type),
      status: label.status(p.status),
      year: first ? Number(first.slice(0, 4)) : null,
      distance: p.distanceKm,
      verification: label.verification(p.verification),
    };
    rows.push({ ...row, key: fold(`${row.municipality} ${row.partner} ${place.name} ${row.country} ${row.voivodeship}`) });
  });
  return rows;
}

/** Rows whose municipality, partner (either name), country or voivodeship contain the query (folded). */
export function searchRows(rows: readonly TableRow[], query: string): TableRow[] {
  const q = fold(query);
  return q ? rows.filter((r) => r.key.includes(q)) : [...rows];
}

/** Sort rows by a column; unknown years sort last in either direction; ties by municipality, partner. */
export function sortRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
  const k = sort.dir === 'asc' ? 1 : -1;
  const collator = new Intl.Collator('pl');
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    let c: number;
    if (x === null || y === null) c = x === y ? 0 : x === null ? 1 : -1;
    else c = (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))) * k;
    return c || collator.compare(a.municipality, b.municipality) || collator.compare(a.partner, b.partner);
  });
}
