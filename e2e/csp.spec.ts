/// <reference lib="dom" />
import { expect, type Page, test } from '@playwright/test';
import { serializeLog } from '../src/log';
import { randomFixtureLog } from '../src/log/fixtureLog';
import { readyButton, startTwoHumanGame, throughSetup } from './support/hotseat';

/**
 * The Content-Security-Policy holds the whole app: every screen loads and works with no violation
 * reported (no inline script or style markup, no eval, nothing from another origin), and the policy is
 * really in force (an injected inline script does not run).
 */

interface Csp { violations: string[] }

/** Records every CSP violation (the event and the console line Chromium prints) from the first script on. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as Csp;
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as Csp).violations)), ...console];
}

test('the server sends the policy, and it is in force: inline script does not run', async ({ page }) => {
  const violations = await watch(page);
  const response = await page.goto('./#/');
  const header = response!.headers()['content-security-policy'];
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'; script-src 'self'/);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(async () => (await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});

test('every screen loads and works with no CSP violation', async ({ page }) => {
  test.setTimeout(300_000);
  const violations = await watch(page);

  // Home, setup, rules.
  await page.goto('./?botDelay=0#/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.goto('./?botDelay=0#/rules');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();

  // A hot-seat game: pass screen, a hand, a move (bots think in a worker, under worker-src 'self').
  await startTwoHumanGame(page, 5);
  await throughSetup(page);
  await readyButton(page).click();
  await page.getByRole('button', { name: / for ops: / }).first().click();
  await page.getByRole('button', { name: 'Confirm move' }).click();
  await expect(readyButton(page)).toBeVisible();

  // The replay viewer: a sample (fetched from this origin) and a file; then the end screen and its
  // debrief charts (recharts), from a finished game continued one move before its end.
  await page.goto('./?botDelay=0#/replay');
  await page.getByRole('button', { name: /^Open sample: / }).first().click();
  await expect(page.getByTestId('final-hash')).toBeVisible();
  const log = randomFixtureLog(7, 3);
  await page.getByLabel('Choose a log file (.json)').setInputFiles({ name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(serializeLog(log)) });
  await expect(page.getByTestId('final-hash')).toContainText(log.finalHash);
  await page.getByLabel('Step', { exact: true }).fill(String(log.actions.length - 1));
  await page.getByRole('button', { name: `Continue playing from step ${log.actions.length - 1}` }).click();
  // The hot-seat game above is still in progress: a second game is confirmed first (both are kept).
  await page.getByRole('button', { name: `Start the new game from step ${log.actions.length - 1}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: /wins$|Nobody wins/ })).toBeVisible();
  await page.getByRole('button', { name: 'Debrief: charts and turning points' }).click();
  await expect(page.locator('.recharts-wrapper svg.recharts-surface').first()).toBeVisible();

  // The classroom: setup, briefings, the facilitator's view.
  await page.goto('./?botDelay=0#/classroom');
  await expect(page.getByRole('heading', { level: 1, name: 'Classroom session' })).toBeVisible();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: 'Classroom — facilitator view' })).toBeVisible();

  expect(await violations()).toEqual([]);
});
