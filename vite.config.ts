/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { SECURITY_HEADERS } from './src/csp.ts';

/** The dev server's hot reload injects inline script: its pages go without the meta policy (preview and builds keep it). */
const devWithoutCsp = (): Plugin => ({
  name: 'summitry-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<!-- Content-Security-Policy:[\s\S]*?-->\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
});

const GAME_PORT = Number(process.env.GAME_PORT ?? 2570);

// https://vite.dev/config/  —  Vitest config lives here too (test: {...}).
export default defineConfig({
  base: './',
  plugins: [react(), devWithoutCsp()],
  preview: {
    headers: SECURITY_HEADERS,
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: true,
  },
  // `npm run dev`: the game server runs beside vite; its API, matchmaking and room sockets are proxied
  // so the app talks to one origin (CSP connect-src 'self'). Room sockets are /<process>/<table id>.
  server: {
    proxy: {
      '/api/': `http://127.0.0.1:${GAME_PORT}`,
      '/matchmake/': `http://127.0.0.1:${GAME_PORT}`,
      '^/[A-Za-z0-9_-]+/t_[A-Za-z0-9_-]+': { target: `ws://127.0.0.1:${GAME_PORT}`, ws: true },
    },
  },
  worker: {
    format: 'es',
  },
  test: {
    // DOM for component tests; pure engine tests run fine under happy-dom too.
    // A file can opt into plain Node with a `// @vitest-environment node` docblock.
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    globals: false,
    passWithNoTests: true,
    // Generous on purpose: the suite must pass on a busy 2-core machine, where a component test that
    // takes 1 s when idle can take 10 s. A hung test still fails, just later.
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
