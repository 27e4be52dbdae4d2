/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { loadPositions, openGameAt } from './support/positions';
import { openPrepared, prepare } from './support/prepared';
import { toMove } from '../src/engine';

/**
 * The table's layouts at a laptop size and on a phone: what stays on screen, the card fold, the
 * "since you last played" summary (public facts only), the replay's move list, and axe on each screen.
 */

const positions = loadPositions();
// Each test loads the app more than once and runs axe: slow on a busy machine, so no tight limit.
test.describe.configure({ timeout: 480_000 });
const ready = (page: Page) => page.getByRole('button', { name: /^Ready — show/ });

async function expectAxeClean(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${what}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

/** Nothing sticks out sideways: the page never scrolls horizontally. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('while a seat chooses, the board and its tracks are on screen with the hand; a card opens on keyboard focus', async ({ page }) => {
    await openGameAt(page, positions, positions.stops.choosing);
    await ready(page).click();
    const board = page.locator('.board-area .board-svg');
    await expect(board).toBeVisible();
    const box = (await board.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.width).toBeGreaterThan(600);
    const hand = page.getByRole('list', { name: 'Your hand' });
    const handBox = (await hand.boundingBox())!;
    expect(handBox.y + handBox.height).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    // Each move button keeps to one line.
    for (const b of await page.getByRole('button', { name: / for ops: / }).all()) expect((await b.boundingBox())!.height).toBeLessThan(34);
    // The fold opens on keyboard focus: the card's text is then visible above it.
    const fold = page.locator('.hand-slot').first().locator('.card-more');
    await expect(fold).toHaveCSS('clip-path', 'inset(50%)');
    await page.locator('.hand-slot').first().getByRole('button').first().focus();
    await expect(fold).toHaveCSS('clip-path', 'none');
    await expectAxeClean(page, 'table');
  });

  test('the pass screen sums up what happened, the round scored, and shows no secret', async ({ page }) => {
    await openGameAt(page, positions, positions.stops.roundSummary);
    await expect(ready(page)).toBeVisible();
    const summary = page.getByRole('region', { name: /^Since .* last played$/ });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('heading', { name: /^Round \d+ scored$/ })).toBeVisible();
    await expect(summary.getByRole('table')).toContainText('VP');
    // No hand card or objective in the summary (a card played earlier, reshuffled and drawn again, is
    // public in the chronicle: those names are left out of the check).
    const text = (await summary.textContent())!;
    const chronicle = (await page.getByRole('region', { name: 'Chronicle' }).textContent())!;
    for (const secret of positions.secrets.roundSummary.filter((x) => !chronicle.includes(x))) expect(text, `the summary shows "${secret}"`).not.toContain(secret);
    // Nor anywhere on the pass screen outside the public chronicle.
    const outside = (await page.locator('.tray').textContent())!;
    for (const secret of positions.secrets.roundSummary.filter((x) => !chronicle.includes(x))) expect(outside, `the pass screen shows "${secret}"`).not.toContain(secret);
    await expectAxeClean(page, 'pass screen with the summary');
  });

  // One position per test: each test's fresh browser context starts with an empty saved-games library,
  // so the old-slot save openGameAt writes is the game the app opens (not the one a previous open left current).
  test('a summit is axe clean', async ({ page }) => {
    await openGameAt(page, positions, positions.stops.summit);
    await ready(page).click();
    await expect(page.locator('.summit')).toBeVisible();
    await expect(page.locator('.board-area .board-svg')).toBeInViewport();
    await expectAxeClean(page, 'summit');
  });

  // Rules 2.0's new summit stages, each on a person's screen: North Korea attends or snubs; North Korea as a
  // third party at the Trump–Xi table sweetens, spoils or stays out. Positions played by the engine's bots.
  for (const stage of ['attend', 'intervene'] as const) {
    test(`the summit's ${stage} stage is axe clean and says what each choice costs`, async ({ page }) => {
      let p = null;
      for (let seed = 1; seed < 200 && !p; seed++) {
        const q = prepare(seed, 4, (s) => s.phase === 'summit' && s.summit!.stage === stage && toMove(s) === 'KP');
        if (q.state.phase === 'summit') p = q;
      }
      expect(p, `a ${stage} stage waiting on North Korea`).not.toBeNull();
      await openPrepared(page, p!);
      await ready(page).click();
      await expect(page.locator('.summit')).toBeVisible();
      if (stage === 'attend') {
        await expect(page.getByRole('button', { name: 'Attend with no precondition' })).toBeVisible();
        await expect(page.getByRole('button', { name: 'Snub the summit' }).locator('xpath=ancestor::li')).toContainText('The table closes');
      } else {
        await expect(page.getByRole('button', { name: 'Stay out' }).locator('xpath=ancestor::li')).toContainText('No cost, no stake in the outcome.');
      }
      await expect(page.locator('.board-area .board-svg')).toBeInViewport();
      await expectAxeClean(page, `summit ${stage} stage`);
    });
  }

  test('the end screen is axe clean', async ({ page }) => {
    await openGameAt(page, positions, positions.stops.end);
    await expect(page.getByRole('heading', { level: 2, name: /wins$|Nobody wins/ })).toBeVisible();
    await expectAxeClean(page, 'end screen');
  });

  test('replay opened at a step shows that move in the list, and again after End', async ({ page }) => {
    await page.goto('./#/replay?sample=standard-six-rounds.json&step=35');
    await expect(page.getByTestId('replay-now')).toContainText('Step 35 of', { timeout: 60_000 });
    const moves = page.getByRole('navigation', { name: 'Moves' });
    await expect(moves.locator('[aria-current="step"]')).toHaveText(/^35\. /);
    await expect(moves.locator('[aria-current="step"]')).toBeInViewport();
    await page.keyboard.press('End');
    await expect(moves.locator('[aria-current="step"]')).toHaveText(/^70\. /);
    await expect(moves.locator('[aria-current="step"]')).toBeInViewport();
    // The controls stay at the top when the page scrolls.
    await page.mouse.wheel(0, 900);
    await expect(page.getByRole('group', { name: 'Replay controls' })).toBeInViewport();
    await expectAxeClean(page, 'replay');
  });
});

test.describe('on a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the pass screen and the table fit the width, the board reads as text, and axe is clean', async ({ page }) => {
    await openGameAt(page, positions, positions.stops.roundSummary);
    await expect(ready(page)).toBeVisible();
    await expectNoSidewaysScroll(page);
    // The turn order chips stay inside the status bar.
    const bar = (await page.locator('.table-bar').boundingBox())!;
    for (const pip of await page.locator('.turn-pips .pip').all()) {
      const b = (await pip.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(bar.x + bar.width);
    }
    await expectAxeClean(page, 'phone pass screen');
    await ready(page).click();
    await expectNoSidewaysScroll(page);
    // Every shared track is listed as text; the picture is drawn wide enough to read and pans.
    const tracks = page.getByRole('table', { name: 'Shared tracks' });
    await expect(tracks).toBeVisible();
    expect(await tracks.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect((await page.locator('.board-map .board-svg').boundingBox())!.width).toBeGreaterThanOrEqual(1300);
    await expectAxeClean(page, 'phone table');
  });

  // At 390 px the final standings are one block per actor: no cell runs past the paper (axe used to
  // report the contrast of the cells that hung over the felt).
  test('the end screen and the replay fit the width and are axe clean', async ({ page }) => {
    await openGameAt(page, positions, positions.stops.end);
    await expect(page.getByRole('heading', { level: 2, name: /wins$|Nobody wins/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
    const paper = (await page.locator('.end-screen').boundingBox())!;
    for (const row of await page.locator('.standings tbody tr').all()) {
      const b = (await row.boundingBox())!;
      expect(b.x + b.width, 'a standings row runs past the paper').toBeLessThanOrEqual(paper.x + paper.width);
    }
    await expectAxeClean(page, 'phone end screen');
    await page.goto('./#/replay?sample=standard-six-rounds.json&step=35');
    await expect(page.getByTestId('replay-now')).toContainText('Step 35 of', { timeout: 60_000 });
    await expectNoSidewaysScroll(page);
    await expectAxeClean(page, 'phone replay');
  });
});
