/**
 * `npm run data`: validate the curated files in data/, resolve places, compute distances and
 * write the app's data file and the open-data export to public/data/. Fails with file, line and
 * reason on any bad row.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAtlas } from './lib/build';
import { buildAtlasIndex } from '../src/dataset/atlas-index';
import { toOpenDataCsv } from '../src/dataset/export';
import { parseNotes } from '../src/dataset/notes';
import { buildBasemap, buildGminaShapes } from './lib/basemap';
import { OUT, SOURCES } from './paths';

const CHECK = process.argv.includes('--check');
/** `--dry`: validate only, write nothing (safe to run while others build). */
const DRY = process.argv.includes('--dry');

function main(): void {
  const t0 = Date.now();
  const { built, errors } = buildAtlas();
  if (!built) fail(errors);
  const { atlas, notes, curated, authorities: loaded } = built;
  const authorities = atlas.municipalities;

  const basemap = buildBasemap(SOURCES);
  const outputs: [string, string][] = [
    ['atlas.json', JSON.stringify(atlas)],
    ['notes.json', JSON.stringify(notes)],
    // The open-data export is written by the same function as the app's CSV export, with the
    // notes read back by the app's own reader.
    ['partnerships.csv', toOpenDataCsv(buildAtlasIndex(atlas), atlas.partnerships, parseNotes(notes))],
    ['basemap/countries.json', JSON.stringify(basemap.countries)],
    ['basemap/voivodeships.json', JSON.stringify(basemap.voivodeships)],
    ['basemap/gminy.json', JSON.stringify(buildGminaShapes(SOURCES))],
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

  const count = (k: string): number => [...loaded.pointSources.values()].filter((s) => s === k).length;
  const gminaCount = loaded.gminy.length;
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
