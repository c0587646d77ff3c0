import { z } from 'zod';

/**
 * zod compiles validators with `new Function` unless told not to; the Content Security Policy
 * forbids that (no 'unsafe-eval'). Imported first by domain/atlas.ts, before its schemas are built.
 */
z.config({ jitless: true });
