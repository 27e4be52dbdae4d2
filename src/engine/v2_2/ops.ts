import type { ActorId } from './actors';
import { type Effect, res, track } from './effects';
import { SUMMIT_READY } from './summit';

/**
 * Operations: what a card buys when played for its action points instead of its event.
 * Each actor has the three common operations and two of its own. Every operation does something
 * different at 1, 2 and 3 points (data below, so the rulebook and the UI print the same table), and a
 * repeat of the same operation in one round counts REPEAT_PENALTY points less per earlier use (nothing at 0).
 */
export const OPS = ['lobby', 'build', 'deescalate', 'outreachKP', 'outreachCN', 'pressure', 'test', 'evade', 'mediate', 'court', 'arm', 'spoil', 'prepare', 'reassure'] as const;
export type OpId = (typeof OPS)[number];

export type OpPoints = 1 | 2 | 3;

export interface OpInfo {
  readonly id: OpId;
  readonly name: string;
  /** Effects at 1, 2 and 3 points. */
  readonly levels: readonly [readonly Effect[], readonly Effect[], readonly Effect[]];
  /** Effects for a card of 1, 2 or 3 ops (a view of `levels`). */
  readonly effects: (points: OpPoints) => readonly Effect[];
}

const op = (id: OpId, name: string, levels: OpInfo['levels']): OpInfo => ({ id, name, levels, effects: (p) => levels[p - 1]! });

/** Spoil the talks never takes readiness below this (where the autumn begins): Moscow can delay a table, not bury it. */
export const SPOIL_FLOOR = 2;

/**
 * The pattern: 1 point buys the operation's core, often at a small price or with nothing more; 2 points the
 * core clean or with a side gain; 3 points a bigger core or a further gain, sometimes with a risk. So a
 * 2-ops card is not a 1-ops card, and a 3-ops card is not merely a 2-ops one.
 */
export const OP_INFO: Readonly<Record<OpId, OpInfo>> = {
  lobby: op('lobby', 'Lobby', [[res('self', 'capital', 1)], [res('self', 'capital', 2)], [res('self', 'capital', 2), res('self', 'standing', 1)]]),
  build: op('build', 'Build the economy', [[res('self', 'economy', 1)], [res('self', 'economy', 1), res('self', 'capital', 1)], [res('self', 'economy', 2)]]),
  deescalate: op('deescalate', 'De-escalate', [[track('tension', -1), res('self', 'capital', -1)], [track('tension', -1)], [track('tension', -1), res('self', 'standing', 1)]]),
  outreachKP: op('outreachKP', 'Reach out to Pyongyang', [[track('summitUSKP', 1), res('self', 'standing', -1)], [track('summitUSKP', 1)], [track('summitUSKP', 2), track('alliance', -1)]]),
  outreachCN: op('outreachCN', 'Reach out to Beijing', [[track('summitUSCN', 1), res('self', 'economy', -1)], [track('summitUSCN', 1)], [track('summitUSCN', 2), res('self', 'standing', -1)]]),
  pressure: op('pressure', 'Tighten sanctions', [[track('sanctions', 1), track('summitUSKP', -1)], [track('sanctions', 1)], [track('sanctions', 2), res('CN', 'economy', -1)]]),
  test: op('test', 'Weapons test', [[track('tension', 1), res('self', 'standing', 1)], [track('nuclear', 1), track('tension', 1)], [track('nuclear', 1), track('tension', 2), res('self', 'military', 1)]]),
  evade: op('evade', 'Evade sanctions', [[track('sanctions', -1), res('self', 'standing', -1)], [track('sanctions', -1)], [track('sanctions', -1), res('self', 'economy', 1)]]),
  mediate: op('mediate', 'Mediate', [[track('tension', -1)], [track('tension', -1), track('summitUSKP', 1)], [track('tension', -1), track('summitUSKP', 1), res('self', 'standing', 1)]]),
  court: op('court', 'Court Washington', [[track('summitUSCN', 1), track('axis', -1)], [track('summitUSCN', 1)], [track('summitUSCN', 2), res('self', 'economy', -1)]]),
  arm: op('arm', 'Arms for the axis', [[track('axis', 1)], [track('axis', 1), res('KP', 'military', 1)], [track('axis', 2), res('KP', 'military', 1), track('tension', 1)]]),
  // Moscow's spoiling has a price at home and moves readiness one step at most, never below SPOIL_FLOOR: it can
  // delay a table, not keep it shut; whether Kim sits down is Pyongyang's decision at the table.
  spoil: op('spoil', 'Spoil the talks', [
    [track('summitUSKP', -1, SPOIL_FLOOR), res('self', 'standing', -1)],
    [track('summitUSKP', -1, SPOIL_FLOOR), track('tension', 1), res('self', 'standing', -1)],
    [track('summitUSKP', -1, SPOIL_FLOOR), track('summitUSCN', -1, SPOIL_FLOOR), res('self', 'standing', -1)],
  ]),
  prepare: op('prepare', 'Prepare APEC', [[track('apec', 1), res('self', 'capital', -1)], [track('apec', 1)], [track('apec', 2), res('self', 'economy', -1)]]),
  reassure: op('reassure', 'Alliance consultations', [[track('alliance', 1)], [track('alliance', 1), res('self', 'military', 1)], [track('alliance', 2), track('tension', 1)]]),
};

const COMMON: readonly OpId[] = ['lobby', 'build', 'deescalate'];

export const ACTOR_OPS: Readonly<Record<ActorId, readonly OpId[]>> = {
  US: [...COMMON, 'outreachKP', 'outreachCN', 'pressure'],
  KP: [...COMMON, 'test', 'evade'],
  CN: [...COMMON, 'mediate', 'court'],
  RU: [...COMMON, 'arm', 'spoil'],
  KR: [...COMMON, 'prepare', 'reassure'],
};

/** Points a repeat of the same operation in the same round loses, per earlier use. */
export const REPEAT_PENALTY = 2;

/** Points an operation runs at: the card's ops less REPEAT_PENALTY for each earlier use of it this round. */
export function opPoints(cardOps: OpPoints, used: readonly OpId[], id: OpId): 0 | OpPoints {
  let n = 0;
  for (const u of used) if (u === id) n++;
  return Math.max(0, cardOps - REPEAT_PENALTY * n) as 0 | OpPoints;
}

/** What running `id` with a card of `cardOps` does now, given the operations already run this round. */
export function opEffects(id: OpId, cardOps: OpPoints, used: readonly OpId[]): readonly Effect[] {
  const p = opPoints(cardOps, used, id);
  return p === 0 ? [] : OP_INFO[id].effects(p);
}
