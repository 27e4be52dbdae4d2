import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// Browser benchmarks (bench/): timings are measured and reported here, never asserted in e2e/.
// Same Chromium as the e2e run (the projects are reused); one worker so figures do not compete with each other.
const PORT = Number(process.env.E2E_PORT ?? 4179);
const DIST = process.env.E2E_DIST ?? 'dist-bench';
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'bench',
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results/bench-artifacts',
  // No Playwright trace: its DOM snapshots run in the page between actions and would load the very page being timed.
  use: { ...base.use, baseURL: BASE_URL, trace: 'off' },
  projects: base.projects,
  webServer: {
    // Serves a build made for the benchmark (`npm run bench:browser` builds it first).
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
