import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './store';
import { serializeUrlState } from './url-state';

/** Keep the address bar in step with the store, so a copied URL restores the view. */
export function syncUrl(store: StoreApi<AppState>): () => void {
  let last = '';
  const write = (s: AppState): void => {
    const query = serializeUrlState({ selection: s.selection, filters: s.filters, lang: s.lang, view: s.view, tab: s.tab, rings: s.rings, choropleth: s.choropleth, compare: s.compare });
    if (query === last) return;
    last = query;
    history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  };
  write(store.getState());
  return store.subscribe(write);
}
