import type { AtlasIndex } from '../dataset/atlas-index';
import type { Municipality, Partnership, Place } from '../domain/atlas';
import type { Teryt } from '../domain/ids';
import { VOIVODESHIPS, type VoivodeshipCode } from '../domain/vocabulary';

/**
 * Summaries of a list of partnerships (already filtered by the caller), looked up in the index.
 * Partnerships whose municipality or place is not in the index are skipped. Every ranking is
 * deterministic: ties are broken by code, name or id as stated. `n` is floored; n ≤ 0 or NaN gives [].
 */

const take = <T>(list: T[], n: number): T[] => (n > 0 ? list.slice(0, Math.floor(n)) : []);
/** Made on first use, not at start: a page's first collator loads ICU's collation data (about 18 ms here). */
let collator: Intl.Collator | undefined;

/** Partnerships per partner country (ISO code; `PL` for Polish partners), most first, ties by code. */
export function byPartnerCountry(index: AtlasIndex, ps: readonly Partnership[]): { country: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of ps) {
    const place = index.places.get(p.place);
    if (place) counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
  }
  return [...counts].map(([country, count]) => ({ country, count })).sort((a, b) => b.count - a.count || (a.country < b.country ? -1 : 1));
}

/**
 * Partnerships per voivodeship of the listing municipality (a Polish partner's own voivodeship is
 * not counted again), all 16 voivodeships including those with 0, most first, ties by TERYT code.
 */
export function byVoivodeship(index: AtlasIndex, ps: readonly Partnership[]): { voivodeship: VoivodeshipCode; name: string; count: number }[] {
  const counts = new Map<VoivodeshipCode, number>();
  for (const p of ps) {
    const m = index.municipalities.get(p.municipality);
    if (m && index.places.has(p.place)) counts.set(m.voivodeship, (counts.get(m.voivodeship) ?? 0) + 1);
  }
  return (Object.keys(VOIVODESHIPS) as VoivodeshipCode[])
    .map((v) => ({ voivodeship: v, name: VOIVODESHIPS[v], count: counts.get(v) ?? 0 }))
    .sort((a, b) => b.count - a.count || (a.voivodeship < b.voivodeship ? -1 : 1));
}

/**
 * The `n` Polish units with the most partnerships in the list, counting both sides of a pair of
 * two Polish gminy (as the panel lists it under both), most first, ties by Polish name order then TERYT.
 */
export function topMunicipalities(index: AtlasIndex, ps: readonly Partnership[], n: number): { municipality: Municipality; count: number }[] {
  const counts = new Map<Teryt, number>();
  const add = (t: Teryt): void => void counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const p of ps) {
    const place = index.places.get(p.place);
    if (!place || !index.municipalities.has(p.municipality)) continue;
    add(p.municipality);
    if (place.teryt && place.teryt !== p.municipality && index.municipalities.has(place.teryt)) add(place.teryt);
  }
  const rows = [...counts].map(([t, count]) => ({ municipality: index.municipalities.get(t)!, count }));
  rows.sort((a, b) => b.count - a.count || (collator ??= new Intl.Collator('pl')).compare(a.municipality.name, b.municipality.name) || (a.municipality.teryt < b.municipality.teryt ? -1 : 1));
  return take(rows, n);
}

/** A partnership with both its ends, as the rankings by distance return it. */
export type PartnershipEnds = { partnership: Partnership; municipality: Municipality; place: Place };

function byDistance(index: AtlasIndex, ps: readonly Partnership[], dir: 1 | -1): PartnershipEnds[] {
  const out: PartnershipEnds[] = [];
  for (const p of ps) {
    const municipality = index.municipalities.get(p.municipality);
    const place = index.places.get(p.place);
    if (municipality && place) out.push({ partnership: p, municipality, place });
  }
  return out.sort((a, b) => dir * (a.partnership.distanceKm - b.partnership.distanceKm) || (a.partnership.id < b.partnership.id ? -1 : 1));
}

/** The `n` longest partnerships (geodesic km), farthest first, ties by partnership id. */
export const farthest = (index: AtlasIndex, ps: readonly Partnership[], n: number): PartnershipEnds[] => take(byDistance(index, ps, -1), n);

/** The `n` shortest partnerships (geodesic km), nearest first, ties by partnership id. */
export const nearest = (index: AtlasIndex, ps: readonly Partnership[], n: number): PartnershipEnds[] => take(byDistance(index, ps, 1), n);

/**
 * Partnerships per gmina (6-digit TERYT), counting both sides of a pair of two Polish gminy; for
 * shading gminy on the map. Powiaty and voivodeships are not gminy and are left out.
 */
export function byGmina(index: AtlasIndex, ps: readonly Partnership[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (t: string | null | undefined): void => {
    if (t && t.length === 6) out.set(t, (out.get(t) ?? 0) + 1);
  };
  for (const p of ps) {
    add(p.municipality);
    add(index.places.get(p.place)?.teryt);
  }
  return out;
}
