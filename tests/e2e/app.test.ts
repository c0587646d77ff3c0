import { describe, expect, it } from 'vitest';
import { idleCount, partnerRows, urlOf, useBrowser, waitForIdle, panelsSettled } from './harness';

const { open } = useBrowser();

describe('the app in Chromium', () => {
  it('finds Kraków by typing "krakow" and lists all 33 partners nearest first', async () => {
    const t = await open();
    const { page } = t;
    await expect(page.locator('h1').textContent()).resolves.toBe('Mapa miast partnerskich');
    await page.getByRole('combobox').fill('krakow');
    const before = await idleCount(page);
    await page.getByRole('option', { name: /^Kraków/ }).click();
    await waitForIdle(page, before);
    await panelsSettled(page);
    await expect(page.locator('#sel-title').textContent()).resolves.toBe('Kraków');
    const rows = await partnerRows(page);
    // The seed page's 32 partners, and Olomouc (a memorandum of 2016) from Olomouc's own page.
    expect(rows).toHaveLength(33);
    expect(rows.some((r) => r.name === 'Olomouc')).toBe(true);
    // The list's pairs that Kraków's complete official list lacks are not counted as partners.
    await expect(page.locator('.count-line').textContent()).resolves.toMatch(/^33 partnerów · \d+ (pary|par) z listy niepotwierdzon\w+ · widocznych 33 z \d+ \(filtry\)$/);
    const km = rows.map((r) => r.km);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    // Polish names as the city's page writes them, with their group.
    const nuremberg = rows.find((r) => r.name === 'Norymberga')!;
    expect(nuremberg.meta).toContain('miasto bliźniacze');
    expect(nuremberg.meta).toContain('Niemcy');
    expect(rows.find((r) => r.name === 'Kurytyba')!.meta).toContain('honorowe miasto bliźniacze');
    expect(rows.find((r) => r.name === 'Moskwa')!.meta).toContain('współpraca bez umowy');
    expect(rows[rows.length - 1]!.name).toBe('La Serena');
    expect(await urlOf(page)).toContain('m=126101');
    // The map shows a label for each partner.
    await expect(page.locator('.map-label').filter({ hasText: 'Rochester' }).count()).resolves.toBe(1);
    t.checkClean();
    await page.close();
  });

  it('counts, in the overview, the partnerships the map shows by default and the gminy with partners, and says what it leaves out', async () => {
    const t = await open();
    const { page } = t;
    await panelsSettled(page);
    // The expected figures, worked out here from the data file the page loaded.
    const expected = await page.evaluate(async () => {
      type A = { municipalities: { teryt: string; kind: string }[]; places: { id: string; teryt: string | null }[]; partnerships: { municipality: string; place: string; verification: string }[] };
      const a = (await (await fetch('data/atlas.json')).json()) as A;
      const placeTeryt = new Map(a.places.map((p) => [p.id, p.teryt]));
      const units = new Set(a.partnerships.flatMap((p) => [p.municipality, placeTeryt.get(p.place) ?? '']));
      const withPartners = a.municipalities.filter((m) => units.has(m.teryt));
      const gminy = withPartners.filter((m) => m.kind !== 'powiat' && m.kind !== 'voivodeship').length;
      const unverified = a.partnerships.filter((p) => p.verification === 'unverified').length;
      return { shown: a.partnerships.length - unverified, gminy, others: withPartners.length - gminy, unverified };
    });
    const figures = await page.locator('.stats dd').allTextContents();
    expect(figures.slice(0, 2).map(Number)).toEqual([expected.shown, expected.gminy]);
    const notes = await page.locator('.stats-note').allTextContents();
    expect(expected.others).toBeGreaterThan(0);
    expect(expected.unverified).toBeGreaterThan(0);
    expect(notes).toEqual([
      expect.stringContaining(`${expected.others} powiat`),
      expect.stringContaining(`${expected.unverified} par`),
    ]);
    t.checkClean();
    await page.close();
  });

  it('finds Łódź by "lodz", and every gmina, saying when one has no partners in the data', async () => {
    const t = await open();
    await t.page.getByRole('combobox').fill('lodz');
    await expect(t.page.getByRole('option').first().textContent()).resolves.toMatch(/^Łódź/);
    await t.page.getByRole('combobox').fill('leki szlacheckie');
    const option = t.page.getByRole('option', { name: /^Łęki Szlacheckie/ });
    await expect(option.textContent()).resolves.toContain('brak miast partnerskich');
    await option.click();
    await panelsSettled(t.page);
    await expect(t.page.locator('.panel-body').textContent()).resolves.toContain('nie ma miast partnerskich');
    t.checkClean();
    await t.page.close();
  });

  it('selects a municipality by clicking its point on the map, with a tooltip on hover', async () => {
    // A view centred on Jelenia Góra's point: the point is at the centre of the map.
    const t = await open('?v=9.00/50.8997/15.7290');
    const box = (await t.page.locator('.map-wrap').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await t.page.mouse.move(cx, cy);
    await expect(t.page.locator('.map-tooltip').textContent()).resolves.toContain('Jelenia Góra');
    const before = await idleCount(t.page);
    await t.page.mouse.click(cx, cy);
    await panelsSettled(t.page);
    await expect(t.page.locator('#sel-title').textContent()).resolves.toBe('Jelenia Góra');
    await waitForIdle(t.page, before);
    const rows = await partnerRows(t.page);
    expect(rows).toHaveLength(15);
    // The three farthest, with the distances the city publishes (8,236, 8,587 and 10,114 km).
    expect(rows.slice(-3).map((r) => r.name)).toEqual(['Changzhou', 'Tyler', 'Tequila']);
    for (const [i, published] of [8236, 8587, 10114].entries()) expect(Math.abs(rows[12 + i]!.km - published)).toBeLessThanOrEqual(published * 0.001);
    t.checkClean();
    await t.page.close();
  });

  it('shows a partner\'s details and source; an ended partnership says when and why', async () => {
    const t = await open('?m=026101');
    await t.page.locator('.partner', { hasText: 'Vladimir' }).click();
    const details = t.page.locator('.partnership');
    await expect(details.textContent()).resolves.toMatch(/zakończone.*2022-03-03/s);
    // Its notes come from the notes file, loaded after the map.
    await expect.poll(() => details.textContent()).toContain('Włodzimierz');
    await expect(details.locator('a').getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    expect(await urlOf(t.page)).toContain('p=g473247');
    await t.page.getByRole('button', { name: /Wróć/ }).click();
    await expect(partnerRows(t.page)).resolves.toHaveLength(15);
    t.checkClean();
    await t.page.close();

    // A seed row without dates takes them from another official page, which it names: the row
    // keeps the seed page as its source.
    const k = await open('?m=126101');
    await k.page.locator('.partner', { hasText: 'Budapeszt' }).click();
    const budapest = k.page.locator('.partnership');
    await expect(budapest.textContent()).resolves.toMatch(/2005-10-24, 2017-06-05.*daty według: www\.krakow\.pl/s);
    const links = await budapest.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([expect.stringContaining('krakow.pl/otwarty_na_swiat/2531,hist,16,'), expect.stringContaining('web.archive.org/web/2007')]);
    k.checkClean();
    await k.page.close();
  });

  it('combines filters on map and list, puts them in the URL, and restores them from it', async () => {
    const t = await open('?m=126101');
    await t.page.getByRole('button', { name: 'Filtry' }).click();
    await t.page.getByRole('checkbox', { name: /^Niemcy/ }).check();
    let rows = await partnerRows(t.page);
    expect(rows.map((r) => r.name).sort()).toEqual(['Frankfurt nad Menem', 'Lipsk', 'Norymberga']);
    await t.page.getByRole('checkbox', { name: /^miasto partnerskie/ }).uncheck();
    rows = await partnerRows(t.page);
    expect(rows.map((r) => r.name)).toEqual(['Norymberga']);
    await panelsSettled(t.page);
    await expect(t.page.locator('.count-line').textContent()).resolves.toMatch(/widocznych 1 z \d+/);
    // Map labels follow the same filters.
    await expect(t.page.locator('.map-label:not(.map-label--home)').count()).resolves.toBe(1);
    const shared = await urlOf(t.page);
    expect(shared).toContain('c=DE');
    expect(shared).toContain('t=twin_city,honorary_twin_city,friendly_city,cooperation_without_agreement,letter_of_intent');
    t.checkClean();
    await t.page.close();

    // A fresh page from the copied URL restores selection and filters.
    const again = await open(shared.slice(shared.indexOf('?')));
    expect((await partnerRows(again.page)).map((r) => r.name)).toEqual(['Norymberga']);
    await expect(again.page.getByRole('checkbox', { name: /^Niemcy/ }).isChecked()).resolves.toBe(true);
    await expect(again.page.getByRole('checkbox', { name: /^miasto partnerskie/ }).isChecked()).resolves.toBe(false);
    // Reset clears everything.
    await again.page.getByRole('button', { name: 'Wyczyść' }).click();
    await panelsSettled(again.page);
    await expect(again.page.locator('#overview-title').count()).resolves.toBe(1);
    expect(await urlOf(again.page)).not.toContain('c=DE');
    expect(await urlOf(again.page)).not.toContain('m=');
    again.checkClean();
    await again.page.close();
  });

  it('hides ended partnerships with the status filter', async () => {
    const t = await open('?m=026101&s=active');
    const names = (await partnerRows(t.page)).map((r) => r.name);
    expect(names).toHaveLength(14);
    expect(names).not.toContain('Vladimir');
    t.checkClean();
    await t.page.close();
  });

  it('switches to English: UI text, country names and partner names', async () => {
    const t = await open('?m=126101');
    await t.page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(t.page.locator('h1').textContent()).resolves.toBe('Twin towns of Poland');
    const rows = await partnerRows(t.page);
    const nuremberg = rows.find((r) => r.name === 'Nürnberg')!;
    expect(nuremberg.meta).toContain('Germany');
    expect(nuremberg.meta).toContain('twin city');
    expect(await urlOf(t.page)).toContain('lang=en');
    await expect(t.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    t.checkClean();
    await t.page.close();
  });

  it('falls back to defaults on odd URL parameters', async () => {
    const t = await open('?m=<b>x</b>&t=nope&lang=xx&v=foo&c=%00');
    await panelsSettled(t.page);
    await expect(t.page.locator('#overview-title').textContent()).resolves.toBe('Sieć partnerstw');
    expect(new URL(await urlOf(t.page)).search).toBe(''); // the odd parameters are gone from the address
    t.checkClean();
    await t.page.close();
  });
});

describe('broken data', () => {
  it.each([
    ['missing', { status: 404, body: 'not found' }],
    ['corrupt', { status: 200, body: '{"schemaVersion":1,"municipalities":[' }],
    ['invalid', { status: 200, body: '{"schemaVersion":1,"municipalities":[],"places":[],"partnerships":[{"id":1}]}' }],
  ])('shows a clear message when the data file is %s', async (_, reply) => {
    const t = await open('', { waitForMap: false });
    await t.page.route('**/data/atlas.json', (route) => route.fulfill({ status: reply.status, body: reply.body, contentType: 'application/json' }));
    await t.page.reload();
    const alert = t.page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('Nie udało się wczytać danych mapy');
    await t.page.close();
  });

  it('says when the notes file is missing, and shows and exports everything else', async () => {
    const t = await open('', { waitForMap: false });
    await t.page.route('**/data/notes.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await t.page.goto(`${new URL(t.page.url()).origin}/?m=026101&p=g473247`);
    await waitForIdle(t.page);
    const details = t.page.locator('.partnership');
    await expect.poll(() => details.textContent()).toContain('Nie udało się wczytać uwag.');
    await expect(details.textContent()).resolves.toMatch(/zakończone.*2022-03-03/s);
    const [dl] = await Promise.all([t.page.waitForEvent('download'), t.page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    expect(await dl.path()).toBeTruthy();
    await expect(t.page.locator('.export [role="status"]').textContent()).resolves.toContain('Nie udało się wczytać uwag');
    expect(t.errors.length).toBeGreaterThan(0);
    expect(t.errors.every((e) => /404|notes/.test(e)), t.errors.join('\n')).toBe(true);
    await t.page.close();
  });

  it('says when the basemap is missing, and still draws and selects the data', async () => {
    const t = await open('', { waitForMap: false });
    await t.page.route('**/data/basemap/countries.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await t.page.reload();
    await waitForIdle(t.page);
    await expect(t.page.locator('.map-wrap .notice').textContent()).resolves.toContain('Nie udało się wczytać podkładu mapy');
    await t.page.getByRole('combobox').fill('krakow');
    await t.page.keyboard.press('Enter');
    await panelsSettled(t.page);
    await expect(t.page.locator('#sel-title').textContent()).resolves.toBe('Kraków');
    expect((await partnerRows(t.page)).length).toBe(33);
    // The failure is reported (the 404 and the app's error), and nothing else went wrong.
    expect(t.errors.length).toBeGreaterThan(0);
    expect(t.errors.every((e) => /404|countries\.json/.test(e)), t.errors.join('\n')).toBe(true);
    await t.page.close();
  });
});
