import type { Atlas } from '../../src/domain/atlas';
import { VOIVODESHIPS } from '../../src/domain/vocabulary';

/** Columns of `public/data/partnerships.csv`, one row per partnership; documented in the README. */
export const OPEN_DATA_COLUMNS = [
  'municipality_teryt', 'municipality_name', 'voivodeship',
  'partner_name', 'partner_place_name', 'partner_geonames_id', 'partner_country', 'partner_teryt',
  'municipality_lat', 'municipality_lon', 'partner_lat', 'partner_lon',
  'type', 'type_as_written', 'status', 'verification', 'signed', 'agreements', 'ended', 'end_reason', 'fields',
  'distance_km', 'source', 'source_as_of',
] as const;

export function openDataRows(atlas: Atlas): Record<(typeof OPEN_DATA_COLUMNS)[number], string | number>[] {
  const muni = new Map(atlas.municipalities.map((m) => [m.teryt, m]));
  const place = new Map(atlas.places.map((p) => [p.id, p]));
  return atlas.partnerships.map((ps) => {
    const m = muni.get(ps.municipality)!;
    const p = place.get(ps.place)!;
    return {
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
    };
  });
}
