import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import contentSecurityPolicy from './scripts/vite-csp.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
