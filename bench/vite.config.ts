import { defineConfig } from 'vite';

/**
 * The benchmark page that compares ways of drawing and filtering the partnership lines on one
 * map (`npm run bench` builds it into dist-bench/; never shipped).
 */
export default defineConfig({
  root: import.meta.dirname,
  publicDir: '../public',
  build: { outDir: '../dist-bench', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
});
