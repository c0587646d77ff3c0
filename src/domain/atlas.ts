import '../zod-config'; // first: before any schema below is built
import { z } from 'zod';
import { AGREEMENT_TYPES, MUNICIPALITY_KINDS, STATUSES, VERIFICATIONS, VOIVODESHIPS } from './vocabulary';
import type { PartnershipId, PlaceId, Teryt } from './ids';
import { ATLAS_SCHEMA_VERSION } from './schema-version';

export { ATLAS_SCHEMA_VERSION };

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const teryt = z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/);
const voivodeship = z.enum(Object.keys(VOIVODESHIPS) as [keyof typeof VOIVODESHIPS, ...(keyof typeof VOIVODESHIPS)[]]);

/** A Polish authority: every gmina, and the powiaty and voivodeships. */
export const municipalitySchema = z.object({
  teryt,
  name: z.string().min(1),
  kind: z.enum(MUNICIPALITY_KINDS),
  powiat: z.string(),
  voivodeship,
  lng,
  lat,
});

export const placeSchema = z.object({
  id: z.string().regex(/^[gtx][\w-]+$/),
  geonamesId: z.number().int().positive().nullable(),
  name: z.string().min(1),
  /** Other names sources use (Polish exonyms, old spellings), for search. */
  aliases: z.array(z.string()),
  country: z.string().regex(/^[A-Z]{2}$/),
  /** Set when the place is itself a Polish gmina: the partnership is then shown from both sides. */
  teryt: teryt.nullable(),
  lng,
  lat,
});

export const partnershipSchema = z.object({
  id: z.string(),
  municipality: teryt,
  place: z.string(),
  partnerName: z.string().min(1),
  type: z.enum(AGREEMENT_TYPES),
  typeAsWritten: z.string(),
  status: z.enum(STATUSES),
  verification: z.enum(VERIFICATIONS),
  signed: z.array(partialDate),
  agreementsNote: z.string(),
  cooperationSince: partialDate.nullable(),
  ended: partialDate.nullable(),
  endReason: z.string(),
  fields: z.array(z.string()),
  distanceKm: z.number().nonnegative(),
  source: z.string().min(1),
  sourceAsOf: partialDate,
  /** The official page the dates come from, when it is not `source` (a seed page without dates); '' otherwise. */
  datesSource: z.string(),
});

/** Country name by ISO 3166-1 alpha-2 code, in one UI language. */
const countryNamesOfLanguage = z.record(z.string().regex(/^[A-Z]{2}$/), z.string().min(1));

export const atlasSchema = z.object({
  schemaVersion: z.literal(ATLAS_SCHEMA_VERSION),
  municipalities: z.array(municipalitySchema),
  places: z.array(placeSchema),
  partnerships: z.array(partnershipSchema),
  countryNames: z.object({ pl: countryNamesOfLanguage, en: countryNamesOfLanguage }),
});

type Branded<T, K extends keyof T, B> = Omit<T, K> & { readonly [P in K]: B };
export type Municipality = Branded<z.infer<typeof municipalitySchema>, 'teryt', Teryt>;
export type Place = Omit<z.infer<typeof placeSchema>, 'id' | 'teryt'> & { id: PlaceId; teryt: Teryt | null };
export type Partnership = Omit<z.infer<typeof partnershipSchema>, 'id' | 'municipality' | 'place'> & {
  id: PartnershipId;
  municipality: Teryt;
  place: PlaceId;
};
/** `public/data/notes.json`: each partnership's notes by id (partnerships without notes are left out). */
export type NotesFile = { schemaVersion: typeof ATLAS_SCHEMA_VERSION; notes: Record<string, string> };
/** The partnerships' notes, by id: anything else worth knowing about a pair, in the curators' words. */
export type Notes = ReadonlyMap<PartnershipId, string>;
export type Atlas = {
  schemaVersion: typeof ATLAS_SCHEMA_VERSION;
  municipalities: Municipality[];
  places: Place[];
  partnerships: Partnership[];
  /** The names of the data's countries in each UI language, so the app need not load Intl's (see `country-names.ts`). */
  countryNames: CountryNames;
};
/** Country names by ISO 3166-1 alpha-2 code, per UI language (`Language`). */
export type CountryNames = z.infer<typeof atlasSchema>['countryNames'];
