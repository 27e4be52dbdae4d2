/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * Classroom mode as a facilitator meets it: set up two teams and three bots, print the briefings,
 * run a short session through the teams' secret steps to the debrief, and the two timeout rules.
 */

const SHOTS = process.env.CLASSROOM_SHOTS; // a folder: save screenshots of the facilitator view and the debrief

async function freshClassroom(page: Page) {
  await page.goto('./#/classroom');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Classroom session' })).toBeVisible();
  // window.print would open a dialog: count the calls instead.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => { (window as unknown as { printed: number }).printed += 1; };
  });
}

interface Setup { teams: Partial<Record<'United States' | 'North Korea' | 'China' | 'Russia' | 'South Korea', string>>; rounds: number; seconds: number; rule: 'bot' | 'pause' }

async function setUp(page: Page, s: Setup) {
  await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'Short session — 4 rounds, ~45 min' });
  await expect(page.getByRole('spinbutton', { name: 'Rounds' })).toHaveValue('4');
  await page.getByRole('spinbutton', { name: 'Rounds' }).fill(String(s.rounds));
  for (const [actor, name] of Object.entries(s.teams)) await page.getByLabel(`Team name for ${actor}`).fill(name);
  await page.getByRole('radio', { name: 'Per turn (each move)' }).check();
  await page.getByRole('spinbutton', { name: 'Seconds' }).fill(String(s.seconds));
  await page.getByRole('radio', { name: s.rule === 'bot' ? /A bot plays the team's move/ : 'Pause and alert the facilitator' }).check();
  await page.getByRole('combobox', { name: 'Bot delay' }).selectOption({ label: 'none' });
  // Any typed text is a seed (empty: one is drawn at the start).
  await page.getByRole('textbox', { name: 'Seed' }).fill('class 1');
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('custom');
}

/** Every analyst's reading named on the page: a team's forecast, if the page held one. */
const READING_NAMES = /Pyongyang defers to Xi|Pyongyang follows its own calculation|No Trump–Kim summit this autumn/;

/** The facilitator view must never show a hand, a hidden objective or a team's move buttons. */
async function expectNoSecrets(page: Page) {
  await expect(page.getByRole('heading', { name: 'Classroom — facilitator view' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your hand' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Hidden objective/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Confirm move' })).toHaveCount(0);
  // Objectives are revealed to all only when the game is over.
  if (!(await page.getByRole('button', { name: 'Open the debrief' }).isVisible())) await expect(page.getByText(/hidden objective/i)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /for ops|Play event|Decline the summit|Accept the deal|^Keep |^Forecast: |Attend|Snub|Sweeten|Spoil|Stay out/ })).toHaveCount(0);
  // Nor the objectives a team was dealt, nor any team's forecast, while the game runs.
  if (!(await page.getByRole('button', { name: 'Open the debrief' }).isVisible())) {
    await expect(page.getByRole('list', { name: 'Your two objectives' })).toHaveCount(0);
    await expect(page.getByText(READING_NAMES)).toHaveCount(0);
  }
}

const seriousOrWorse = async (page: Page, include: string) => {
  const r = await new AxeBuilder({ page }).include(include).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

test('role briefings: one page per actor, printed all together or per team', async ({ page }) => {
  await freshClassroom(page);
  await setUp(page, { teams: { 'United States': 'Eagles', 'North Korea': 'Juche' }, rounds: 2, seconds: 900, rule: 'bot' });
  await expect(page.getByText('2 teams, 3 bots.')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/setup.png`, fullPage: true });

  // Briefings: one page per actor, printable all together or per team.
  await page.getByRole('button', { name: 'Print briefings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Role briefings' })).toBeVisible();
  const briefings = page.locator('article.briefing');
  await expect(briefings).toHaveCount(5);
  await expect(page.getByRole('heading', { level: 2, name: /Role briefing: North Korea/ })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Briefing: North Korea' })).toContainText('Team Juche');
  await expect(page.getByRole('article', { name: 'Briefing: China' })).toContainText('Played by a bot');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/briefings.png` });
  await page.getByRole('button', { name: 'Print briefings' }).click();
  await page.getByRole('button', { name: 'Print the South Korea briefing' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
  // Printing breaks the page after each briefing.
  await page.emulateMedia({ media: 'print' });
  expect(await briefings.first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back' }).click();

  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
});

test('a short session with two teams and three bots, through the teams\' secret steps to the debrief', async ({ page }) => {
  // A long flow (a whole game through the UI, then the debrief's charts): one round keeps it short, and a
  // generous limit makes a busy machine slow, not failing.
  test.setTimeout(900_000);
  await freshClassroom(page);
  await setUp(page, { teams: { 'United States': 'Eagles', 'North Korea': 'Juche' }, rounds: 1, seconds: 900, rule: 'bot' });
  await page.getByRole('button', { name: 'Start session' }).click();
  await expectNoSecrets(page);
  await expect(page.locator('.step-label')).toHaveText('Before round 1 · Secret setup: United States keeps an objective and records a forecast');
  await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
  await expect(page.getByRole('table', { name: 'Scores' })).toContainText('Team Eagles');
  expect(await seriousOrWorse(page, '.facilitator')).toEqual([]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/facilitator.png`, fullPage: true });

  // Play through: each human team is called, presses Ready, moves, and the shared view returns.
  let moves = 0;
  let setups = 0;
  for (let guard = 0; guard < 80; guard++) {
    const ready = page.getByRole('button', { name: /^Ready: show Team/ });
    const debrief = page.getByRole('button', { name: 'Open the debrief' });
    await expect(ready.or(debrief)).toBeVisible({ timeout: 120_000 });
    if (await debrief.isVisible()) break;
    await expect(page.getByText(/— come to the device/)).toBeVisible();
    await expectNoSecrets(page);
    await ready.click();
    await expect(page.getByRole('heading', { level: 1, name: /^Team (Eagles|Juche) \((United States|North Korea)\) — your move$/ })).toBeVisible();
    // The secret setup first (keep one of two objectives, then forecast); then cards and summits.
    const keep = page.getByRole('list', { name: 'Your two objectives' }).getByRole('button', { name: /^Keep / }).first();
    const forecast = page.getByRole('list', { name: "The analysts' readings" }).getByRole('button', { name: /^Forecast: / }).first();
    const ops = page.getByRole('button', { name: /for ops: Lobby( ↻ \(again this round\))?$/ }).first();
    const summit = page.getByRole('button', { name: /^(Decline the summit|Accept the deal|Attend with no precondition|Stay out)$/ }).first();
    await expect(keep.or(forecast).or(ops).or(summit)).toBeVisible();
    if (!(await keep.isVisible())) await expect(page.getByRole('heading', { name: /^Hidden objective/ })).toBeVisible();
    if (moves === 0 && SHOTS) await page.screenshot({ path: `${SHOTS}/secret-step.png`, fullPage: true });
    // Choose a move, then confirm it (the hot-seat game's two-step move).
    if (await keep.isVisible()) setups++, await keep.click();
    else if (await forecast.isVisible()) setups++, await forecast.click();
    else if (await ops.isVisible()) await ops.click();
    else await summit.click();
    await page.getByRole('button', { name: 'Confirm move' }).click();
    moves++;
    await expectNoSecrets(page);
    if (moves === 7 && SHOTS) await page.screenshot({ path: `${SHOTS}/facilitator-mid.png`, fullPage: true });
  }
  expect(setups).toBe(4); // two teams, each keeps an objective and forecasts
  expect(moves).toBeGreaterThanOrEqual(8); // and four of the ten action turns in the round (+ summits)
  await expect(page.locator('.mover-call')).toHaveText(/The game is over|Catastrophe/);

  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Each actor\'s score (VP) over the rounds' }).locator('.recharts-wrapper > svg.recharts-surface')).toHaveCount(1);
  await expect(page.getByRole('figure', { name: /^Tension/ }).locator('.recharts-wrapper > svg.recharts-surface')).toHaveCount(1);
  await expect(page.locator('.track-charts .recharts-wrapper > svg.recharts-surface')).toHaveCount(8);
  await expect(page.getByRole('img', { name: /Line chart: Each actor's score/ })).toBeVisible();
  // The data behind the charts, as tables.
  await page.getByText('Show the data as a table').first().click();
  await expect(page.getByRole('table', { name: 'Each actor\'s score (VP) over the rounds' })).toContainText('Start');
  const turning = page.getByRole('region', { name: 'Turning points' }).locator('ol.turning-points > li');
  expect(await turning.count()).toBeGreaterThan(0);
  await expect(turning.first()).toContainText(/Round \d, move \d+/);
  const prompts = page.getByRole('region', { name: 'Discussion prompts' }).locator('ol.prompts > li');
  expect(await prompts.count()).toBeGreaterThanOrEqual(3);
  for (const analyst of ['Kim Jong', 'Kim Jae-cheon', 'Park Won-gon']) await expect(page.getByText(`Prof. ${analyst}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Team Juche' }).first()).toBeVisible();
  // The forecasts, revealed now, and what North Korea did at the Trump–Kim table.
  await expect(page.getByRole('region', { name: 'Final standings' }).getByRole('columnheader', { name: 'Forecast' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Final standings' }).getByText(/Came true|Did not come true/)).toHaveCount(5);
  await expect(page.getByRole('region', { name: "Pyongyang's choices" })).toBeVisible();
  await expect(page.locator('ol.prompts > li').first()).toContainText('What happened: ');
  expect(await seriousOrWorse(page, '.debrief')).toEqual([]);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/debrief.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/debrief-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }

  // Export: print and the game log.
  await page.getByRole('button', { name: 'Print the debrief' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the game log' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^summitry-seedclass_1-\d+-moves\.json$/);

  // A reload keeps the session and its debrief.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();

  // A turning point opens the replay viewer at that move.
  const link = page.getByRole('link', { name: /^See move \d+ on the board/ }).first();
  const step = Number((await link.textContent())!.match(/move (\d+)/)![1]);
  await link.click();
  await expect(page.getByRole('navigation', { name: 'Moves' }).locator('[aria-current="step"]')).toContainText(`${step}.`);
});

// The countdown tests run on Playwright's clock: time moves when the test moves it (fastForward), so a
// busy machine cannot make a 5-second timer late or early, and no test sleeps.
test('when time runs out, a bot plays the team\'s move', async ({ page }) => {
  await page.clock.install();
  await freshClassroom(page);
  await setUp(page, { teams: { 'United States': 'Eagles' }, rounds: 1, seconds: 5, rule: 'bot' });
  // Time stands still from here and moves only as the test says (the team moves first, so nothing else
  // is due): 4 seconds in, the screen is still the team's; past 5, the bot has played.
  // (A minute ahead: the page's clock still runs until then, and a busy machine may take seconds to get there.)
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 60_000));
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByText(/Team Eagles \(United States\) — come to the device/)).toBeVisible();
  // The team opens its screen and does not move: after 5 seconds the bot plays and the screen closes.
  await page.getByRole('button', { name: /^Ready: show Team Eagles/ }).click();
  const screen = page.getByRole('heading', { name: /Team Eagles \(United States\) — your move/ });
  await expect(screen).toBeVisible();
  await page.clock.fastForward(4_000);
  await expect(screen).toBeVisible();
  await page.clock.fastForward(1_500);
  await page.clock.resume(); // the other bots' moves run on timers too
  // The team's first step was keeping an objective: the notice says so without naming it.
  await expect(page.getByText(/Time is up: a bot played for team Eagles\. United States keeps one of its two objectives\./)).toBeVisible();
  await expectNoSecrets(page);
  await expect(page.locator('.step-label')).toHaveText('Before round 1 · Secret setup: United States keeps an objective and records a forecast');
});

test('when time runs out under the pause rule, the facilitator is alerted and decides', async ({ page }) => {
  await page.clock.install();
  await freshClassroom(page);
  await setUp(page, { teams: { 'United States': 'Eagles' }, rounds: 1, seconds: 5, rule: 'pause' });
  await page.getByRole('button', { name: 'Start session' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Time is up for Team Eagles (United States)' });
  await expect(page.getByText(/Team Eagles \(United States\) — come to the device/)).toBeVisible();
  await page.clock.fastForward(6_000);
  await expect(alert).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('00:00');
  await expect(page.locator('.step-label')).toContainText('Secret setup: United States');
  // One more minute: the alert goes and the clock runs again.
  await alert.getByRole('button', { name: 'Give one more minute' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('timer')).toHaveText(/^0[01]:\d\d$/);
  // Pause holds the clock; resume lets it run.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const held = await page.getByRole('timer').textContent();
  await page.clock.fastForward(30_000);
  await expect(page.getByRole('timer')).toHaveText(held!);
  await expect(alert).toHaveCount(0);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.fastForward(2_000);
  await expect(page.getByRole('timer')).not.toHaveText(held!);
});
