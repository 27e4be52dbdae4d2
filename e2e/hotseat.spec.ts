import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { serializeLog } from '../src/log';
import { randomFixtureLog } from '../src/log/fixtureLog';
import { endHeading, humanStep, newStats, readyButton, setUpSeat, startTwoHumanGame, type Stats, throughSetup, waitForDecision } from './support/hotseat';
import { currentSave } from './support/library';

/** Hot-seat play through the UI only: setup, pass-the-device, cards, summits, bots, undo, reload, end. */

const START = '/?botDelay=0#/';
const SAVE_KEY = 'summitry:game';

async function expectNoSeriousA11yIssues(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${what}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

/** The full test drives a real negotiation: the United States reaches out, and one offer is countered. */
const step = (page: Page, stats: Stats) => humanStep(page, stats, { counterOnce: true, purposeful: true });

/** Plays the people's moves until `done` (by default the end screen); waits on the page between moves, never on a clock. */
async function playUntil(page: Page, stats: Stats, done: () => Promise<boolean> = () => endHeading(page).isVisible()) {
  for (let n = 0; n < 400; n++) {
    await waitForDecision(page);
    if (await done()) return;
    if (await endHeading(page).isVisible()) throw new Error('The game ended first.');
    await step(page, stats);
  }
  throw new Error('The game did not get there in 400 decisions.');
}

test('two people and three bots play a whole game through the UI', async ({ page }) => {
  // A long flow (about 40 moves through the UI; a minute on a quiet machine, more than 8 on one with a
  // load of 40): a generous limit, so a busy machine is slow, not failing.
  test.setTimeout(900_000);
  await startTwoHumanGame(page);
  await expect(readyButton(page)).toBeFocused();
  const stats = newStats();
  await playUntil(page, stats);
  await expect(endHeading(page)).toBeVisible();
  // Click-to-paint of late moves is measured in bench/browser.spec.ts (`npm run bench:browser`).
  await expect(page.getByRole('table', { name: 'Final standings' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Final standings' }).getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'View replay of this game' })).toBeVisible();
  expect(stats.turns).toBeGreaterThanOrEqual(6);
  expect(stats.setups).toBe(4); // two people, each keeps an objective and forecasts
  // The end screen shows what setup kept secret: each actor's kept objective, the one passed over, its forecast.
  const standings = page.getByRole('table', { name: 'Final standings' });
  await expect(standings.getByText(/^Passed over: /)).toHaveCount(5);
  await expect(standings.getByRole('columnheader', { name: 'Forecast' })).toBeAttached();
  await expect(page.getByRole('heading', { name: 'North Korea at the Trump–Kim table' })).toBeVisible();
  await expect(page.getByText(/The analysts' verdict:/)).toBeVisible();
  // The game leaves as a log file and opens in the replay viewer.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.end-screen').getByRole('button', { name: 'Export log' }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { type: string; actions: unknown[]; seats: Record<string, { kind: string }> };
  expect(file.type).toBe('summitry-log');
  expect(file.actions.length).toBeGreaterThan(stats.turns);
  expect(file.seats.US!.kind).toBe('human');
  await page.getByRole('button', { name: 'View replay of this game' }).click();
  await expect(page).toHaveURL(/#\/replay\?log=/);
  console.log(`hot-seat game: ${stats.setups} setup moves, ${stats.turns} card turns, ${stats.attends} attends, ${stats.interventions} third-party moves, ${stats.proposals} proposals, ${stats.counters} counters, ${stats.answers} answers`);
});

test('a reload mid-game loses nothing', async ({ page }) => {
  test.setTimeout(300_000);
  await startTwoHumanGame(page, 7);
  const stats = newStats();
  await playUntil(page, stats, async () => stats.turns >= 3);
  // Wait for a human decision to be due, then show the hand.
  await expect(readyButton(page)).toBeVisible();
  await readyButton(page).click();
  const status = await page.locator('.turn-status').textContent();
  const chronicle = await page.locator('.log-entry').count();
  const hand = await page.locator('.hand .card-name').allTextContents();
  const saved = await currentSave(page);
  await page.reload();
  // The hands are covered again after a reload: the device may have changed hands.
  await expect(readyButton(page)).toBeVisible();
  await readyButton(page).click();
  await expect(page.locator('.turn-status')).toHaveText(status!);
  await expect(page.locator('.log-entry')).toHaveCount(chronicle);
  expect(await page.locator('.hand .card-name').allTextContents()).toEqual(hand);
  expect(await currentSave(page)).toEqual(saved);
});

test('a damaged save gets a clear message, and a new game can start', async ({ page }) => {
  await startTwoHumanGame(page);
  await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"header":{"options":'), SAVE_KEY);
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The saved game could not be resumed');
  await expect(alert).toContainText(/truncated|not valid JSON/);
  await expect(page.getByRole('button', { name: 'Download the damaged save' })).toBeVisible();
  // A tampered (illegal) move is caught too.
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({
    version: 1,
    header: { options: { seed: 1, rounds: 3 }, seats: { US: { kind: 'human' }, KP: { kind: 'human' }, CN: { kind: 'human' }, RU: { kind: 'human' }, KR: { kind: 'human' } }, createdAt: 'x' },
    log: [{ type: 'accept', actor: 'KR' }],
    cursor: 1,
  })), SAVE_KEY);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(/cannot be replayed/);
  await page.getByRole('button', { name: 'Start a new game' }).click();
  await expect(page).toHaveURL(/#\/setup/);
  await page.getByRole('button', { name: 'Start the game' }).click();
  await expect(readyButton(page)).toBeVisible();
});

test('undo takes back a move and the bot moves after it', async ({ page }) => {
  test.setTimeout(300_000);
  await startTwoHumanGame(page, 3);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();
  await expect(page.locator('.turn-phase')).toHaveText('Secret setup: objectives and forecasts');
  await throughSetup(page);
  await readyButton(page).click();
  await page.getByRole('button', { name: / for ops: Lobby$/ }).first().click();
  await page.getByRole('button', { name: 'Confirm move' }).click();
  await expect(page.locator('.turn-phase')).toHaveText('Action turn 2 of 10');
  await expect(undo).toBeEnabled();
  await page.keyboard.press('u');
  await expect(page.locator('.turn-phase')).toHaveText('Action turn 1 of 10');
  // Still enabled: North Korea's forecast could be taken back next (through its pass screen).
  await expect(undo).toBeEnabled();
  // Redo brings the move back.
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('.turn-phase')).toHaveText('Action turn 2 of 10');
  // Undo after bots moved: back to the last human decision.
  await readyButton(page).click(); // North Korea, by keyboard this time
  await expect(page.locator('#tray-title')).toBeFocused(); // focus lands on the seat's tray
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (/ for ops: /.test((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '')) break;
  }
  await expect(page.getByText(/^Preview:/)).toBeVisible(); // keyboard focus previews the effect
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Confirm move' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.turn-phase')).toHaveText('Action turn 6 of 10'); // three bots moved
  await undo.click();
  await expect(page.locator('.turn-phase')).toHaveText('Action turn 2 of 10');
  await expect(page.getByText(/Pass to North Korea's player/)).toBeVisible();
});

// Accessibility, screen by screen: each test reaches its screen by the shortest way, so no test is a whole
// game. An axe run takes about a second on a quiet machine and can take 30 on a busy one: generous limits.
test('accessibility: home, setup and rules', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(START);
  await expectNoSeriousA11yIssues(page, 'home');
  await page.goto('/?botDelay=0#/setup');
  await expectNoSeriousA11yIssues(page, 'setup');
  await page.goto('/?botDelay=0#/rules');
  await expectNoSeriousA11yIssues(page, 'rules');
});

test('accessibility: pass screen, game, confirm step and help', async ({ page }) => {
  test.setTimeout(300_000);
  await startTwoHumanGame(page, 11);
  await expect(readyButton(page)).toBeVisible();
  await expectNoSeriousA11yIssues(page, 'pass screen');
  // The secret setup: the two objectives, the keep confirm step, the forecast.
  await readyButton(page).click();
  await expect(page.getByRole('list', { name: 'Your two objectives' })).toBeVisible();
  await expectNoSeriousA11yIssues(page, 'setup: objectives');
  await page.getByRole('list', { name: 'Your two objectives' }).getByRole('button', { name: /^Keep / }).first().click();
  await expectNoSeriousA11yIssues(page, 'setup: keep confirm step');
  await page.getByRole('button', { name: 'Confirm move' }).click();
  await expect(page.getByRole('list', { name: "The analysts' readings" })).toBeVisible();
  await expectNoSeriousA11yIssues(page, 'setup: forecast');
  await page.getByRole('list', { name: "The analysts' readings" }).getByRole('button', { name: /^Forecast: / }).first().click();
  await page.getByRole('button', { name: 'Confirm move' }).click();
  await readyButton(page).click();
  await setUpSeat(page);
  await readyButton(page).click();
  await expectNoSeriousA11yIssues(page, 'game');
  await page.getByRole('button', { name: / for ops: / }).first().click();
  await expectNoSeriousA11yIssues(page, 'confirm step');
  await page.getByRole('button', { name: 'Confirm move' }).click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  await expectNoSeriousA11yIssues(page, 'help');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Help' })).toHaveCount(0);
});

test('accessibility: a summit', async ({ page }) => {
  // The first summit comes after the first round's ten action turns: four of them are the people's.
  test.setTimeout(300_000);
  await startTwoHumanGame(page, 11);
  const stats = newStats();
  await playUntil(page, stats, () => page.locator('.summit').isVisible());
  await expectNoSeriousA11yIssues(page, 'summit');
});

test('accessibility: the end screen', async ({ page }) => {
  // Started from a prepared position: a finished bots' game opened in the replay viewer and continued one
  // move before its end, so the last bot move brings up the end screen.
  test.setTimeout(300_000);
  const log = randomFixtureLog(11, 3);
  const last = log.actions.length;
  await page.goto('/?botDelay=0#/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/?botDelay=0#/replay');
  await page.getByLabel('Choose a log file (.json)').setInputFiles({ name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(serializeLog(log)) });
  await expect(page.getByTestId('final-hash')).toContainText(log.finalHash);
  await page.getByLabel('Step', { exact: true }).fill(String(last - 1));
  await page.getByRole('button', { name: `Continue playing from step ${last - 1}` }).click();
  await expect(page).toHaveURL(/#\/play$/);
  await expect(endHeading(page)).toBeVisible();
  await expectNoSeriousA11yIssues(page, 'end screen');
});
