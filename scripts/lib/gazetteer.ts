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

  constructor(places: Iterable<GeoPlace>) {
    for (const p of places) {
      this.ids.set(p.geonamesId, p);
      push(this.exact, `${p.country}|${p.name}`, p);
      push(this.folded, `${p.country}|${fold(p.name)}`, p);
    }
  }

  /** Places whose folded name starts with the folded query and a space ("klagenfurt am ..."). */
  byPrefix(name: string, country: string): GeoPlace[] {
    const q = `${country}|${fold(name)} `;
    const out: GeoPlace[] = [];
    for (const [k, ps] of this.folded) if (k.startsWith(q)) out.push(...ps);
    return dropSections(out);
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

function dropSections(ps: GeoPlace[]): GeoPlace[] {
  const whole = ps.filter((p) => p.featureCode !== 'PPLX');
  return whole.length > 0 ? whole : ps;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
