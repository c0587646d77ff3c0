import { z } from 'zod';

/**
 * zod compiles validators with `new Function` unless told not to; the Content Security Policy
 * forbids that (no 'unsafe-eval'). Imported first in main.tsx, before any schema is created.
 */
z.config({ jitless: true });
