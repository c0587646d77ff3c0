import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasIndex, PartnerView } from '../dataset/atlas-index';
import type { LngLat } from '../domain/ids';
import { RING_RADII_KM, geodesicCircle, geodesicRing } from '../geo/rings';

/** Municipalities with partners, built once; feature id = position in `index.withPartners`. */
export function municipalitiesCollection(index: AtlasIndex): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: index.withPartners.map(
      (m, i): Feature<Point> => ({
        type: 'Feature',
        id: i,
        properties: { teryt: m.teryt, name: m.name, kind: m.kind },
        geometry: { type: 'Point', coordinates: [m.lng, m.lat] },
      }),
    ),
  };
}

/**
 * The other ends of the selection's partnerships (a small source, rebuilt only when the selection
 * changes). Each point sits at the end of its unwrapped line, so it matches the line's world copy.
 */
export function partnersCollection(index: AtlasIndex, views: readonly PartnerView[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: views.map((v, i): Feature<Point> => {
      const line = index.lines[index.featureIndex.get(v.partnership.id)!]!;
      const end = v.reverse ? line[0]! : line[line.length - 1]!;
      return {
        type: 'Feature',
        id: i,
        properties: { partnership: v.partnership.id, place: v.place.id, name: v.otherName, status: v.partnership.status, reverse: v.reverse, km: v.partnership.distanceKm },
        geometry: { type: 'Point', coordinates: [end[0], end[1]] },
      };
    }),
  };
}

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
