import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';

const { open } = useBrowser();

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe('import of a user CSV', () => {
  it('shows good rows, lists bad ones by line, renders names as text, and a failing file changes nothing', async () => {
    const t = await open('?m=146501&tab=table', { waitForMap: false });
    const { page } = t;
    await page.waitForSelector('.table-view tbody tr');
    const before = await page.locator('.table-view [role=status]').textContent();

    const csv = [
      'municipality,partner,country,type,year',
      'Warszawa,Bautzen,DE,partner_city,1990', // 2: a known place
      'Warszawa,Atlantis,XX,partner_city,1990', // 3: bad country
      '"Warszawa","<img src=x onerror=""window.__xss=1"">",DE,friendly_city,2001', // 4: no such place
      'Nibylandia,Kyiv,UA,twin_city,1999', // 5: unknown municipality
      'Warszawa,Kyiv,UA,twin_city,19x9', // 6: bad year
    ].join('\n');
    await page.locator('.import summary').click();
    await page.locator('.import input[type=file]').setInputFiles(file('moje.csv', csv));
    await page.waitForSelector('.import-errors li');
    const errors = await page.$$eval('.import-errors li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(errors.map((e) => Number(/wiersz (\d+)/.exec(e)?.[1]))).toEqual([3, 4, 5, 6]);
    expect(errors.join('\n')).toContain('<img src=x onerror='); // shown literally, as text
    await page.waitForFunction(() => /wczytano 1 wierszy, błędów: 4/.test(document.querySelector('.import-status')?.textContent ?? ''));
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // The good row is in the data now, marked as from the user's file.
    await page.getByRole('searchbox', { name: 'Szukaj w tabeli' }).fill('bautzen');
    await page.waitForFunction(() => [...document.querySelectorAll('.table-view tbody tr')].some((tr) => /Warszawa.*Bautzen.*twój plik/.test(tr.textContent ?? '')));

    // A file with no usable row is refused; the loaded data stays as it was.
    await page.locator('.import input[type=file]').setInputFiles(file('zly.csv', 'foo;bar\n1;2\n'));
    await page.waitForFunction(() => /Nie wczytano zly\.csv/.test(document.querySelector('.import-status')?.textContent ?? ''));
    await page.getByRole('searchbox', { name: 'Szukaj w tabeli' }).fill('');
    await expect(page.locator('.import').textContent()).resolves.toContain('Na mapie: moje.csv (1 partnerstw)');
    await page.getByRole('button', { name: 'Usuń plik' }).click();
    await page.waitForFunction((b) => document.querySelector('.table-view [role=status]')?.textContent === b, before);
    t.checkClean();
    await page.close();
  });

  it('reads a large file in chunks without freezing the page', async () => {
    const t = await open('?tab=table', { waitForMap: false });
    const { page } = t;
    await page.waitForSelector('.table-view tbody tr');
    const lines = ['municipality,partner,country,lat,lon'];
    for (let i = 0; i < 20000; i++) lines.push(`Kraków,Miasto ${i},DE,${(47 + (i % 700) / 100).toFixed(2)},${(6 + (i % 900) / 100).toFixed(2)}`);
    await page.locator('.import summary').click();
    await page.locator('.import input[type=file]').setInputFiles(file('duzy.csv', lines.join('\n')));
    // While it reads, the page answers: a timer keeps firing.
    const ticks = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let n = 0;
          const id = setInterval(() => n++, 20);
          setTimeout(() => (clearInterval(id), resolve(n)), 600);
        }),
    );
    expect(ticks).toBeGreaterThan(5);
    await expect(page.locator('.import-status').textContent()).resolves.toMatch(/wczytano|Czytam/);
    await page.waitForFunction(() => /wczytano 20000 wierszy/.test(document.querySelector('.import-status')?.textContent ?? ''), null, { timeout: 60_000 });
    t.checkClean();
    await page.close();
  });
});
