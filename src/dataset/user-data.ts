import type { Atlas, Partnership, Place } from '../domain/atlas';
import { partnershipId, type PlaceId } from '../domain/ids';
import { fold } from '../query/fold';
import type { UserPartnership } from './import-csv';

export type UserMode = 'alongside' | 'instead';

/**
 * The atlas with a user's own partnerships: beside the bundled ones (a pair both have keeps the
 * bundled row, whose source is known), or instead of them (every municipality stays searchable).
 * User rows are marked `verification: 'user'` and cite the file. Pure: the bundled atlas is not
 * changed, so a bad file never touches the loaded data.
 */
export function withUserData(atlas: Atlas, rows: readonly UserPartnership[], mode: UserMode, fileName: string): Atlas {
  const places = new Map<PlaceId, Place>(mode === 'alongside' ? atlas.places.map((p) => [p.id, p]) : []);
  const bundledPlaces = new Map(atlas.places.map((p) => [p.id, p]));
  const municipalities = new Map(atlas.municipalities.map((m) => [m.teryt, m]));
  const partnerships: Partnership[] = mode === 'alongside' ? [...atlas.partnerships] : [];
  const seen = new Set(partnerships.map((p) => p.id));
  const today = new Date().toISOString().slice(0, 10);

  for (const r of rows) {
    let place: Place;
    if (r.partnerTeryt) {
      const m = municipalities.get(r.partnerTeryt)!;
      place = { id: `t${m.teryt}` as PlaceId, geonamesId: null, name: m.name, aliases: [], country: 'PL', teryt: m.teryt, lng: m.lng, lat: m.lat };
    } else if (r.partnerPlace && bundledPlaces.has(r.partnerPlace)) {
      place = bundledPlaces.get(r.partnerPlace)!;
    } else {
      const id = `u${fold(r.partnerName).replace(/[^a-z0-9]+/g, '-').slice(0, 60)}-${r.partnerCountry.toLowerCase()}` as PlaceId;
      place = { id, geonamesId: null, name: r.partnerName, aliases: [], country: r.partnerCountry, teryt: null, lng: r.partnerPoint[0], lat: r.partnerPoint[1] };
    }
    if (!places.has(place.id)) places.set(place.id, place);
    const id = partnershipId(r.municipality, place.id);
    if (seen.has(id)) continue;
    seen.add(id);
    partnerships.push({
      id,
      municipality: r.municipality,
      place: place.id,
      partnerName: r.partnerName,
      type: r.type,
      typeAsWritten: '',
      status: r.status,
      verification: 'user',
      signed: r.year ? [String(r.year)] : [],
      agreementsNote: '',
      cooperationSince: null,
      ended: null,
      endReason: '',
      fields: [],
      distanceKm: r.distanceKm,
      source: `file:${fileName}#L${r.line}`,
      sourceAsOf: today,
      datesSource: '',
    });
  }
  return { ...atlas, places: [...places.values()], partnerships };
}
