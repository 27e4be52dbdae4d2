import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import * as v1 from '../src/engine/v1';
import { humanStep, newStats, readyButton, setUpSeat, startTwoHumanGame } from './support/hotseat';
import { currentSave, libraryCount } from './support/library';

/** The saved-games library (#10 item 2) and saves under attack (#9 items 1–3, 9) through the UI. */

const turnStatus = (page: Page) => page.locator('.turn-status');

/**
 * Makes `n` human moves (pressing Ready as needed), then waits until a person is due again: a pass
 * screen, or the same seat's hand when it moves twice running (a summit answer, then a new round).
 */
async function play(page: Page, n: number) {
  const stats = newStats();
  const moves = () => stats.turns + stats.proposals + stats.counters + stats.answers + stats.setups + stats.attends + stats.interventions;
  while (moves() < n) if (!(await humanStep(page, stats))) await page.waitForTimeout(30);
  await expect(readyButton(page).or(page.getByRole('heading', { level: 2, name: /^Your (move|secret setup)/ }))).toBeVisible({ timeout: 30_000 });
}

/** Waits until the library holds the game as the page shows it (autosave is asynchronous). */
async function savedMoves(page: Page): Promise<number> {
  await expect.poll(async () => (await currentSave(page))?.cursor ?? -1).toBeGreaterThanOrEqual(0);
  return (await currentSave(page))!.cursor;
}

async function expectNoSeriousA11yIssues(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${what}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

test('every game is kept: reload resumes from the library; resume, replay, export and delete from Saved games', async ({ page }) => {
  test.setTimeout(120_000);
  await startTwoHumanGame(page, 7);
  await play(page, 3);
  const status = await turnStatus(page).textContent();
  const moves = await savedMoves(page);
  expect(moves).toBeGreaterThan(2);
  await page.reload();
  await expect(readyButton(page)).toBeVisible();
  await expect(turnStatus(page)).toHaveText(status!);

  // A second game does not replace the first: both are in Saved games.
  await page.goto('/?botDelay=0#/setup');
  await expect(page.getByText('The game in progress stays in Saved games.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the game' }).click();
  await expect(readyButton(page)).toBeVisible();
  await page.getByRole('link', { name: 'Saved games' }).first().click();
  const list = page.getByRole('list', { name: 'Saved games' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByText('(open in this tab)')).toHaveCount(1);
  await expectNoSeriousA11yIssues(page, 'saved games');

  // Resume the first game (the older one is listed second).
  const first = list.getByRole('listitem').nth(1);
  await expect(first).toContainText(`${moves} moves played`);
  await first.getByRole('button', { name: 'Resume' }).click();
  await expect(page).toHaveURL(/#\/play/);
  await expect(turnStatus(page)).toHaveText(status!);
  await page.reload();
  await expect(turnStatus(page)).toHaveText(status!);

  // Export of a game in progress warns first; replay opens it in the public view.
  await page.goto('/?botDelay=0#/games');
  const item = list.getByRole('listitem').filter({ hasText: '(open in this tab)' });
  await item.getByRole('button', { name: 'Export log' }).click();
  const dialog = page.getByRole('dialog', { name: 'This log file reveals every hand' });
  await expect(dialog).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download anyway' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^summitry-seed7-\d+-moves\.json$/);
  await item.getByRole('button', { name: 'Replay' }).click();
  await expect(page).toHaveURL(/#\/replay\?log=/);
  await expect(page.getByRole('combobox', { name: /perspective|Show hands/i })).toHaveValue('public');

  // Delete asks once, in place.
  await page.goto('/?botDelay=0#/games');
  const other = list.getByRole('listitem').filter({ hasNotText: '(open in this tab)' });
  await other.getByRole('button', { name: 'Delete' }).click();
  await expectNoSeriousA11yIssues(page, 'saved games, delete asked');
  await list.getByRole('button', { name: 'Keep it' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await other.getByRole('button', { name: 'Delete' }).click();
  await list.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('(open in this tab)');
  await expect(page.getByRole('status').filter({ hasText: 'The game was deleted.' })).toBeVisible();
});

test('the old single-slot save, a rules 1.0.0 game, moves into the library and opens as a replay', async ({ page }) => {
  // A save as the previous version wrote it (format 1, rules 1.0.0): two moves into a game.
  let s: v1.GameState = (v1.newGame({ seed: 5, rounds: 3 }) as { ok: true; value: v1.GameState }).value;
  const log: v1.Action[] = [];
  for (let i = 0; i < 2; i++) {
    const a = v1.legalActions(s, v1.toMove(s)!)[0]!;
    log.push(a);
    s = (v1.apply(s, a) as { ok: true; value: v1.GameState }).value;
  }
  const seats = { US: { kind: 'human' }, KP: { kind: 'human' }, CN: { kind: 'bot', level: 'random' }, RU: { kind: 'bot', level: 'random' }, KR: { kind: 'bot', level: 'random' } };
  const old = JSON.stringify({ version: 1, header: { options: { seed: 5, rounds: 3 }, seats, createdAt: '2026-01-02T03:04:05.000Z' }, log, cursor: 2 });
  await page.goto('/?botDelay=0#/');
  await page.evaluate((raw) => localStorage.setItem('summitry:game', raw), old);
  await page.reload();
  // Kept, and said so: today's rules cannot continue it, so it is not opened at the table.
  await expect(page.getByText(/This game was played under rules 1\.0\.0\./).first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => libraryCount(page)).toBe(1);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('summitry:game'))).toBeNull();
  await page.goto('/?botDelay=0#/games');
  const item = page.getByRole('list', { name: 'Saved games' }).getByRole('listitem');
  await expect(item).toContainText('Played under rules 1.0.0');
  await expect(item.getByRole('button', { name: 'Resume' })).toHaveCount(0);
  await item.getByRole('button', { name: 'Replay' }).click();
  // The replay viewer shows it as it was played, under its own rules.
  await expect(page).toHaveURL(/#\/replay/);
  await expect(page.getByRole('heading', { name: /Game log: 2 moves, seed 5, 3 rounds, rules 1\.0\.0/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('final-hash')).toHaveAttribute('data-verified', 'yes');
});

test('names with a tab or bidi control are normalised at the form and the game survives a reload (#9 item 1)', async ({ page }) => {
  await page.goto('/?botDelay=0#/setup');
  await page.getByRole('button', { name: '2 players: USA vs DPRK' }).click();
  await page.getByLabel('Player name').first().fill('Ana\tMaria\u202e');
  await page.getByLabel('Player name').nth(1).fill('\u2066Kim\u2069');
  await page.getByRole('button', { name: 'Start the game' }).click();
  await expect(page.getByRole('heading', { name: 'Pass to Ana Maria' })).toBeVisible();
  await play(page, 2);
  await expect.poll(async () => (await currentSave(page))?.cursor ?? 0).toBeGreaterThan(1);
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Pass to (Ana Maria|Kim)$/ })).toBeVisible();
  // The log leaves and opens again.
  const save = (await currentSave(page))!;
  expect(save.header.seats.US!.name).toBe('Ana Maria');
  expect(save.header.seats.KP!.name).toBe('Kim');
});

test('double-clicking "Start the game" starts one game and asks nothing (#9 item 9)', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/?botDelay=0#/setup');
  await page.getByRole('button', { name: 'Start the game' }).dblclick();
  await expect(readyButton(page)).toBeVisible();
  await expect.poll(() => libraryCount(page)).toBe(1);
  expect(dialogs).toEqual([]);
});

test('two tabs on one game: the second follows, takes over on request, and no move is dropped (#9 item 2)', async ({ page, context }) => {
  test.setTimeout(360_000); // two pages driving one game: 3 minutes on a 2-core machine under heavy load
  await startTwoHumanGame(page, 9);
  await play(page, 2);
  const a = page;
  const b = await context.newPage();
  await b.goto('/?botDelay=0#/play');
  await expect(b.getByRole('heading', { name: 'This game is open in another tab' })).toBeVisible();
  await expect(a.getByRole('heading', { name: 'This game is open in another tab' })).toHaveCount(0);
  // A plays on; B follows.
  await play(a, 2);
  await expect(turnStatus(b)).toHaveText((await turnStatus(a).textContent())!);
  const before = await savedMoves(a);
  // B cannot play while following: Ready is there, but moves are refused until it takes over.
  await b.getByRole('button', { name: 'Play in this tab instead' }).click();
  await expect(a.getByRole('heading', { name: 'This game is open in another tab' })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'This game is open in another tab' })).toHaveCount(0);
  await play(b, 2);
  await expect(turnStatus(a)).toHaveText((await turnStatus(b).textContent())!);
  await expect.poll(async () => (await currentSave(b))!.cursor).toBeGreaterThan(before);
  const all = (await currentSave(b))!;
  // A reload of A keeps every move of both tabs.
  await a.reload();
  await expect(turnStatus(a)).toHaveText((await turnStatus(b).textContent())!);
  expect((await currentSave(a))!.log).toEqual(all.log);
  // After its reload A follows B, the live tab; when B closes, A (next in line) plays on by itself.
  await expect(a.getByRole('heading', { name: 'This game is open in another tab' })).toBeVisible();
  await b.close();
  await expect(a.getByRole('heading', { name: 'This game is open in another tab' })).toHaveCount(0);
  await play(a, 1);
  await expect.poll(async () => (await currentSave(a))!.cursor).toBeGreaterThan(all.cursor);
});

for (const kind of ['blocked', 'full'] as const) {
  test(`storage ${kind}: a clear message at once, the game goes on, export offered (#9 item 3)`, async ({ page }) => {
    await page.addInitScript((k) => {
      const fail = () => {
        throw new DOMException(k === 'full' ? 'The quota has been exceeded.' : 'The operation is insecure.', k === 'full' ? 'QuotaExceededError' : 'SecurityError');
      };
      Storage.prototype.setItem = fail;
      if (k === 'blocked') Object.defineProperty(window, 'indexedDB', { get: fail });
      else IDBObjectStore.prototype.put = fail;
    }, kind);
    await page.goto('/?botDelay=0#/setup');
    await page.getByRole('button', { name: '2 players: USA vs DPRK' }).click();
    await page.getByRole('button', { name: 'Start the game' }).click();
    await readyButton(page).click();
    await setUpSeat(page);
    const alert = page.getByRole('alert').filter({ hasText: 'not being saved' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(kind === 'full' ? 'full' : 'does not let Summitry store games');
    // The game goes on in memory.
    await expect(readyButton(page)).toBeVisible();
    await expect(page.locator('#pass-title')).toHaveText("Pass to North Korea's player");
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Export the log now' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^summitry-.*\.json$/);
    await expectNoSeriousA11yIssues(page, `storage ${kind}`);
  });
}
