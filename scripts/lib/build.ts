import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ATLAS_SCHEMA_VERSION, atlasSchema, type Atlas, type NotesFile } from '../../src/domain/atlas';
import { countryNameTable } from '../../src/i18n/country-names';
import { DATA } from '../paths';
import { buildCurated, formatError, type CuratedOutput } from './curated';
import type { Gazetteer } from './gazetteer';
import { loadAuthorities, loadGazetteer, readCsvDir, type Authorities } from './sources';

export type Built = { atlas: Atlas; notes: NotesFile; curated: CuratedOutput; authorities: Authorities; gazetteer: Gazetteer };

/** The whole data build, shared by `npm run data` and `npm run data:report`; errors, if any, as lines. */
export function buildAtlas(): { built: Built | null; errors: string[] } {
  const loaded = loadAuthorities();
  if (loaded.errors.length > 0) return { built: null, errors: loaded.errors };
  const gazetteer = loadGazetteer();
  const curated = buildCurated({
    partnershipFiles: readCsvDir(resolve(DATA, 'partnerships')),
    placeFiles: readCsvDir(resolve(DATA, 'places')),
    importedFiles: readCsvDir(resolve(DATA, 'imported')),
    officialLists: { file: 'official-lists.csv', csv: readFileSync(resolve(DATA, 'official-lists.csv'), 'utf8') },
    networks: { file: 'data/networks.csv', csv: readFileSync(resolve(DATA, 'networks.csv'), 'utf8') },
    disputed: { file: 'data/disputed.csv', csv: readFileSync(resolve(DATA, 'disputed.csv'), 'utf8') },
    municipalities: new Map(loaded.value.all.map((m) => [m.teryt, m])),
    gazetteer,
  });
  if (curated.errors.length > 0) return { built: null, errors: curated.errors.map(formatError) };
  const atlas: Atlas = {
    schemaVersion: ATLAS_SCHEMA_VERSION,
    municipalities: loaded.value.all,
    places: curated.places.sort((a, b) => a.id.localeCompare(b.id)),
    partnerships: curated.partnerships.map(({ notes: _, ...p }) => p),
    countryNames: countryNameTable(['PL', ...curated.places.map((p) => p.country)]),
  };
  atlasSchema.parse(atlas); // the writer and the app's loader agree on the format
  const notes: NotesFile = { schemaVersion: ATLAS_SCHEMA_VERSION, notes: Object.fromEntries(curated.partnerships.filter((p) => p.notes).map((p) => [p.id, p.notes])) };
  return { built: { atlas, notes, curated, authorities: loaded.value, gazetteer }, errors: [] };
}
