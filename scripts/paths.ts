import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared source files live beside the repository (`../shared`), or where SHARED_DIR says. */
export const SHARED = resolve(process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared'));
export const SOURCES = resolve(SHARED, 'data', 'sources');
export const DATA = resolve(ROOT, 'data');
export const OUT = resolve(ROOT, 'public', 'data');
