/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logOf } from '../src/cli/savelog';
import { simulate } from '../src/cli/simulate';
import { makeLog, serializeLog } from '../src/log';
import { randomFixtureLog } from '../src/log/fixtureLog';
import { currentSave, libraryCount } from './support/library';

/** The replay viewer as a user meets it: samples, keys, clicks, the scrubber, files good and bad, exports. */

interface LogDoc { finalHash: string; actions: { card?: string }[]; hashes: string[]; options: { seed: number; rounds: number }; seats: Record<string, { kind: string; name?: string }> }

// Fixtures are made in this process by the current engine (samples can lag behind a rules change until
// regenerated): no child process per test, which cost seconds on a busy machine.

/** A fresh game played by the engine's bots and saved as `sim --save-log` saves it. */
function simulatedLog(seed: number, rounds: number): string {
  const bots = { US: 'random', KP: 'random', CN: 'random', RU: 'random', KR: 'random' } as const;
  let text = '';
  simulate({ games: 1, seed, rounds, bots }, (game) => {
    text = serializeLog(logOf(game, bots, { source: 'summitry sim', createdAt: new Date().toISOString() }));
  });
  return text;
}

/** A random-bot log made by the current engine; with `maxActions`, a game at least that long, cut there. */
const fixtureLog = (seed: number, rounds: number, maxActions?: number): string => serializeLog(randomFixtureLog(seed, rounds, maxActions));

const sampleText = (file: string) => readFileSync(new URL(`../public/samples/${file}`, import.meta.url), 'utf8');
const six = JSON.parse(sampleText('standard-six-rounds.json')) as LogDoc;

const moves = (page: Page) => page.getByRole('navigation', { name: 'Moves' });
const current = (page: Page) => moves(page).locator('[aria-current="step"]');
/** The move list marks step n as the current one. */
const atStep = (page: Page, n: number) => expect(current(page)).toHaveText(new RegExp(`^${n}\\. `));
const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function openSample(page: Page, title: RegExp) {
  await page.goto('./#/replay');
  await page.getByRole('button', { name: title }).click();
  await expect(page.getByTestId('final-hash')).toBeVisible();
}

test('open a sample, step with keys, click a move, scrub, and link to the step', async ({ page }) => {
  await openSample(page, /Open sample: A full autumn/);
  await expect(page.getByTestId('final-hash')).toContainText(six.finalHash);
  const n = six.actions.length;
  await expect(current(page)).toHaveText('0. Start of the game');

  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await atStep(page, 3);
  await expect(page.locator('[aria-live="polite"]')).toContainText(`Step 3 of ${n}:`);
  await expect(page).toHaveURL(/#\/replay\?sample=standard-six-rounds\.json&step=3$/);
  await page.keyboard.press('ArrowLeft');
  await atStep(page, 2);
  await page.keyboard.press('End');
  await atStep(page, n);
  await expect(page.getByTestId('replay-now')).toContainText('game over');
  await page.keyboard.press('Home');
  await atStep(page, 0);

  await moves(page).getByRole('button', { name: /^10\. / }).click();
  await atStep(page, 10);
  await expect(page.getByTestId('replay-now')).toContainText(`Step 10 of ${n}`);
  // The step's changes are listed in words.
  await expect(page.getByRole('heading', { name: 'What step 10 changed' })).toBeVisible();

  await page.getByLabel('Step', { exact: true }).fill('20');
  await atStep(page, 20);

  // The address alone reopens the same game at the same step.
  await page.reload();
  await atStep(page, 20);
  await expect(page.getByTestId('final-hash')).toContainText(six.finalHash);

  // Arrow keys typed in a text field stay there (the loading panel is folded once a log is open).
  await page.getByText('Open another game log').click();
  await page.getByLabel('Paste a share link or log text').click();
  await page.keyboard.press('ArrowRight');
  await atStep(page, 20);
});

test('hands: everyone after the game, or as one seat saw them', async ({ page }) => {
  await page.goto('./#/replay');
  await page.getByLabel('Choose a log file (.json)').setInputFiles(jsonFile('short.json', fixtureLog(12, 3)));
  await page.keyboard.press('ArrowRight');
  const hands = page.getByRole('region', { name: 'Hands and objectives' });
  await expect(hands.getByText(/hidden/)).toHaveCount(0);
  await page.getByLabel(/Show hands and objectives/).selectOption({ label: 'as seen by North Korea' });
  await expect(hands.getByText(/cards?, hidden/)).toHaveCount(4);
  await expect(hands.getByText('Objective: hidden')).toHaveCount(4);
});

test('import files: a good one opens; bad ones get one clear message and change nothing', async ({ page }) => {
  await page.goto('./#/replay');
  const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  const input = page.getByLabel('Choose a log file (.json)');
  const good = fixtureLog(31, 3);
  await input.setInputFiles(jsonFile('short.json', good));
  await expect(page.getByTestId('final-hash')).toContainText(JSON.parse(good).finalHash);

  const doc = JSON.parse(good);
  const cardAt = (doc.actions as { card?: string }[]).findIndex((a, i) => i > 5 && a.card);
  const bad: [string, string, RegExp][] = [
    ['notes.txt.json', 'These are my notes, not a log.', /not valid JSON/],
    ['cut.json', good.slice(0, 900), /ends too early/],
    ['empty.json', '', /is empty/],
    ['big.json', `{"type":"summitry-log","pad":"${'x'.repeat(2.2 * 1024 * 1024)}"}`, /is 2,306,899 bytes, 209,747 bytes over the limit; a Summitry log is at most 2 MB \(2,097,152 bytes\)/],
    ['other.json', '{"type":"excalidraw","elements":[]}', /not a Summitry game log/],
    ['newer.json', JSON.stringify({ ...doc, version: 3 }), /made by a newer Summitry \(format 3\)/],
    ['card.json', JSON.stringify({ ...doc, actions: doc.actions.map((a: object, i: number) => (i === cardAt ? { ...a, card: 'hanoi-memory-x' } : a)) }), new RegExp(`Action ${cardAt + 1} \\(.*\\) is not legal`)],
    ['hash.json', JSON.stringify({ ...doc, hashes: doc.hashes.map((h: string, i: number) => (i === 7 ? '00000000000000' : h)) }), /state after action 8 .*does not match its recorded hash/],
    ['schema.json', JSON.stringify({ ...doc, options: { ...doc.options, rounds: 'six' } }), /options\.rounds: expected number/],
    ['proto.json', good.replace('"options": {', '"options": { "__proto__": { "polluted": 1 },'), /options\.__proto__: the key "__proto__" is not allowed/],
  ];
  for (const [name, text, message] of bad) {
    await input.setInputFiles(jsonFile(name, text));
    const alert = page.getByRole('alert');
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText(`Could not open the file "${name}"`);
    await expect(alert).toContainText(message);
    // The good log opened before is still there.
    await expect(page.getByTestId('final-hash')).toContainText(JSON.parse(good).finalHash);
  }
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  // Nothing the user had (the autosaved game) was touched.
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(before);

  // A good file after a bad one clears the message.
  await input.setInputFiles(jsonFile('short.json', good));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a log dropped on the drop zone, or pasted as a link, opens', async ({ page }) => {
  const text = fixtureLog(21, 2);
  const log = JSON.parse(text) as LogDoc;
  await page.goto('./#/replay');
  const dropped = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByText('Opened from the file "dropped.json"')).toBeVisible();
  await expect(page.getByTestId('final-hash')).toContainText(log.finalHash);

  await page.getByRole('button', { name: /^Copy a share link/ }).click();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  await page.goto('./#/replay');
  await page.reload();
  await page.getByLabel('Paste a share link or log text').fill(link);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByText('Opened from the share link')).toBeVisible();
  await expect(page.getByTestId('final-hash')).toContainText(log.finalHash);
});

test('continue playing from a step: a new hot-seat game from that position, added to Saved games; a game in progress is kept', async ({ page }) => {
  // People at every seat, so no bot moves on by itself (the seats are part of the log, made so).
  const people = { kind: 'human' } as const;
  const played = randomFixtureLog(41, 6);
  const doc = JSON.parse(serializeLog(makeLog({ ...played, seats: { US: people, KP: people, CN: people, RU: people, KR: people } }))) as LogDoc;
  await page.goto('./#/replay');
  await page.getByLabel('Choose a log file (.json)').setInputFiles(jsonFile('people.json', JSON.stringify(doc)));
  await moves(page).getByRole('button', { name: /^5\. / }).click();
  await page.getByRole('button', { name: 'Continue playing from step 5' }).click();
  await expect(page).toHaveURL(/#\/play$/);
  const saved = () => currentSave(page);
  await expect.poll(async () => (await saved())?.log.length).toBe(5);
  expect((await saved())!.header.options).toEqual(doc.options);

  // Now there is a game in progress: branching from another step asks first.
  await page.goto('./#/replay');
  await page.getByLabel('Choose a log file (.json)').setInputFiles(jsonFile('people.json', JSON.stringify(doc)));
  await moves(page).getByRole('button', { name: /^9\. / }).click();
  await page.getByRole('button', { name: 'Continue playing from step 9' }).click();
  const ask = page.getByRole('group', { name: 'Start a new game from step 9?' });
  await expect(ask).toBeFocused();
  await expect(ask).toContainText('Your game in progress is not changed: it stays in Saved games');
  await page.getByRole('button', { name: 'Stay in the replay' }).click();
  expect((await saved())!.log).toHaveLength(5);
  expect(await libraryCount(page)).toBe(1);
  await page.getByRole('button', { name: 'Continue playing from step 9' }).click();
  await page.getByRole('button', { name: 'Start the new game from step 9' }).click();
  await expect(page).toHaveURL(/#\/play$/);
  await expect.poll(async () => (await saved())?.log.length).toBe(9);
  // What the question said: both games are in Saved games, the first one still at step 5.
  expect(await libraryCount(page)).toBe(2);
  await page.goto('./#/games');
  const games = page.getByRole('list', { name: 'Saved games' }).getByRole('listitem');
  await expect(games).toHaveCount(2);
  await expect(games.filter({ hasText: '5 moves played' })).toHaveCount(1);
  await expect(games.filter({ hasText: '9 moves played' })).toHaveCount(1);
});

test('hostile names are shown as text, never run as markup', async ({ page }) => {
  const name = '<img src=x onerror="window.__pwned=1">';
  const played = randomFixtureLog(8, 2);
  const doc = JSON.parse(serializeLog(makeLog({ ...played, seats: { ...played.seats, US: { kind: 'human', name } } }))) as LogDoc;
  await page.goto('./#/replay');
  await page.getByLabel('Choose a log file (.json)').setInputFiles(jsonFile('hostile.json', JSON.stringify(doc)));
  await expect(page.getByText(`United States: ${name}`)).toBeVisible();
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('round trip: a game played by the engine, imported, exported, re-imported and shared keeps its final hash', async ({ page }) => {
  const text = simulatedLog(2025, 6);
  const log = JSON.parse(text) as LogDoc;
  await page.goto('./#/replay');
  await page.getByLabel('Choose a log file (.json)').setInputFiles(jsonFile('made.json', text));
  await expect(page.getByTestId('final-hash')).toContainText(log.finalHash);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download the log/ }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  const again = JSON.parse(exported) as LogDoc;
  expect(again.finalHash).toBe(log.finalHash);
  expect(again.actions).toEqual(log.actions);
  expect(again.hashes).toEqual(log.hashes);

  await page.getByLabel('Choose a log file (.json)').setInputFiles(jsonFile(download.suggestedFilename(), exported));
  await expect(page.getByTestId('final-hash')).toContainText(log.finalHash);

  await moves(page).getByRole('button', { name: /^12\. / }).click();
  await page.getByRole('button', { name: 'Copy a share link to step 12' }).click();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  expect(link).toMatch(/#\/replay\?log=[A-Za-z0-9+$-]+&step=12$/);
  console.log(`[replay e2e] ${log.actions.length}-action 6-round log: ${text.length} bytes; share link ${link.length} characters`);
  await page.goto(link);
  await page.reload();
  await expect(page.getByTestId('final-hash')).toContainText(log.finalHash);
  await atStep(page, 12);

  // A damaged link gets one clear message and leaves the address bar: the game that was open stays, in the
  // address too, so a reload does not meet the bad link again.
  const damaged = link.replace(/&step=12$/, '').slice(0, -40);
  await page.goto(damaged);
  await expect(page.getByRole('alert')).toContainText('Could not open the share link');
  await expect(page).toHaveURL(/#\/replay\?log=[A-Za-z0-9+$-]+&step=12$/);
  await page.reload();
  await expect(page.getByTestId('final-hash')).toContainText(log.finalHash);
  await atStep(page, 12);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // With nothing open before, the address goes back to the bare viewer.
  await page.goto('./#/');
  await page.goto(damaged);
  await expect(page.getByRole('alert')).toContainText('Could not open the share link');
  await expect(page).toHaveURL(/#\/replay$/);
});

// How fast it opens and jumps is measured in bench/browser.spec.ts (`npm run bench:browser`).
test('older rules stay out of the first download, and their samples open under them once fetched', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const frozen = /\/assets\/(v1|v2_0|v2_1|v2_2)-[^/]*\.js$/;
  await page.goto('./#/replay');
  await expect(page.getByRole('button', { name: /^Open sample: / }).first()).toBeVisible();
  expect(scripts.filter((u) => frozen.test(u))).toEqual([]);
  for (const [file, version] of [['2.2-snub.json', '2.2.0'], ['2.1-snub.json', '2.1.0'], ['2.0-snub.json', '2.0.0']] as const) {
    const doc = JSON.parse(sampleText(file)) as LogDoc;
    await page.goto(`./#/replay?sample=${file}&step=4`);
    await expect(page.getByTestId('final-hash')).toContainText(doc.finalHash);
    await expect(page.getByTestId('final-hash')).toHaveAttribute('data-verified', 'yes');
    await expect(page.getByRole('heading', { name: new RegExp(`rules ${version.replace(/\./g, '\\.')}$`) })).toBeVisible();
    await atStep(page, 4);
  }
  expect(scripts.some((u) => /\/assets\/v2_2-/.test(u))).toBe(true);
  expect(scripts.some((u) => /\/assets\/v2_1-/.test(u))).toBe(true);
  expect(scripts.some((u) => /\/assets\/v2_0-/.test(u))).toBe(true);
});

test('a 1,000-action log opens, is verified, and jumps land on the right step', async ({ page }) => {
  test.setTimeout(240_000); // a thousand steps replayed, verified and listed: slow on a busy machine
  const long = fixtureLog(1000, 100, 1000);
  await page.goto('./#/replay');
  await page.getByLabel('Choose a log file (.json)').setInputFiles(jsonFile('long.json', long));
  await expect(page.getByText('Opened from the file "long.json"')).toBeVisible();
  await expect(page.getByTestId('replay-now')).toContainText('Step 0 of 1000');
  // The step hashes of a long log are checked just after it is shown.
  await expect(page.getByTestId('final-hash')).toHaveAttribute('data-verified', 'yes');
  await expect(page.getByTestId('final-hash')).toContainText((JSON.parse(long) as LogDoc).finalHash);
  // The whole list follows the first drawing.
  await expect(moves(page).getByRole('button')).toHaveCount(1001);

  await page.keyboard.press('End');
  await atStep(page, 1000);
  await page.keyboard.press('Home');
  await atStep(page, 0);
  await moves(page).getByRole('button', { name: /^500\. / }).click();
  await atStep(page, 500);
  await expect(page.getByTestId('replay-now')).toContainText('Step 500 of 1000');
  await moves(page).getByRole('button', { name: /^999\. / }).click();
  await atStep(page, 999);
  await page.keyboard.press('ArrowLeft');
  await atStep(page, 998);
  await page.getByLabel('Step', { exact: true }).fill('250');
  await atStep(page, 250);
});

test('no serious or critical accessibility violations with a log open', async ({ page }) => {
  await page.goto('./#/replay');
  await page.getByLabel('Choose a log file (.json)').setInputFiles(jsonFile('game.json', fixtureLog(4, 6)));
  await expect(page.getByTestId('final-hash')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
