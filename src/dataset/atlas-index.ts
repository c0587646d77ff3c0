import type { Atlas, Municipality, Partnership, Place } from '../domain/atlas';
import type { LngLat, PartnershipId, PlaceId, Teryt } from '../domain/ids';
import { greatCircleLine } from '../geo/great-circle-line';
import { isGmina } from '../domain/vocabulary';
import { fold } from '../query/fold';
import type { NetworkGeometry } from '../map/line-geometry';

/** A partnership seen from one Polish municipality: the other end may be a foreign place or a Polish gmina. */
export type PartnerView = {
  partnership: Partnership;
  place: Place;
  /** The end that is not the viewing municipality (for a reverse view of a Polish partner, the listing gmina). */
  otherName: string;
  otherCountry: string;
  otherPoint: LngLat;
  /** True when the viewing municipality is the partner side of a row listed by another gmina. */
  reverse: boolean;
  /** The partner's name in Polish (see `partnerName`). */
  polishName: string;
};

/** Everything the app looks up, built once when the data loads; never rebuilt on a filter change. */
export type AtlasIndex = {
  atlas: Atlas;
  municipalities: ReadonlyMap<Teryt, Municipality>;
  places: ReadonlyMap<PlaceId, Place>;
  partnerships: ReadonlyMap<PartnershipId, Partnership>;
  /** Numeric feature id (the partnership's position) used by the map's feature state. */
  featureIndex: ReadonlyMap<PartnershipId, number>;
  partnersOf: ReadonlyMap<Teryt, PartnerView[]>;
  /** Municipalities with at least one partnership (either side). */
  withPartners: readonly Municipality[];
  /** How many of `withPartners` are gminy (the others are powiaty and voivodeships). */
  gminyWithPartners: number;
  /** Pairs only a secondary list gives and the data doubts (`unverified`, hidden by default). */
  unverifiedCount: number;
  countries: readonly string[];
  /** Great-circle line per partnership, same order as `atlas.partnerships`. */
  lines: readonly LngLat[][];
  /** The lines' drawing geometry, when the data worker has built it (the map builds it otherwise). */
  network?: NetworkGeometry;
  searchIndex: readonly SearchEntry[];
  /** Per place: the name official Polish pages most often give it (Lwów, Norymberga). */
  polishNames: ReadonlyMap<PlaceId, string>;
};

export type SearchEntry =
  | { kind: 'municipality'; key: string; teryt: Teryt; label: string; hasPartners: boolean }
  | { kind: 'place'; key: string; id: PlaceId; label: string; matched: string };

/** What the data worker computes off the main thread, so that indexing need not. */
export type Precomputed = {
  /** The partnerships' great-circle lines, in the atlas's order. */
  lines?: LngLat[][];
  /** Their drawing geometry. */
  network?: NetworkGeometry;
  /** The search index's folded keys, in `searchKeys`'s order. */
  searchKeys?: readonly string[];
};

/**
 * Indexes an atlas. What `pre` does not give (the data worker gives it all) is computed here:
 * the lines and the search keys; the drawing geometry is then left to the map.
 */
export function buildAtlasIndex(atlas: Atlas, pre: Precomputed = {}): AtlasIndex {
  const { lines = partnershipLines(atlas), network } = pre;
  const names = searchNames(atlas);
  const keys = pre.searchKeys ?? names.map(fold);
  if (network && network.full.lineCount !== lines.length) throw new Error(`a geometry of ${network.full.lineCount} lines for ${lines.length} lines`);
  if (lines.length !== atlas.partnerships.length) throw new Error(`${lines.length} lines for ${atlas.partnerships.length} partnerships`);
  if (keys.length !== names.length) throw new Error(`${keys.length} search keys for ${names.length} names`);
  const municipalities = new Map(atlas.municipalities.map((m) => [m.teryt, m]));
  const places = new Map(atlas.places.map((p) => [p.id, p]));
  const partnerships = new Map(atlas.partnerships.map((p) => [p.id, p]));
  const featureIndex = new Map(atlas.partnerships.map((p, i) => [p.id, i]));
  const polishNames = officialPolishNames(atlas.partnerships);
  const partnersOf = new Map<Teryt, PartnerView[]>();
  const add = (t: Teryt, v: PartnerView): void => {
    const list = partnersOf.get(t);
    if (list) list.push(v);
    else partnersOf.set(t, [v]);
  };
  for (const p of atlas.partnerships) {
    const m = municipalities.get(p.municipality);
    const place = places.get(p.place);
    if (!m || !place) throw new Error(`partnership ${p.id} refers to unknown municipality or place`);
    add(m.teryt, { partnership: p, place, otherName: place.name, otherCountry: place.country, otherPoint: [place.lng, place.lat], reverse: false, polishName: polishNameOf(polishNames, p, place) });
    if (place.teryt) {
      add(place.teryt, { partnership: p, place, otherName: m.name, otherCountry: 'PL', otherPoint: [m.lng, m.lat], reverse: true, polishName: m.name });
    }
  }
  for (const list of partnersOf.values()) list.sort((a, b) => a.partnership.distanceKm - b.partnership.distanceKm);

  let k = 0;
  const searchIndex: SearchEntry[] = [];
  for (const m of atlas.municipalities)
    searchIndex.push({ kind: 'municipality', key: keys[k++]!, teryt: m.teryt, label: m.name, hasPartners: partnersOf.has(m.teryt) });
  for (const p of atlas.places) {
    if (p.teryt) continue; // Polish partners are found as municipalities (as in `searchNames`)
    for (const name of [p.name, ...p.aliases]) searchIndex.push({ kind: 'place', key: keys[k++]!, id: p.id, label: p.name, matched: name });
  }

  const withPartners = atlas.municipalities.filter((m) => partnersOf.has(m.teryt));
  return {
    atlas,
    municipalities,
    places,
    partnerships,
    featureIndex,
    partnersOf,
    withPartners,
    gminyWithPartners: withPartners.filter((m) => isGmina(m.kind)).length,
    unverifiedCount: atlas.partnerships.filter((p) => p.verification === 'unverified').length,
    countries: [...new Set(atlas.places.map((p) => p.country))].sort(),
    lines,
    ...(network && { network }),
    searchIndex,
    polishNames,
  };
}

/** The names search matches, in the search index's order: every municipality's, then every foreign place's and its aliases. */
function searchNames(atlas: Atlas): string[] {
  const names = atlas.municipalities.map((m) => m.name);
  for (const p of atlas.places) if (!p.teryt) names.push(p.name, ...p.aliases);
  return names;
}

/** The search index's keys: its names folded (tens of ms for the national data, so the data worker does it). */
export function searchKeys(atlas: Atlas): string[] {
  return searchNames(atlas).map(fold);
}

/** The great-circle line of every partnership, in the atlas's order. */
export function partnershipLines(atlas: Atlas): LngLat[][] {
  const municipalities = new Map(atlas.municipalities.map((m) => [m.teryt, m]));
  const places = new Map(atlas.places.map((p) => [p.id, p]));
  return atlas.partnerships.map((p) => {
    const m = municipalities.get(p.municipality);
    const place = places.get(p.place);
    if (!m || !place) throw new Error(`partnership ${p.id} refers to unknown municipality or place`);
    // About one vertex per 250 km (8 to 40): between vertices the drawn chord strays from the
    // great circle by at most a couple of pixels at zoom 6, and every vertex costs in every frame.
    const npoints = Math.max(8, Math.min(40, Math.round(p.distanceKm / 250)));
    return greatCircleLine([m.lng, m.lat], [place.lng, place.lat], npoints);
  });
}

/** Per place, the partner name its official rows use most often (ties: the first seen). */
function officialPolishNames(partnerships: readonly Partnership[]): Map<PlaceId, string> {
  const counts = new Map<PlaceId, Map<string, number>>();
  for (const p of partnerships) {
    if (p.verification !== 'official') continue;
    const names = counts.get(p.place) ?? new Map<string, number>();
    names.set(p.partnerName, (names.get(p.partnerName) ?? 0) + 1);
    counts.set(p.place, names);
  }
  const out = new Map<PlaceId, string>();
  for (const [place, names] of counts) out.set(place, [...names].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  return out;
}

/**
 * A partnership's partner name: in Polish as its own official page writes it, or, for a row of
 * a secondary list, as official Polish pages most often write that place (Lwów rather than the
 * list's Lviv), else as the list writes it; in other languages the place's GeoNames name.
 */
export function partnerName(index: AtlasIndex, p: Partnership, lang: string): string {
  const place = index.places.get(p.place)!;
  return lang === 'pl' ? polishNameOf(index.polishNames, p, place) : place.name;
}

const polishNameOf = (polishNames: ReadonlyMap<PlaceId, string>, p: Partnership, place: Place): string =>
  accentedSpelling(p.verification === 'official' ? p.partnerName : (polishNames.get(p.place) ?? p.partnerName), place.name);

/**
 * Of two spellings of one name, the one that keeps its diacritics: a page that writes "Prerov",
 * "Kedainiai", "Tautii Magheraus" or "Topol'niky" is shown as the place's name, "Přerov",
 * "Kėdainiai", "Tăuții-Măgherăuș", "Topoľníky". A Polish exonym is another word (Norymberga,
 * Lwów, Kowno) and stays.
 */
export function accentedSpelling(written: string, placeName: string): string {
  // Folding is the costly part: only for the few names the place writes with more diacritics.
  return nonAscii(placeName) > nonAscii(written) && fold(withoutCaronApostrophes(written)) === fold(placeName) ? placeName : written;
}

/** Slovak ľ, ť, ď are often typed as l', t', d' ("Topol'niky", "Vranov nad Topl'ou"): the letter alone. */
const withoutCaronApostrophes = (name: string): string => name.replace(/([dltDLT])['’]/g, '$1');

/** Letters outside ASCII; not the typographic apostrophes of a transliteration's soft sign ("Sokal’"). */
function nonAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f && c !== 0x2019 && c !== 0x2018 && c !== 0x2bc) n++;
  }
  return n;
}

/**
 * Where the other end of a selection's partnership is drawn: the far end of its unwrapped line
 * (so a point or label there sits on the line's world copy), or its start when the selection is
 * the partner place.
 */
export function otherEnd(index: AtlasIndex, v: PartnerView): LngLat {
  const line = index.lines[index.featureIndex.get(v.partnership.id)!]!;
  return v.reverse ? line[0]! : line[line.length - 1]!;
}

/**
 * Every name a label can show, in either language (each municipality's and place's, and the
 * Polish names), for measuring ahead.
 */
export function* allNames(index: AtlasIndex): Generator<string> {
  for (const m of index.municipalities.values()) yield m.name;
  for (const p of index.places.values()) yield p.name;
  yield* index.polishNames.values();
}

/**
 * The name to show for the other end: in Polish as official Polish pages write it (Norymberga,
 * Lwów; see `partnerName`), in other languages the place's GeoNames name (Nürnberg, Lviv). Polish
 * gminy keep their name.
 */
export function partnerLabel(v: PartnerView, lang: string): string {
  if (v.reverse || v.place.teryt) return v.otherName;
  return lang === 'pl' ? v.polishName : v.place.name;
}
