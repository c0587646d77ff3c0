import type { StyleSpecification } from 'maplibre-gl';

/**
 * The bundled offline basemap: Natural Earth countries and Poland's voivodeships, served from the
 * app's own origin. No glyphs or sprites are needed: labels are HTML markers, so the map makes no
 * request outside the app. An online style can replace it via VITE_BASEMAP_STYLE_URL.
 */
export function offlineStyle(origin: string): StyleSpecification {
  const url = (path: string): string => new URL(`${import.meta.env.BASE_URL}${path}`, origin).href;
  return {
    version: 8,
    sources: {
      // maxzoom: the shapes are simplified for small scales, so deeper tiles add no detail, only
      // tiling work after every zoom (measured with `npm run bench`).
      countries: { type: 'geojson', data: url('data/basemap/countries.json'), attribution: 'Natural Earth', maxzoom: 5 },
      // promoteId: the choropleth sets feature state by voivodeship name.
      voivodeships: { type: 'geojson', data: url('data/basemap/voivodeships.json'), attribution: 'GUGiK PRG', promoteId: 'name', maxzoom: 7 },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': '#dbe7f0' } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f7f5f0' } },
      { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#b8b2a6', 'line-width': 0.6 } },
      { id: 'voivodeships-fill', type: 'fill', source: 'voivodeships', paint: { 'fill-color': '#fbf1e6' } },
      {
        id: 'voivodeships-line',
        type: 'line',
        source: 'voivodeships',
        paint: { 'line-color': '#cdb9a5', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.3, 7, 1.2] },
      },
    ],
  };
}

export const STYLE_URL: string | undefined = import.meta.env.VITE_BASEMAP_STYLE_URL || undefined;
