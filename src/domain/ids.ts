/** Branded identifiers and units: a TERYT code is not a GeoNames id is not a kilometre. */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** TERYT code of a Polish authority: 6 digits for a gmina (WWPPGG), 4 a powiat, 2 a voivodeship. */
export type Teryt = Brand<string, 'Teryt'>;
/**
 * A partner place's id: `g<GeoNames id>`; `t<TERYT>` for a Polish authority as a partner; `x<slug>`
 * for a place absent from the GeoNames extract (its point is curated with a source).
 */
export type PlaceId = Brand<string, 'PlaceId'>;
/** Partnership id: `<teryt>-<placeId>`. */
export type PartnershipId = Brand<string, 'PartnershipId'>;
export type Km = Brand<number, 'Km'>;

/** Coordinates are GeoJSON order everywhere. */
export type LngLat = readonly [lng: number, lat: number];

export const TERYT_RE = /^\d{2}(?:\d{2}(?:\d{2})?)?$/;
export const isTeryt = (s: string): s is Teryt => TERYT_RE.test(s);
export const asTeryt = (s: string): Teryt => {
  if (!isTeryt(s)) throw new Error(`not a TERYT code: ${JSON.stringify(s)}`);
  return s;
};
export const placeIdFromGeonames = (id: number): PlaceId => `g${id}` as PlaceId;
export const partnershipId = (teryt: Teryt, place: PlaceId): PartnershipId =>
  `${teryt}-${place}` as PartnershipId;
export const km = (n: number): Km => n as Km;
