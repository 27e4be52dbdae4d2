import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// README screenshots (`npm run screenshots`): the same Chromium as e2e, against a production build.
const PORT = Number(process.env.E2E_PORT ?? 4178);
const DIST = process.env.E2E_DIST ?? 'dist-shots';
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'scripts/screenshots',
  timeout: 300_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/screenshot-artifacts',
  use: { ...base.use, baseURL: BASE_URL },
  projects: base.projects,
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
