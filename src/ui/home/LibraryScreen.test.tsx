import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshLibrary } from '../../store/testkit';
import { legalActions, toMove } from '../../engine';
import * as v2_1 from '../../engine/v2_1';
import type { Action } from '../../engine';
import { parseLog, rulesetFor, unpackShare } from '../../log';
import type { Seats } from '../../log/seats';
import { makeRecord, putGame } from '../../store/library';
import { parseReplayHash } from '../replay/route';
import { autosaveSettled, selectGameState, useGameStore } from '../../store/game';
import { LibraryScreen } from './LibraryScreen';

const SEATS: Seats = { US: { kind: 'human', name: 'Ann' }, KP: { kind: 'human' }, CN: { kind: 'bot', level: 'random' }, RU: { kind: 'bot', level: 'random' }, KR: { kind: 'bot', level: 'random' } };

async function gameWith(moves: number, seed: number, kind: 'hotseat' | 'classroom' = 'hotseat'): Promise<string> {
  useGameStore.getState().startGame({ seed: String(seed), rounds: 3 }, SEATS, kind);
  for (let i = 0; i < moves; i++) {
    const s = selectGameState(useGameStore.getState())!;
    useGameStore.getState().dispatch(legalActions(s, toMove(s)!)[0]!);
  }
  await autosaveSettled();
  return useGameStore.getState().gameId!;
}

beforeEach(() => {
  freshLibrary();
  localStorage.clear();
  useGameStore.getState().clear();
  location.hash = '#/games';
});
afterEach(cleanup);

// Generous: on a busy 2-core machine a render with the library can take seconds.
describe('Saved games', { timeout: 30_000 }, () => {
  it('says so when there are none', async () => {
    render(<LibraryScreen />);
    expect(await screen.findByText(/No saved games yet/)).toBeInTheDocument();
  });

  it('lists every game, newest first, with its state, players and actions', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    const first = await gameWith(3, 4);
    vi.setSystemTime(new Date('2026-03-01T11:00:00Z')); // saved an hour later
    await gameWith(1, 5, 'classroom');
    vi.useRealTimers();
    render(<LibraryScreen />);
    const list = await screen.findByRole('list', { name: 'Saved games' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^Classroom session of .*\(open in this tab\)/);
    expect(items[0]).toHaveTextContent('In progress: round 1 of 3, 1 moves played.');
    expect(items[1]).toHaveTextContent(/^Hot-seat game of /);
    expect(items[1]).toHaveTextContent('3 moves played');
    expect(items[1]).toHaveTextContent('United States: Ann · North Korea: a player · China: random bot');
    for (const name of ['Resume', 'Replay', 'Export log', 'Delete']) expect(within(items[1]!).getByRole('button', { name })).toBeInTheDocument();
    // Resume opens that game in this tab.
    await userEvent.click(within(items[1]!).getByRole('button', { name: 'Resume' }));
    await screen.findByText(/\(open in this tab\)/);
    expect(useGameStore.getState().gameId).toBe(first);
    expect(location.hash).toBe('#/play');
  });

  it('delete asks in place, can be declined, and then removes only that game', async () => {
    const keep = await gameWith(1, 4);
    await gameWith(2, 6);
    const user = userEvent.setup();
    render(<LibraryScreen />);
    const list = await screen.findByRole('list', { name: 'Saved games' });
    const older = () => within(list).getAllByRole('listitem')[1]!;
    await user.click(within(older()).getByRole('button', { name: 'Delete' }));
    expect(within(older()).getByRole('button', { name: 'Yes, delete it' })).toHaveFocus();
    await user.click(within(older()).getByRole('button', { name: 'Keep it' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(older()).getByRole('button', { name: 'Delete' }));
    await user.click(within(older()).getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('The game was deleted.')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(useGameStore.getState().gameId).not.toBe(keep);
  });

  it('exporting a game in progress warns that the file reveals every hand', async () => {
    await gameWith(2, 4);
    const user = userEvent.setup();
    render(<LibraryScreen />);
    await user.click(await screen.findByRole('button', { name: 'Export log' }));
    expect(screen.getByText(/can see every seat's hand and hidden objective/)).toBeInTheDocument();
  });

  it('a game saved under rules 2.1.0 is listed as such, and replays under its own rules, fetched on demand', async () => {
    const p = parseLog(readFileSync(join(__dirname, '..', '..', 'log', 'fixtures', '2.1.0', 'snub.json'), 'utf8'));
    if (!p.ok) throw new Error(p.error.message);
    const game = { header: { rulesVersion: '2.1.0', options: p.value.options as { seed: string; rounds: number }, seats: p.value.seats, createdAt: '2026-12-01T10:00:00.000Z' }, log: p.value.actions.slice(0, 30) as Action[], cursor: 30 };
    // The frozen engine itself, for the record's summary: importing it does not make its ruleset loaded.
    let s = v2_1.newGameOrThrow(game.header.options);
    for (const a of game.log) s = (v2_1.apply(s, a) as { ok: true; value: typeof s }).value;
    await putGame(makeRecord('older-one', 'hotseat', 1, game, s, new Date('2026-12-01T11:00:00Z')), 0);
    expect(rulesetFor('2.1.0')).toBeNull();
    render(<LibraryScreen />);
    const item = (await screen.findByRole('list', { name: 'Saved games' })).querySelector('li')!;
    expect(item).toHaveTextContent('Played under rules 2.1.0');
    expect(within(item).queryByRole('button', { name: 'Resume' })).toBeNull();
    await userEvent.click(within(item).getByRole('button', { name: 'Replay' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/replay\?log=/));
    const link = unpackShare(parseReplayHash(location.hash)!.log!);
    expect(link).toMatchObject({ ok: true, value: { rulesVersion: '2.1.0', finalHash: p.value.hashes[29] } });
  });

  it('an unreadable record is listed, kept, and can be deleted', async () => {
    const { set, createStore } = await import('idb-keyval');
    await set('broken', { id: 'broken', what: 'not a game' }, createStore('summitry', 'games'));
    render(<LibraryScreen />);
    expect(await screen.findByRole('heading', { name: 'Unreadable saved game' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download it' })).toBeInTheDocument();
  });
});
