import { ACTORS } from './actors';
import { CARDS } from './cards';
import { OPS } from './ops';
import { READINGS } from './readings';
import { RESOURCES } from './resources';
import type { GameState, Phase } from './state';
import { TABLES, TERMS } from './summit';
import { TRACKS } from './tracks';

/**
 * A 53-bit state hash in the manner of cyrb53, fed with the state's numbers in a fixed order instead of
 * its JSON text: hashing is on the replay path (every step of a log is checked), and building a string
 * per state cost more than the replay itself. Not cryptographic: it proves a replay matches, it does not
 * stop a determined forger. The chronicle and history are derived from the rest, so they are left out.
 */
class Hasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  int(n: number): void {
    this.h1 = Math.imul(this.h1 ^ (n | 0), 2654435761);
    this.h2 = Math.imul(this.h2 ^ (n | 0), 1597334677);
  }

  str(s: string): void {
    this.int(s.length);
    for (let i = 0; i < s.length; i++) this.int(s.charCodeAt(i));
  }

  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  }
}

const CARD_INDEX = new Map(CARDS.map((c, i) => [c.id, i]));
const PHASES: readonly Phase[] = ['setup', 'action', 'summit', 'ended'];
const STAGES = ['attend', 'intervene', 'offer'] as const;
const KINDS = ['sweeten', 'spoil'] as const;
const APEC = ['pending', 'success', 'failure'] as const;
const indexIn = <T>(list: readonly T[], x: T) => list.indexOf(x);

/** Known cards hash as their index; anything else (never produced by the engine) by its text, so it still differs. */
function cards(h: Hasher, ids: readonly string[]): void {
  h.int(ids.length);
  for (const id of ids) {
    const i = CARD_INDEX.get(id);
    if (i === undefined) h.str(id);
    else h.int(i);
  }
}

function list<T extends string>(h: Hasher, all: readonly T[], xs: readonly T[]): void {
  h.int(xs.length);
  for (const x of xs) h.int(indexIn(all, x));
}

export function stateHash(s: GameState): string {
  const h = new Hasher();
  h.str(s.rulesVersion);
  h.str(s.options.seed);
  h.int(s.options.rounds);
  for (const w of s.rng) h.int(w);
  h.int(s.round);
  h.int(indexIn(PHASES, s.phase));
  h.int(s.turn);
  for (const id of ACTORS) {
    const a = s.actors[id];
    for (const r of RESOURCES) h.int(a.resources[r]);
    cards(h, a.hand);
    h.int(a.objectiveChoices.length);
    for (const o of a.objectiveChoices) h.str(o);
    h.str(a.objective);
    h.int(a.forecast === null ? -1 : indexIn(READINGS, a.forecast));
    list(h, OPS, a.opsThisRound);
    h.int(a.vp);
  }
  for (const t of TRACKS) h.int(s.tracks[t]);
  cards(h, s.deck);
  cards(h, s.discard);
  if (s.summit === null) h.int(-1);
  else {
    list(h, TABLES, s.summit.tables);
    h.int(s.summit.index);
    h.int(indexIn(STAGES, s.summit.stage));
    h.int(s.summit.precondition === null ? -1 : indexIn(TERMS, s.summit.precondition));
    h.int(s.summit.interventions.length);
    for (const iv of s.summit.interventions) {
      h.int(indexIn(ACTORS, iv.actor));
      h.int(indexIn(KINDS, iv.kind));
    }
    list(h, ACTORS, s.summit.waiting);
    const o = s.summit.offer;
    if (o === null) h.int(-1);
    else {
      h.int(indexIn(ACTORS, o.from));
      h.int(indexIn(ACTORS, o.to));
      list(h, TERMS, o.terms);
      h.int(o.countered ? 1 : 0);
    }
  }
  h.int(s.deals.length);
  for (const d of s.deals) {
    h.int(d.round);
    h.int(indexIn(TABLES, d.table));
    list(h, TERMS, d.terms);
  }
  h.int(s.summitsHeld.length);
  for (const x of s.summitsHeld) {
    h.int(x.round);
    h.int(indexIn(TABLES, x.table));
    h.int(x.attended ? 1 : 0);
    h.int(x.precondition === null ? -1 : indexIn(TERMS, x.precondition));
  }
  h.int(s.reading === null ? -1 : indexIn(READINGS, s.reading));
  h.int(indexIn(APEC, s.apecResult));
  if (s.end === null) h.int(-1);
  else {
    h.int(s.end.reason === 'calendar' ? 0 : 1);
    h.int(s.end.culprit === null ? -1 : indexIn(ACTORS, s.end.culprit));
    if (s.end.tieBreak !== null) h.str(s.end.tieBreak);
  }
  h.int(s.step);
  return h.digest();
}
