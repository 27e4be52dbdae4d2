import { beforeEach, describe, expect, it } from 'vitest';
import { type Action, legalActions, stateHash, toMove } from '../engine';
import type { Seats } from '../log/seats';
import { canRedo, canUndo, rehydrateGame, selectGameState, useGameStore } from './game';
import { SAVE_KEY } from './save';

const ALL_HUMAN: Seats = { US: { kind: 'human' }, KP: { kind: 'human' }, CN: { kind: 'human' }, RU: { kind: 'human' }, KR: { kind: 'human' } };
const US_HUMAN: Seats = { ...ALL_HUMAN, KP: { kind: 'bot', level: 'random' }, CN: { kind: 'bot', level: 'random' }, RU: { kind: 'bot', level: 'random' }, KR: { kind: 'bot', level: 'random' } };

const store = () => useGameStore.getState();
const current = () => selectGameState(store())!;

/** Plays the first legal action of whoever is to move. */
function playFirst(): Action {
  const s = current();
  const a = legalActions(s, toMove(s)!)[0]!;
  expect(store().dispatch(a)).toBeNull();
  return a;
}

beforeEach(() => {
  localStorage.clear();
  store().clear();
});

describe('game store', () => {
  it('starts a game and applies legal moves one at a time', () => {
    store().startGame({ seed: 7, rounds: 3 }, ALL_HUMAN);
    expect(current().step).toBe(0);
    expect(toMove(current())).toBe('US');
    playFirst();
    expect(store().cursor).toBe(1);
    expect(current().step).toBe(1);
    expect(toMove(current())).toBe('KP');
  });

  it('refuses an illegal move and changes nothing', () => {
    store().startGame({ seed: 7, rounds: 3 }, ALL_HUMAN);
    const before = current();
    const err = store().dispatch({ type: 'accept', actor: 'KP' });
    expect(err?.code).toBe('ERR_NOT_YOUR_TURN');
    expect(store().log).toHaveLength(0);
    expect(current()).toBe(before);
  });

  it('gives the same state object for the same cursor (stable selector)', () => {
    store().startGame({ seed: 3, rounds: 3 }, ALL_HUMAN);
    playFirst();
    expect(selectGameState(store())).toBe(selectGameState(store()));
  });

  it('undo rewinds to the last human decision, including the bot moves after it', () => {
    store().startGame({ seed: 11, rounds: 3 }, US_HUMAN);
    expect(canUndo(store())).toBe(false);
    playFirst(); // US (human)
    for (let i = 0; i < 4; i++) playFirst(); // the four bots
    expect(toMove(current())).toBe('US');
    expect(canUndo(store())).toBe(true);
    store().undo();
    expect(store().cursor).toBe(0);
    expect(toMove(current())).toBe('US');
    expect(canRedo(store())).toBe(true);
    store().redo();
    expect(store().cursor).toBe(5);
  });

  it('a new move after undo cuts the log there', () => {
    store().startGame({ seed: 5, rounds: 3 }, ALL_HUMAN);
    playFirst();
    playFirst();
    playFirst();
    store().undo();
    expect(store().cursor).toBe(2);
    const s = current();
    const other = legalActions(s, toMove(s)!).at(-1)!;
    expect(store().dispatch(other)).toBeNull();
    expect(store().log).toHaveLength(3);
    expect(store().log[2]).toBe(other);
    expect(canRedo(store())).toBe(false);
    // The derived state is the one a fresh replay gives.
    const hash = stateHash(current());
    rehydrateGame();
    expect(stateHash(current())).toBe(hash);
  });

  it('autosaves {header, log, cursor} and resumes the same game after a reload', () => {
    store().startGame({ seed: 9, rounds: 3 }, ALL_HUMAN);
    for (let i = 0; i < 7; i++) playFirst();
    store().undo();
    const saved = JSON.parse(localStorage.getItem(SAVE_KEY)!);
    expect(Object.keys(saved).sort()).toEqual(['cursor', 'header', 'log', 'version']);
    const hash = stateHash(current());
    const { log, cursor } = store();
    rehydrateGame();
    expect(store().damaged).toBeNull();
    expect(store().cursor).toBe(cursor);
    expect(store().log).toEqual(log);
    expect(stateHash(current())).toBe(hash);
  });

  it('clear forgets the save', () => {
    store().startGame({ seed: 9, rounds: 3 }, ALL_HUMAN);
    playFirst();
    store().clear();
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    rehydrateGame();
    expect(store().header).toBeNull();
  });

  it('loadGame opens a game from actions, and refuses an illegal list', () => {
    store().startGame({ seed: 4, rounds: 3 }, ALL_HUMAN);
    const played = [playFirst(), playFirst(), playFirst()];
    store().clear();
    expect(store().loadGame({ options: { seed: 4, rounds: 3 }, seats: ALL_HUMAN }, played)).toBeNull();
    expect(store().cursor).toBe(3);
    expect(current().step).toBe(3);
    const bad = store().loadGame({ options: { seed: 4, rounds: 3 }, seats: ALL_HUMAN }, [played[1]!]);
    expect(bad?.message).toMatch(/Action 1/);
    expect(store().cursor).toBe(3); // unchanged
  });
});

describe('damaged saves', () => {
  const damagedBy = (raw: string) => {
    localStorage.setItem(SAVE_KEY, raw);
    rehydrateGame();
    return store().damaged;
  };

  it('bad JSON: a clear message, the raw text kept, no game', () => {
    const d = damagedBy('{"version":1,"header":');
    expect(d?.message).toMatch(/saved game/i);
    expect(d?.raw).toBe('{"version":1,"header":');
    expect(store().header).toBeNull();
    // The damaged save is not overwritten until the player decides.
    expect(localStorage.getItem(SAVE_KEY)).toBe('{"version":1,"header":');
  });

  it('schema failure names the field', () => {
    store().startGame({ seed: 9, rounds: 3 }, ALL_HUMAN);
    const saved = JSON.parse(localStorage.getItem(SAVE_KEY)!);
    saved.header.seats.US = { kind: 'alien' };
    expect(damagedBy(JSON.stringify(saved))?.message).toMatch(/header\.seats\.US/);
  });

  it('a tampered (illegal) action is caught by the engine', () => {
    store().startGame({ seed: 9, rounds: 3 }, ALL_HUMAN);
    playFirst();
    const saved = JSON.parse(localStorage.getItem(SAVE_KEY)!);
    saved.log[0] = { type: 'accept', actor: 'KR' };
    expect(damagedBy(JSON.stringify(saved))?.message).toMatch(/cannot be replayed/);
  });

  it('a cursor past the log is refused', () => {
    store().startGame({ seed: 9, rounds: 3 }, ALL_HUMAN);
    const saved = JSON.parse(localStorage.getItem(SAVE_KEY)!);
    saved.cursor = 4;
    expect(damagedBy(JSON.stringify(saved))?.message).toMatch(/move 4/);
  });

  it('starting a new game replaces the damaged save', () => {
    damagedBy('garbage');
    store().startGame({ seed: 1, rounds: 3 }, ALL_HUMAN);
    expect(store().damaged).toBeNull();
    expect(JSON.parse(localStorage.getItem(SAVE_KEY)!).header.options.seed).toBe(1);
  });
});
