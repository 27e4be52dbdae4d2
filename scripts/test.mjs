#!/usr/bin/env node
// The project's single test command (`npm test`).
// Stages, in order, output streamed: typecheck -> unit (vitest) -> vite build -> e2e (playwright).
// Later stages still run when an earlier one fails, except e2e, which needs a fresh build.
// Ends with exactly one summary line: `N passed, N failed` (unit + e2e tests; a failed
// typecheck/build, or a stage that crashes without a usable report, counts as 1 failed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const bin = (name) => join(root, 'node_modules', '.bin', name);
const RESULTS = 'test-results';
const UNIT_JSON = join(RESULTS, 'unit.json');
const E2E_JSON = join(RESULTS, 'e2e.json');
const CHROMIUM = '/usr/bin/chromium';

let passed = 0;
let failed = 0;
const notes = [];

function banner(title) {
  console.log(`\n===== ${title} =====`);
}

function run(cmd, args) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.error) {
    console.error(`[test] could not start ${cmd}: ${r.error.message}`);
    return { code: 1, secs };
  }
  // Killed by a signal -> status null: treat as failure.
  return { code: r.status ?? 1, secs };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// Stale reports must never be counted.
mkdirSync(RESULTS, { recursive: true });
rmSync(UNIT_JSON, { force: true });
rmSync(E2E_JSON, { force: true });

// (a) typecheck
banner('typecheck (tsgo -b)');
{
  const { code, secs } = run(bin('tsgo'), ['-b']);
  if (code !== 0) {
    failed += 1;
    notes.push(`typecheck FAILED (exit ${code}, ${secs}s)`);
  } else notes.push(`typecheck ok (${secs}s)`);
}

// (b) unit tests
banner('unit tests (vitest)');
{
  const { code, secs } = run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${UNIT_JSON}`,
  ]);
  const rep = readJson(UNIT_JSON);
  if (!rep) {
    failed += 1;
    notes.push(`unit tests CRASHED: no report at ${UNIT_JSON} (exit ${code}, ${secs}s)`);
  } else {
    const p = rep.numPassedTests ?? 0;
    let f = rep.numFailedTests ?? 0;
    // A test file that fails to load/collect has no failing *tests*; count it anyway.
    const brokenFiles = (rep.testResults ?? []).filter(
      (t) => t.status === 'failed' && !(t.assertionResults ?? []).some((a) => a.status === 'failed'),
    ).length;
    f += brokenFiles;
    if (code !== 0 && f === 0) f = 1; // non-zero exit without a visible failure (e.g. unhandled error)
    passed += p;
    failed += f;
    notes.push(`unit: ${p} passed, ${f} failed (exit ${code}, ${secs}s)`);
  }
}

// (c) production build
banner('build (vite build)');
let buildOk = false;
{
  const { code, secs } = run(bin('vite'), ['build']);
  buildOk = code === 0;
  if (!buildOk) {
    failed += 1;
    notes.push(`build FAILED (exit ${code}, ${secs}s)`);
  } else notes.push(`build ok (${secs}s)`);
}

// (d) end-to-end tests against the built app
banner('e2e tests (playwright)');
if (!existsSync(CHROMIUM)) {
  failed += 1;
  const msg = `${CHROMIUM} not found. Install it with: apt-get install -y chromium`;
  console.error(`[test] ERROR: ${msg}`);
  notes.push(`e2e NOT RUN: ${msg}`);
} else if (!buildOk) {
  failed += 1;
  notes.push('e2e NOT RUN: build failed');
} else {
  const { code, secs } = run(bin('playwright'), ['test', '--pass-with-no-tests']);
  const rep = readJson(E2E_JSON);
  if (!rep || !rep.stats) {
    failed += 1;
    notes.push(`e2e CRASHED: no report at ${E2E_JSON} (exit ${code}, ${secs}s)`);
  } else {
    const s = rep.stats;
    const p = (s.expected ?? 0) + (s.flaky ?? 0);
    let f = s.unexpected ?? 0;
    // Global errors (webServer failed, config error, test file failed to load...).
    if (f === 0 && ((rep.errors ?? []).length > 0 || code !== 0)) f = 1;
    passed += p;
    failed += f;
    notes.push(`e2e: ${p} passed, ${f} failed (exit ${code}, ${secs}s)`);
  }
}

banner('summary');
for (const n of notes) console.log(`  ${n}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
