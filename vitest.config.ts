import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Property-based tests run hundreds of cases: allow them time on a busy 2-core machine.
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
