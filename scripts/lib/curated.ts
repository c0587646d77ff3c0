import { isAgreementType, isStatus } from '../../src/domain/vocabulary';
import { parsePartialDate } from '../../src/domain/partial-date';
import { isTeryt, partnershipId, placeIdFromGeonames, type PlaceId, type Teryt } from '../../src/domain/ids';
import type { Municipality, Partnership, Place } from '../../src/domain/atlas';
import { geodesicDistanceKm } from '../../src/geo/geodesic-distance';
import { fold } from '../../src/query/fold';
import { parseCsv, type CsvRow } from './csv';
import type { Gazetteer } from './gazetteer';

export const PARTNERSHIP_COLUMNS = {
  required: ['municipality_teryt', 'partner_name', 'partner_country', 'type', 'type_as_written', 'status', 'source', 'source_as_of'],
  optional: ['partner_teryt', 'signed', 'agreements_note', 'cooperation_since', 'ended', 'end_reason', 'fields', 'notes'],
} as const;

export const PLACE_COLUMNS = {
  required: ['name', 'country', 'note'],
  optional: ['geonames_id', 'lat', 'lon', 'local_name', 'source'],
} as const;

/** A problem with one line of one curated file. */
export type DataError = { file: string; line: number; reason: string };
export const formatError = (e: DataError): string => `${e.file}:${e.line}: ${e.reason}`;

type Alias = { at: string; name: string; country: string; place: Omit<Place, 'aliases' | 'teryt'> };

/** A CSV file's name (for messages) and text. */
export type CsvFile = { file: string; csv: string };

export type CuratedInput = {
  partnershipFiles: readonly CsvFile[];
  placeFiles: readonly CsvFile[];
  municipalities: ReadonlyMap<Teryt, Municipality>;
  gazetteer: Gazetteer;
};

export type CuratedOutput = { places: Place[]; partnerships: Partnership[]; errors: DataError[] };

/**
 * Validate the curated CSV files, resolve every partner to a place and compute distances.
 * Every bad row yields an error with file, line and reason; nothing is dropped silently.
 */
export function buildCurated(input: CuratedInput): CuratedOutput {
  const errors: DataError[] = [];
  const aliases = readAliases(input, errors);
  const places = new Map<PlaceId, Place>();
  const partnerships: Partnership[] = [];
  const seen = new Map<string, string>();

  for (const { file, csv } of input.partnershipFiles) {
  const parsed = parseCsv(csv, PARTNERSHIP_COLUMNS);
  for (const i of parsed.issues) errors.push({ file, ...i });

  for (const row of parsed.rows) {
    const rowErrors: string[] = [];
    const v = row.values;
    const get = (k: string): string => v[k] ?? '';
    const teryt = get('municipality_teryt');
    const municipality = isTeryt(teryt) ? input.municipalities.get(teryt) : undefined;
    if (!isTeryt(teryt)) rowErrors.push(`municipality_teryt "${teryt}" is not a 6-digit TERYT code`);
    else if (!municipality) rowErrors.push(`unknown TERYT code ${teryt}: no such gmina in the TERYT list`);

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
    const sourceAsOf = optionalDate(get('source_as_of'), 'source_as_of', rowErrors);
    if (!get('source_as_of')) rowErrors.push('missing source_as_of');

    let partnerTeryt: Teryt | null = null;
    const pt = get('partner_teryt');
    if (country === 'PL') {
      if (!isTeryt(pt)) rowErrors.push('a Polish partner needs partner_teryt, its 6-digit TERYT code');
      else if (!input.municipalities.has(pt)) rowErrors.push(`unknown partner_teryt ${pt}`);
      else partnerTeryt = pt;
    } else if (pt) rowErrors.push('partner_teryt is only for Polish partners');

    const resolved = partnerName && country ? resolvePlace(partnerName, country, aliases, input.gazetteer) : null;
    if (resolved && 'error' in resolved) rowErrors.push(resolved.error);

    if (rowErrors.length > 0 || !municipality || !resolved || 'error' in resolved || !sourceAsOf) {
      for (const reason of rowErrors) errors.push({ file, line: row.line, reason });
      continue;
    }

    let place = places.get(resolved.place.id);
    if (!place) {
      const polish = partnerTeryt ? input.municipalities.get(partnerTeryt) : undefined;
      place = {
        ...resolved.place,
        aliases: [],
        teryt: partnerTeryt,
        // A Polish partner is drawn at its gmina's point, so both ends of the line meet the dots.
        ...(polish ? { lng: polish.lng, lat: polish.lat } : {}),
      };
      places.set(place.id, place);
    }
    if (partnerName !== place.name && !place.aliases.includes(partnerName)) place.aliases.push(partnerName);

    const id = partnershipId(municipality.teryt, place.id);
    const reverseKey = partnerTeryt ? [municipality.teryt, partnerTeryt].sort().join('~') : id;
    const previous = seen.get(reverseKey);
    if (previous !== undefined) {
      errors.push({ file, line: row.line, reason: `duplicate pair ${municipality.name} – ${partnerName} (first at ${previous})` });
      continue;
    }
    seen.set(reverseKey, `${file}:${row.line}`);

    partnerships.push({
      id,
      municipality: municipality.teryt,
      place: place.id,
      partnerName,
      type: type as Partnership['type'],
      typeAsWritten: get('type_as_written'),
      status: status as Partnership['status'],
      signed,
      agreementsNote: get('agreements_note'),
      cooperationSince,
      ended,
      endReason: get('end_reason'),
      fields: list(get('fields')),
      distanceKm: Math.round(geodesicDistanceKm([municipality.lng, municipality.lat], [place.lng, place.lat]) * 10) / 10,
      source,
      sourceAsOf,
      notes: get('notes'),
    });
  }
  }

  // Alias names from the table help search ("Norymberga" finds Nürnberg) even when unused.
  for (const a of aliases.values()) {
    const p = places.get(a.place.id);
    if (p && a.name !== p.name && !p.aliases.includes(a.name)) p.aliases.push(a.name);
  }
  return { places: [...places.values()], partnerships, errors };
}

/**
 * The alias tables (data/places/*.csv). The same name may be decided in several files only if
 * every file decides the same place.
 */
function readAliases(input: CuratedInput, errors: DataError[]): Map<string, Alias> {
  const out = new Map<string, Alias>();
  for (const { file, csv } of input.placeFiles) {
    const parsed = parseCsv(csv, PLACE_COLUMNS);
    for (const i of parsed.issues) errors.push({ file, ...i });
    for (const row of parsed.rows) {
      const r = aliasFromRow(row, input.gazetteer, file);
      if ('error' in r) {
        errors.push({ file, line: row.line, reason: r.error });
        continue;
      }
      const key = aliasKey(r.name, r.country);
      const prev = out.get(key);
      if (prev && prev.place.id !== r.place.id) {
        errors.push({ file, line: row.line, reason: `alias "${r.name}" (${r.country}) decided differently at ${prev.at}` });
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
  if (idText) {
    if (!/^\d+$/.test(idText)) return { error: `geonames_id "${idText}" is not a number` };
    const g = gazetteer.byId(Number(idText));
    if (!g) return { error: `GeoNames id ${idText} is not in the bundled GeoNames extract` };
    if (g.country !== country) return { error: `GeoNames id ${idText} (${g.name}) is in ${g.country}, not ${country}` };
    if (v.lat || v.lon) return { error: 'give either geonames_id or lat/lon, not both' };
    return { at: `${file}:${row.line}`, name, country, place: { id: placeIdFromGeonames(g.geonamesId), geonamesId: g.geonamesId, name: g.name, country, lng: g.lng, lat: g.lat } };
  }
  const lat = Number(v.lat);
  const lng = Number(v.lon);
  if (!v.lat || !v.lon || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return { error: 'needs a geonames_id or a valid lat/lon' };
  if (!v.source) return { error: 'a place given by lat/lon needs a source for the point' };
  const display = local || name;
  const id = `x${fold(display).replace(/[^a-z0-9]+/g, '-')}-${country.toLowerCase()}` as PlaceId;
  return { at: `${file}:${row.line}`, name, country, place: { id, geonamesId: null, name: display, country, lng, lat } };
}

const aliasKey = (name: string, country: string): string => `${country}|${fold(name)}`;

function resolvePlace(
  name: string,
  country: string,
  aliases: ReadonlyMap<string, Alias>,
  gazetteer: Gazetteer,
): { place: Omit<Place, 'aliases' | 'teryt'> } | { error: string } {
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
