import type { ActorId } from './actors';
import { type Effect, res, track } from './effects';

/**
 * Operations: what a card buys when played for its action points instead of its event.
 * Each actor has the three common operations and two of its own.
 */
export const OPS = ['lobby', 'build', 'deescalate', 'outreachKP', 'outreachCN', 'pressure', 'test', 'evade', 'mediate', 'court', 'arm', 'spoil', 'prepare', 'reassure'] as const;
export type OpId = (typeof OPS)[number];

export interface OpInfo {
  readonly id: OpId;
  readonly name: string;
  /** Effects for a card of 1, 2 or 3 ops. */
  readonly effects: (points: 1 | 2 | 3) => readonly Effect[];
}

/** Bigger cards buy more: 1–2 points move a track by 1, 3 points by 2. */
const step = (p: 1 | 2 | 3) => (p === 3 ? 2 : 1);

export const OP_INFO: Readonly<Record<OpId, OpInfo>> = {
  lobby: { id: 'lobby', name: 'Lobby', effects: (p) => [res('self', 'capital', p)] },
  build: { id: 'build', name: 'Build the economy', effects: (p) => [res('self', 'economy', step(p))] },
  deescalate: { id: 'deescalate', name: 'De-escalate', effects: (p) => [track('tension', -1), res('self', 'standing', p === 3 ? 1 : 0)].filter((e) => e.kind !== 'resource' || e.delta !== 0) },
  outreachKP: { id: 'outreachKP', name: 'Reach out to Pyongyang', effects: (p) => [track('summitUSKP', step(p))] },
  outreachCN: { id: 'outreachCN', name: 'Reach out to Beijing', effects: (p) => [track('summitUSCN', step(p))] },
  pressure: { id: 'pressure', name: 'Tighten sanctions', effects: (p) => [track('sanctions', step(p))] },
  test: { id: 'test', name: 'Weapons test', effects: (p) => [track('nuclear', 1), track('tension', step(p)), res('self', 'standing', 1)] },
  evade: { id: 'evade', name: 'Evade sanctions', effects: (p) => [track('sanctions', -step(p))] },
  mediate: { id: 'mediate', name: 'Mediate', effects: (p) => [track('tension', -1), track('summitUSCN', step(p))] },
  court: { id: 'court', name: 'Court Washington', effects: (p) => [track('summitUSCN', step(p))] },
  arm: { id: 'arm', name: 'Arms for the axis', effects: (p) => [track('axis', step(p)), res('KP', 'military', 1)] },
  spoil: { id: 'spoil', name: 'Spoil the talks', effects: (p) => [track('summitUSKP', -step(p)), track('tension', 1)] },
  prepare: { id: 'prepare', name: 'Prepare APEC', effects: (p) => [track('apec', step(p))] },
  reassure: { id: 'reassure', name: 'Alliance consultations', effects: (p) => [track('alliance', step(p)), res('self', 'military', p === 3 ? 1 : 0)].filter((e) => e.kind !== 'resource' || e.delta !== 0) },
};

const COMMON: readonly OpId[] = ['lobby', 'build', 'deescalate'];

export const ACTOR_OPS: Readonly<Record<ActorId, readonly OpId[]>> = {
  US: [...COMMON, 'outreachKP', 'outreachCN', 'pressure'],
  KP: [...COMMON, 'test', 'evade'],
  CN: [...COMMON, 'mediate', 'court'],
  RU: [...COMMON, 'arm', 'spoil'],
  KR: [...COMMON, 'prepare', 'reassure'],
};
