/**
 * `npm run data`: validate the curated files in data/, resolve places, compute distances and
 * write the app's data file and the open-data export to public/data/. Fails with file, line and
 * reason on any bad row.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ATLAS_SCHEMA_VERSION, atlasSchema, type Atlas } from '../src/domain/atlas';
import { buildCurated, formatError } from './lib/curated';
import { loadAuthorities, loadGazetteer, readCsvDir } from './lib/sources';
import { OPEN_DATA_COLUMNS, openDataRows } from './lib/open-data';
import { toCsv } from './lib/csv';
import { buildBasemap } from './lib/basemap';
import { DATA, OUT, SOURCES } from './paths';

const CHECK = process.argv.includes('--check');
/** `--dry`: validate only, write nothing (safe to run while others build). */
const DRY = process.argv.includes('--dry');

function main(): void {
  const t0 = Date.now();
  const loaded = loadAuthorities();
  if (loaded.errors.length > 0) fail(loaded.errors);
  const authorities = loaded.value.all;
  const gazetteer = loadGazetteer();

  const curated = buildCurated({
    partnershipFiles: readCsvDir(resolve(DATA, 'partnerships')),
    placeFiles: readCsvDir(resolve(DATA, 'places')),
    importedFiles: readCsvDir(resolve(DATA, 'imported')),
    municipalities: new Map(authorities.map((m) => [m.teryt, m])),
    gazetteer,
  });
  if (curated.errors.length > 0) fail(curated.errors.map(formatError));

  const atlas: Atlas = {
    schemaVersion: ATLAS_SCHEMA_VERSION,
    municipalities: authorities,
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

  const count = (k: string): number => [...loaded.value.pointSources.values()].filter((s) => s === k).length;
  const gminaCount = loaded.value.gminy.length;
  console.log(
    `data: ${gminaCount} gminy (${count('geonames-seat')} at their GeoNames seat, ${count('boundary')} inside their boundary, ${count('curated')} curated), ` +
      `${authorities.length - gminaCount} powiaty and voivodeships, ${curated.places.length} partner places, ${curated.partnerships.length} partnerships ${DRY ? 'valid (dry run, nothing written)' : CHECK ? 'match public/data' : '-> public/data'} (${Date.now() - t0} ms)`,
  );
}

function fail(lines: string[]): never {
  console.error(`data build failed with ${lines.length} error(s):`);
  for (const l of lines) console.error(`  ${l}`);
  process.exit(1);
}

main();
