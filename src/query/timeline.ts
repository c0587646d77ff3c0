import type { Partnership } from '../domain/atlas';

/** What the timeline needs of a partnership: its agreement dates and when cooperation began. */
export type Dated = Pick<Partnership, 'signed' | 'cooperationSince'>;
/** An inclusive range of years. */
export type YearRange = { from: number; to: number };

/**
 * The year a partnership began: the year of its first agreement (`signed[0]`, dates are
 * `YYYY[-MM[-DD]]` in chronological order), else the year cooperation began
 * (`cooperationSince`), else null. Unknown years are explicit (null), never dropped or guessed:
 * the year filter and the growth chart count them separately.
 */
export function firstYear(p: Dated): number | null {
  const d = p.signed[0] ?? p.cooperationSince;
  if (!d) return null;
  const y = Number(d.slice(0, 4));
  return Number.isInteger(y) ? y : null;
}

/** The earliest and latest known first years (inclusive), or null when no year is known. */
export function yearExtent(ps: Iterable<Dated>): YearRange | null {
  let from = Infinity;
  let to = -Infinity;
  for (const p of ps) {
    const y = firstYear(p);
    if (y === null) continue;
    if (y < from) from = y;
    if (y > to) to = y;
  }
  return from === Infinity ? null : { from, to };
}

/**
 * Does a partnership pass the year filter? `range` null means no year filter (everything passes,
 * unknown years too); otherwise a known first year must lie in `[from, to]` (both included, a
 * reversed range is read in order), and a partnership of unknown year passes iff `includeUnknown`.
 */
export function passesYearRange(p: Dated, range: YearRange | null, includeUnknown: boolean): boolean {
  if (range === null) return true;
  const y = firstYear(p);
  if (y === null) return includeUnknown;
  return y >= Math.min(range.from, range.to) && y <= Math.max(range.from, range.to);
}

/** One year of the growth chart: partnerships begun that year and all begun by its end. */
export type YearCount = { year: number; added: number; total: number };

/**
 * Cumulative growth: for every year from the earliest to the latest known first year (years
 * with none begun included, `added` 0), how many began that year and how many by the end of it;
 * plus how many have no known year (`unknown`, not in any total). Ended partnerships count from
 * the year they began: an end does not subtract. No known year gives an empty `years`.
 */
export function growthByYear(ps: Iterable<Dated>): { years: YearCount[]; unknown: number } {
  const added = new Map<number, number>();
  let unknown = 0;
  for (const p of ps) {
    const y = firstYear(p);
    if (y === null) unknown++;
    else added.set(y, (added.get(y) ?? 0) + 1);
  }
  const years: YearCount[] = [];
  if (added.size === 0) return { years, unknown };
  const min = Math.min(...added.keys());
  const max = Math.max(...added.keys());
  let total = 0;
  for (let year = min; year <= max; year++) {
    const n = added.get(year) ?? 0;
    total += n;
    years.push({ year, added: n, total });
  }
  return { years, unknown };
}
