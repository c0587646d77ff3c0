import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium, headless, with software WebGL (SwiftShader) and no background networking,
 * as the machines and CI have it. Never downloads a browser.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export type Browser = { context: BrowserContext; close: () => Promise<void> };

export async function launchBrowser(opts: { extraArgs?: string[]; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'mapa-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? [])],
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serve a production build (dist/ by default) with `vite preview` on a port; resolves when it answers. */
export async function startPreview(port: number, outDir = 'dist'): Promise<{ url: string; stop: () => void }> {
  // A server left over on the port would answer in this one's place: refuse rather than measure it.
  const taken = await fetch(`http://127.0.0.1:${port}`).then(() => true, () => false);
  if (taken) throw new Error(`port ${port} is already serving something: stop it first`);
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  let lastError = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
      output += `\nHTTP ${res.status}`;
    } catch (e) {
      lastError = String((e as Error).cause ?? e); // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`vite preview did not start on ${url}: ${output.trim()} ${lastError}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, stop: () => child.kill() };
}
