import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breakLibrary, freshLibrary } from './testkit';
import { type Action, ACTORS, type ActorId, legalActions, stateHash, toMove } from '../engine';
import type { Seats } from '../log/seats';
import { rulesetFor } from '../log/rulesets';
import { autosaveSettled, canRedo, canUndo, deleteSaved, rehydrateGame, selectGameState, selectTableSeat, useGameStore } from './game';
import { allGames, CURRENT_KEY, getGame, type LibraryRecord } from './library';
import { SAVE_KEY, SAVE_VERSION, serializeSave } from './save';

const ALL_HUMAN: Seats = { US: { kind: 'human' }, KP: { kind: 'human' }, CN: { kind: 'human' }, RU: { kind: 'human' }, KR: { kind: 'human' } };
const US_HUMAN: Seats = { ...ALL_HUMAN, KP: { kind: 'bot', level: 'random' }, CN: { kind: 'bot', level: 'random' }, RU: { kind: 'bot', level: 'random' }, KR: { kind: 'bot', level: 'random' } };
const US_KP_HUMAN: Seats = { ...US_HUMAN, KP: { kind: 'human' } };

const store = () => useGameStore.getState();
const current = () => selectGameState(store())!;

/** Plays the first legal action of whoever is to move. */
function playFirst(): Action {
  const s = current();
  const a = legalActions(s, toMove(s)!)[0]!;
  expect(store().dispatch(a)).toBeNull();
  return a;
}

/** Plays the secret setup (every seat keeps an objective and forecasts); returns how many moves it took. */
function pastSetup(): number {
  while (current().phase === 'setup') playFirst();
  return store().cursor;
}

async function saved(): Promise<LibraryRecord> {
  await autosaveSettled();
  return (await getGame(store().gameId!)) as LibraryRecord;
}

beforeEach(() => {
  freshLibrary();
  localStorage.clear();
  store().clear();
  useGameStore.setState({ storage: null, saveNote: null });
});

describe('game store', { timeout: 30_000 }, () => {
  it('starts a game and applies legal moves one at a time', () => {
    store().startGame({ seed: '7', rounds: 3 }, ALL_HUMAN);
    expect(current().step).toBe(0);
    expect(toMove(current())).toBe('US');
    playFirst(); // keeps one of its two objectives
    expect(store().cursor).toBe(1);
    expect(current().step).toBe(1);
    expect(toMove(current())).toBe('US'); // then records its forecast
    playFirst();
    expect(toMove(current())).toBe('KP');
  });

  it('refuses an illegal move and changes nothing', () => {
    store().startGame({ seed: '7', rounds: 3 }, ALL_HUMAN);
    const before = current();
    const err = store().dispatch({ type: 'accept', actor: 'KP' });
    expect(err?.code).toBe('ERR_NOT_YOUR_TURN');
    expect(store().log).toHaveLength(0);
    expect(current()).toBe(before);
  });

  it('gives the same state object for the same cursor (stable selector)', () => {
    store().startGame({ seed: '3', rounds: 3 }, ALL_HUMAN);
    playFirst();
    expect(selectGameState(store())).toBe(selectGameState(store()));
  });

  it('undo rewinds to the last human decision, including the bot moves after it', () => {
    store().startGame({ seed: '11', rounds: 3 }, US_HUMAN);
    expect(canUndo(store())).toBe(false);
    playFirst(); // US (human) keeps an objective
    playFirst(); // and forecasts
    for (let i = 0; i < 8; i++) playFirst(); // the four bots' setup
    expect(current().phase).toBe('action');
    expect(toMove(current())).toBe('US');
    expect(canUndo(store())).toBe(true);
    store().undo();
    expect(store().cursor).toBe(1);
    expect(toMove(current())).toBe('US');
    expect(canRedo(store())).toBe(true);
    store().redo();
    expect(store().cursor).toBe(10);
  });

  it('a new move after undo cuts the log there', async () => {
    store().startGame({ seed: '5', rounds: 3 }, ALL_HUMAN);
    playFirst();
    playFirst();
    playFirst();
    store().undo();
    expect(store().cursor).toBe(2);
    const s = current();
    const other = legalActions(s, toMove(s)!).at(-1)!;
    expect(store().dispatch(other)).toBeNull();
    expect(store().log).toHaveLength(3);
    expect(store().log[2]).toEqual(other);
    expect(canRedo(store())).toBe(false);
    // The derived state is the one a fresh replay gives.
    const hash = stateHash(current());
    await rehydrateGame();
    expect(stateHash(current())).toBe(hash);
  });

  it('autosaves {header, log, cursor} to the library and resumes the same game after a reload', async () => {
    store().startGame({ seed: '9', rounds: 3 }, ALL_HUMAN);
    for (let i = 0; i < 7; i++) playFirst();
    store().undo();
    const rec = await saved();
    expect(Object.keys(rec.save).sort()).toEqual(['cursor', 'header', 'log', 'version']);
    expect(rec.kind).toBe('hotseat');
    expect(rec.summary.moves).toBe(6);
    const hash = stateHash(current());
    const { log, cursor, gameId } = store();
    await rehydrateGame();
    expect(store().damaged).toBeNull();
    expect(store().gameId).toBe(gameId);
    expect(store().cursor).toBe(cursor);
    expect(store().log).toEqual(log);
    expect(stateHash(current())).toBe(hash);
  });

  it('a new game never overwrites the one before: both stay in the library', async () => {
    store().startGame({ seed: '9', rounds: 3 }, ALL_HUMAN);
    playFirst();
    const first = store().gameId;
    await autosaveSettled();
    store().startGame({ seed: '10', rounds: 3 }, ALL_HUMAN, 'classroom');
    playFirst();
    await autosaveSettled();
    const all = await allGames();
    expect(all.map(([k]) => k).sort()).toEqual([first, store().gameId].sort());
    expect(all.map(([, v]) => (v as LibraryRecord).kind).sort()).toEqual(['classroom', 'hotseat']);
    // Reopening the first one from the library.
    expect(await store().openSaved(first!)).toBeNull();
    expect(store().header?.options.seed).toBe('9');
    expect(store().cursor).toBe(1);
  });

  it('clear closes the game here; it stays in the library until deleted', async () => {
    store().startGame({ seed: '9', rounds: 3 }, ALL_HUMAN);
    playFirst();
    const id = store().gameId!;
    await autosaveSettled();
    store().clear();
    await rehydrateGame();
    expect(store().header).toBeNull();
    expect(await getGame(id)).toBeDefined();
    expect(await deleteSaved(id)).toBeNull();
    expect(await getGame(id)).toBeUndefined();
  });

  it('loadGame opens a game from actions, and refuses an illegal list', () => {
    store().startGame({ seed: '4', rounds: 3 }, ALL_HUMAN);
    const played = [playFirst(), playFirst(), playFirst()];
    store().clear();
    expect(store().loadGame({ options: { seed: '4', rounds: 3 }, seats: ALL_HUMAN }, played)).toBeNull();
    expect(store().cursor).toBe(3);
    expect(current().step).toBe(3);
    const bad = store().loadGame({ options: { seed: '4', rounds: 3 }, seats: ALL_HUMAN }, [played[1]!]);
    expect(bad?.message).toMatch(/Action 1/);
    expect(store().cursor).toBe(3); // unchanged
  });
});

describe('what enters the store can always be restored (#9 item 1)', () => {
  it('names with tabs, line breaks and bidi controls are normalised, and the game resumes after a reload', async () => {
    const seats: Seats = { ...ALL_HUMAN, US: { kind: 'human', name: '\u202eAna\tMaria\u2066 ' }, KP: { kind: 'human', name: 'x'.repeat(60) } };
    expect(store().startGame({ seed: '2', rounds: 3 }, seats)).toBeNull();
    playFirst();
    expect(store().header!.seats.US.name).toBe('Ana Maria');
    expect(store().header!.seats.KP.name).toHaveLength(40);
    await autosaveSettled();
    await rehydrateGame();
    expect(store().damaged).toBeNull();
    expect(store().header!.seats.US.name).toBe('Ana Maria');
    expect(store().cursor).toBe(1);
  });

  it('dispatch keeps only the action’s own known fields', async () => {
    store().startGame({ seed: '7', rounds: 3 }, ALL_HUMAN);
    const n = pastSetup();
    const s = current();
    const a = legalActions(s, 'US').find((x) => x.type === 'playOps')!;
    expect(store().dispatch({ ...a, note: 'extra', __proto__: { choice: 1 } } as unknown as Action)).toBeNull();
    expect(store().log[n]).toEqual(a);
    expect(Object.keys(store().log[n]!).sort()).toEqual(Object.keys(a).sort());
    // An inherited field is not read: the engine sees exactly what is saved.
    const ev = legalActions(current(), 'KP').find((x) => x.type === 'playEvent' && x.choice === undefined);
    if (ev) {
      const sneaky = Object.assign(Object.create({ choice: 1 }), ev) as Action;
      expect(store().dispatch(sneaky)).toBeNull();
      expect(store().log[n + 1]).toEqual(ev);
    }
    await autosaveSettled();
    await rehydrateGame();
    expect(store().damaged).toBeNull();
  });

  it('refuses malformed moves and options with a message', () => {
    expect(store().startGame({ seed: '', rounds: 3 }, ALL_HUMAN)?.message).toMatch(/options/);
    expect(store().startGame({ seed: '1', rounds: 100_000 }, ALL_HUMAN)?.message).toMatch(/options/);
    expect(store().header).toBeNull();
    store().startGame({ seed: '1', rounds: 3 }, ALL_HUMAN);
    expect(store().dispatch({ type: 'warp', actor: 'US' } as unknown as Action)?.code).toBe('ERR_MALFORMED');
    expect(store().dispatch({ type: 'playOps', actor: 'US', card: 'NOT A CARD', op: 'lobby' } as unknown as Action)?.code).toBe('ERR_MALFORMED');
    expect(store().log).toHaveLength(0);
  });

  it('a save from a newer Summitry is described as such (#9 item 9)', async () => {
    localStorage.setItem(SAVE_KEY, JSON.stringify({ version: SAVE_VERSION + 1, header: {}, log: [], cursor: 0, future: true }));
    await rehydrateGame();
    expect(store().damaged?.message).toMatch(/made by a newer Summitry/);
    expect(localStorage.getItem(SAVE_KEY)).not.toBeNull(); // kept untouched
  });
});

describe('hot-seat privacy: secrets only after Ready, only for the seat to move', () => {
  const seatOf = () => selectTableSeat(store());

  it('a seat is shown only after its Ready, and covered as soon as the mover changes', () => {
    store().startGame({ seed: '3', rounds: 3 }, US_KP_HUMAN);
    expect(seatOf()).toEqual({ kind: 'pass', seat: 'US' });
    expect(store().reveal('KP')).toBe(false); // not KP's turn
    expect(seatOf()).toEqual({ kind: 'pass', seat: 'US' });
    expect(store().reveal('US')).toBe(true);
    expect(seatOf()).toEqual({ kind: 'seat', seat: 'US' });
    playFirst(); // US keeps an objective: still its move (the forecast), still shown
    expect(seatOf()).toEqual({ kind: 'seat', seat: 'US' });
    playFirst(); // US forecasts: North Korea is next
    expect(seatOf()).toEqual({ kind: 'pass', seat: 'KP' });
  });

  it('undo on the next seat’s pass screen goes through the pass screen of the seat whose move is undone', () => {
    store().startGame({ seed: '3', rounds: 3 }, US_KP_HUMAN);
    store().reveal('US');
    playFirst();
    playFirst();
    expect(seatOf()).toEqual({ kind: 'pass', seat: 'KP' });
    store().undo();
    expect(store().cursor).toBe(1);
    expect(seatOf()).toEqual({ kind: 'pass', seat: 'US' }); // not the United States' hand
    store().redo();
    expect(seatOf()).toEqual({ kind: 'pass', seat: 'KP' });
    // With North Korea's hand open, undo takes back the United States' move: pass screen first.
    store().reveal('KP');
    store().undo();
    expect(seatOf()).toEqual({ kind: 'pass', seat: 'US' });
  });

  it('a seat may take back its own decision while its hand is shown', () => {
    store().startGame({ seed: '11', rounds: 3 }, US_HUMAN);
    // Solo: the only person at the table always sees their own hand, never another's.
    expect(seatOf()).toEqual({ kind: 'seat', seat: 'US' });
    store().startGame({ seed: '11', rounds: 3 }, { ...US_HUMAN, RU: { kind: 'human' } });
    store().reveal('US');
    playFirst(); // US keeps an objective
    store().undo(); // its own decision, taken back while its papers are shown: no pass screen
    expect(seatOf()).toEqual({ kind: 'seat', seat: 'US' });
    playFirst(); // US keeps an objective
    playFirst(); // and forecasts
    for (let i = 0; i < 4; i++) playFirst(); // KP and CN bots set up
    expect(seatOf()).toEqual({ kind: 'pass', seat: 'RU' });
    store().reveal('RU');
    playFirst(); // RU sets up
    playFirst();
    playFirst(); // KR bot
    playFirst();
    expect(current().phase).toBe('action');
    expect(seatOf()).toEqual({ kind: 'pass', seat: 'US' });
  });

  it('random play: a revealed seat is always the one to move, and never survives a change of mover', () => {
    store().startGame({ seed: '21', rounds: 3 }, { ...ALL_HUMAN, CN: { kind: 'bot', level: 'random' } });
    let seed = 1;
    const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 300 && current().phase !== 'ended'; i++) {
      const r = rnd();
      const seat = seatOf();
      if (seat.kind === 'pass' && r < 0.6) store().reveal(seat.seat);
      else if (r < 0.7) store().undo();
      else if (r < 0.75) store().redo();
      else playFirst();
      const after = seatOf();
      const mover: ActorId | null = toMove(current());
      if (after.kind === 'seat') expect(after.seat).toBe(mover);
      if (store().revealed) expect(store().revealed).toBe(mover);
    }
    expect(ACTORS).toContain(toMove(current()) ?? 'US');
  });
});

describe('saving problems are told at once and lose nothing (#9 item 3)', () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  it('storage full: a message at the first failed autosave, the game goes on in memory', async () => {
    store().startGame({ seed: '5', rounds: 3 }, ALL_HUMAN);
    await autosaveSettled();
    restore = breakLibrary('full');
    playFirst();
    await autosaveSettled();
    expect(store().storage?.reason).toBe('full');
    expect(store().storage?.message).toMatch(/full/);
    playFirst();
    expect(store().cursor).toBe(2);
    // Space again: the next save clears the message and holds every move.
    restore();
    restore = null;
    playFirst();
    expect((await saved()).save.cursor).toBe(3);
    expect(store().storage).toBeNull();
  });

  it('storage blocked (no IndexedDB): a message, and the game still plays', async () => {
    restore = breakLibrary('blocked');
    store().startGame({ seed: '5', rounds: 3 }, ALL_HUMAN);
    playFirst();
    await autosaveSettled();
    expect(store().storage?.reason).toBe('blocked');
    expect(store().cursor).toBe(1);
  });
});

describe('the old single-slot save', () => {
  const oldSave = () => {
    store().startGame({ seed: '8', rounds: 3 }, ALL_HUMAN);
    playFirst();
    playFirst();
    const { header, log, cursor } = store();
    return serializeSave({ header: header!, log, cursor });
  };

  it('migrates into the library on first start and is removed only once the library holds it', async () => {
    const raw = oldSave();
    await autosaveSettled();
    freshLibrary();
    localStorage.clear();
    localStorage.setItem(SAVE_KEY, raw);
    await rehydrateGame();
    await autosaveSettled();
    expect(store().cursor).toBe(2);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    expect(localStorage.getItem(CURRENT_KEY)).toBe(store().gameId);
    const all = await allGames();
    expect(all).toHaveLength(1);
    // And after another reload the game comes from the library.
    await rehydrateGame();
    expect(store().cursor).toBe(2);
  });

  it('a game saved under rules 2.1.0 moves into the library as it was played, its rules fetched first', async () => {
    const fixture = JSON.parse(readFileSync(join(__dirname, '..', 'log', 'fixtures', '2.1.0', 'snub.json'), 'utf8')) as { options: unknown; seats: unknown; actions: unknown[] };
    const raw = JSON.stringify({ version: SAVE_VERSION, header: { rulesVersion: '2.1.0', options: fixture.options, seats: fixture.seats, createdAt: '2026-12-01T10:00:00.000Z' }, log: fixture.actions.slice(0, 30), cursor: 30 });
    // Nothing in this file loads older rules up front: the store fetches them (their own chunk in the browser).
    expect(rulesetFor('2.1.0')).toBeNull();
    localStorage.setItem(SAVE_KEY, raw);
    await rehydrateGame();
    expect(store().damaged).toBeNull();
    expect(store().header).toBeNull(); // not continued under today's rules
    expect(store().saveNote).toMatch(/rules 2\.1\.0/);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    const all = await allGames();
    expect(all).toHaveLength(1);
    expect((all[0]![1] as LibraryRecord).save.header.rulesVersion).toBe('2.1.0');
  });

  it('stays in place when the library cannot take it', async () => {
    const raw = oldSave();
    await autosaveSettled();
    localStorage.clear();
    localStorage.setItem(SAVE_KEY, raw);
    const restore = breakLibrary('blocked');
    try {
      await rehydrateGame();
      expect(store().cursor).toBe(2);
      expect(store().storage?.reason).toBe('blocked');
      expect(localStorage.getItem(SAVE_KEY)).toBe(raw);
    } finally {
      restore();
    }
  });
});

describe('damaged saves', () => {
  const damagedBy = async (raw: string) => {
    localStorage.setItem(SAVE_KEY, raw);
    await rehydrateGame();
    return store().damaged;
  };
  const oldSaveObject = () => {
    const { header, log, cursor } = store();
    return JSON.parse(serializeSave({ header: header!, log, cursor })) as { header: { seats: Record<string, unknown> }; log: unknown[]; cursor: number };
  };

  it('bad JSON: a clear message, the raw text kept, no game', async () => {
    const d = await damagedBy('{"version":1,"header":');
    expect(d?.message).toMatch(/saved game/i);
    expect(d?.raw).toBe('{"version":1,"header":');
    expect(store().header).toBeNull();
    // The damaged save is not overwritten until the player decides.
    expect(localStorage.getItem(SAVE_KEY)).toBe('{"version":1,"header":');
  });

  it('schema failure names the field', async () => {
    store().startGame({ seed: '9', rounds: 3 }, ALL_HUMAN);
    const saved = oldSaveObject();
    saved.header.seats.US = { kind: 'alien' };
    expect((await damagedBy(JSON.stringify(saved)))?.message).toMatch(/header\.seats\.US/);
  });

  it('a tampered (illegal) action is caught by the engine', async () => {
    store().startGame({ seed: '9', rounds: 3 }, ALL_HUMAN);
    playFirst();
    const saved = oldSaveObject();
    saved.log[0] = { type: 'accept', actor: 'KR' };
    expect((await damagedBy(JSON.stringify(saved)))?.message).toMatch(/cannot be replayed/);
  });

  it('a cursor past the log is refused', async () => {
    store().startGame({ seed: '9', rounds: 3 }, ALL_HUMAN);
    const saved = oldSaveObject();
    saved.cursor = 4;
    expect((await damagedBy(JSON.stringify(saved)))?.message).toMatch(/move 4/);
  });

  it('starting a new game removes the damaged old save (the player chose)', async () => {
    await damagedBy('garbage');
    store().startGame({ seed: '1', rounds: 3 }, ALL_HUMAN);
    expect(store().damaged).toBeNull();
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    expect((await saved()).save.header.options.seed).toBe('1');
  });

  it('a damaged library record is reported and kept', async () => {
    store().startGame({ seed: '9', rounds: 3 }, ALL_HUMAN);
    const rec = await saved();
    const { set, createStore } = await import('idb-keyval');
    await set(rec.id, { ...rec, save: { ...rec.save, cursor: 99 } }, createStore('summitry', 'games'));
    await rehydrateGame();
    expect(store().damaged?.source).toBe('library');
    store().clear();
    expect(await getGame(rec.id)).toBeDefined();
  });
});
