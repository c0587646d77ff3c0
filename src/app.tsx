import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlas } from './dataset/use-atlas';
import { LANGUAGES } from './i18n/messages';
import { afterStart } from './after-start';
import { DetailsPanel, OverviewIntro } from './panels/details-panel';
import { FiltersPanel } from './panels/filters-panel';
import { SearchBox } from './panels/search-box';
import { TableView } from './panels/table-view';
import { ExportPanel } from './panels/export-panel';
import { StatsView } from './panels/stats-view';
import { ImportPanel, type UserData } from './panels/import-panel';
import { buildAtlasIndex } from './dataset/atlas-index';
import { withUserData } from './dataset/user-data';
import { TABS } from './state/url-state';
import { useWebGL } from './map/webgl';
import { isDefaultFilters } from './query/filters';
import { getAppStore, useApp } from './state/store';
import { useLoaded } from './use-loaded';

/** The map's code (MapLibre): main.tsx starts loading it with the page when the map is the view. */
export const loadMapView = () => import('./map/map-view');

/** Composition only: loading and error states, the header, the side panel and the map. */
export function App() {
  const { t, i18n } = useTranslation();
  const atlas = useAtlas();
  const [user, setUser] = useState<UserData | null>(null);
  // The index the app shows: the bundled data, with the user's file beside it or instead of it.
  const index = useMemo(() => {
    if (atlas.status !== 'ready') return null;
    return user ? buildAtlasIndex(withUserData(atlas.index.atlas, user.rows, user.mode, user.name)) : atlas.index;
  }, [atlas, user]);
  const lang = useApp((s) => s.lang);
  const setLang = useApp((s) => s.setLang);
  const tabChoice = useApp((s) => s.tab);
  const setTab = useApp((s) => s.setTab);
  const webgl = useWebGL();
  const tab = webgl !== false || tabChoice !== 'map' ? tabChoice : 'table';
  // The map's code (MapLibre) starts loading at once, alongside the data and the WebGL probe,
  // rather than after them: the downloads, the probe and the map's worker start-up overlap.
  // Kept in state rather than behind React.lazy and Suspense: React holds back a suspended
  // boundary's content for up to 300 ms after its fallback shows, and that delayed the map.
  const mapModule = useLoaded(loadMapView);
  // Open at start when the URL sets filters. The header's buttons that show the filters' state are
  // their own components, so a filter change does not re-render the whole app.
  const [filtersOpen, setFiltersOpen] = useState(() => !isDefaultFilters(getAppStore().getState().filters));
  // What waits until the data shows (after-start.ts): the map view starts it at its first frame
  // with the data; the other views once the data is in.
  const ready = atlas.status === 'ready';
  useEffect(() => (ready && tab !== 'map' ? afterStart() : undefined), [ready, tab]);

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = i18n.t('appTitle');
  }, [lang, i18n]);

  return (
    <div className="app">
      <header className="topbar">
        <h1>{t('appTitle')}</h1>
        {index ? (
          <SearchBox index={index} />
        ) : (
          // Holds the search box's place (and the header's height) until the data is there.
          <div className="search">
            <label htmlFor="search-pending" className="visually-hidden">{t('searchLabel')}</label>
            <input id="search-pending" type="search" disabled placeholder={t('searchPlaceholder')} />
          </div>
        )}
        <div className="topbar-actions">
          {(
            <div className="lang" role="group" aria-label={t('views')}>
              {TABS.filter((v) => webgl !== false || v !== 'map').map((v) => (
                <button key={v} type="button" aria-pressed={tab === v} onClick={() => setTab(v)}>
                  {t(`tab_${v}`)}
                </button>
              ))}
            </div>
          )}
          <FiltersButton open={filtersOpen} onToggle={() => setFiltersOpen((o) => !o)} />
          <ResetButton />
          <div className="lang" role="group" aria-label={t('language')}>
            {LANGUAGES.map((l) => (
              <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)} lang={l}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
      </header>
      <main className="content">
        {atlas.status === 'loading' && (
          <>
            {/* The panel says what the app is while the data loads. */}
            <aside className="panel" aria-label={t('partnersOf')}>
              <section className="panel-body" aria-labelledby="overview-title">
                <OverviewIntro />
              </section>
            </aside>
            <div className="status" role="status">
              <p>{t('loading')}</p>
              <progress
                max={atlas.progress?.total ?? undefined}
                value={atlas.progress?.total ? atlas.progress.loaded : undefined}
                aria-label={t('loading')}
              />
            </div>
          </>
        )}
        {atlas.status === 'error' && (
          <div className="status status--error" role="alert">
            <p><strong>{t('loadError')}</strong></p>
            <p>{t('loadErrorHint')}</p>
            <p className="muted small">{atlas.message}</p>
          </div>
        )}
        {atlas.status === 'ready' && index && (
          <>
            <aside className="panel" aria-label={t('partnersOf')}>
              {filtersOpen && (
                <div id="filters">
                  <FiltersPanel index={index} />
                </div>
              )}
              <DetailsPanel index={index} />
              <footer className="sources small muted">
                <ImportPanel bundled={atlas.index} user={user} onLoad={setUser} onClear={() => setUser(null)} />
                <ExportPanel index={index} />
                <a href={`${import.meta.env.BASE_URL}data/partnerships.csv`} download>partnerships.csv</a>
                {' · '}
                {t('attribution')}
              </footer>
            </aside>
            {tab === 'map' ? (
              <div className="map-wrap" role="region" aria-label={t('map')}>
                <p className="visually-hidden">{t('mapAlt')}</p>
                {mapModule === 'failed' ? (
                  <div className="status status--error" role="alert">{t('loadError')}</div>
                ) : webgl && mapModule ? (
                  <mapModule.MapView index={index} />
                ) : (
                  <div className="status" role="status">{t('loading')}</div>
                )}
              </div>
            ) : tab === 'table' ? (
              <div className="table-wrap">
                {webgl === false && <p className="notice" role="status">{t('noWebGL')}</p>}
                <TableView index={index} />
              </div>
            ) : (
              <div className="table-wrap">
                <StatsView index={index} />
              </div>
            )}
          </>
        )}
      </main>
    </div>
  );
}

/** Shows or hides the filters; marked when any filter is set. */
function FiltersButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const filtered = useApp((s) => !isDefaultFilters(s.filters));
  return (
    <button type="button" aria-expanded={open} aria-controls="filters" className={filtered ? 'has-filters' : ''} onClick={onToggle}>
      {t('filters')}
    </button>
  );
}

/** Clears filters and selection; disabled when there is nothing to clear. */
function ResetButton() {
  const { t } = useTranslation();
  const reset = useApp((s) => s.reset);
  const idle = useApp((s) => isDefaultFilters(s.filters) && !s.selection);
  return (
    <button type="button" onClick={reset} title={t('resetTitle')} disabled={idle}>
      {t('reset')}
    </button>
  );
}
