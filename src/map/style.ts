import type { StyleSpecification } from 'maplibre-gl';

/**
 * The bundled offline style: no source and no layer of MapLibre's own. The basemap (Natural Earth
 * countries and Poland's voivodeships, served from the app's origin) is a custom layer drawn from
 * triangles built once in a worker (basemap-layer.ts); labels are HTML markers, so no glyphs or
 * sprites are needed and the map makes no request outside the app. An online style can replace it
 * via VITE_BASEMAP_STYLE_URL.
 */
export function offlineStyle(): StyleSpecification {
  return { version: 8, sources: {}, layers: [] };
}

export const STYLE_URL: string | undefined = import.meta.env.VITE_BASEMAP_STYLE_URL || undefined;
