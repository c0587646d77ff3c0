import { createStore, type StoreApi } from 'zustand/vanilla';
import { useDeferredValue } from 'react';
import { useStore } from 'zustand';
import type { PartnershipId, PlaceId, Teryt } from '../domain/ids';
import type { AgreementType, MunicipalityKind, Status, Verification, VoivodeshipCode } from '../domain/vocabulary';
import { AGREEMENT_TYPES, MUNICIPALITY_KINDS, STATUSES, VERIFICATIONS, VOIVODESHIPS } from '../domain/vocabulary';
import type { Language } from '../i18n/messages';
import { DEFAULT_FILTERS, toggle } from '../query/filters';
import type { YearRange } from '../query/timeline';
import { DEFAULT_URL_STATE, MAX_COMPARE, type Choropleth, type Selection, type Tab, type UrlState, type View } from './url-state';

/** The store holds the user's choices only; everything derived is computed where it is used. */
export type AppState = UrlState & {
  /** The partnership under the pointer in the map, a chart or a list: shared so they highlight together. */
  hovered: PartnershipId | null;
  setHovered: (id: PartnershipId | null) => void;
  selectMunicipality: (teryt: Teryt, partner?: PlaceId | null) => void;
  selectPartner: (partner: PlaceId | null) => void;
  selectPlace: (id: PlaceId) => void;
  clearSelection: () => void;
  toggleCountry: (code: string) => void;
  setCountries: (codes: readonly string[]) => void;
  toggleType: (t: AgreementType) => void;
  toggleStatus: (s: Status) => void;
  toggleVoivodeship: (code: VoivodeshipCode) => void;
  toggleKind: (k: MunicipalityKind) => void;
  toggleVerification: (v: Verification) => void;
  setLang: (lang: Language) => void;
  setView: (view: View) => void;
  setTab: (tab: Tab) => void;
  toggleRings: () => void;
  setChoropleth: (c: Choropleth) => void;
  toggleCompare: (teryt: Teryt) => void;
  clearCompare: () => void;
  setYears: (years: YearRange | null, unknownYears?: boolean) => void;
  reset: () => void;
};

export function createAppStore(initial: UrlState = DEFAULT_URL_STATE): StoreApi<AppState> {
  return createStore<AppState>()((set) => ({
    ...initial,
    hovered: null,
    setHovered: (hovered) => set((s) => (s.hovered === hovered ? {} : { hovered })),
    selectMunicipality: (teryt, partner = null) => set({ selection: { kind: 'municipality', teryt, partner } }),
    selectPartner: (partner) =>
      set((s) => (s.selection?.kind === 'municipality' ? { selection: { ...s.selection, partner } } : {})),
    selectPlace: (id) => set({ selection: { kind: 'place', id } satisfies Selection }),
    clearSelection: () => set({ selection: null }),
    toggleCountry: (code) =>
      set((s) => {
        const next = new Set(s.filters.countries);
        if (next.has(code)) next.delete(code);
        else next.add(code);
        return { filters: { ...s.filters, countries: [...next].sort() } };
      }),
    setCountries: (codes) => set((s) => ({ filters: { ...s.filters, countries: [...new Set(codes)].sort() } })),
    toggleType: (t) => set((s) => ({ filters: { ...s.filters, types: toggle(s.filters.types, t, AGREEMENT_TYPES) } })),
    toggleStatus: (st) => set((s) => ({ filters: { ...s.filters, statuses: toggle(s.filters.statuses, st, STATUSES) } })),
    toggleVoivodeship: (code) =>
      set((s) => ({ filters: { ...s.filters, voivodeships: toggle(s.filters.voivodeships, code, Object.keys(VOIVODESHIPS) as VoivodeshipCode[]) } })),
    toggleKind: (k) => set((s) => ({ filters: { ...s.filters, kinds: toggle(s.filters.kinds, k, MUNICIPALITY_KINDS) } })),
    toggleVerification: (v) => set((s) => ({ filters: { ...s.filters, verifications: toggle(s.filters.verifications, v, VERIFICATIONS) } })),
    setLang: (lang) => set({ lang }),
    setView: (view) => set({ view }),
    setTab: (tab) => set({ tab }),
    toggleRings: () => set((s) => ({ rings: !s.rings })),
    setChoropleth: (choropleth) => set({ choropleth }),
    toggleCompare: (teryt) =>
      set((s) => ({
        compare: s.compare.includes(teryt) ? s.compare.filter((x) => x !== teryt) : [...s.compare, teryt].slice(-MAX_COMPARE),
      })),
    clearCompare: () => set({ compare: [] }),
    setYears: (years, unknownYears) => set((s) => ({ filters: { ...s.filters, years, unknownYears: unknownYears ?? s.filters.unknownYears } })),
    reset: () => set({ selection: null, filters: DEFAULT_FILTERS }),
  }));
}

let appStore: StoreApi<AppState> | null = null;
/** The app's single store, created once from the URL at start-up. */
export function initAppStore(initial: UrlState): StoreApi<AppState> {
  appStore = createAppStore(initial);
  return appStore;
}
export function useApp<T>(selector: (s: AppState) => T): T {
  if (!appStore) throw new Error('store not initialised');
  return useStore(appStore, selector);
}
/**
 * The filters for panels that summarise what passes them (lists, charts, tables): React renders
 * them with the previous filters first and with the new ones in the background, so a filter change
 * reaches the map and the checkbox at once and the panels follow without blocking input. `pending`
 * is true while a panel still shows the previous filters: panels mark themselves `aria-busy`.
 */
export function useDeferredFilters(): { filters: AppState['filters']; pending: boolean } {
  const live = useApp((s) => s.filters);
  const filters = useDeferredValue(live);
  return { filters, pending: filters !== live };
}
/**
 * The selection for the side panel: like `useDeferredFilters`, React renders the panel for a new
 * selection in the background (in slices that leave input and the map's frames free), after the
 * map has shown it. `pending` is true while the panel still shows the previous selection.
 */
export function useDeferredSelection(): { selection: AppState['selection']; pending: boolean } {
  const live = useApp((s) => s.selection);
  const selection = useDeferredValue(live);
  return { selection, pending: selection !== live };
}
export const getAppStore = (): StoreApi<AppState> => {
  if (!appStore) throw new Error('store not initialised');
  return appStore;
};
