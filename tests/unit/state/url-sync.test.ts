import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initAppStore } from '../../../src/state/store';
import { URL_WRITE_DELAY_MS, syncUrl } from '../../../src/state/url-sync';
import { parseUrlState } from '../../../src/state/url-state';
import type { Teryt } from '../../../src/domain/ids';

/**
 * The address bar follows the store after a quiet spell and when the page is idle, not inside
 * every click. The browser
 * pieces url-sync touches (history, location, the document and its events) are stand-ins here.
 */
describe('address bar sync', () => {
  let replaceState: ReturnType<typeof vi.fn>;
  let listeners: Map<string, () => void>;
  let page: { visibilityState: string; documentElement: { dataset: Record<string, string> } };
  /** Idle callbacks waiting to run (the page's idle periods are the test's to give). */
  let idle: Map<number, () => void>;
  const runIdle = (): void => {
    const due = [...idle.values()];
    idle.clear();
    due.forEach((f) => f());
  };

  beforeEach(() => {
    vi.useFakeTimers();
    replaceState = vi.fn();
    listeners = new Map();
    page = {
      visibilityState: 'visible',
      documentElement: { dataset: {} },
    };
    const on = (type: string, f: () => void): void => void listeners.set(type, f);
    idle = new Map();
    let ids = 0;
    vi.stubGlobal('requestIdleCallback', (f: () => void) => (idle.set(++ids, f), ids));
    vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
    vi.stubGlobal('history', { replaceState });
    vi.stubGlobal('location', { pathname: '/mapa/', search: '', hash: '' });
    vi.stubGlobal('addEventListener', on);
    vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
    vi.stubGlobal('document', { ...page, get visibilityState() { return page.visibilityState; }, addEventListener: on, removeEventListener: (type: string) => listeners.delete(type) });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const written = (): string[] => replaceState.mock.calls.map((c) => String(c[2]));

  it('writes once after the store has been quiet and the page is idle, with the last state', () => {
    const store = initAppStore(parseUrlState(''));
    syncUrl(store);
    expect(written()).toEqual([]); // the address already says it
    store.getState().selectMunicipality('126101' as Teryt);
    store.getState().selectMunicipality('026101' as Teryt);
    expect(written()).toEqual([]);
    expect(document.documentElement.dataset.urlPending).toBe('true');
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 1);
    runIdle();
    expect(written()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(written()).toEqual([]); // quiet, but the page is busy
    runIdle();
    expect(written()).toEqual(['/mapa/?m=026101']);
    expect(document.documentElement.dataset.urlPending).toBeUndefined();
  });

  it('starts the quiet spell again on a change while the write waits for an idle period', () => {
    const store = initAppStore(parseUrlState(''));
    syncUrl(store);
    store.getState().selectMunicipality('126101' as Teryt);
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    store.getState().selectMunicipality('026101' as Teryt);
    runIdle();
    expect(written()).toEqual([]);
    expect(document.documentElement.dataset.urlPending).toBe('true');
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    runIdle();
    expect(written()).toEqual(['/mapa/?m=026101']);
  });

  it('does not schedule a write for state the URL does not hold', () => {
    const store = initAppStore(parseUrlState(''));
    syncUrl(store);
    store.getState().setHovered(null);
    expect(document.documentElement.dataset.urlPending).toBeUndefined();
    vi.runAllTimers();
    runIdle();
    expect(written()).toEqual([]);
  });

  it('replaces odd parameters at once with the state they gave', () => {
    vi.stubGlobal('location', { pathname: '/mapa/', search: '?m=<b>x</b>&lang=xx', hash: '#top' });
    syncUrl(initAppStore(parseUrlState(location.search)));
    expect(written()).toEqual(['/mapa/#top']);
  });

  it('writes at once when the page is hidden or left', () => {
    const store = initAppStore(parseUrlState(''));
    syncUrl(store);
    store.getState().selectMunicipality('126101' as Teryt);
    page.visibilityState = 'hidden';
    listeners.get('visibilitychange')!();
    expect(written()).toEqual(['/mapa/?m=126101']);
    store.getState().selectMunicipality('066301' as Teryt);
    listeners.get('pagehide')!();
    expect(written().at(-1)).toBe('/mapa/?m=066301');
    vi.runAllTimers();
    runIdle();
    expect(written()).toHaveLength(2);
  });
});
