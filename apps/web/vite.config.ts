import { defineConfig } from 'vite';

// Relative asset paths, so the static build in dist/ works from any folder of any web server.
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
