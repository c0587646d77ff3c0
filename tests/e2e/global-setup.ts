import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../scripts/lib/browser';

/** Serve the production build once for all browser tests. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const server = await startPreview(4174);
  project.provide('baseUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
