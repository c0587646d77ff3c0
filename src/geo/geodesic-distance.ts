import geodesic from 'geographiclib-geodesic';
import { km, type Km, type LngLat } from '../domain/ids';

const WGS84 = geodesic.Geodesic.WGS84;

/**
 * Geodesic distance on the WGS84 ellipsoid (Karney's algorithm, GeographicLib), in kilometres.
 * Towns publish ellipsoidal figures: the Jelenia Góra page gives Changzhou 8,236 km, Tyler
 * 8,587 km, Tequila 10,114 km; a spherical formula (Turf's `distance`) is 16–19 km short.
 * Identical points give 0; antipodal points are handled by the algorithm.
 *
 * @example geodesicDistanceKm([15.729, 50.900], [119.954, 31.774]) // ≈ 8236
 */
export function geodesicDistanceKm(from: LngLat, to: LngLat): Km {
  const r = WGS84.Inverse(from[1], from[0], to[1], to[0], geodesic.Geodesic.DISTANCE);
  return km((r.s12 ?? 0) / 1000);
}
