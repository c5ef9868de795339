import { defineConfig, type Plugin } from 'vite';

/**
 * A Content-Security-Policy for the built page: scripts, workers and WebAssembly only from the app itself,
 * no inline script, images also from blob: (PNG export) and data: (the empty favicon). Defence in depth for a
 * page that renders text from links and files; the dev server goes without it (its client is injected).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'horizon-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

// Relative asset paths, so the static build in dist/ works from any folder of any web server.
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  plugins: [contentSecurityPolicy()],
});
