import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshLibrary } from './testkit';
import { type Action, ACTORS, legalActions, toMove } from '../engine';
import { BOT_LEVELS } from '../ai/bot';
import type { SeatSpec, Seats } from '../log/seats';
import { autosaveSettled, selectGameState, useGameStore } from './game';
import { getGame, type LibraryRecord } from './library';
import { restoreSaveData } from './save';
import { seatsFromTeams, defaultSettings } from './classroom';

/**
 * #9: whatever the store accepts and saves, restore accepts — over hostile names (tabs, line breaks,
 * bidi controls, lone surrogates, long strings), options (numeric and string seeds, out of range)
 * and moves (extra fields, inherited fields, junk).
 */

const NASTY = ['\t', '\n', '\r', '\u0000', '\u0085', '\u202a', '\u202e', '\u2066', '\u2069', '\u200f', '\ufeff', '\ud800', '\udc00', '😀', ' ', 'é', '<b>', '"'];
const nameArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((xs) => xs.join('')),
);
const seatArb: fc.Arbitrary<SeatSpec> = fc.oneof(
  fc.record({ kind: fc.constant('human' as const), name: fc.option(nameArb, { nil: undefined }) }, { requiredKeys: ['kind'] }),
  fc.record({ kind: fc.constant('bot' as const), level: fc.constantFrom(...BOT_LEVELS), name: fc.option(nameArb, { nil: undefined }) }, { requiredKeys: ['kind', 'level'] }),
);
const seatsArb: fc.Arbitrary<Seats> = fc.record({ US: seatArb, KP: seatArb, CN: seatArb, RU: seatArb, KR: seatArb });
const seedArb = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 0xffffffff }), weight: 6 }, fc.integer(), fc.double(), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 1, maxLength: 32 }), nameArb);
const optionsArb = fc.record({ seed: seedArb, rounds: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 4 }), weight: 4 }, fc.integer({ min: -5, max: 200 })) });

/** How each move is handed to dispatch: as is, with extra fields, with inherited fields, or replaced by junk. */
const moveArb = fc.record({
  pick: fc.nat(),
  dress: fc.constantFrom('plain', 'extra', 'inherited', 'junk'),
  extra: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
});

function dressed(a: Action, how: string, extra: Record<string, unknown>): unknown {
  if (how === 'extra') return { ...extra, ...a, note: 'x' };
  if (how === 'inherited') return Object.assign(Object.create({ ...extra, choice: 1, terms: ['x'] }), a);
  if (how === 'junk') return { ...a, actor: 'XX', ...extra };
  return a;
}

beforeEach(() => {
  freshLibrary();
  localStorage.clear();
  useGameStore.getState().clear();
});

describe('save format fuzz', () => {
  it('whatever the store accepts and saves, restore accepts, equal to what was played', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(optionsArb, seatsArb, fc.array(moveArb, { maxLength: 25 }), async (options, seats, moves) => {
        const store = useGameStore.getState();
        const refused = store.startGame(options as never, seats);
        if (refused) {
          expect(refused.message.length).toBeGreaterThan(0);
          return;
        }
        accepted++;
        for (const m of moves) {
          const s = selectGameState(useGameStore.getState())!;
          const mover = toMove(s);
          if (!mover) break;
          const legal = legalActions(s, mover);
          useGameStore.getState().dispatch(dressed(legal[m.pick % legal.length]!, m.dress, m.extra) as Action);
        }
        const { header, log, cursor, gameId } = useGameStore.getState();
        await autosaveSettled();
        const rec = (await getGame(gameId!)) as LibraryRecord;
        for (const copy of [structuredClone(rec.save), JSON.parse(JSON.stringify(rec.save)) as unknown]) {
          const r = restoreSaveData(copy, '');
          if (r.kind !== 'ok') throw new Error(r.kind === 'damaged' ? r.problem.message : 'none');
          expect(r.game.header.seats).toEqual(header!.seats);
          expect(r.game.header.options).toEqual(header!.options);
          expect(r.game.log).toEqual(log);
          expect(r.game.cursor).toBe(cursor);
        }
      }),
      { numRuns: 80 },
    );
    expect(accepted).toBeGreaterThan(20); // most runs reach the save, not only the refusals
  });

  it('classroom team names go through the same rule', () => {
    fc.assert(
      fc.property(fc.array(nameArb, { minLength: 5, maxLength: 5 }), (names) => {
        const teams = { ...defaultSettings().teams };
        ACTORS.forEach((a, i) => (teams[a] = { name: names[i]!, level: 'heuristic' }));
        const refused = useGameStore.getState().startGame({ seed: '1', rounds: 2 }, seatsFromTeams(teams), 'classroom');
        expect(refused).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
