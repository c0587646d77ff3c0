import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../../scripts/lib/browser';

/**
 * One Chromium per test file. Every page records console errors and any request that leaves the
 * app's origin; `checkClean` asserts there were none.
 */
export function useBrowser(opts: { extraArgs?: string[] } = {}) {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(opts);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(query = '', { waitForMap = true, viewport }: { waitForMap?: boolean; viewport?: { width: number; height: number } } = {}): Promise<TestPage> {
    const page = await browser.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(`${baseUrl}/${query}`);
    if (waitForMap) await waitForIdle(page);
    return {
      page,
      errors,
      foreign,
      checkClean: () => {
        expect(errors, 'console errors').toEqual([]);
        expect(foreign, 'requests outside the app origin').toEqual([]);
      },
    };
  }
  return { open, baseUrl: () => baseUrl };
}

export type TestPage = { page: Page; errors: string[]; foreign: string[]; checkClean: () => void };

/** Wait until MapLibre reports idle after the given idle count (see markIdle in map-view). */
export async function waitForIdle(page: Page, after = 0): Promise<void> {
  await page.waitForFunction(
    (n) => document.documentElement.dataset.mapIdle === 'true' && Number(document.documentElement.dataset.mapIdleCount ?? 0) > n,
    after,
    { timeout: 30_000 },
  );
}

/** Wait until the map is idle and has stayed so for `quietMs` (a camera move, such as the fit to a selection, has ended). */
export async function mapSettled(page: Page, quietMs = 500): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const d = document.documentElement.dataset;
      return d.mapIdle === 'true' && performance.now() - Number(d.mapIdleAt) > quiet;
    },
    quietMs,
    { timeout: 30_000, polling: 50 },
  );
}

export const idleCount = (page: Page): Promise<number> =>
  page.evaluate(() => Number(document.documentElement.dataset.mapIdleCount ?? 0));

/** The page's address once the app has written its state to it (it does so after a short quiet spell). */
export async function urlOf(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.urlPending === undefined, null, { timeout: 10_000 });
  return page.url();
}

/**
 * Wait until no panel is `aria-busy`: after a filter change or a selection the panels render it in
 * the background (useDeferredValue), a moment after the map, and a long partner list or distance
 * chart shows its first rows at once and the rest a frame later.
 */
export async function panelsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, null, { timeout: 10_000 });
}

/** The partner list as the user reads it, once it shows the current filters: name and distance in km per row. */
export async function partnerRows(page: Page): Promise<{ name: string; km: number; meta: string }[]> {
  await panelsSettled(page);
  return page.$$eval('.partner-list .partner', (els) =>
    els.map((el) => ({
      name: el.querySelector('.partner-name')?.textContent ?? '',
      km: Number((el.querySelector('.partner-distance')?.textContent ?? '').replace(/[^\d]/g, '')),
      meta: el.querySelector('.partner-meta')?.textContent ?? '',
    })),
  );
}
