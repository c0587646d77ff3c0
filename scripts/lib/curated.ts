import { isAgreementType, isStatus } from '../../src/domain/vocabulary';
import { parsePartialDate } from '../../src/domain/partial-date';
import { isTeryt, partnershipId, placeIdFromGeonames, type PlaceId, type Teryt } from '../../src/domain/ids';
import type { Municipality, Partnership, Place } from '../../src/domain/atlas';
import { geodesicDistanceKm } from '../../src/geo/geodesic-distance';
import { fold } from '../../src/query/fold';
import { accentedSpelling } from '../../src/dataset/atlas-index';
import { parseCsv, type CsvRow } from './csv';
import type { Gazetteer } from './gazetteer';

/** `official-lists.csv`: whether a municipality's official rows are its whole list. */
export const OFFICIAL_LIST_COLUMNS = { required: ['municipality_teryt', 'complete', 'note'], optional: [] } as const;

/**
 * `networks.csv`: multilateral networks (the Douzelage, say) whose members a secondary list gives as
 * one member's twin towns. `members` are the partner names as the list writes them, `;`-separated.
 */
export const NETWORK_COLUMNS = { required: ['municipality_teryt', 'network', 'members', 'source', 'note'], optional: [] } as const;
export const DISPUTED_COLUMNS = { required: ['municipality_teryt', 'partner', 'source', 'note'], optional: [] } as const;

export const PARTNERSHIP_COLUMNS = {
  required: ['municipality_teryt', 'partner_name', 'partner_country', 'type', 'type_as_written', 'status', 'source', 'source_as_of'],
  optional: ['partner_teryt', 'signed', 'agreements_note', 'cooperation_since', 'ended', 'end_reason', 'fields', 'notes', 'dates_source'],
} as const;

export const PLACE_COLUMNS = {
  required: ['name', 'country', 'note'],
  optional: ['geonames_id', 'lat', 'lon', 'local_name', 'area', 'source', 'municipality_teryt'],
} as const;

/** A problem with one line of one curated file. */
export type DataError = { file: string; line: number; reason: string };
export const formatError = (e: DataError): string => `${e.file}:${e.line}: ${e.reason}`;

export type Alias = { at: string; name: string; country: string; scope: string | null; place: Omit<Place, 'aliases' | 'teryt'> };

/** A CSV file's name (for messages) and text. */
export type CsvFile = { file: string; csv: string };

export type CuratedInput = {
  partnershipFiles: readonly CsvFile[];
  placeFiles: readonly CsvFile[];
  /** Secondary lists already resolved by an import script (data/imported/*.csv). */
  importedFiles?: readonly CsvFile[];
  /**
   * For every municipality with official rows: are they its whole list (`complete` yes), or only
   * some of its partners (no: the page names a few, or only its opening could be read)?
   */
  officialLists: CsvFile;
  /**
   * Fellow members of a multilateral network that a secondary list gives as a municipality's twin
   * towns: kept as `unverified` (hidden by default) with the network named in their notes.
   */
  networks?: CsvFile;
  /**
   * Secondary pairs that an official page contradicts (the partner's page names another Polish
   * unit, say): kept as `unverified` (hidden by default) with the evidence in their notes.
   */
  disputed?: CsvFile;
  municipalities: ReadonlyMap<Teryt, Municipality>;
  gazetteer: Gazetteer;
};

/** A partnership as the curated files give it: the atlas's fields and its notes (written to their own file). */
export type CuratedPartnership = Partnership & { notes: string };

/** Where the same pair appears in a secondary list too (for the quality report). */
export type Corroboration = { official: string; secondary: string; samePlace: boolean };

export type CuratedOutput = {
  places: Place[];
  partnerships: CuratedPartnership[];
  errors: DataError[];
  /** Official pairs a secondary list also has, and secondary names that resolved to another place. */
  corroborations: Corroboration[];
  /** Secondary pairs kept as `unverified` because `networks.csv` names them: network and municipality. */
  networkPairs: { network: string; municipality: Teryt }[];
  /** Secondary pairs kept as `unverified` because `disputed.csv` names them. */
  disputedPairs: { municipality: Teryt; partnerName: string }[];
};

type PlaceRef = Omit<Place, 'aliases'>;
type Draft = Omit<CuratedPartnership, 'id' | 'place' | 'distanceKm'> & { place: PlaceRef; at: string };

/**
 * Validate the curated CSV files, resolve every partner to a place, merge the secondary lists
 * under the official pages and compute distances. Every bad row yields an error with file, line
 * and reason; nothing is dropped silently.
 *
 * Official pages outrank secondary lists: a secondary pair that an official row has is dropped
 * (counted as corroboration); a secondary pair of a municipality whose complete official list is
 * in the data but lacks the pair is kept as `unverified`; other secondary pairs are `secondary`
 * (a partial list, such as a page naming two of its 44 partners, says nothing of the others).
 */
export function buildCurated(input: CuratedInput): CuratedOutput {
  const errors: DataError[] = [];
  const aliases = readAliases(input.placeFiles, input.gazetteer, errors);
  const official: Draft[] = [];
  for (const f of input.partnershipFiles) official.push(...readOfficial(f, input, aliases, errors));
  const secondary: Draft[] = [];
  for (const f of input.importedFiles ?? []) secondary.push(...readImported(f, input, errors));

  const places = new Map<PlaceId, Place>();
  const partnerships: CuratedPartnership[] = [];
  const seen = new Map<string, Draft>();
  const corroborations: Corroboration[] = [];
  const withOfficialPage = readOfficialLists(input.officialLists, official, errors);
  const officialByName = new Map(official.map((d) => [`${d.municipality}|${fold(d.partnerName)}`, d]));
  const networks = input.networks ? readNetworks(input.networks, input.municipalities, secondary, errors) : new Map<string, { network: string; note: string }>();
  const networkPairs: CuratedOutput['networkPairs'] = [];
  const disputed = input.disputed ? readDisputed(input.disputed, input.municipalities, secondary, errors) : new Map<string, string>();
  const disputedPairs: CuratedOutput['disputedPairs'] = [];

  const add = (d: Draft, file: string, line: string): void => {
    const key = pairKey(d.municipality, d.place);
    const previous = seen.get(key);
    if (previous) {
      if (d.verification !== 'official' && previous.verification === 'official') {
        corroborations.push({ official: previous.at, secondary: d.at, samePlace: true });
        return;
      }
      if (d.verification !== 'official') return; // the same secondary pair twice: keep the first
      errors.push({ file, line: Number(line), reason: `duplicate pair ${input.municipalities.get(d.municipality)?.name} – ${d.partnerName} (first at ${previous.at})` });
      return;
    }
    seen.set(key, d);
    let place = places.get(d.place.id);
    if (!place) {
      place = { ...d.place, aliases: [] };
      places.set(place.id, place);
    }
    if (d.partnerName !== place.name && !place.aliases.includes(d.partnerName)) place.aliases.push(d.partnerName);
    const m = input.municipalities.get(d.municipality)!;
    const { at: _at, place: _p, ...rest } = d;
    partnerships.push({
      ...rest,
      id: partnershipId(m.teryt, place.id),
      place: place.id,
      distanceKm: Math.round(geodesicDistanceKm([m.lng, m.lat], [place.lng, place.lat]) * 10) / 10,
    });
  };

  for (const d of official) {
    const [file, line] = splitAt(d.at);
    add(d, file, line);
  }
  for (const d of secondary) {
    const [file, line] = splitAt(d.at);
    const sameName = officialByName.get(`${d.municipality}|${fold(d.partnerName)}`);
    if (sameName && pairKey(sameName.municipality, sameName.place) !== pairKey(d.municipality, d.place)) {
      // The secondary list means another place by the same name: the official page wins.
      corroborations.push({ official: sameName.at, secondary: d.at, samePlace: false });
      continue;
    }
    const network = networks.get(`${d.municipality}|${fold(d.partnerName)}`);
    if (network !== undefined) {
      // Counted only when kept: an official row of the same pair outranks it.
      if (!seen.has(pairKey(d.municipality, d.place))) networkPairs.push({ network: network.network, municipality: d.municipality });
      add({ ...d, verification: 'unverified', notes: [network.note, d.notes].filter(Boolean).join('; ') }, file, line);
      continue;
    }
    const dispute = disputed.get(`${d.municipality}|${fold(d.partnerName)}`);
    if (dispute !== undefined) {
      if (!seen.has(pairKey(d.municipality, d.place))) disputedPairs.push({ municipality: d.municipality, partnerName: d.partnerName });
      add({ ...d, verification: 'unverified', notes: [dispute, d.notes].filter(Boolean).join('; ') }, file, line);
      continue;
    }
    const hasPage = withOfficialPage.has(d.municipality) || (d.place.teryt !== null && withOfficialPage.has(d.place.teryt));
    add({ ...d, verification: hasPage ? 'unverified' : 'secondary' }, file, line);
  }

  // Alias names from the table help search ("Norymberga" finds Nürnberg) even when unused.
  for (const a of aliases.values()) {
    const p = places.get(a.place.id);
    if (p && a.name !== p.name && !p.aliases.includes(a.name)) p.aliases.push(a.name);
  }
  return { places: [...places.values()].map((p) => withDiacritics(withPlainSpelling(p))), partnerships, errors, corroborations, networkPairs, disputedPairs };
}

/**
 * GeoNames writes many Ukrainian, Belarusian and Georgian names in an older transliteration with
 * apostrophes for soft signs ("Truskavets’", "Starobil’s’k"). Where a source spells the same name
 * without them (the English list's "Truskavets"), that spelling is the place's name, and
 * GeoNames' stays an alias for search. Names whose apostrophe is part of the name ("L'Aquila")
 * have no such alias and are kept.
 */
export function withPlainSpelling<P extends { name: string; aliases: string[] }>(place: P): P {
  if (!/['’ʼ]/.test(place.name)) return place;
  const plain = place.name.replace(/['’ʼ]/g, '');
  if (!place.aliases.includes(plain)) return place;
  return { ...place, name: plain, aliases: [place.name, ...place.aliases.filter((a) => a !== plain)] };
}

/**
 * GeoNames writes some names without their diacritics ("Silute", "Taurage", "Telsiai"). Where a
 * source writes the same letters with them ("Šilutė"), that spelling is the place's name (the
 * one the English view shows), and GeoNames' stays an alias for search. A Polish spelling of a
 * foreign name ("Umań", "Murmańsk") is not such a source, nor is German ß (English writes
 * "Meissen"); a Polish unit keeps its official name.
 */
export function withDiacritics<P extends { name: string; aliases: string[]; country: string; teryt?: string | null }>(place: P): P {
  if (place.teryt) return place;
  let best = place.name;
  for (const a of place.aliases) if (!polishSpelling(a, place.country)) best = accentedSpelling(best, a);
  if (best === place.name) return place;
  return { ...place, name: best, aliases: [place.name, ...place.aliases.filter((a) => a !== best)] };
}

/** Letters that only a Polish (or German) spelling adds: ą and ę are Lithuanian letters too. */
const polishSpelling = (name: string, country: string): boolean => /[ćłńśźżßĆŁŃŚŹŻ]/.test(name) || (country !== 'LT' && /[ąęĄĘ]/.test(name));

const splitAt = (at: string): [string, string] => {
  const i = at.lastIndexOf(':');
  return [at.slice(0, i), at.slice(i + 1)];
};

/** One pair, whichever side lists it: a Polish–Polish pair is the same from both ends. */
/**
 * The municipalities whose official rows are their complete list. Every municipality with
 * official rows must be decided (yes or no); a decision for one without rows is an error too.
 */
function readOfficialLists(f: CsvFile, official: readonly Draft[], errors: DataError[]): Set<Teryt> {
  const parsed = parseCsv(f.csv, OFFICIAL_LIST_COLUMNS);
  for (const i of parsed.issues) errors.push({ file: f.file, ...i });
  const withRows = new Map<Teryt, string>();
  for (const d of official) if (!withRows.has(d.municipality)) withRows.set(d.municipality, d.at);
  const decided = new Map<string, boolean>();
  for (const row of parsed.rows) {
    const teryt = row.values.municipality_teryt ?? '';
    const complete = row.values.complete ?? '';
    if (complete !== 'yes' && complete !== 'no') errors.push({ file: f.file, line: row.line, reason: `complete must be yes or no, not "${complete}"` });
    else if (decided.has(teryt)) errors.push({ file: f.file, line: row.line, reason: `${teryt} is decided twice` });
    else if (!isTeryt(teryt) || !withRows.has(teryt)) errors.push({ file: f.file, line: row.line, reason: `${teryt} has no official rows in partnerships/` });
    else if (!row.values.note) errors.push({ file: f.file, line: row.line, reason: 'note is empty: say why the list is or is not complete' });
    else decided.set(teryt, complete === 'yes');
  }
  for (const [teryt, at] of withRows) {
    if (decided.has(teryt) || parsed.issues.length > 0) continue;
    const [file, line] = splitAt(at);
    errors.push({ file, line: Number(line), reason: `municipality ${teryt} has official rows but no line in ${f.file} saying whether they are its complete list` });
  }
  return new Set([...decided].filter(([, yes]) => yes).map(([t]) => t as Teryt));
}

/**
 * The network pairs, keyed by municipality and folded partner name, each with the note its pairs
 * carry. Every member named must be one of the municipality's pairs in a secondary list, so that a
 * stale line fails the build rather than marking nothing.
 */
function readNetworks(f: CsvFile, municipalities: ReadonlyMap<Teryt, Municipality>, secondary: readonly Draft[], errors: DataError[]): Map<string, { network: string; note: string }> {
  const parsed = parseCsv(f.csv, NETWORK_COLUMNS);
  for (const i of parsed.issues) errors.push({ file: f.file, ...i });
  const listed = new Set(secondary.map((d) => `${d.municipality}|${fold(d.partnerName)}`));
  const out = new Map<string, { network: string; note: string }>();
  for (const row of parsed.rows) {
    const v = row.values;
    const teryt = v.municipality_teryt ?? '';
    const fail = (reason: string): void => void errors.push({ file: f.file, line: row.line, reason });
    if (!isTeryt(teryt) || !municipalities.has(teryt)) {
      fail(`unknown municipality_teryt "${teryt}"`);
      continue;
    }
    if (!v.network || !v.source || !v.note) {
      fail('network, source and note must all be given');
      continue;
    }
    const members = (v.members ?? '').split(';').map((n) => n.trim()).filter(Boolean);
    if (members.length === 0) fail('members is empty: name the pairs, as the secondary list writes them');
    const note = `${v.network}: ${v.note} (${v.source})`;
    for (const name of members) {
      const key = `${teryt}|${fold(name)}`;
      if (!listed.has(key)) fail(`"${name}" is not a partner of ${municipalities.get(teryt)!.name} in a secondary list`);
      else out.set(key, { network: v.network, note });
    }
  }
  return out;
}

/** `disputed.csv`: one row per secondary pair that an official page contradicts. */
function readDisputed(f: CsvFile, municipalities: ReadonlyMap<Teryt, Municipality>, secondary: readonly Draft[], errors: DataError[]): Map<string, string> {
  const parsed = parseCsv(f.csv, DISPUTED_COLUMNS);
  for (const i of parsed.issues) errors.push({ file: f.file, ...i });
  const listed = new Set(secondary.map((d) => `${d.municipality}|${fold(d.partnerName)}`));
  const out = new Map<string, string>();
  for (const row of parsed.rows) {
    const v = row.values;
    const teryt = v.municipality_teryt ?? '';
    const fail = (reason: string): void => void errors.push({ file: f.file, line: row.line, reason });
    if (!isTeryt(teryt) || !municipalities.has(teryt)) fail(`unknown municipality_teryt "${teryt}"`);
    else if (!v.partner || !v.source || !v.note) fail('partner, source and note must all be given');
    else if (!listed.has(`${teryt}|${fold(v.partner)}`)) fail(`"${v.partner}" is not a partner of ${municipalities.get(teryt)!.name} in a secondary list`);
    else out.set(`${teryt}|${fold(v.partner)}`, `an official page contradicts this pair: ${v.note} (${v.source})`);
  }
  return out;
}

function pairKey(municipality: Teryt, place: PlaceRef): string {
  return place.teryt ? [municipality, place.teryt].sort().join('~') : `${municipality}-${place.id}`;
}

function polishPlace(m: Municipality): PlaceRef {
  // A Polish partner is its gmina, drawn at the gmina's point so both ends of the line meet.
  return { id: `t${m.teryt}` as PlaceId, geonamesId: null, name: m.name, country: 'PL', teryt: m.teryt, lng: m.lng, lat: m.lat };
}

function readOfficial(f: CsvFile, input: CuratedInput, aliases: ReadonlyMap<string, Alias>, errors: DataError[]): Draft[] {
  const out: Draft[] = [];
  const parsed = parseCsv(f.csv, PARTNERSHIP_COLUMNS);
  for (const i of parsed.issues) errors.push({ file: f.file, ...i });
  for (const row of parsed.rows) {
    const rowErrors: string[] = [];
    const get = (k: string): string => row.values[k] ?? '';
    const teryt = get('municipality_teryt');
    const municipality = isTeryt(teryt) ? input.municipalities.get(teryt) : undefined;
    if (!isTeryt(teryt)) rowErrors.push(`municipality_teryt "${teryt}" is not a TERYT code (6 digits for a gmina, 4 a powiat, 2 a voivodeship)`);
    else if (!municipality) rowErrors.push(`unknown TERYT code ${teryt}: no such unit in the TERYT list`);

    const partnerName = get('partner_name');
    const country = get('partner_country');
    if (!partnerName) rowErrors.push('partner_name is empty');
    if (!/^[A-Z]{2}$/.test(country)) rowErrors.push(`partner_country "${country}" is not an ISO 3166-1 alpha-2 code`);

    const type = get('type');
    if (!isAgreementType(type)) rowErrors.push(`unknown type "${type}"`);
    const status = get('status');
    if (!isStatus(status)) rowErrors.push(`unknown status "${status}" (active or ended)`);

    const signed = dates(get('signed'), 'signed', rowErrors);
    const cooperationSince = optionalDate(get('cooperation_since'), 'cooperation_since', rowErrors);
    const ended = optionalDate(get('ended'), 'ended', rowErrors);
    if (status === 'ended' && !ended) rowErrors.push('status is ended but the ended date is missing');
    if (status === 'active' && ended) rowErrors.push('status is active but an ended date is given');
    if (status === 'ended' && !get('end_reason')) rowErrors.push('status is ended but end_reason is missing');
    const source = get('source');
    if (!source) rowErrors.push('missing source');
    else if (!/^https?:\/\/\S+$/i.test(source)) rowErrors.push(`source "${source.slice(0, 80)}" is not an http(s) address`);
    const sourceAsOf = optionalDate(get('source_as_of'), 'source_as_of', rowErrors);
    if (!get('source_as_of')) rowErrors.push('missing source_as_of');
    const datesSource = get('dates_source');
    if (datesSource && !/^https?:\/\/\S+$/i.test(datesSource)) rowErrors.push(`dates_source "${datesSource.slice(0, 80)}" is not an http(s) address`);
    else if (datesSource && signed.length === 0 && !cooperationSince && !ended) rowErrors.push('dates_source is given but the row has no date (signed, cooperation_since or ended)');
    else if (datesSource && datesSource === source) rowErrors.push('dates_source is the row\'s source: leave it empty');

    let place: PlaceRef | null = null;
    const pt = get('partner_teryt');
    if (country === 'PL') {
      const pm = isTeryt(pt) ? input.municipalities.get(pt) : undefined;
      if (!isTeryt(pt)) rowErrors.push('a Polish partner needs partner_teryt, its TERYT code');
      else if (!pm) rowErrors.push(`unknown partner_teryt ${pt}`);
      else place = polishPlace(pm);
    } else if (pt) rowErrors.push('partner_teryt is only for Polish partners');
    else if (partnerName && country) {
      const r = resolvePlace(partnerName, country, aliases, input.gazetteer, teryt);
      if ('error' in r) rowErrors.push(r.error);
      else place = { ...r.place, teryt: null };
    }

    if (rowErrors.length > 0 || !municipality || !place || !sourceAsOf) {
      for (const reason of rowErrors) errors.push({ file: f.file, line: row.line, reason });
      continue;
    }
    out.push({
      at: `${f.file}:${row.line}`,
      municipality: municipality.teryt,
      place,
      partnerName,
      type: type as Partnership['type'],
      typeAsWritten: get('type_as_written'),
      status: status as Partnership['status'],
      verification: 'official',
      signed,
      agreementsNote: get('agreements_note'),
      cooperationSince,
      ended,
      endReason: get('end_reason'),
      fields: list(get('fields')),
      source,
      sourceAsOf,
      datesSource,
      notes: get('notes'),
    });
  }
  return out;
}

export const IMPORTED_COLUMNS = {
  required: ['municipality_teryt', 'municipality_as_written', 'partner_name', 'partner_country', 'resolution', 'source', 'source_as_of'],
  optional: ['partner_teryt', 'partner_geonames_id', 'partner_lat', 'partner_lon', 'partner_place_name', 'notes'],
} as const;

/** Rows of a secondary list, already resolved by its import script; checked again here. */
function readImported(f: CsvFile, input: CuratedInput, errors: DataError[]): Draft[] {
  const out: Draft[] = [];
  const parsed = parseCsv(f.csv, IMPORTED_COLUMNS);
  for (const i of parsed.issues) errors.push({ file: f.file, ...i });
  for (const { line, values: v } of parsed.rows) {
    const fail = (reason: string): void => void errors.push({ file: f.file, line, reason });
    const teryt = v.municipality_teryt ?? '';
    const m = isTeryt(teryt) ? input.municipalities.get(teryt) : undefined;
    if (!m) {
      fail(`unknown TERYT code "${teryt}"`);
      continue;
    }
    const country = v.partner_country ?? '';
    let place: PlaceRef;
    if (v.partner_teryt) {
      const pm = isTeryt(v.partner_teryt) ? input.municipalities.get(v.partner_teryt) : undefined;
      if (!pm) {
        fail(`unknown partner_teryt "${v.partner_teryt}"`);
        continue;
      }
      place = polishPlace(pm);
    } else if (v.partner_geonames_id) {
      const g = input.gazetteer.byId(Number(v.partner_geonames_id));
      if (!g || g.country !== country) {
        fail(`GeoNames id ${v.partner_geonames_id} is not a place in ${country} in the bundled extract`);
        continue;
      }
      place = { id: placeIdFromGeonames(g.geonamesId), geonamesId: g.geonamesId, name: g.name, country, teryt: null, lng: g.lng, lat: g.lat };
    } else {
      const lat = Number(v.partner_lat);
      const lng = Number(v.partner_lon);
      const name = v.partner_place_name || v.partner_name || '';
      if (!v.partner_lat || !v.partner_lon || !(Math.abs(lat) <= 90) || !(Math.abs(lng) <= 180) || !name) {
        fail('needs partner_teryt, partner_geonames_id or partner_lat/partner_lon');
        continue;
      }
      place = { id: slugPlaceId(name, country), geonamesId: null, name, country, teryt: null, lng, lat };
    }
    const sourceAsOf = parsePartialDate(v.source_as_of ?? '');
    if (!v.source || !sourceAsOf) {
      fail('missing source or source_as_of');
      continue;
    }
    out.push({
      at: `${f.file}:${line}`,
      municipality: m.teryt,
      place,
      partnerName: v.partner_name ?? place.name,
      type: 'unspecified',
      typeAsWritten: '',
      status: 'active',
      verification: 'secondary',
      signed: [],
      agreementsNote: '',
      cooperationSince: null,
      ended: null,
      endReason: '',
      fields: [],
      source: v.source,
      sourceAsOf,
      datesSource: '',
      notes: [v.municipality_as_written && v.municipality_as_written !== m.name ? `listed as ${v.municipality_as_written}` : '', v.notes ?? '']
        .filter(Boolean)
        .join('; '),
    });
  }
  return out;
}

export const slugPlaceId = (name: string, country: string): PlaceId =>
  `x${fold(name).replace(/[^a-z0-9]+/g, '-')}-${country.toLowerCase()}` as PlaceId;

/**
 * The alias tables (data/places/*.csv). The same name may be decided in several files only if
 * every file decides the same place.
 */
export function readAliases(placeFiles: readonly CsvFile[], gazetteer: Gazetteer, errors: DataError[]): Map<string, Alias> {
  const out = new Map<string, Alias>();
  for (const { file, csv } of placeFiles) {
    const parsed = parseCsv(csv, PLACE_COLUMNS);
    for (const i of parsed.issues) errors.push({ file, ...i });
    for (const row of parsed.rows) {
      const r = aliasFromRow(row, gazetteer, file);
      if ('error' in r) {
        errors.push({ file, line: row.line, reason: r.error });
        continue;
      }
      const key = aliasKey(r.name, r.country, r.scope);
      const prev = out.get(key);
      if (prev && prev.place.id !== r.place.id) {
        errors.push({ file, line: row.line, reason: `alias "${r.name}" (${r.country}${r.scope ? `, for ${r.scope}` : ''}) decided differently at ${prev.at}` });
        continue;
      }
      if (!prev) out.set(key, r);
    }
  }
  return out;
}

function aliasFromRow(row: CsvRow, gazetteer: Gazetteer, file: string): Alias | { error: string } {
  const v = row.values;
  const name = v.name ?? '';
  const country = v.country ?? '';
  if (!name) return { error: 'name is empty' };
  if (!/^[A-Z]{2}$/.test(country)) return { error: `country "${country}" is not an ISO 3166-1 alpha-2 code` };
  if (!v.note) return { error: 'note is empty: say why this place is meant' };
  const idText = v.geonames_id ?? '';
  const local = v.local_name ?? '';
  const scope = v.municipality_teryt || null;
  if (scope !== null && !isTeryt(scope)) return { error: `municipality_teryt "${scope}" is not a TERYT code` };
  if (idText) {
    if (!/^\d+$/.test(idText)) return { error: `geonames_id "${idText}" is not a number` };
    const g = gazetteer.byId(Number(idText));
    if (!g) return { error: `GeoNames id ${idText} is not in the bundled GeoNames extract` };
    if (g.country !== country) return { error: `GeoNames id ${idText} (${g.name}) is in ${g.country}, not ${country}` };
    if (v.lat || v.lon) return { error: 'give either geonames_id or lat/lon, not both' };
    // A district or region drawn at its seat: a place of its own, named for the area, at the seat's point.
    const area = v.area ?? '';
    if (area) return { at: `${file}:${row.line}`, name, country, scope, place: { id: slugPlaceId(area, country), geonamesId: null, name: area, country, lng: g.lng, lat: g.lat } };
    return { at: `${file}:${row.line}`, name, country, scope, place: { id: placeIdFromGeonames(g.geonamesId), geonamesId: g.geonamesId, name: g.name, country, lng: g.lng, lat: g.lat } };
  }
  if (v.area) return { error: 'an area is drawn at the GeoNames place of its seat: give its geonames_id' };
  const lat = Number(v.lat);
  const lng = Number(v.lon);
  if (!v.lat || !v.lon || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return { error: 'needs a geonames_id or a valid lat/lon' };
  if (!v.source) return { error: 'a place given by lat/lon needs a source for the point' };
  const display = local || name;
  const id = slugPlaceId(display, country);
  return { at: `${file}:${row.line}`, name, country, scope, place: { id, geonamesId: null, name: display, country, lng, lat } };
}

/** Aliases are keyed by name and country, and by the Polish unit when the decision is for it alone. */
export const aliasKey = (name: string, country: string, scope: string | null = null): string =>
  `${scope ? `${scope}|` : ''}${country}|${fold(name)}`;

/**
 * A place for a name: the alias decided for this municipality, else the general alias, else the
 * one GeoNames place of that exact or folded name. `scoped` says the decision was made for this
 * very municipality (its page's evidence), which outranks any other evidence.
 */
export function resolvePlace(
  name: string,
  country: string,
  aliases: ReadonlyMap<string, Alias>,
  gazetteer: Gazetteer,
  municipality: string | null = null,
): { place: Omit<Place, 'aliases' | 'teryt'>; scoped?: boolean } | { error: string } {
  const scoped = municipality ? aliases.get(aliasKey(name, country, municipality)) : undefined;
  if (scoped) return { place: scoped.place, scoped: true };
  const alias = aliases.get(aliasKey(name, country));
  if (alias) return { place: alias.place };
  const { how, places } = gazetteer.candidates(name, country);
  if (places.length === 1) {
    const g = places[0]!;
    return { place: { id: placeIdFromGeonames(g.geonamesId), geonamesId: g.geonamesId, name: g.name, country, lng: g.lng, lat: g.lat } };
  }
  if (places.length === 0) return { error: `unresolved place "${name}" (${country}): not in GeoNames; add it to data/places` };
  const list = places.map((p) => `${p.geonamesId} ${p.name} [${p.admin1}] ${p.lat.toFixed(2)},${p.lng.toFixed(2)}`).join('; ');
  return { error: `ambiguous place "${name}" (${country}): ${places.length} ${how} matches (${list}); decide it in data/places` };
}

function dates(text: string, column: string, errs: string[]): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const part of text.split(';').map((s) => s.trim())) {
    const d = parsePartialDate(part);
    if (d) out.push(d);
    else errs.push(`bad date "${part}" in ${column} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  const sorted = [...out].sort();
  if (sorted.join() !== out.join()) errs.push(`${column} dates are not oldest first`);
  return out;
}

function optionalDate(text: string, column: string, errs: string[]): string | null {
  if (!text) return null;
  const d = parsePartialDate(text);
  if (!d) errs.push(`bad date "${text}" in ${column} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  return d;
}

const list = (s: string): string[] => s.split(';').map((x) => x.trim()).filter(Boolean);

export const MUNICIPALITY_POINT_COLUMNS = { required: ['teryt', 'lat', 'lon', 'note', 'source'], optional: [] } as const;

/** Curated points for gminy that neither GeoNames nor the boundary file can place. */
export function readMunicipalityPoints(file: string, csv: string): { points: Map<string, { lng: number; lat: number }>; errors: DataError[] } {
  const errors: DataError[] = [];
  const points = new Map<string, { lng: number; lat: number }>();
  const parsed = parseCsv(csv, MUNICIPALITY_POINT_COLUMNS);
  for (const i of parsed.issues) errors.push({ file, ...i });
  for (const { line, values: v } of parsed.rows) {
    const lat = Number(v.lat);
    const lng = Number(v.lon);
    if (!isTeryt(v.teryt ?? '')) errors.push({ file, line, reason: `teryt "${v.teryt}" is not a 6-digit TERYT code` });
    else if (!(lat >= 49 && lat <= 55 && lng >= 14 && lng <= 24.2)) errors.push({ file, line, reason: `point ${v.lat},${v.lon} is not in Poland` });
    else if (!v.source || !v.note) errors.push({ file, line, reason: 'note and source are required' });
    else if (points.has(v.teryt!)) errors.push({ file, line, reason: `duplicate teryt ${v.teryt}` });
    else points.set(v.teryt!, { lng, lat });
  }
  return { points, errors };
}
