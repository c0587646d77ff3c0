import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasIndex } from './atlas-index';
import type { Notes, Partnership } from '../domain/atlas';
import type { LngLat } from '../domain/ids';
import { VOIVODESHIPS } from '../domain/vocabulary';
import { greatCircleLine } from '../geo/great-circle-line';

/**
 * The open-data columns, in order: the same as `public/data/partnerships.csv` (written by the
 * pipeline's `scripts/lib/open-data.ts`; a unit test keeps the two identical) and the README.
 */
export const OPEN_DATA_COLUMNS = [
  'municipality_teryt', 'municipality_name', 'voivodeship',
  'partner_name', 'partner_place_name', 'partner_geonames_id', 'partner_country', 'partner_teryt',
  'municipality_lat', 'municipality_lon', 'partner_lat', 'partner_lon',
  'type', 'type_as_written', 'status', 'verification', 'signed', 'agreements', 'ended', 'end_reason', 'fields',
  'distance_km', 'source', 'source_as_of', 'dates_source', 'notes',
] as const;
export type OpenDataColumn = (typeof OPEN_DATA_COLUMNS)[number];

/**
 * One RFC 4180 field: quoted (inner quotes doubled) when it holds a comma, quote, CR, LF or BOM or
 * starts or ends with a space, as the pipeline's writer (papaparse) does, so both give the same bytes.
 */
export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n\uFEFF]/.test(s) || s.startsWith(' ') || s.endsWith(' ') ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The given partnerships (e.g. those passing the filters) as open-data CSV: header plus one row
 * per partnership, in the given order, `\n` line ends and a final newline, values written as the
 * published file writes them (distances in km to 0.1, coordinates in WGS84 degrees). Partnerships
 * whose municipality or place is not in the index are left out; `notes` gives each row's notes
 * (the app loads them on demand: `dataset/notes.ts`). Values are data, written
 * verbatim: no spreadsheet-formula escaping, exactly like the published file.
 */
export function toOpenDataCsv(index: AtlasIndex, partnerships: Iterable<Partnership>, notes: Notes): string {
  const lines = [OPEN_DATA_COLUMNS.join(',')];
  for (const ps of partnerships) {
    const m = index.municipalities.get(ps.municipality);
    const p = index.places.get(ps.place);
    if (!m || !p) continue;
    const row: Record<OpenDataColumn, string | number> = {
      municipality_teryt: m.teryt,
      municipality_name: m.name,
      voivodeship: VOIVODESHIPS[m.voivodeship],
      partner_name: ps.partnerName,
      partner_place_name: p.name,
      partner_geonames_id: p.geonamesId ?? '',
      partner_country: p.country,
      partner_teryt: p.teryt ?? '',
      municipality_lat: m.lat,
      municipality_lon: m.lng,
      partner_lat: p.lat,
      partner_lon: p.lng,
      type: ps.type,
      type_as_written: ps.typeAsWritten,
      status: ps.status,
      verification: ps.verification,
      signed: ps.signed[0] ?? '',
      agreements: ps.signed.join(';'),
      ended: ps.ended ?? '',
      end_reason: ps.endReason,
      fields: ps.fields.join(';'),
      distance_km: ps.distanceKm,
      source: ps.source,
      source_as_of: ps.sourceAsOf,
      dates_source: ps.datesSource,
      notes: notes.get(ps.id) ?? '',
    };
    lines.push(OPEN_DATA_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return lines.join('\n') + '\n';
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/**
 * The given partnerships as a GeoJSON FeatureCollection, [lng, lat] in WGS84 degrees: one Point
 * per municipality and per partner place they use (`kind` 'municipality' or 'place'), then one
 * LineString per partnership (`kind` 'partnership'): the great-circle line the map draws
 * (`index.lines`), rounded to 5 decimals (about 1 m), with its ends set exactly on the two points.
 * Like the map's lines, longitudes are unwrapped and may leave [-180, 180] on a route across
 * the antimeridian (the far end is then its place's longitude ± 360°). Partnerships whose
 * municipality or place is not in the index are left out.
 */
export function toGeoJson(index: AtlasIndex, partnerships: Iterable<Partnership>, notes: Notes): FeatureCollection<Point | LineString> {
  const points: Feature<Point>[] = [];
  const lines: Feature<LineString>[] = [];
  const seen = new Set<string>();
  for (const ps of partnerships) {
    const m = index.municipalities.get(ps.municipality);
    const p = index.places.get(ps.place);
    if (!m || !p) continue;
    if (!seen.has(`m:${m.teryt}`)) {
      seen.add(`m:${m.teryt}`);
      points.push({
        type: 'Feature',
        id: m.teryt,
        properties: { kind: 'municipality', teryt: m.teryt, name: m.name, municipality_kind: m.kind, voivodeship: VOIVODESHIPS[m.voivodeship] },
        geometry: { type: 'Point', coordinates: [m.lng, m.lat] },
      });
    }
    if (!seen.has(`p:${p.id}`)) {
      seen.add(`p:${p.id}`);
      points.push({
        type: 'Feature',
        id: p.id,
        properties: { kind: 'place', place_id: p.id, name: p.name, country: p.country, geonames_id: p.geonamesId, teryt: p.teryt },
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
      });
    }
    const i = index.featureIndex.get(ps.id);
    const line: readonly LngLat[] = (i === undefined ? undefined : index.lines[i]) ?? greatCircleLine([m.lng, m.lat], [p.lng, p.lat]);
    const coords = line.map(([x, y]) => [round5(x), round5(y)]);
    const end = line[line.length - 1]!;
    coords[0] = [m.lng, m.lat];
    coords[coords.length - 1] = [p.lng + 360 * Math.round((end[0] - p.lng) / 360), p.lat];
    lines.push({
      type: 'Feature',
      id: ps.id,
      properties: {
        kind: 'partnership', id: ps.id, municipality_teryt: m.teryt, municipality_name: m.name, place_id: p.id,
        partner_name: ps.partnerName, partner_place_name: p.name, partner_country: p.country, partner_teryt: p.teryt,
        type: ps.type, status: ps.status, verification: ps.verification, signed: ps.signed[0] ?? null,
        distance_km: ps.distanceKm, source: ps.source, source_as_of: ps.sourceAsOf, dates_source: ps.datesSource || null, notes: notes.get(ps.id) || null,
      },
      geometry: { type: 'LineString', coordinates: coords },
    });
  }
  return { type: 'FeatureCollection', features: [...points, ...lines] };
}
