import { createRequire } from 'node:module';
import { feature, merge } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** ISO 3166-1 numeric codes, as world-atlas ids its countries. */
const RUSSIA = '643';
const UKRAINE = '804';
/** A box around the Crimean peninsula (with Sevastopol), clear of Russia's Taman peninsula. */
const CRIMEA = { west: 32.2, east: 36.7, south: 44.2, north: 46.3 };

/**
 * Natural Earth 1:50m countries (world-atlas), with Crimea drawn as part of Ukraine. Natural Earth
 * draws borders as they are held on the ground, so its Russia includes Crimea; Poland, the EU and
 * the UN General Assembly recognise it as Ukraine's, and so does this atlas (a Polish town's
 * partners in Crimea are Ukrainian places). Crimea's polygons are moved from Russia's geometry to
 * Ukraine's; `countryGeometry` then dissolves the border that Natural Earth draws across the
 * Perekop isthmus.
 */
export function countriesTopology(): CountriesTopology {
  const topo = structuredClone(require('world-atlas/countries-50m.json') as CountriesTopology);
  const geometries = topo.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === RUSSIA) as TopoMultiPolygon | undefined;
  const ukraine = geometries.find((g) => g.id === UKRAINE) as TopoMultiPolygon | undefined;
  if (russia?.type !== 'MultiPolygon' || ukraine?.type !== 'MultiPolygon') throw new Error('world-atlas: Russia or Ukraine is not a MultiPolygon');
  const inCrimea = (arcs: number[][]): boolean => {
    const ring = (feature(topo, { type: 'Polygon', arcs }).geometry as Polygon).coordinates[0]!;
    return ring.every(([x, y]) => x! >= CRIMEA.west && x! <= CRIMEA.east && y! >= CRIMEA.south && y! <= CRIMEA.north);
  };
  const crimea = russia.arcs.filter(inCrimea);
  if (crimea.length === 0) return topo; // a Natural Earth edition that already draws it in Ukraine
  russia.arcs = russia.arcs.filter((p) => !crimea.includes(p));
  ukraine.arcs = [...ukraine.arcs, ...crimea];
  return topo;
}

/** A country's shape, with any border between its own polygons dissolved. */
export function countryGeometry(topo: CountriesTopology, g: CountriesTopology['objects']['countries']['geometries'][number]): Polygon | MultiPolygon {
  if (g.type === 'MultiPolygon') return merge(topo, [g]);
  return (feature(topo, g) as Feature<Polygon | MultiPolygon>).geometry;
}
