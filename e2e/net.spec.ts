import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';

/**
 * Networked classroom in real Chromium, each person on their own browser context: a facilitator,
 * two teams, a projector, bots in the other seats. One team goes offline mid-game and comes back
 * to its seat; the server process is killed mid-game and restarted, and the game resumes from the
 * database. Ends at the facilitator's debrief across tables.
 *
 * The spec runs its own game server (serving the built app, like `npm run serve`) so it can kill it.
 */

const PORT = Number(process.env.E2E_GAME_PORT ?? 2571);
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = process.env.E2E_DIST ?? 'dist';
const data = mkdtempSync(join(tmpdir(), 'summitry-e2e-'));
let server: ChildProcess | null = null;

function startServer(): Promise<void> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', SUMMITRY_DATA: data, STATIC_DIR: DIST, DATABASE_URL: '', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    p.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('game server on')) ok();
    });
    p.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => fail(new Error(`game server exited (${code}): ${out}`)));
    server = p;
  });
}

async function killServer(): Promise<void> {
  const p = server;
  if (!p || p.exitCode !== null) return;
  const gone = new Promise((r) => p.once('exit', r));
  p.kill('SIGKILL');
  await gone;
  server = null;
}

test.describe.configure({ mode: 'serial' });
test.beforeAll(startServer);
test.afterAll(async () => {
  await killServer();
  rmSync(data, { recursive: true, force: true });
});

async function newDevice(browser: import('@playwright/test').Browser): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ baseURL: BASE });
  const page = await ctx.newPage();
  return { ctx, page };
}

async function joinTeam(page: Page, joinUrl: string, name: string, team: string): Promise<void> {
  await page.goto(joinUrl);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Team').selectOption({ label: team });
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Table 1:/, { timeout: 30_000 });
}

/** Whenever it is this team's move, play the first card for its first operation (or answer at a summit). */
async function playWhenAsked(page: Page): Promise<boolean> {
  const tray = page.locator('.tray');
  const title = await tray.locator('#tray-title').textContent({ timeout: 1000 }).catch(() => null);
  if (!title || !/Your move|Your secret setup/.test(title)) return false;
  const candidates = [
    // Rules 2.0's secret setup: keep the first objective, then record the first forecast.
    tray.getByRole('list', { name: 'Your two objectives' }).getByRole('button', { name: /^Keep / }).first(),
    tray.getByRole('list', { name: "The analysts' readings" }).getByRole('button', { name: /^Forecast: / }).first(),
    tray.locator('.btn-op').first(),
    // At a summit: a third party stays out; a host declines; a guest answers.
    tray.getByRole('button', { name: 'Stay out' }).first(),
    tray.getByRole('button', { name: /^(Attend with no precondition|Accept|Decline|Reject)/ }).first(),
  ];
  for (const c of candidates) {
    if (await c.isVisible().catch(() => false)) {
      await c.click().catch(() => undefined);
      const confirm = page.getByRole('button', { name: /^Confirm/ });
      if (await confirm.isVisible().catch(() => false)) await confirm.click().catch(() => undefined);
      return true;
    }
  }
  return false;
}

test('a networked classroom: facilitator, two teams, projector and bots play to the debrief, through a dropped team and a server restart', async ({ browser }) => {
  test.setTimeout(600_000);
  const fac = await newDevice(browser);
  await fac.page.goto('/#/online?host=1');
  await expect(fac.page.getByRole('heading', { name: 'Host a networked session' })).toBeVisible();
  // US and China are teams; the others are bots. Short game, no timer, quick bots.
  for (const a of ['North Korea', 'Russia', 'South Korea']) await fac.page.getByLabel(a).uncheck();
  await fac.page.getByLabel('Rounds').fill('2');
  await fac.page.getByLabel('Timer').selectOption('off');
  await fac.page.getByLabel('Bot pause (ms)').fill('100');
  await fac.page.getByRole('button', { name: 'Create the session' }).click();
  const code = (await fac.page.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(fac.page.getByRole('img', { name: /QR code of the join link/ })).toBeVisible();
  const joinUrl = await fac.page.getByRole('link', { name: /#\/online\?code=/ }).getAttribute('href');

  console.log('[net.spec]', 'const us = await newDevice(browser);', new Date().toISOString());
  const us = await newDevice(browser);
  const cn = await newDevice(browser);
  await joinTeam(us.page, joinUrl!, 'Ada <b>', 'Table 1: United States (0 joined)');
  await joinTeam(cn.page, joinUrl!, 'Lin', 'Table 1: China (0 joined)');
  // Names are text, never HTML.
  await expect(us.page.getByRole('status').filter({ hasText: 'Ada <b>' })).toBeVisible();

  // A third student joins the US team; the facilitator sees the count and moves them to China, and their device follows.
  const extra = await newDevice(browser);
  await joinTeam(extra.page, joinUrl!, 'Sam', 'Table 1: United States (1 joined)');
  await expect(fac.page.locator('.net-seats')).toContainText(/United States: [^·]+ · 2 students, 2 online/, { timeout: 30_000 });
  await fac.page.getByText(/^Students \(3\)/).click();
  await fac.page.getByRole('combobox', { name: 'Team of Sam' }).selectOption({ label: 'Table 1, China (Team China)' });
  await expect(extra.page.getByRole('heading', { level: 1 })).toContainText('China', { timeout: 30_000 });
  await expect(fac.page.locator('.net-seats')).toContainText(/China: [^·]+ · 2 students/, { timeout: 30_000 });
  await extra.ctx.close();

  const proj = await newDevice(browser);
  await proj.page.goto(`/#/online?watch=${code.replace('-', '')}`);
  await expect(proj.page.getByRole('heading', { name: 'Projector: table 1' })).toBeVisible({ timeout: 30_000 });

  // Before the start: the teams read their hands, and talk.
  await expect(us.page.getByRole('list', { name: 'Your hand' })).toBeVisible();
  await us.page.getByRole('combobox', { name: 'Send to' }).selectOption({ label: 'China only (private)' });
  await us.page.getByRole('textbox', { name: 'Message' }).fill('Meet me at the summit.');
  await us.page.getByRole('button', { name: 'Send message' }).click();
  await expect(cn.page.getByText('Meet me at the summit.')).toBeVisible();
  // The projector does not see a private message.
  await expect(proj.page.getByText('Meet me at the summit.')).toHaveCount(0);

  console.log('[net.spec]', "await fac.page.getByRole('button', { nam", new Date().toISOString());
  await fac.page.getByRole('button', { name: 'Start all tables' }).click();
  await expect(fac.page.locator('.net-badge')).toHaveText(/playing/i);

  const stepOf = async (page: Page) => Number((await page.locator('.net-glance dd').first().textContent()) ?? 0);
  void stepOf;
  const roundText = () => fac.page.locator('.net-glance dd').first().textContent();

  // Play a few moves, then the US team's device goes offline.
  let moves = 0;
  while (moves < 2) {
    if (await playWhenAsked(us.page)) moves += 1;
    await playWhenAsked(cn.page);
    await us.page.waitForTimeout(150);
  }
  console.log('[net.spec]', '// The US laptop closes', new Date().toISOString());
  // The US laptop closes (its socket dies with the page); the seat stays the team's.
  await us.page.close();
  await expect(fac.page.locator('.net-seats')).toContainText(/United States: [^·]+ · 1 student, 0 online/, { timeout: 60_000 });
  // China keeps playing while the US team is away; the table waits for the US move (no timer).
  for (let i = 0; i < 10; i++) {
    await playWhenAsked(cn.page);
    await cn.page.waitForTimeout(200);
  }
  console.log('[net.spec]', '// The same device comes back', new Date().toISOString());
  // The same device comes back: its stored ticket takes it straight to its seat and hand.
  us.page = await us.ctx.newPage();
  await us.page.goto('/#/online');
  await expect(us.page.locator('.net-conn')).toContainText('Connected', { timeout: 60_000 });
  await expect(us.page.getByRole('heading', { level: 1 })).toContainText('United States');
  // Its own tray again: the hand, or its summit move if it is the host now.
  await expect(us.page.locator('#tray-title')).toContainText(/United States|summit/);
  await expect(fac.page.locator('.net-seats')).toContainText(/United States: [^·]+ · 1 student, 1 online/);

  console.log('[net.spec]', '// The server is killed mid-game', new Date().toISOString());
  // The server is killed mid-game and started again: the game resumes from the database.
  const before = await roundText();
  await killServer();
  await expect(fac.page.locator('.net-conn, [role=status]').filter({ hasText: /reconnecting|Connecting/i }).first()).toBeVisible({ timeout: 60_000 }).catch(() => undefined);
  await startServer();
  await expect(us.page.locator('.net-conn')).toContainText('Connected', { timeout: 90_000 });
  await expect(fac.page.locator('.net-glance dd').first()).toHaveText(before!, { timeout: 90_000 });

  console.log('[net.spec]', '// Play on to the end.', new Date().toISOString());
  // Play on to the end.
  const deadline = Date.now() + 400_000;
  while (Date.now() < deadline) {
    if (await fac.page.getByRole('heading', { name: 'Debrief across tables' }).isVisible().catch(() => false)) break;
    await playWhenAsked(us.page);
    await playWhenAsked(cn.page);
    await us.page.waitForTimeout(200);
  }
  await expect(fac.page.getByRole('heading', { name: 'Debrief across tables' })).toBeVisible();
  await expect(fac.page.getByRole('table', { name: /Results of the ended tables/ })).toBeVisible();
  // Each table's biggest swing, in words, beside its result.
  await expect(fac.page.getByRole('columnheader', { name: 'Turning point' })).toBeVisible();
  await expect(fac.page.getByRole('table', { name: /Results of the ended tables/ }).getByRole('cell', { name: /^Round \d+, / }).first()).toBeVisible();
  console.log('[net.spec]', '// The private message shows', new Date().toISOString());
  // The private message shows in the facilitator's debrief (not before).
  await fac.page.getByRole('button', { name: 'Debrief table 1' }).click();
  await expect(fac.page.locator('.net-debrief').getByText('Meet me at the summit.')).toBeVisible({ timeout: 30_000 });
  // The log downloads in the existing format, and the replay opens.
  const download = fac.page.waitForEvent('download');
  await fac.page.getByRole('button', { name: 'Download log of table 1' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^summitry-seed[0-9a-z]+-\d+-moves\.json$/);
  await fac.page.getByRole('link', { name: 'Replay table 1' }).click();
  await expect(fac.page).toHaveURL(/#\/replay\?log=/);
  for (const d of [fac, us, cn, proj]) await d.ctx.close();
});
