import { DISTANCE_CLASSES, DISTANCE_COLORS, distanceClass } from '../geo/distance-scale';

/** One bar of the distance chart: a class of the map's distance scale (km, `toKm` excluded, null when open-ended). */
export type DistanceBin = { fromKm: number; toKm: number | null; count: number; color: string };

/**
 * How many distances (geodesic km) fall in each class of the map's distance scale
 * (`src/geo/distance-scale.ts`), so the chart's bars have the map's colours. Always the 7
 * classes, near to far, empty ones with count 0; every value is counted, so the counts add up to
 * the input's length (negative and NaN values count in the first class, as on the map).
 */
export function distanceHistogram(distancesKm: readonly number[]): DistanceBin[] {
  const counts = DISTANCE_CLASSES.map(() => 0);
  for (const d of distancesKm) counts[distanceClass(d)]! += 1;
  return DISTANCE_CLASSES.map((c, i) => ({ ...c, count: counts[i]!, color: DISTANCE_COLORS[i]! }));
}
