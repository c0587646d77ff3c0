import { describe, expect, it } from 'vitest';
import { idleCount, partnerRows, urlOf, useBrowser, waitForIdle, panelsSettled } from './harness';

const { open } = useBrowser();

describe('national data in Chromium', () => {
  it('finds a partner place by its Polish and its local name', async () => {
    const t = await open();
    const box = t.page.getByRole('combobox');
    await box.fill('Norymberga');
    await expect(t.page.getByRole('option').first().textContent()).resolves.toMatch(/^Nürnberg.*Norymberga.*Niemcy/);
    await box.fill('nurnberg');
    await expect(t.page.getByRole('option').first().textContent()).resolves.toMatch(/^Nürnberg/);
    t.checkClean();
    await t.page.close();
  });

  it('selects a place shared by several Polish municipalities, then narrows them by voivodeship', async () => {
    const t = await open();
    await t.page.getByRole('combobox').fill('lwow');
    const before = await idleCount(t.page);
    await t.page.getByRole('option', { name: /^Lviv/ }).click();
    await waitForIdle(t.page, before);
    await panelsSettled(t.page);
    await expect(t.page.locator('#sel-title').textContent()).resolves.toBe('Lviv');
    const names = (await partnerRows(t.page)).map((r) => r.name);
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(names).toEqual(expect.arrayContaining(['Kraków', 'Rzeszów', 'Łódź']));
    expect(await urlOf(t.page)).toContain('pl=g702550');
    await expect(t.page.locator('.map-label--place').textContent()).resolves.toBe('Lviv');

    await t.page.getByRole('button', { name: 'Filtry' }).click();
    await t.page.getByRole('checkbox', { name: /^małopolskie/ }).check();
    expect((await partnerRows(t.page)).map((r) => r.name)).toEqual(['Kraków']);
    expect(await urlOf(t.page)).toContain('w=12');

    // Clicking a municipality in the list opens that municipality with this partner selected.
    await t.page.locator('.partner', { hasText: 'Kraków' }).click();
    await panelsSettled(t.page);
    await expect(t.page.locator('#sel-title').textContent()).resolves.toBe('Kraków');
    await panelsSettled(t.page);
    await expect(t.page.locator('.partnership h3').textContent()).resolves.toBe('Lwów');
    t.checkClean();
    await t.page.close();
  });

  it('shows pairs that only Wikipedia lists, marked as such, when asked to', async () => {
    const t = await open('?m=126101');
    const official = await partnerRows(t.page);
    expect(official.every((r) => !/Wikipedia/.test(r.meta))).toBe(true);
    await t.page.getByRole('button', { name: 'Filtry' }).click();
    await t.page.getByRole('checkbox', { name: /^Wikipedia, brak na oficjalnej stronie/ }).check();
    const all = await partnerRows(t.page);
    expect(all.length).toBeGreaterThan(official.length);
    const extra = all.filter((r) => /Wikipedia, brak na oficjalnej stronie/.test(r.meta));
    expect(extra.length).toBe(all.length - official.length);
    await t.page.locator('.partner', { hasText: extra[0]!.name }).first().click();
    await panelsSettled(t.page);
    await expect(t.page.locator('.partnership a').getAttribute('href')).resolves.toMatch(/^https:\/\/github.com\/Hekman\/twincities\/blob\/[0-9a-f]{40}\/twin_cities_raw.csv#L\d+/);
    t.checkClean();
    await t.page.close();
  });

  it('filters by kind of Polish unit: counties are their own kind', async () => {
    const t = await open('?k=powiat');
    await t.page.getByRole('combobox').fill('powiat sanocki');
    await t.page.getByRole('option', { name: /^powiat sanocki/ }).click();
    await expect(t.page.locator('.panel-head .muted').textContent()).resolves.toMatch(/^powiat/);
    expect((await partnerRows(t.page)).length).toBeGreaterThan(0);
    t.checkClean();
    await t.page.close();
  });
});
