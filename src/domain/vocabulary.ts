/** Closed vocabularies shared by the data pipeline and the app. */

export const AGREEMENT_TYPES = [
  'twin_city',
  'honorary_twin_city',
  'partner_city',
  'friendly_city',
  'cooperation_without_agreement',
  'letter_of_intent',
  /** The source names the pair but not the kind of agreement (the Wikipedia-derived lists). */
  'unspecified',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const STATUSES = ['active', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * How a partnership is known: from the municipality's official page; only from a secondary list
 * (no official page of the municipality in the data); or from a secondary list although the
 * municipality's official page, which is in the data, does not list it (hidden by default); or
 * from a file the user loaded into the app (`user`, never in the bundled data).
 */
export const VERIFICATIONS = ['official', 'secondary', 'unverified', 'user'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export const isAgreementType = (s: string): s is AgreementType =>
  (AGREEMENT_TYPES as readonly string[]).includes(s);
export const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);

/** The 16 voivodeships by their 2-digit TERYT code. */
export const VOIVODESHIPS = {
  '02': 'dolnośląskie',
  '04': 'kujawsko-pomorskie',
  '06': 'lubelskie',
  '08': 'lubuskie',
  '10': 'łódzkie',
  '12': 'małopolskie',
  '14': 'mazowieckie',
  '16': 'opolskie',
  '18': 'podkarpackie',
  '20': 'podlaskie',
  '22': 'pomorskie',
  '24': 'śląskie',
  '26': 'świętokrzyskie',
  '28': 'warmińsko-mazurskie',
  '30': 'wielkopolskie',
  '32': 'zachodniopomorskie',
} as const;
export type VoivodeshipCode = keyof typeof VOIVODESHIPS;

/**
 * Kinds of Polish authority. Gmina kinds come from the 7th digit of the TERYT code (the GUGiK
 * "_R" suffix); counties (powiaty, 4-digit codes) and voivodeships (2-digit codes) that have
 * partners of their own are kinds of their own, never mixed into the gminy.
 */
export const MUNICIPALITY_KINDS = ['urban', 'urban_rural', 'rural', 'powiat', 'voivodeship'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];
export const isGmina = (k: MunicipalityKind): boolean => k === 'urban' || k === 'urban_rural' || k === 'rural';
