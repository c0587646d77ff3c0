import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './store';
import { whenIdle } from '../idle';
import { serializeUrlState } from './url-state';

/**
 * How long the address bar lags the store. `history.replaceState` costs 15–30 ms of main thread
 * in Chromium: written inside a click it delayed the map's next frame, and a camera move, a
 * selection and its refit wrote it two or three times. Writes are coalesced and made when the
 * store has been quiet this long and then the page is idle (a timed write still met a selection's
 * later frames: the first selection's write took 2–50 ms, in an idle callback 1–12 ms), and at
 * once when the page is hidden or left.
 */
export const URL_WRITE_DELAY_MS = 300;
/** The longest an idle callback waits for the write, after the quiet spell. */
export const URL_WRITE_IDLE_TIMEOUT_MS = 1000;

/**
 * Keep the address bar in step with the store, so a copied URL restores the view. While a write
 * is pending, `data-url-pending` is set on <html> (browser tests wait for it to clear).
 */
export function syncUrl(store: StoreApi<AppState>): () => void {
  // The address as loaded: odd or redundant parameters are replaced by the state they gave at once.
  let last = location.search;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  const flag = document.documentElement.dataset;
  const query = (): string => {
    const s = store.getState();
    return serializeUrlState({ selection: s.selection, filters: s.filters, lang: s.lang, view: s.view, tab: s.tab, rings: s.rings, choropleth: s.choropleth, compare: s.compare });
  };
  const pending = (): boolean => timer !== undefined || cancelIdle !== undefined;
  const cancel = (): void => {
    clearTimeout(timer);
    cancelIdle?.();
    timer = cancelIdle = undefined;
  };
  const write = (): void => {
    cancel();
    delete flag.urlPending;
    const q = query();
    if (q === last) return;
    last = q;
    history.replaceState(null, '', `${location.pathname}${q}${location.hash}`);
  };
  // Hover and other state outside the URL change nothing here.
  const schedule = (): void => {
    if (!pending() && query() === last) return;
    cancel();
    flag.urlPending = 'true';
    timer = setTimeout(() => (cancelIdle = whenIdle(write, URL_WRITE_IDLE_TIMEOUT_MS)), URL_WRITE_DELAY_MS);
  };
  const flush = (): void => void (pending() && write());
  write();
  const unsubscribe = store.subscribe(schedule);
  addEventListener('pagehide', flush);
  const onHidden = (): void => void (document.visibilityState === 'hidden' && flush());
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    unsubscribe();
    flush();
    removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
