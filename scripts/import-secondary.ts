/**
 * `npm run import`: import the Polish pairs of the Wikipedia-derived twin-town list
 * (../shared/data/sources/hekman-twincities) into data/imported/hekman-wikipedia.csv, and every pair
 * that cannot be placed into data/review/hekman-wikipedia.csv with candidates and the reason.
 * Decisions written by hand in the review file's `decision` column are kept and applied:
 * `teryt:<code>`, `geonames:<id>`, `point:<lat>,<lon>` (say where the point comes from in `note`)
 * or `reject: <why>`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Teryt } from '../src/domain/ids';
import { fold } from '../src/query/fold';
import { parseCsv, toCsv } from './lib/csv';
import { formatError, readAliases, type DataError } from './lib/curated';
import { CountryShapes } from './lib/country-shapes';
import { PolishResolver } from './lib/polish-side';
import { importedCsv, importSecondary, type PointOnly } from './lib/secondary-import';
import { HEKMAN_DIR, loadAuthorities, loadCitiesJson, loadGazetteer, loadHekmanPairs, readCsvDir, readJson } from './lib/sources';
import { DATA } from './paths';

const COMMIT = '84ebdec26ee6878367953cfbc56311ae6452752b';
const SOURCE_AS_OF = '2026-02-08';
const sourceUrl = (lines: number[]): string =>
  `https://github.com/Hekman/twincities/blob/${COMMIT}/twin_cities_raw.csv#L${lines.join(',L')}`;

const OUT_FILE = resolve(DATA, 'imported', 'hekman-wikipedia.csv');
const REVIEW_FILE = resolve(DATA, 'review', 'hekman-wikipedia.csv');
const POLISH_NAMES_FILE = resolve(DATA, 'polish-names.csv');
const REVIEW_COLUMNS = ['side', 'name', 'country', 'pairs', 'reason', 'candidates', 'decision', 'note', 'source_lines'] as const;

function main(): void {
  const errors: DataError[] = [];
  const authorities = loadAuthorities();
  if (authorities.errors.length > 0) throw new Error(authorities.errors.join('\n'));
  const municipalities = new Map(authorities.value.all.map((m) => [m.teryt, m]));
  const gazetteer = loadGazetteer();
  const aliases = readAliases(readCsvDir(resolve(DATA, 'places')), gazetteer, errors);

  // Curated names of the Polish side: counties, voivodeships, English exonyms.
  const curatedPolish = new Map<string, { teryt: string; note: string }>();
  const pn = parseCsv(readFileSync(POLISH_NAMES_FILE, 'utf8'), { required: ['name', 'teryt', 'note'], optional: [] });
  for (const i of pn.issues) errors.push({ file: 'data/polish-names.csv', ...i });
  for (const { line, values: v } of pn.rows) {
    if (!municipalities.has(v.teryt as Teryt)) errors.push({ file: 'data/polish-names.csv', line, reason: `unknown TERYT ${v.teryt}` });
    else curatedPolish.set(fold(v.name!), { teryt: v.teryt!, note: v.note ?? '' });
  }

  const decisions = new Map<string, string>();
  const notes = new Map<string, string>();
  if (existsSync(REVIEW_FILE)) {
    const prev = parseCsv(readFileSync(REVIEW_FILE, 'utf8'), { required: [...REVIEW_COLUMNS], optional: [] });
    for (const { values: v } of prev.rows) {
      const key = `${v.side}|${v.country}|${fold(v.name ?? '')}`;
      if (v.decision) decisions.set(key, v.decision);
      if (v.note) notes.set(key, v.note);
    }
  }
  if (errors.length > 0) {
    for (const e of errors) console.error(formatError(e));
    process.exit(1);
  }

  const pairs = loadHekmanPairs();
  // The list author's geocoded points: the geocoder cache, then the app file's per-pair points.
  const cache = readJson<Record<string, { lat: number; lng: number } | null>>(resolve(HEKMAN_DIR, 'geocode_cache.json'));
  const appPoints = new Map<string, { lat: number; lng: number }>();
  const app = parseCsv(readFileSync(resolve(HEKMAN_DIR, 'app_public_twin_cities.csv'), 'utf8'), {
    required: ['city1', 'country1', 'lat1', 'lng1', 'city2', 'country2', 'lat2', 'lng2'],
    optional: [],
  });
  for (const { values: v } of app.rows) {
    for (const i of ['1', '2']) {
      const lat = Number(v[`lat${i}`]);
      const lng = Number(v[`lng${i}`]);
      if (v[`lat${i}`] && Number.isFinite(lat) && Number.isFinite(lng)) appPoints.set(`${v[`city${i}`]}, ${v[`country${i}`]}`, { lat, lng });
    }
  }
  const pointOnly = new Map<string, PointOnly[]>();
  for (const c of loadCitiesJson()) {
    const k = `${c.country}|${fold(c.name)}`;
    const list = pointOnly.get(k) ?? [];
    list.push({ name: c.name, country: c.country, lng: Number(c.lng), lat: Number(c.lat) });
    pointOnly.set(k, list);
  }

  const result = importSecondary(pairs, {
    polish: new PolishResolver(authorities.value.gminy, authorities.value.gminaBoundaries, curatedPolish),
    aliases,
    gazetteer,
    pointOnly,
    geocode: (name, country) => {
      const g = cache[`${name}, ${country}`] ?? appPoints.get(`${name}, ${country}`);
      return g ? [g.lng, g.lat] : null;
    },
    shapes: new CountryShapes(),
    municipalities,
    decisions,
  });

  mkdirSync(resolve(DATA, 'imported'), { recursive: true });
  mkdirSync(resolve(DATA, 'review'), { recursive: true });
  writeFileSync(OUT_FILE, importedCsv(result.rows, sourceUrl, SOURCE_AS_OF));
  writeFileSync(
    REVIEW_FILE,
    toCsv(REVIEW_COLUMNS, result.review.map(({ source_lines, key, ...r }) => ({ ...r, note: notes.get(key) ?? '', source_lines: source_lines.join(';') }))),
  );
  const s = result.stats;
  console.log(
    `import: ${s.polishRows} Polish rows of ${s.rows}; ${s.uniquePairs} unique pairs (${s.reverseDuplicatesMerged} reverse duplicates merged); ` +
      `${s.placed} placed (${((100 * s.placed) / s.uniquePairs).toFixed(1)}%), ${s.inReview} in review (${result.review.length} names)`,
  );
  console.log('  partner resolution:', JSON.stringify(s.byResolution));
}

main();
