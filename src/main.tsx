import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadMapView } from './app';
import { initI18n } from './i18n/i18n';
import { initAppStore } from './state/store';
import { syncUrl } from './state/url-sync';
import { parseUrlState } from './state/url-state';
import { probeWebGL } from './map/webgl';
import { startAtlasLoad } from './dataset/use-atlas';
import { loadBasemap } from './map/basemap';
import { STYLE_URL } from './map/style';
import './styles.css';

// Started first: the data's worker fetches and prepares the data while the page renders and the
// map's code loads, and the probe sets up the GPU process's GL, off the main thread.
startAtlasLoad();
void probeWebGL();

const initial = parseUrlState(window.location.search);
// The basemap's triangles are built in a worker meanwhile too (the map reports a failure).
if (initial.tab === 'map' && !STYLE_URL) loadBasemap().catch(() => {});
if (initial.tab === 'map') void loadMapView().catch(() => {}); // App reports a failure
const store = initAppStore(initial);
initI18n(initial.lang);
syncUrl(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
