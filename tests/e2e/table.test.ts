import { describe, expect, it } from 'vitest';
import { panelsSettled, urlOf, useBrowser } from './harness';

const { open } = useBrowser();

const cells = async (page: import('playwright-core').Page, col: number) =>
  (await panelsSettled(page), page.$$eval(`.table-view tbody tr td:nth-child(${col})`, (tds) => tds.map((td) => td.textContent ?? '')));

describe('table view', () => {
  it('lists the filtered partnerships, sorts by a column, searches, and selects a row from the keyboard', async () => {
    const t = await open('?tab=table&c=GE', { waitForMap: false });
    const { page } = t;
    await page.waitForSelector('.table-view tbody tr');
    // Only Georgian partners pass the filter; default sort is by distance, ascending.
    const countries = await cells(page, 4);
    expect(new Set(countries)).toEqual(new Set(['Gruzja']));
    const km = (await cells(page, 8)).map((s) => Number(s.replace(/\D/g, '')));
    expect(km).toEqual([...km].sort((a, b) => a - b));

    // Sorting by municipality: the header says so to assistive technology.
    const header = page.getByRole('columnheader', { name: /Gmina/ });
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const names = await cells(page, 1);
    expect(names).toEqual([...names].sort(new Intl.Collator('pl').compare));
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');

    // Search ignores case and diacritics.
    await page.getByRole('searchbox', { name: 'Szukaj w tabeli' }).fill('kartuzy');
    await expect(cells(page, 1)).resolves.toEqual(['Kartuzy']);

    // Keyboard: focus the partner button in the row and press Enter.
    const partner = page.locator('.table-view tbody tr button').first();
    await partner.focus();
    await page.keyboard.press('Enter');
    await panelsSettled(page);
    await expect(page.locator('#sel-title').textContent()).resolves.toBe('Kartuzy');
    await panelsSettled(page);
    await expect(page.locator('.partnership h3').textContent()).resolves.toBe('Gori');
    await expect(page.locator('.table-view tr.selected').count()).resolves.toBe(1);
    expect(await urlOf(page)).toContain('tab=table');
    t.checkClean();
    await page.close();
  });
});
