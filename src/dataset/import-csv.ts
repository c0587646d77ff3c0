import type { AtlasIndex } from './atlas-index';
import type { Municipality, Place } from '../domain/atlas';
import type { LngLat, PlaceId, Teryt } from '../domain/ids';
import { parsePartialDate, yearOf } from '../domain/partial-date';
import { AGREEMENT_TYPES, isStatus, type AgreementType, type Status } from '../domain/vocabulary';
import { geodesicDistanceKm } from '../geo/geodesic-distance';
import { en, pl } from '../i18n/messages';
import { fold } from '../query/fold';

/**
 * A user's own CSV of partnerships, to show on the map beside the atlas. Two formats, told apart
 * by the header (case and surrounding spaces ignored, extra columns ignored):
 *
 * - the open-data format of `partnerships.csv` (as exported), any subset of its columns with
 *   `municipality_teryt` or `municipality_name`, `partner_name` and `partner_country`; read are
 *   also `partner_lat`, `partner_lon`, `partner_teryt`, `type`, `status` and `signed`;
 * - a minimal format `municipality,partner,country,type,year` (`type`, `year` optional; optional
 *   `lat`, `lon` or `partner_lat`, `partner_lon` place a partner the atlas does not know).
 *
 * The text is RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, line breaks inside quotes,
 * a leading BOM); a header with more semicolons than commas means `;`-separated (a spreadsheet in
 * a Polish locale). Every row that cannot be used is reported with the line it starts on and the
 * reason; the good rows are kept. Values are data, kept verbatim (trimmed), never markup.
 * Never throws on any text.
 */

/** At most this many data rows are read; the rest of a longer file is reported and ignored. */
export const MAX_IMPORT_ROWS = 100_000;
/** Longest accepted name (characters) of a municipality or partner. */
export const MAX_NAME_LENGTH = 200;
/** Rows handled between two yields to the event loop in `parseUserCsvChunked` (about 10–25 ms of work on a slow machine). */
export const IMPORT_CHUNK_ROWS = 500;

/** One usable row: both ends placed, distance computed (geodesic km, 0.1 km). */
export type UserPartnership = {
  /** 1-based line of the file where the row starts. */
  line: number;
  municipality: Teryt;
  municipalityName: string;
  municipalityPoint: LngLat;
  /** The partner's name as the file writes it. */
  partnerName: string;
  /** ISO 3166-1 alpha-2, upper case. */
  partnerCountry: string;
  /** The atlas place matched by country and name (or alias) when the file gives no coordinates; else null. */
  partnerPlace: PlaceId | null;
  /** Set when the partner is a Polish unit of the atlas (by `partner_teryt`, or a PL name). */
  partnerTeryt: Teryt | null;
  partnerPoint: LngLat;
  type: AgreementType;
  status: Status;
  /** Year of the first agreement; null when the file gives none. */
  year: number | null;
  distanceKm: number;
};
export type ImportError = { line: number; reason: string };
export type ImportFormat = 'open-data' | 'minimal';
export type ImportResult = { format: ImportFormat | null; rows: UserPartnership[]; errors: ImportError[] };
/** `rows`: data rows read so far; `fraction`: share of the text read, 0 … 1. */
export type ImportProgress = { rows: number; fraction: number };

/** Parse a user's CSV at once (see the module comment). */
export function parseUserCsv(text: string, index: AtlasIndex): ImportResult {
  const session = importSession(text, index);
  session.step(Infinity);
  return session.result();
}

/**
 * The same as `parseUserCsv`, giving the same result, but yielding to the event loop
 * (`setTimeout(0)`) every `IMPORT_CHUNK_ROWS` rows and reporting progress after each chunk and at
 * the end (fraction 1), so a 50,000-row file does not freeze the page. An aborted `signal` stops
 * it at the next yield and rejects with the signal's reason.
 */
export async function parseUserCsvChunked(
  text: string,
  index: AtlasIndex,
  onProgress?: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const session = importSession(text, index);
  for (;;) {
    const done = session.step(IMPORT_CHUNK_ROWS);
    onProgress?.(session.progress());
    if (done) return session.result();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw signal.reason;
  }
}

// ---------------------------------------------------------------------------------------------
// RFC 4180 reader

type CsvRecord = { line: number; fields: string[]; error: string | null };

/** Count line breaks (CRLF, LF or a lone CR, each one) in a piece of text. */
function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** Reads one record at a time, keeping the 1-based line each record starts on. */
class CsvReader {
  pos = 0;
  private line = 1;
  private readonly stop: RegExp;

  constructor(
    private readonly text: string,
    private readonly delim: ',' | ';',
  ) {
    this.stop = delim === ',' ? /[,\r\n]/g : /[;\r\n]/g;
  }

  next(): CsvRecord | null {
    const t = this.text;
    if (this.pos >= t.length) return null;
    const line = this.line;
    const fields: string[] = [];
    for (;;) {
      if (t[this.pos] === '"') {
        let value = '';
        let p = this.pos + 1;
        for (;;) {
          const q = t.indexOf('"', p);
          if (q === -1) {
            this.line += countBreaks(t.slice(p));
            this.pos = t.length;
            return { line, fields, error: 'a quoted field is never closed (a " without its closing ")' };
          }
          const piece = t.slice(p, q);
          this.line += countBreaks(piece);
          value += piece;
          if (t[q + 1] === '"') {
            value += '"';
            p = q + 2;
          } else {
            p = q + 1;
            break;
          }
        }
        fields.push(value);
        this.pos = p;
        const c = t[p];
        if (c === this.delim) {
          this.pos++;
          continue;
        }
        if (c !== undefined && c !== '\r' && c !== '\n') {
          this.skipLine();
          return { line, fields, error: 'text after a closing quote (quote the whole field and double the quotes inside it)' };
        }
      } else {
        this.stop.lastIndex = this.pos;
        const m = this.stop.exec(t);
        const end = m ? m.index : t.length;
        fields.push(t.slice(this.pos, end));
        this.pos = end;
        if (t[end] === this.delim) {
          this.pos++;
          continue;
        }
      }
      this.endLine();
      return { line, fields, error: null };
    }
  }

  /** Consume the line break ending a record, if any. */
  private endLine(): void {
    const t = this.text;
    if (t[this.pos] === '\r') this.pos++;
    else if (t[this.pos] !== '\n') return;
    if (t[this.pos] === '\n') this.pos++;
    this.line++;
  }

  private skipLine(): void {
    const nl = /[\r\n]/g;
    nl.lastIndex = this.pos;
    const m = nl.exec(this.text);
    this.pos = m ? m.index : this.text.length;
    this.endLine();
  }
}

// ---------------------------------------------------------------------------------------------
// Rows

/** A value for a message: quoted, control characters escaped, at most 60 characters. */
const show = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

const OPEN_DATA_COLUMNS = ['municipality_teryt', 'municipality_name', 'partner_name', 'partner_country', 'partner_teryt', 'partner_lat', 'partner_lon', 'type', 'status', 'signed'] as const;
const MINIMAL_COLUMNS = ['municipality', 'partner', 'country', 'type', 'year', 'lat', 'lon', 'partner_lat', 'partner_lon'] as const;
type Column = (typeof OPEN_DATA_COLUMNS)[number] | (typeof MINIMAL_COLUMNS)[number];

/** Agreement types by folded id and folded Polish and English label ("miasto partnerskie", "twin city"). */
const TYPE_BY_NAME: ReadonlyMap<string, AgreementType> = new Map(
  AGREEMENT_TYPES.flatMap((t) => [t, pl[`type_${t}`], en[`type_${t}`]].map((name) => [fold(name), t] as const)),
);

/** A TERYT code as typed: odd lengths lost a leading zero (a spreadsheet), 7 digits carry GUS's kind digit. */
function normaliseTeryt(s: string): string | null {
  if (!/^\d{1,7}$/.test(s)) return null;
  if (s.length % 2 === 1 && s.length < 7) return `0${s}`;
  return s.length === 7 ? s.slice(0, 6) : s;
}

/** A coordinate in degrees within ±limit; a decimal comma is accepted. */
function parseCoordinate(s: string, limit: number): number | null {
  const v = s.replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v)) return null;
  const n = Number(v);
  return Math.abs(n) <= limit ? n : null;
}

function importSession(text: string, index: AtlasIndex) {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = /[^\r\n]*\S[^\r\n]*/.exec(body)?.[0] ?? '';
  const delim = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const reader = new CsvReader(body, delim);
  const rows: UserPartnership[] = [];
  const errors: ImportError[] = [];
  let format: ImportFormat | null = null;
  const col: Partial<Record<Column, number>> = {};
  let width = 0;
  let dataRows = 0;
  let done = false;
  const seen = new Map<string, number>();

  // Lookups by folded name, built once per file.
  const municipalitiesByName = new Map<string, Municipality[]>();
  for (const m of index.municipalities.values()) {
    const k = fold(m.name);
    municipalitiesByName.set(k, [...(municipalitiesByName.get(k) ?? []), m]);
  }
  const placesByName = new Map<string, Place[]>();
  for (const p of index.places.values()) {
    for (const name of new Set([p.name, ...p.aliases].map(fold))) {
      const k = `${p.country}\u0000${name}`;
      placesByName.set(k, [...(placesByName.get(k) ?? []), p]);
    }
  }

  const readHeader = (rec: CsvRecord): void => {
    const before = errors.length;
    const names = rec.fields.map((f) => f.trim().toLowerCase());
    const has = (c: string): boolean => names.includes(c);
    if (has('partner_name') && has('partner_country')) format = 'open-data';
    else if (has('municipality') && has('partner') && has('country')) format = 'minimal';
    else {
      errors.push({
        line: rec.line,
        reason: `unrecognised header ${show(rec.fields.join(delim))}: expected the open-data columns (municipality_teryt or municipality_name, partner_name, partner_country, …) or municipality,partner,country,type,year`,
      });
      return;
    }
    const wanted: readonly Column[] = format === 'open-data' ? OPEN_DATA_COLUMNS : MINIMAL_COLUMNS;
    for (const c of wanted) {
      const at = names.indexOf(c);
      if (at === -1) continue;
      if (names.indexOf(c, at + 1) !== -1) errors.push({ line: rec.line, reason: `column "${c}" appears twice in the header` });
      col[c] = at;
    }
    if (format === 'open-data' && col.municipality_teryt === undefined && col.municipality_name === undefined)
      errors.push({ line: rec.line, reason: 'the open-data format needs a municipality_teryt or municipality_name column' });
    if (errors.length > before) {
      format = null;
      return;
    }
    width = names.length;
  };

  const municipalityByTeryt = (raw: string, what: string): Municipality | string => {
    const t = normaliseTeryt(raw);
    if (t === null) return `${what} ${show(raw)} is not a TERYT code (2, 4 or 6 digits)`;
    return index.municipalities.get(t as Teryt) ?? `unknown TERYT code ${show(raw)} in ${what}`;
  };
  /** `advice` ends the reason when the name is unknown or ambiguous. */
  const municipalityByName = (name: string, what: string, advice: string): Municipality | string => {
    if (name.length > MAX_NAME_LENGTH) return `${what} is ${name.length} characters long (at most ${MAX_NAME_LENGTH})`;
    const found = municipalitiesByName.get(fold(name)) ?? [];
    if (found.length === 1) return found[0]!;
    if (found.length === 0) return `unknown municipality ${show(name)}: ${advice}`;
    return `ambiguous municipality ${show(name)}: ${found.map((m) => `${m.teryt} (${m.name}, ${m.kind})`).join(', ')}; ${advice}`;
  };

  const readRow = (rec: CsvRecord): UserPartnership | string => {
    const f = rec.fields;
    if (f.length > width && f.slice(width).some((v) => v.trim() !== ''))
      return `${f.length} fields, but the header has ${width} (is a value with a ${delim === ',' ? 'comma' : 'semicolon'} not quoted?)`;
    const get = (c: Column): string => {
      const i = col[c];
      return i === undefined ? '' : (f[i] ?? '').trim();
    };
    const od = format === 'open-data';

    // The Polish side.
    let m: Municipality | string;
    if (od) {
      const t = get('municipality_teryt');
      const name = get('municipality_name');
      if (t) {
        m = municipalityByTeryt(t, 'municipality_teryt');
        if (typeof m !== 'string' && name && fold(name) !== fold(m.name)) return `municipality_teryt ${t} is ${m.name}, not ${show(name)}`;
      } else if (name) m = municipalityByName(name, 'municipality_name', 'give the TERYT code');
      else return 'municipality_teryt and municipality_name are both empty';
    } else {
      const v = get('municipality');
      if (!v) return 'municipality is empty';
      m = /^\d+$/.test(v) ? municipalityByTeryt(v, 'municipality') : municipalityByName(v, 'municipality', 'give the TERYT code');
    }
    if (typeof m === 'string') return m;

    // The partner.
    const partnerName = get(od ? 'partner_name' : 'partner');
    if (!partnerName) return `${od ? 'partner_name' : 'partner'} is empty`;
    if (partnerName.length > MAX_NAME_LENGTH) return `partner name is ${partnerName.length} characters long (at most ${MAX_NAME_LENGTH})`;
    const countryRaw = get(od ? 'partner_country' : 'country');
    const country = countryRaw.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) return `country ${show(countryRaw)} is not an ISO 3166-1 alpha-2 code (e.g. DE, UA)`;
    const latRaw = get('partner_lat') || (od ? '' : get('lat'));
    const lonRaw = get('partner_lon') || (od ? '' : get('lon'));
    let partnerPoint: LngLat | null = null;
    let partnerPlace: PlaceId | null = null;
    let partnerTeryt: Teryt | null = null;
    if (latRaw || lonRaw) {
      if (!latRaw || !lonRaw) return 'give both partner_lat and partner_lon, or neither';
      const lat = parseCoordinate(latRaw, 90);
      const lon = parseCoordinate(lonRaw, 180);
      if (lat === null) return `partner latitude ${show(latRaw)} is not a number of degrees between -90 and 90`;
      if (lon === null) return `partner longitude ${show(lonRaw)} is not a number of degrees between -180 and 180`;
      partnerPoint = [lon, lat];
    }
    const pt = od ? get('partner_teryt') : '';
    if (pt) {
      const pm = municipalityByTeryt(pt, 'partner_teryt');
      if (typeof pm === 'string') return pm;
      partnerTeryt = pm.teryt;
      partnerPoint ??= [pm.lng, pm.lat];
    }
    if (!partnerPoint) {
      const found = placesByName.get(`${country}\u0000${fold(partnerName)}`) ?? [];
      if (found.length > 1)
        return `ambiguous place ${show(partnerName)} (${country}): ${found.map((p) => p.id).join(', ')}; give partner_lat and partner_lon`;
      const place = found[0];
      if (place) {
        partnerPlace = place.id;
        partnerTeryt = place.teryt;
        partnerPoint = [place.lng, place.lat];
      } else if (country === 'PL') {
        const pm = municipalityByName(partnerName, 'partner', 'give partner_lat and partner_lon');
        if (typeof pm === 'string') return pm;
        partnerTeryt = pm.teryt;
        partnerPoint = [pm.lng, pm.lat];
      } else return `unknown place ${show(partnerName)} (${country}): give partner_lat and partner_lon`;
    }
    if (partnerTeryt === m.teryt) return `${m.name} cannot be its own partner`;

    // Type, status, year.
    const typeRaw = get('type');
    const type = typeRaw ? TYPE_BY_NAME.get(fold(typeRaw)) : 'unspecified';
    if (!type) return `unknown type ${show(typeRaw)}: use one of ${AGREEMENT_TYPES.join(', ')}`;
    const statusRaw = get('status').toLowerCase();
    if (statusRaw && !isStatus(statusRaw)) return `unknown status ${show(statusRaw)}: use active or ended`;
    const status: Status = statusRaw && isStatus(statusRaw) ? statusRaw : 'active';
    const dateRaw = get(od ? 'signed' : 'year');
    let year: number | null = null;
    if (dateRaw) {
      const d = parsePartialDate(dateRaw);
      if (!d) return `${od ? 'signed' : 'year'} ${show(dateRaw)} is not a year (4 digits, 1900–2100) or a date YYYY-MM-DD`;
      year = yearOf(d);
    }

    const municipalityPoint: LngLat = [m.lng, m.lat];
    const key = `${m.teryt}|${partnerPlace ?? partnerTeryt ?? `${country}|${fold(partnerName)}|${partnerPoint[0]},${partnerPoint[1]}`}`;
    const first = seen.get(key);
    if (first !== undefined) return `duplicate of line ${first} (${m.name} – ${partnerName})`;
    seen.set(key, rec.line);
    return {
      line: rec.line,
      municipality: m.teryt,
      municipalityName: m.name,
      municipalityPoint,
      partnerName,
      partnerCountry: country,
      partnerPlace,
      partnerTeryt,
      partnerPoint,
      type,
      status,
      year,
      distanceKm: Math.round(geodesicDistanceKm(municipalityPoint, partnerPoint) * 10) / 10,
    };
  };

  /** Handle up to `max` records; true when the file is done. */
  const step = (max: number): boolean => {
    for (let n = 0; n < max && !done; n++) {
      const rec = reader.next();
      if (rec === null) {
        done = true;
        if (format === null && errors.length === 0) errors.push({ line: 1, reason: 'empty file: no header row' });
        break;
      }
      const blank = rec.error === null && rec.fields.every((v) => v.trim() === '');
      if (blank) continue;
      if (rec.error !== null) {
        errors.push({ line: rec.line, reason: `CSV syntax: ${rec.error}` });
        if (format === null) done = true;
        continue;
      }
      if (format === null) {
        readHeader(rec);
        if (format === null) done = true;
        continue;
      }
      if (++dataRows > MAX_IMPORT_ROWS) {
        errors.push({ line: rec.line, reason: `more than ${MAX_IMPORT_ROWS} rows: this row and the rest of the file are not imported` });
        done = true;
        break;
      }
      try {
        const r = readRow(rec);
        if (typeof r === 'string') errors.push({ line: rec.line, reason: r });
        else rows.push(r);
      } catch (e) {
        errors.push({ line: rec.line, reason: `could not read this row (${e instanceof Error ? e.message : String(e)})` });
      }
    }
    return done;
  };

  return {
    step,
    progress: (): ImportProgress => ({ rows: dataRows, fraction: done || body.length === 0 ? 1 : reader.pos / body.length }),
    result: (): ImportResult => ({ format, rows, errors }),
  };
}
