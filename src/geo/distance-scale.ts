/**
 * The one distance scale of the app, shared by the map's lines and the charts so a colour means
 * the same distance everywhere. Distances are geodesic kilometres; a class runs from its lower
 * break (included) to the next (excluded): <250, 250–500, 500–1000, 1000–2000, 2000–5000,
 * 5000–10000 and ≥10000 km.
 */
export const DISTANCE_BREAKS_KM = [250, 500, 1000, 2000, 5000, 10000] as const;

/** Number of classes: one more than the breaks. */
export const DISTANCE_CLASS_COUNT = DISTANCE_BREAKS_KM.length + 1;

/**
 * One colour per class, near to far: the perceptually uniform, colour-blind-safe Inferno scheme
 * sampled from t = 0.6 (orange-red) down to t = 0 (near black), so every colour keeps at least
 * 3:1 contrast on the light basemap and darker means farther. Written out, not computed at start:
 * a unit test holds them to d3-scale-chromatic's `interpolateInferno` at those points.
 */
export const DISTANCE_COLORS: readonly string[] = ['#dd513a', '#bc3754', '#932667', '#6a176e', '#420a68', '#160b39', '#000004'];

/** A class's range in km: `toKm` is excluded, and null for the last, open-ended class. */
export type DistanceRange = { fromKm: number; toKm: number | null };

/** The classes in order, near to far. */
export const DISTANCE_CLASSES: readonly DistanceRange[] = Array.from({ length: DISTANCE_CLASS_COUNT }, (_, i) => ({
  fromKm: i === 0 ? 0 : DISTANCE_BREAKS_KM[i - 1]!,
  toKm: DISTANCE_BREAKS_KM[i] ?? null,
}));

/**
 * The class (0 … 6) of a distance in km: the number of breaks at or below it, so 250 is in class 1.
 * Negative distances and NaN fall in class 0, as a missing value does on the map
 * (see `distanceColorExpression`); Infinity falls in the last class.
 */
export function distanceClass(km: number): number {
  let c = 0;
  for (const b of DISTANCE_BREAKS_KM) if (km >= b) c++;
  return c;
}

/** The colour (`#rrggbb`) of a distance in km; same edge behaviour as `distanceClass`. */
export const distanceColor = (km: number): string => DISTANCE_COLORS[distanceClass(km)]!;

/** The legend: each class's range and colour, near to far. */
export function distanceLegend(): { fromKm: number; toKm: number | null; color: string }[] {
  return DISTANCE_CLASSES.map((r, i) => ({ ...r, color: DISTANCE_COLORS[i]! }));
}

/**
 * A MapLibre `step` expression giving each feature the colour `distanceColor` gives its numeric
 * property (`km` by default): `["step", ["to-number", ["get", property], 0], c0, 250, c1, …]`.
 * A missing or non-numeric property counts as 0 km (class 0). Plain JSON, so this module does not
 * depend on MapLibre.
 */
export function distanceColorExpression(property = 'km'): unknown[] {
  const expr: unknown[] = ['step', ['to-number', ['get', property], 0], DISTANCE_COLORS[0]];
  DISTANCE_BREAKS_KM.forEach((b, i) => expr.push(b, DISTANCE_COLORS[i + 1]));
  return expr;
}
