import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, panelsSettled } from './harness';

const { open } = useBrowser();

/** axe-core's WCAG 2.1 A/AA rules on the page as it is; violations listed by rule and target. */
async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

describe('accessibility (axe-core)', () => {
  it('has no violations on the map with a selection and a partner open', async () => {
    const t = await open('?m=126101&p=g2861650');
    expect(await violations(t.page)).toEqual([]);
    await t.page.close();
  });

  it('has no violations with the filters open and in English', async () => {
    const t = await open('?m=026101&lang=en');
    await t.page.getByRole('button', { name: 'Filters' }).click();
    expect(await violations(t.page)).toEqual([]);
    await t.page.close();
  });

  it('has no violations with a search typed and its results open', async () => {
    // The typed text used to be white on the white field (the bar's colour, inherited).
    const t = await open('?lang=en');
    await t.page.getByRole('combobox').fill('gorzyce');
    await t.page.waitForSelector('.search-results li');
    expect(await violations(t.page)).toEqual([]);
    const { color, background } = await t.page.getByRole('combobox').evaluate((e) => ({ color: getComputedStyle(e).color, background: getComputedStyle(e).backgroundColor }));
    expect(color).not.toBe(background);
    await t.page.close();
  });

  it('has no violations in the table and statistics views', async () => {
    const t = await open('?tab=table&c=DE', { waitForMap: false });
    await t.page.waitForSelector('.table-view tbody tr');
    expect(await violations(t.page)).toEqual([]);
    await t.page.getByRole('button', { name: 'Statystyki' }).click();
    await t.page.waitForSelector('.stats-view svg');
    expect(await violations(t.page)).toEqual([]);
    await t.page.close();
  });

  it('works from the keyboard: search, select, open a partner, filter, switch language, reset', async () => {
    const t = await open();
    const { page } = t;
    await page.keyboard.press('Tab'); // the search box is the first control
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('combobox');
    await page.keyboard.type('krakow');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await panelsSettled(page);
    await expect(page.locator('#sel-title').textContent()).resolves.toBe('Kraków');
    // Tab to the first partner in the list and open it.
    const first = page.locator('.partner-list .partner').first();
    for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    const firstName = await first.locator('.partner-name').textContent();
    await page.keyboard.press('Enter');
    await panelsSettled(page);
    await expect(page.locator('.partnership h3').textContent()).resolves.toBe(firstName);
    expect(firstName).toBe('Olomouc'); // the nearest partner
    // Focus is visible: the focused control has an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // Language and reset are buttons in the header.
    await page.getByRole('button', { name: 'EN', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1').textContent()).resolves.toBe('Twin towns of Poland');
    await page.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    await panelsSettled(page);
    await expect(page.locator('#overview-title').count()).resolves.toBe(1);
    t.checkClean();
    await page.close();
  });
});
