import { expect, type Page, test } from '@playwright/test';
import { type Action, ACTORS, type ActorId, type GameOptions, getCard, OBJECTIVE_BY_ID, READING_INFO, READINGS, toMove } from '../src/engine';
import { replayActions } from '../src/log/replay';
import { endHeading, humanStep, newStats, readyButton, startTwoHumanGame } from './support/hotseat';
import { currentSave } from './support/library';
import { openPrepared, summitForHumans } from './support/prepared';

/**
 * Seat privacy (#10 item 1): a hot-seat game with two people is walked screen by screen — pass
 * screens, undo and redo on a pass screen (button, `u`, Ctrl+Z, Shift+U), the mid-game export
 * dialog, summits — and at every point the page (text and attributes) must hold no card of another
 * seat's hand and no other seat's hidden objective. The secrets come from the engine, by replaying
 * the saved game.
 */

/** Every text and attribute value of the page, hidden parts included. */
const pageText = (page: Page) =>
  page.evaluate(() => {
    const parts = [document.documentElement.textContent ?? '', document.title];
    for (const el of Array.from(document.querySelectorAll('*'))) for (const a of Array.from(el.attributes)) parts.push(a.value);
    return parts.join('\n');
  });

let checks = 0;

/** The secrets of every seat but `allowed`, from the engine state of the saved game. */
async function secrets(page: Page) {
  const save = await currentSave(page);
  if (!save) throw new Error('no save yet');
  const r = replayActions(save.header.options as GameOptions, save.log.slice(0, save.cursor) as Action[]);
  if (!r.ok) throw new Error(r.error.message);
  const state = r.value[r.value.length - 1]!;
  const publicText = state.chronicle.map((e) => e.text).join('\n');
  const of = (a: ActorId) => {
    const me = state.actors[a];
    // Both objectives dealt at setup are secret (the kept one and the one passed over), and so is the forecast.
    const dealt = [...new Set([...me.objectiveChoices, me.objective].filter((id) => id !== ''))].map((id) => OBJECTIVE_BY_ID.get(id)!);
    const kept = OBJECTIVE_BY_ID.get(me.objective);
    // A card named in the public chronicle (played before a reshuffle) is no secret.
    const cards = me.hand.map((c) => getCard(c)!.name).filter((n) => !publicText.includes(n));
    return { cards, objectives: dealt.flatMap((o) => [o.name, o.text]), objective: kept ? [kept.name, kept.text] : [], forecast: me.forecast };
  };
  return { state, of };
}

/** Asserts that the page shows no secret but those of the seat whose player pressed Ready. */
async function expectNoLeak(page: Page, where: string) {
  await expect(async () => {
    const passShown = await page.locator('.pass-screen').isVisible();
    const { state, of } = await secrets(page);
    const mover = toMove(state);
    // The only seat allowed on screen: the mover, once its player pressed Ready (its hand is shown).
    const handShown = await page.getByRole('list', { name: 'Your hand' }).isVisible();
    const setupShown = await page.locator('.setup-step').isVisible();
    const allowed: ActorId | null = !passShown && state.phase !== 'ended' && mover && (handShown || setupShown || (await page.locator('.summit').isVisible())) ? mover : null;
    const text = await pageText(page);
    // Reading names the shown seat may legitimately have on screen: all three while it chooses its
    // forecast, or its own once recorded. Any other seat's forecast must not be named anywhere else.
    const choosingForecast = await page.getByRole('list', { name: "The analysts' readings" }).isVisible();
    const ownForecast = allowed ? of(allowed).forecast : null;
    const leaks: string[] = [];
    for (const a of ACTORS) {
      if (a === allowed) continue;
      const s = of(a);
      for (const c of s.cards) if (text.includes(c)) leaks.push(`${a} card "${c}"`);
      for (const o of s.objectives) if (text.includes(o)) leaks.push(`${a} objective "${o}"`);
      if (s.forecast && !choosingForecast && s.forecast !== ownForecast && text.includes(READING_INFO[s.forecast].name)) leaks.push(`${a} forecast "${READING_INFO[s.forecast].name}"`);
    }
    // Outside the forecast step nothing names a reading but the shown seat's own forecast.
    if (!choosingForecast && state.phase !== 'ended') for (const r of READINGS) if (r !== ownForecast && text.includes(READING_INFO[r].name)) leaks.push(`a forecast "${READING_INFO[r].name}"`);
    expect(leaks, `${where}: another seat's secrets on the page`).toEqual([]);
    // The check can fail: the seat that is shown does have its secrets on the page.
    if (allowed && handShown) expect(of(allowed).objective.some((o) => text.includes(o)), `${where}: own objective shown`).toBe(true);
    if (allowed && setupShown && !choosingForecast) expect(of(allowed).objectives.every((o) => text.includes(o)), `${where}: own two objectives shown`).toBe(true);
  }).toPass({ timeout: 15_000, intervals: [50, 100, 250, 500] });
  checks++;
}

const passTitle = (page: Page) => page.locator('#pass-title');

test('hot-seat: no screen ever holds another seat\'s hand or objective', async ({ page }) => {
  // The walk now starts with both people's secret setup (and its undo): longer on a busy machine.
  test.setTimeout(420_000);
  await startTwoHumanGame(page, 42, 3);
  await expect(passTitle(page)).toHaveText("Pass to United States' player");
  await expectNoLeak(page, 'first pass screen');

  // The secret setup: each person keeps one of two objectives and records a forecast behind its pass screen.
  const confirm = page.getByRole('button', { name: 'Confirm move' });
  const keep = page.getByRole('list', { name: 'Your two objectives' }).getByRole('button', { name: /^Keep / });
  const forecast = page.getByRole('list', { name: "The analysts' readings" }).getByRole('button', { name: /^Forecast: / });
  await readyButton(page).click();
  await expect(keep).toHaveCount(2);
  await expectNoLeak(page, 'United States: its two objectives');
  await keep.last().click();
  await expectNoLeak(page, 'United States: keep confirm step');
  await confirm.click();
  await expect(forecast).toHaveCount(3);
  await expectNoLeak(page, 'United States: forecast');
  await forecast.nth(1).click();
  await confirm.click();
  await expect(passTitle(page)).toHaveText("Pass to North Korea's player");
  await expectNoLeak(page, 'North Korea pass screen in setup');
  // Undo on North Korea's pass screen: the United States' pass screen, never its forecast or objectives.
  await page.keyboard.press('u');
  await expect(passTitle(page)).toHaveText("Pass to United States' player");
  await expectNoLeak(page, 'after undo (u) in setup');
  await page.keyboard.press('Shift+U');
  await expect(passTitle(page)).toHaveText("Pass to North Korea's player");
  await readyButton(page).click();
  await expect(keep).toHaveCount(2);
  await expectNoLeak(page, 'North Korea: its two objectives');
  await keep.first().click();
  await confirm.click();
  await expectNoLeak(page, 'North Korea: forecast');
  await forecast.nth(2).click();
  await confirm.click();
  // The bots set up at once; then the United States plays the first card.
  await expect(passTitle(page)).toHaveText("Pass to United States' player");
  await expectNoLeak(page, 'round 1 pass screen');

  await readyButton(page).click();
  await expectNoLeak(page, 'United States hand');
  await page.getByRole('button', { name: / for ops: / }).first().click();
  await expectNoLeak(page, 'United States confirm step');
  await page.getByRole('button', { name: 'Confirm move' }).click();
  await expect(passTitle(page)).toHaveText("Pass to North Korea's player");
  await expectNoLeak(page, 'North Korea pass screen');

  // Undo with the `u` key on North Korea's pass screen: the United States' pass screen, not its hand.
  await page.keyboard.press('u');
  await expect(passTitle(page)).toHaveText("Pass to United States' player");
  await expect(page.getByRole('list', { name: 'Your hand' })).toHaveCount(0);
  await expectNoLeak(page, 'after undo (u) on a pass screen');
  // Redo (Shift+U): North Korea's pass screen again.
  await page.keyboard.press('Shift+U');
  await expect(passTitle(page)).toHaveText("Pass to North Korea's player");
  await expectNoLeak(page, 'after redo (Shift+U)');

  // With North Korea's hand open, Ctrl+Z takes back the United States' move: through its pass screen.
  await readyButton(page).click();
  await expectNoLeak(page, 'North Korea hand');
  await page.keyboard.press('Control+z');
  await expect(passTitle(page)).toHaveText("Pass to United States' player");
  await expectNoLeak(page, 'after Ctrl+Z from an open hand');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(passTitle(page)).toHaveText("Pass to North Korea's player");
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(passTitle(page)).toHaveText("Pass to United States' player");
  await expectNoLeak(page, 'after the Undo button');
  await page.getByRole('button', { name: 'Redo' }).click();

  // Mid-game export: the warning dialog, on a pass screen and with a hand open.
  await page.getByRole('button', { name: 'Export log' }).click();
  const dialog = page.getByRole('dialog', { name: 'This log file reveals every hand' });
  await expect(dialog).toBeVisible();
  await expectNoLeak(page, 'export dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('dialog', { name: 'This share link reveals every hand' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A few more turns: every pass screen, hand and bot turn is checked.
  const stats = newStats();
  for (let n = 0; stats.turns < 4 && n < 100; n++) {
    await expectNoLeak(page, `turn ${stats.turns}`);
    if (!(await humanStep(page, stats))) await page.waitForTimeout(30);
  }
  await expectNoLeak(page, 'after four turns');
  console.log(`privacy walk: ${checks} checks, ${stats.turns} card turns`);
});

test('hot-seat summit: proposal and answer screens hold no other seat\'s secrets', async ({ page }) => {
  test.setTimeout(180_000);
  // Started from a prepared position (engine bots in Node): a summit waiting on a human seat.
  const prepared = summitForHumans();
  await openPrepared(page, prepared);
  await expect(readyButton(page)).toBeVisible();
  await expectNoLeak(page, 'summit pass screen');
  const stats = newStats();
  let summitScreens = 0;
  // Through the summit (propose, counter, answer) until the next card turn of a person.
  for (let n = 0; n < 200; n++) {
    if (await endHeading(page).isVisible()) break;
    if (await page.locator('.summit').isVisible()) summitScreens++;
    await expectNoLeak(page, `summit step ${n}`);
    if (stats.turns > 0) break;
    if (!(await humanStep(page, stats, { counterOnce: true }))) await page.waitForTimeout(30);
  }
  expect(summitScreens, 'the walk went through the summit screens').toBeGreaterThan(0);
  expect(stats.proposals + stats.answers + stats.counters).toBeGreaterThan(0);
  console.log(`summit walk: ${checks} checks, ${summitScreens} summit screens, ${stats.attends} attends, ${stats.interventions} third-party moves, ${stats.proposals} proposals, ${stats.counters} counters, ${stats.answers} answers`);
});
