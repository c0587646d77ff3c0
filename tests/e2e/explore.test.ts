import { describe, expect, it } from 'vitest';
import { idleCount, mapSettled, panelsSettled, urlOf, useBrowser, waitForIdle } from './harness';
import { greatCircleLine } from '../../src/geo/great-circle-line';
import { toWorld } from '../../src/map/line-geometry';
import { distanceColor } from '../../src/geo/distance-scale';
import type { Page } from 'playwright-core';

/** The chart's rows are 16 px high below a 2 px margin; its bars start 118 px from the left. */
const barY = (row: number): number => row * 16 + 2 + 8;

/** Scrolls the distance chart to a row and puts the pointer on its bar. */
async function hoverBar(page: Page, row: number): Promise<void> {
  const chart = page.locator('.distance-chart svg').first();
  await chart.evaluate((c, y) => void (c.parentElement!.scrollTop = y - c.parentElement!.clientHeight / 2), barY(row));
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + 122, box.y + barY(row));
}

/** The fill of a row's bar. */
async function barFill(page: Page, row: number): Promise<string | null> {
  return page.locator('.distance-chart rect.bar').nth(row).getAttribute('fill');
}

const { open } = useBrowser();

type Rect = { x: number; y: number; width: number; height: number };

/** Opens `query` on a phone-sized screen (Lighthouse's mobile size) once the map has settled; `rect` reads an element's box. */
async function onPhone(query: string) {
  const t = await open(query, { viewport: { width: 412, height: 823 } });
  await mapSettled(t.page, 800);
  const rect = (selector: string): Promise<Rect> => t.page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().toJSON() as Rect);
  return { ...t, rect };
}

describe('comparing and exploring', () => {
  it('links the distance chart and the map both ways, and draws labelled distance rings', async () => {
    const t = await open('?m=126101');
    const { page } = t;
    // The chart's bars are the list's partners, in its order, each in its distance class's colour
    // (read once the list is whole: its rows beyond the first dozen come a frame later).
    await panelsSettled(page);
    const names = await page.locator('.partner-name').allTextContents();
    const row = names.indexOf('Rochester');
    expect(row).toBeGreaterThan(0);
    const km = Number((await page.locator('.partner-distance').nth(row).textContent())!.replace(/[^\d,]/g, '').replace(',', '.'));
    expect(km).toBeGreaterThan(6000);
    expect(await barFill(page, row)).toBe(distanceColor(km));
    // Hovering a bar highlights that partner in the list (and its line on the map, same state),
    // and the chart's caption reads its name and distance.
    await hoverBar(page, row);
    await expect(page.locator('.partner--hovered .partner-name').textContent()).resolves.toBe('Rochester');
    await expect(page.locator('.chart-readout').textContent()).resolves.toMatch(/Rochester: [\d\s ]+ km/);
    // Hovering the partner's point on the map highlights its bar. The labels are placed once the
    // camera has stopped (after the fit to the selection).
    await mapSettled(page);
    const label = (await page.locator('.map-label', { hasText: 'Rochester' }).boundingBox())!;
    const box = (await page.locator('.map-wrap').boundingBox())!;
    const side = await page.locator('.map-label', { hasText: 'Rochester' }).evaluate((el) => getComputedStyle(el.parentElement!).transform);
    expect(side).not.toBe('');
    // The label sits beside its point: try the four sides until the tooltip shows the partner.
    const candidates = [
      [label.x - 8, label.y + label.height / 2],
      [label.x + label.width + 8, label.y + label.height / 2],
      [label.x + label.width / 2, label.y + label.height + 8],
      [label.x + label.width / 2, label.y - 8],
    ] as const;
    let found = false;
    for (const [x, y] of candidates) {
      if (x < box.x || y < box.y) continue;
      await page.mouse.move(x, y);
      await page.waitForTimeout(150);
      // No tooltip yet is a miss: try the next side (without waiting the default 30 s for one).
      if (((await page.locator('.map-tooltip').textContent({ timeout: 1000 }).catch(() => '')) ?? '').includes('Rochester')) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    await expect(page.locator('.chart-readout').textContent()).resolves.toContain('Rochester');

    // Rings: toggle on, labelled in km, in the URL.
    const before = await idleCount(page);
    await page.getByRole('button', { name: 'Pierścienie odległości' }).click();
    await waitForIdle(page, before);
    const rings = await page.$$eval('.ring-label', (els) => els.map((e) => e.textContent));
    expect(rings).toEqual(expect.arrayContaining(['500 km', '1000 km', '2000 km', '5000 km']));
    expect(await urlOf(page)).toContain('r=1');
    t.checkClean();
    await page.close();
  });

  it('hovers and clicks a line itself (drawn by the GPU, hit-tested by the app)', async () => {
    // Kraków → Rochester, NY; the view is centred on the line's middle, over the Atlantic.
    const line = greatCircleLine([19.93658, 50.06143], [-77.61556, 43.15478], 64);
    const [lng, lat] = line[32]!;
    const zoom = 5;
    const t = await open(`?m=126101&v=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`);
    const { page } = t;
    const box = (await page.locator('.map-wrap').boundingBox())!;
    // A point a quarter of the way on from the middle, placed by the same projection as the map.
    const [lng2, lat2] = line[36]!;
    const [cx, cy] = toWorld([lng, lat]);
    const [x, y] = toWorld([lng2, lat2]);
    const scale = 512 * 2 ** zoom;
    const px = box.x + box.width / 2 + (x - cx) * scale;
    const py = box.y + box.height / 2 + (y - cy) * scale;
    await page.mouse.move(px, py);
    await expect(page.locator('.map-tooltip').textContent()).resolves.toMatch(/^Kraków – Rochester: \d/);
    // Off the line by 20 px: no tooltip.
    await page.mouse.move(px, py - 20);
    await expect(page.locator('.map-tooltip').count()).resolves.toBe(0);
    await page.mouse.click(px, py);
    await panelsSettled(page);
    await expect(page.locator('.partnership').textContent()).resolves.toContain('Rochester');
    expect(await urlOf(page)).toContain('p=g5134086');
    t.checkClean();
    await page.close();
  });

  it('filters by year and plays the growth of the network, saying what has no known year', async () => {
    const t = await open('?m=026101');
    const { page } = t;
    await page.getByRole('button', { name: 'Filtry' }).click();
    const from = page.getByRole('spinbutton', { name: 'od' });
    const to = page.getByRole('spinbutton', { name: 'do' });
    await from.fill('1990');
    await to.fill('1999');
    expect(await urlOf(page)).toContain('y=1990-1999');
    await panelsSettled(page);
    const names = await page.$$eval('.partner-list .partner-name', (els) => els.map((e) => e.textContent).sort());
    // Jelenia Góra's partners first signed in the 1990s (the page's dates), and those of unknown year.
    expect(names).toEqual(expect.arrayContaining(['Bautzen', 'Erftstadt', 'Randers', 'Tyler', 'Vladimir', 'Heidelberg', 'Liberec']));
    expect(names).not.toContain('Tequila');
    // Partnerships without a known year are still shown, and the panel says how many.
    await expect(page.locator('.timeline [role=status]').textContent()).resolves.toMatch(/oraz \d+ bez znanego roku/);
    await page.getByRole('checkbox', { name: /pokazuj partnerstwa bez znanego roku/ }).uncheck();
    await panelsSettled(page);
    const known = await page.$$eval('.partner-list .partner-name', (els) => els.map((e) => e.textContent).sort());

    expect(known).toEqual(['Bautzen', 'Erftstadt', 'Randers', 'Tyler', 'Vladimir']);
    expect(await urlOf(page)).toContain('yu=0');

    await page.getByRole('button', { name: /Odtwórz/ }).click();
    await page.waitForTimeout(1200);
    const year = Number(await to.inputValue());
    await panelsSettled(page);
    await expect(page.locator('.timeline [role=status]').textContent()).resolves.toMatch(/bez znanego roku ukrytych/);
    await page.waitForTimeout(800);
    expect(Number(await to.inputValue())).toBeGreaterThan(year);
    await page.getByRole('button', { name: /Pauza/ }).click();
    t.checkClean();
    await page.close();
  });

  it('compares three municipalities on one scale with their own colours', async () => {
    let t = await open('?m=126101');
    let page = t.page;
    await page.getByRole('button', { name: 'Porównaj' }).click();
    for (const teryt of ['026101', '066301']) {
      // The comparison travels in the URL: open the next municipality with it.
      const url = new URL(await urlOf(page));
      url.searchParams.set('m', teryt);
      url.searchParams.delete('v');
      t.checkClean();
      await page.close();
      t = await open(url.search.replace(/%2C/g, ','));
      page = t.page;
      await page.getByRole('button', { name: 'Porównaj' }).click();
    }
    const items = await page.$$eval('.compare-item .compare-name button.link', (els) => els.map((e) => e.textContent));
    expect(items).toEqual(['Kraków', 'Jelenia Góra', 'Lublin']);
    const colours = await page.$$eval('.compare-item .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(new Set(colours).size).toBe(3);
    expect(await urlOf(page)).toContain('cmp=126101,026101,066301');
    t.checkClean();
    await page.close();
  });

  it('shades voivodeships or gminy by their partnerships, loading gmina shapes only when asked', async () => {
    const t = await open();
    const { page } = t;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.getByRole('button', { name: 'województwa', exact: true }).click();
    expect(await urlOf(page)).toContain('ch=w');
    await expect(page.locator('.choropleth-legend').textContent()).resolves.toMatch(/województwa/);
    expect(requests.some((p) => p.endsWith('/gminy.json'))).toBe(false);
    const before = await idleCount(page);
    await page.getByRole('button', { name: 'gminy', exact: true }).click();
    await waitForIdle(page, before);
    expect(await urlOf(page)).toContain('ch=g');
    expect(requests.filter((p) => p.endsWith('/data/basemap/gminy.json'))).toHaveLength(1);
    await page.getByRole('button', { name: 'brak', exact: true }).click();
    expect(await urlOf(page)).not.toContain('ch=');
    t.checkClean();
    await page.close();
  });

  it('shows statistics of what passes the filters', async () => {
    const t = await open('?tab=stats&c=FR', { waitForMap: false });
    const { page } = t;
    await page.waitForSelector('.stats-view svg');
    const title = (await page.locator('#stats-title').textContent())!;
    const total = Number(/(\d+)/.exec(title)![1]);
    const histogram = await page.locator('.bar-chart').first().locator('.bar-value').allTextContents();
    expect(histogram.reduce((n, v) => n + Number(v.replace(/\D/g, '')), 0)).toBe(total);
    const countries = await page.locator('.bar-chart').nth(1).locator('.bar-label').allTextContents();
    expect(countries).toEqual(['Francja']);
    t.checkClean();
    await page.close();
  });

  it('places the map\'s labels beside their points, inside the map, without overlapping one another', async () => {
    // Kraków, Warszawa and Katowice have partners close together around them; a label that moved
    // to another side of its point used to keep its first anchor and land on its neighbours. The
    // distance rings' km labels are kept clear too. Bytów's Zalishchyky lies near the map's right
    // edge: its label goes on its left rather than run past the edge.
    const t = await open('?m=126101&r=1');
    const { page } = t;
    const overlaps = async (): Promise<string[]> => {
      await mapSettled(page, 800);
      const map = await page.locator('.maplibregl-map').evaluate((e) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number });
      const boxes = await page.$$eval('.map-label, .ring-label', (els) =>
        els.map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number } })),
      );
      expect(boxes.length).toBeGreaterThan(3);
      const out: string[] = [];
      for (const [i, a] of boxes.entries()) {
        if (a.r.x < map.x || a.r.x + a.r.width > map.x + map.width + 0.5) out.push(`${a.text} past the map's edge`);
        for (const b of boxes.slice(i + 1))
          if (a.r.x < b.r.x + b.r.width && b.r.x < a.r.x + a.r.width && a.r.y < b.r.y + b.r.height && b.r.y < a.r.y + a.r.height) out.push(`${a.text} × ${b.text}`);
      }
      return out;
    };
    expect(await overlaps()).toEqual([]);
    for (const name of ['warszawa', 'katowice', 'bytów']) {
      await page.getByRole('combobox').fill(name);
      await page.keyboard.press('Enter');
      expect(await overlaps()).toEqual([]);
    }
    t.checkClean();
    await page.close();
  });

  it("cuts the charts' long names to fit their labels' column", async () => {
    // Otwock's Saint-Amand-Montrond, a name of wide letters, used to run past the chart's left edge.
    const t = await open('?cmp=160707,022201,141702&lang=en');
    const { page } = t;
    await page.waitForFunction(() => document.querySelectorAll('.distance-chart .bar-label').length >= 13);
    const labels = await page.$$eval('.distance-chart .bar-label', (els) =>
      els.map((e) => ({ text: e.textContent ?? '', left: e.getBoundingClientRect().left - e.closest('svg')!.getBoundingClientRect().left })),
    );
    expect(labels.map((l) => l.text)).toContain('Shumsk');
    const cut = labels.find((l) => l.text.startsWith('Saint-Amand'))!;
    expect(cut.text).toMatch(/^Saint-Amand-.*…$/);
    expect(labels.filter((l) => l.left < 0)).toEqual([]);
    t.checkClean();
    await page.close();
  });

  it("shows a partnership's details in the language's typography, inside the panel even when its notes hold a long address", async () => {
    // Brzeg Dolny's Czerniachowsk: the notes quote an older page's address, one long word.
    const t = await open('?m=022201&p=g568595&lang=en');
    const { page } = t;
    // In English: English quotation marks around the source's words, and the end's date once.
    await expect(page.locator('.partnership dd').nth(1).textContent()).resolves.toBe('partner city (in the source: “miasta partnerskie”)');
    await expect(page.locator('.partnership dd').nth(3).textContent()).resolves.toBe('ended (2022)');
    const notes = page.locator('.partnership dd.small:not([aria-busy="true"])');
    await expect(notes.textContent()).resolves.toContain('https://www.brzegdolny.pl/gmina/miasta-partnerskie/');
    const overflow = await page.locator('.panel').evaluate((panel) => {
      const right = panel.getBoundingClientRect().right;
      const past = [...panel.querySelectorAll('.partnership dd')].filter((dd) => dd.getBoundingClientRect().right > right + 0.5).map((dd) => dd.textContent?.slice(0, 30));
      return { scroll: panel.scrollWidth - panel.clientWidth, past };
    });
    expect(overflow).toEqual({ scroll: 0, past: [] });
    t.checkClean();
    await page.close();
  });

  it('fits a selection above the attribution on a phone-sized screen', async () => {
    // There the map sits above the panel and MapLibre shows its attribution expanded over the
    // map's bottom: Paczków's farthest partner, Uzès, used to land under it.
    const t = await onPhone('?m=160707&lang=en');
    const { page, rect: box } = t;
    const map = await box('.maplibregl-map');
    const attribution = await box('.maplibregl-ctrl-attrib');
    expect(attribution.height).toBeGreaterThan(40); // expanded: two or more lines
    const labels = await page.$$eval('.map-label', (els) => els.map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect().toJSON() as Rect })));
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Uzès', 'Einbeck', 'Eišiškės']));
    for (const { text, r } of labels) {
      expect(r.y >= map.y && r.y + r.height <= attribution.y, `${text} between the map's top and the attribution`).toBe(true);
      expect(r.x >= map.x && r.x + r.width <= map.x + map.width + 0.5, `${text} inside the map`).toBe(true);
    }
    // The search shares the title's row, so the top bar takes three rows, not four.
    const title = await box('.topbar h1');
    const search = await box('.search input');
    expect(Math.abs(title.y + title.height / 2 - (search.y + search.height / 2))).toBeLessThan(4);
    expect(search.x).toBeGreaterThan(title.x + title.width);
    expect(map.y).toBeLessThan(150);
    t.checkClean();
    await page.close();
  });

  it("keeps a selected municipality's own label inside the map when its point is near the left edge", async () => {
    // Fitting the Pomeranian Voivodeship's partners, Shanghai among them, puts its point near the
    // map's left edge on a phone: its label, drawn left of the point as a rule, was cut there.
    const t = await onPhone('?m=22');
    const { page, rect } = t;
    const map = await rect('.maplibregl-map');
    await expect.poll(() => page.locator('.map-label--home').first().textContent()).toBe('województwo pomorskie');
    const r = await rect('.map-label--home');
    expect(r.x).toBeGreaterThanOrEqual(map.x);
    expect(r.x + r.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
    t.checkClean();
    await page.close();
  });
});
