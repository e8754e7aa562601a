import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precompressPlugin } from './scripts/precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// The libraries of the first screen in one long-cached file, not a hundred small ones six at a time over HTTP/1.1;
// charts, date pickers and the web font stay with the pages that use them.
const vendor = { name: 'vendor', test: /node_modules[\\/](?!@mui[\\/]x-|@fontsource|date-fns|d3-|reselect)/ };

export default defineConfig({
  root: 'client',
  plugins: [react(), precompressPlugin()],
  build: {
    outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 1400,
    rolldownOptions: { output: { codeSplitting: { groups: [vendor] } } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  test: {
    root,
    include: ['{client,server,db,scripts}/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
