import { expect, type Locator, type Page } from '@playwright/test';

/** Driving a hot-seat game through the UI, shared by the e2e specs and the browser benchmark. */

export const endHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /wins$|Nobody wins/ });
export const readyButton = (page: Page) => page.getByRole('button', { name: /^Ready — show/ });

/** Setup: United States and North Korea human, the rest bots; instant bots; a fixed seed. */
export async function startTwoHumanGame(page: Page, seed = 42, rounds = 3) {
  await page.goto('/?botDelay=0#/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/?botDelay=0#/setup');
  await page.getByRole('button', { name: '2 players: USA vs DPRK' }).click();
  await page.getByLabel('Seed').fill(String(seed));
  await page.getByLabel('Game length').selectOption(String(rounds));
  await page.getByRole('button', { name: 'Start the game' }).click();
  await expect(page).toHaveURL(/#\/play/);
}

/** The seat on screen keeps an objective (the `keep`-th dealt) and records a forecast (the `reading`-th), confirming each. */
export async function setUpSeat(page: Page, keep = 0, reading = 0) {
  const confirm = page.getByRole('button', { name: 'Confirm move' });
  await page.getByRole('list', { name: 'Your two objectives' }).getByRole('button', { name: /^Keep / }).nth(keep).click();
  await confirm.click();
  await page.getByRole('list', { name: "The analysts' readings" }).getByRole('button', { name: /^Forecast: / }).nth(reading).click();
  await confirm.click();
}

/** From a new two-person game's first pass screen, through both people's secret setup, to round 1's first pass screen. */
export async function throughSetup(page: Page) {
  for (const who of ["United States' player", "North Korea's player"]) {
    await expect(page.locator('#pass-title')).toHaveText(`Pass to ${who}`);
    await readyButton(page).click();
    await setUpSeat(page);
  }
  await expect(page.locator('#pass-title')).toHaveText("Pass to United States' player");
}

/**
 * Waits (on the page, not on a clock) until a person has something to do or the game is over: a pass
 * screen, a card turn, a summit decision or the end screen. Bots may think as long as the machine needs.
 */
export async function waitForDecision(page: Page, timeout = 120_000): Promise<void> {
  const due = readyButton(page)
    .or(page.getByRole('heading', { level: 2, name: /^Your secret setup, / }))
    .or(page.getByRole('heading', { level: 2, name: 'Your move at the summit' }))
    .or(page.getByRole('button', { name: 'Propose this package' }))
    .or(page.getByRole('button', { name: 'Accept the deal' }))
    .or(page.getByRole('heading', { level: 2, name: /^Your move, / }))
    .or(endHeading(page));
  await expect(due.first()).toBeVisible({ timeout });
}

export interface Stats { turns: number; proposals: number; counters: number; answers: number; setups: number; attends: number; interventions: number }
export const newStats = (): Stats => ({ turns: 0, proposals: 0, counters: 0, answers: 0, setups: 0, attends: 0, interventions: 0 });

export interface StepOptions {
  /** Send one counter-offer in the game before accepting offers (exercises the negotiation). */
  readonly counterOnce?: boolean;
  /** The United States reaches out for summits and others build; otherwise the first ops move. */
  readonly purposeful?: boolean;
  /** Third parties sweeten the table instead of staying out. */
  readonly sweeten?: boolean;
  /** Clicks Confirm for a card turn; the benchmark times it. `turn` counts card turns from 0. */
  readonly confirmCard?: (confirm: Locator, turn: number) => Promise<void>;
}

/**
 * Makes one human decision if one is waiting (Ready, the secret setup, a card, a summit move); returns
 * false when nothing was there yet (bots thinking). In setup a seat keeps its first objective and
 * forecasts the first reading; North Korea attends with no precondition; third parties stay out
 * (or sweeten, with `sweeten`); hosts propose one concession from each side.
 */
export async function humanStep(page: Page, stats: Stats, opts: StepOptions = {}): Promise<boolean> {
  if (await readyButton(page).isVisible()) {
    await readyButton(page).click();
    return true;
  }
  const confirm = page.getByRole('button', { name: 'Confirm move' });
  const keep = page.getByRole('list', { name: 'Your two objectives' }).getByRole('button', { name: /^Keep / });
  const forecast = page.getByRole('list', { name: "The analysts' readings" }).getByRole('button', { name: /^Forecast: / });
  if ((await keep.count()) > 0 || (await forecast.count()) > 0) {
    await ((await keep.count()) > 0 ? keep : forecast).first().click();
    await confirm.click();
    stats.setups++;
    return true;
  }
  const attend = page.getByRole('button', { name: 'Attend with no precondition' });
  if (await attend.isVisible()) {
    await attend.click();
    await confirm.click();
    stats.attends++;
    return true;
  }
  const stayOut = page.getByRole('button', { name: 'Stay out' });
  if (await stayOut.isVisible()) {
    const sweeten = page.getByRole('button', { name: 'Sweeten the deal' });
    await (opts.sweeten && (await sweeten.isVisible()) ? sweeten : stayOut).click();
    await confirm.click();
    stats.interventions++;
    return true;
  }
  const propose = page.getByRole('button', { name: 'Propose this package' });
  const accept = page.getByRole('button', { name: 'Accept the deal' });
  if (await propose.isVisible()) {
    for (const side of await page.locator('.composer-side').all()) await side.getByRole('checkbox').first().check();
    await expect(propose).toBeEnabled();
    await propose.click();
    await confirm.click();
    stats.proposals++;
    return true;
  }
  if (await accept.isVisible()) {
    const counterToggle = page.getByRole('button', { name: 'Compose a counter-offer…' });
    if (opts.counterOnce && stats.counters === 0 && (await counterToggle.isVisible())) {
      await counterToggle.click();
      const send = page.getByRole('button', { name: 'Send counter-offer' });
      await expect(send).toBeDisabled(); // the same package is not a counter
      await page.locator('.composer input[type=checkbox]:not(:checked)').first().check();
      await expect(send).toBeEnabled();
      await send.click();
      await confirm.click();
      stats.counters++;
      return true;
    }
    await accept.click();
    await confirm.click();
    stats.answers++;
    return true;
  }
  const heading = page.getByRole('heading', { level: 2, name: /^Your move, / });
  if (await heading.isVisible()) {
    const anyOps = page.getByRole('button', { name: / for ops: / });
    let button = anyOps.first();
    if (opts.purposeful) {
      const us = (await heading.textContent())?.includes('United States');
      const preferred = us ? page.getByRole('button', { name: /for ops: Reach out to (Beijing|Pyongyang)$/ }) : page.getByRole('button', { name: /for ops: Build the economy$/ });
      if ((await preferred.count()) > 0) button = preferred.first();
    }
    await button.click();
    await expect(page.getByText('Confirm your move:')).toBeVisible();
    if (opts.confirmCard) await opts.confirmCard(confirm, stats.turns);
    else await confirm.click();
    stats.turns++;
    return true;
  }
  return false;
}
