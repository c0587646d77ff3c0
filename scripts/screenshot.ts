/**
 * `npm run screenshot -- [query] [out.png]`: a screenshot of the built app (after `npm run build`),
 * waiting for the map to be idle. Used to look at what we build and for the README picture.
 */
import { launchBrowser, startPreview } from './lib/browser';

const query = process.argv[2] ?? '';
const out = process.argv[3] ?? 'screenshot.png';
const width = Number(process.env.WIDTH ?? 1280);
const height = Number(process.env.HEIGHT ?? 800);

const server = await startPreview(4180);
const browser = await launchBrowser({ viewport: { width, height } });
try {
  const page = await browser.context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${server.url}/${query}`);
  if (query.includes('tab=table')) await page.waitForSelector('.table-view tbody tr', { timeout: 20_000 });
  else if (query.includes('tab=stats')) await page.waitForSelector('.stats-view svg', { timeout: 20_000 });
  else await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 30_000 });
  // A selection moves the camera after the first idle: wait for the map to settle again.
  await page.waitForTimeout(1500);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle !== 'false', null, { timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.stop();
}
