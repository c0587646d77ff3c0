import type { FeatureCollection, LineString } from 'geojson';
import type { LngLat } from '../domain/ids';
import { RING_RADII_KM, geodesicCircle, geodesicRing } from '../geo/rings';

/** Geodesic distance rings around a point, one line per radius (built when the selection changes). */
export function ringsCollection(center: LngLat): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: RING_RADII_KM.map((km) => ({
      type: 'Feature',
      properties: { km },
      geometry: { type: 'LineString', coordinates: geodesicCircle(center, km).map(([x, y]) => [x, y]) },
    })),
  };
}

/** Where to label each ring: its northernmost point below the Mercator limit, else its southernmost. */
export function ringLabelPoints(center: LngLat): { km: number; at: LngLat }[] {
  return RING_RADII_KM.map((km) => {
    const ring = geodesicRing(center, km, 64);
    const north = ring.reduce((a, b) => (b[1] > a[1] ? b : a));
    const south = ring.reduce((a, b) => (b[1] < a[1] ? b : a));
    return { km, at: north[1] < 84 ? north : south };
  });
}
