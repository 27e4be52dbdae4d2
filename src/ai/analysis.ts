import {
  ACTOR_OPS, ACTORS, type Action, type ActorId, apply, currentTable, type GameState, getCard, legalActions, OBJECTIVE_BY_ID,
  meetsRequirement, OBJECTIVES, rivalEventOwner, RULES_VERSION, seedRng, TABLE_INFO, TABLES, type TableId, toMove, winner,
} from '../engine';
import { type BotLevel, chooseAction } from './bot';
import { scoreMoves } from './heuristic';

/**
 * The balance report (`npm run analyze`): many bot games, measured. Pure: the same options give the
 * same report, whatever the machine or the number of worker threads, because the work is cut into
 * tasks whose results are integer counts, summed in task order.
 *
 * Written against legalActions/apply and a few engine tables (actors, tables, objectives, card ops),
 * never against a rule: a card play is an action with a card, an event is a card play without an
 * operation, a summit decision is any decision taken in the summit step. So the report keeps
 * measuring whatever rules the engine plays.
 */

/** How the caller derives game and bot seeds and starts a game: the CLI passes the ones `sim` uses. */
export interface AnalysisEnv {
  readonly gameSeed: (runSeed: number, index: number) => number;
  readonly botSeed: (gameSeed: number, seat: ActorId) => number;
  readonly newGame: (seed: number, rounds: number) => GameState;
}

export interface AnalysisOptions {
  readonly games: number;
  readonly seed: number;
  /** Games per fixed strategy per seat; 0 skips the experiment. */
  readonly strategyGames: number;
  /** Games with one search seat (rotated over the actors); 0 skips the experiment. */
  readonly searchGames: number;
  readonly searchIterations: number;
}

export const DEFAULT_STRATEGY_GAMES = 300;
export const DEFAULT_SEARCH_GAMES = 50;
export const DEFAULT_SEARCH_ITERATIONS = 200;
/** The standard calendar, and the short game a 45-minute class plays. */
export const FULL_ROUNDS = 6;
export const CLASS_ROUNDS = 4;
/** Class-time estimate: one decision is one turn of this many seconds. */
export const SECONDS_PER_TURN = 60;

// ───────────────────────── classifying decisions ─────────────────────────

/** A card play's choice: `op:<operation>` or `event`; null for any other decision. */
export function cardPlayKey(a: Action): string | null {
  if (!('card' in a)) return null;
  return 'op' in a && typeof a.op === 'string' ? `op:${a.op}` : 'event';
}

/** Decisions taken while a summit table is on the table (offers, answers, and whatever 2.0 adds there). */
export const isSummitDecision = (s: GameState): boolean => s.phase === 'summit';

const termsKey = (a: Action): string | null => ('terms' in a && Array.isArray(a.terms) ? [...a.terms].sort().join('+') : null);

/** Moves that leave a table without a deal, in order of preference, for the package evaluation's continuation. */
const PASSIVE = ['pass', 'decline', 'skip', 'snub', 'reject'];

function passive(legal: readonly Action[]): Action {
  for (const t of PASSIVE) {
    const a = legal.find((x) => x.type === t);
    if (a) return a;
  }
  return legal.find((x) => x.type !== 'accept' && !('terms' in x)) ?? legal[0]!;
}

const must = (s: GameState, a: Action): GameState => {
  const r = apply(s, a);
  if (!r.ok) throw new Error(`Analysis reached an illegal move at step ${s.step} (${r.error.code}: ${r.error.message}).`);
  return r.value;
};

/** VP at the end of `round`, after its scoring (the round record), or the final VP if the game ended. */
function vpAfterRound(s: GameState, round: number, actor: ActorId): number {
  const rec = s.history.find((h) => h.round === round);
  return rec ? rec.vp[actor] : s.actors[actor].vp;
}

export interface PackageEvaluation {
  readonly table: TableId;
  /** Every package the host may propose, with the VP each side holds after the round's scoring if it is accepted. */
  readonly packages: readonly { readonly key: string; readonly host: number; readonly guest: number }[];
  /** The package the host alone values most (null when its top is shared); likewise the guest. */
  readonly hostBest: string | null;
  readonly guestBest: string | null;
  /**
   * Packages at the top for both sides: no other package gives the host or the guest more. When there is
   * one, the two sides have nothing to trade off (1.0.0's Trump–Kim grand bargain); a bargain has none.
   */
  readonly bestForBoth: readonly string[];
}

/** Keys of the items with the highest value. */
function topKeys(items: readonly { key: string; v: number }[]): string[] {
  const max = Math.max(...items.map((x) => x.v));
  return items.filter((x) => x.v === max).map((x) => x.key);
}

/**
 * At a position where the host may propose, plays every package through the engine: propose, the first
 * acceptance offered, then every other decision of the summit step passed, up to the round's scoring.
 * Each package is valued by the VP each side holds after that scoring, so a term's costs count when the
 * rules make them cost VP or a scored track, and no rule is copied here.
 */
export function evaluatePackages(s: GameState): PackageEvaluation | null {
  const table = currentTable(s);
  const host = toMove(s);
  if (!table || !host) return null;
  const proposals = legalActions(s, host).filter((a) => a.type === 'propose');
  if (proposals.length === 0) return null;
  const guest = TABLE_INFO[table].guest;
  const round = s.round;
  const packages = proposals.map((p) => {
    let st = must(s, p);
    let accepted = false;
    for (let n = 0; n < 500 && st.phase !== 'ended' && st.round === round; n++) {
      const seat = toMove(st);
      if (!seat) break;
      const legal = legalActions(st, seat);
      const yes = accepted ? undefined : legal.find((a) => a.type === 'accept');
      if (yes) accepted = true;
      st = must(st, yes ?? passive(legal));
    }
    return { key: termsKey(p) ?? p.type, host: vpAfterRound(st, round, host), guest: vpAfterRound(st, round, guest) };
  });
  const hostTop = topKeys(packages.map((p) => ({ key: p.key, v: p.host })));
  const guestTop = topKeys(packages.map((p) => ({ key: p.key, v: p.guest })));
  return {
    table, packages,
    hostBest: hostTop.length === 1 ? hostTop[0]! : null,
    guestBest: guestTop.length === 1 ? guestTop[0]! : null,
    bestForBoth: hostTop.filter((k) => guestTop.includes(k)),
  };
}

// ───────────────────────── strategies ─────────────────────────

/** A fixed card-play strategy for one seat; every other decision (summits, forecasts) stays the heuristic's. */
export type Strategy =
  | { readonly kind: 'op'; readonly op: string; readonly card: 'high' | 'low' }
  | { readonly kind: 'event' };

export const strategyName = (st: Strategy): string => (st.kind === 'event' ? 'event' : `op:${st.op}/${st.card}`);

/** Every 'always op X with the highest- / lowest-ops card' and 'always the event if legal' strategy of an actor. */
export function strategiesOf(actor: ActorId): Strategy[] {
  const out: Strategy[] = [];
  for (const op of ACTOR_OPS[actor]) out.push({ kind: 'op', op, card: 'high' }, { kind: 'op', op, card: 'low' });
  out.push({ kind: 'event' });
  return out;
}

export function parseStrategy(name: string): Strategy | null {
  if (name === 'event') return { kind: 'event' };
  const m = /^op:([A-Za-z]+)\/(high|low)$/.exec(name);
  return m ? { kind: 'op', op: m[1]!, card: m[2] as 'high' | 'low' } : null;
}

const cardOps = (a: Action): number => ('card' in a ? (getCard(a.card)?.ops ?? 0) : 0);

/** The bot's per-move stream, as chooseAction derives it: a function of its seed and the position. */
const moveRng = (seed: number, s: GameState) => seedRng((seed ^ Math.imul(s.step + 1, 0x9e3779b1)) >>> 0);

/**
 * The strategy's card play if it has one now, else null (the heuristic decides). Among the plays it
 * allows (same operation and card size, or several events) the heuristic's own ranking picks.
 */
export function strategyMove(s: GameState, seat: ActorId, st: Strategy, botSeed: number): Action | null {
  const want = st.kind === 'event' ? 'event' : `op:${st.op}`;
  // Most decisions have no such play (summits above all): skip the heuristic's scoring there.
  if (!legalActions(s, seat).some((a) => cardPlayKey(a) === want)) return null;
  const { moves, scores } = scoreMoves(s, seat, moveRng(botSeed, s));
  const idx = moves.map((_, i) => i).filter((i) => cardPlayKey(moves[i]!) === want);
  const ops = idx.map((i) => cardOps(moves[i]!));
  const size = st.kind === 'event' ? null : st.card === 'high' ? Math.max(...ops) : Math.min(...ops);
  let pick = -1;
  for (const i of idx) if ((size === null || cardOps(moves[i]!) === size) && (pick < 0 || scores[i]! > scores[pick]!)) pick = i;
  return moves[pick]!;
}

// ───────────────────────── playing and counting ─────────────────────────

/** Nested integer counts: the result of every task, merged by addition. */
export interface Counts { [key: string]: number | Counts }

/** Final VP are counted shifted by this, so a catastrophe's negative totals still add up in the (non-negative) counts. */
const VP_SHIFT = 50;

const bump = (c: Counts, path: readonly string[], by = 1): void => {
  let node = c;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    node = (node[k] ??= {}) as Counts;
  }
  const last = path[path.length - 1]!;
  node[last] = ((node[last] as number | undefined) ?? 0) + by;
};

/** Adds `src` into `dst`, key by key. */
export function addCounts(dst: Counts, src: Counts): Counts {
  for (const [k, v] of Object.entries(src)) {
    if (typeof v === 'number') dst[k] = ((dst[k] as number | undefined) ?? 0) + v;
    else addCounts((dst[k] ??= {}) as Counts, v);
  }
  return dst;
}

type Seat = (s: GameState, seat: ActorId, botSeed: number) => Action;

const bot = (level: BotLevel, iterations?: number): Seat => (s, seat, seed) =>
  chooseAction(s, seat, level, iterations === undefined ? { seed } : { seed, iterations });

const withStrategy = (st: Strategy): Seat => (s, seat, seed) => strategyMove(s, seat, st, seed) ?? chooseAction(s, seat, 'heuristic', { seed });

/** A game's top VP shared by two or more actors (decided by the tie-break); never after a catastrophe. */
export function tiedAtTop(s: GameState): boolean {
  if (s.end?.reason !== 'calendar') return false;
  const vps = ACTORS.map((a) => s.actors[a].vp);
  const top = Math.max(...vps);
  return vps.filter((v) => v === top).length > 1;
}

interface Played { readonly state: GameState; readonly winner: ActorId | null }

/** Plays one game; `watch` sees each position and the move chosen there before it is applied. */
function play(env: AnalysisEnv, seed: number, rounds: number, seats: Readonly<Record<ActorId, Seat>>, watch?: (s: GameState, a: Action) => void): Played {
  let s = env.newGame(seed, rounds);
  const botSeeds = Object.fromEntries(ACTORS.map((a) => [a, env.botSeed(seed, a)])) as Record<ActorId, number>;
  for (let seat = toMove(s), n = 0; seat !== null; seat = toMove(s), n++) {
    if (n > 50_000) throw new Error(`Game with seed ${seed} did not end after 50,000 actions.`);
    const a = seats[seat](s, seat, botSeeds[seat]);
    watch?.(s, a);
    s = must(s, a);
  }
  return { state: s, winner: winner(s) };
}

const everySeat = (f: Seat): Record<ActorId, Seat> => Object.fromEntries(ACTORS.map((a) => [a, f])) as Record<ActorId, Seat>;

/** Everything the report reads from a heuristic game, counted into `c`. */
function observe(env: AnalysisEnv, seed: number, rounds: number, c: Counts): Played {
  const opened = new Set<string>();
  const evaluated = new Set<string>();
  const p = play(env, seed, rounds, everySeat(bot('heuristic')), (s, a) => {
    bump(c, ['decisions', a.actor]);
    const key = cardPlayKey(a);
    if (key !== null) {
      bump(c, ['cardPlays', a.actor, key]);
      // Rules 2.0: a rival's card played for ops fires its event for its side; that play is an event too.
      const card = a.type === 'playOps' ? getCard(a.card) : undefined;
      if (card && rivalEventOwner(card, a.actor) && meetsRequirement(s, card)) bump(c, ['firedEvents', a.actor]);
      return;
    }
    const table = currentTable(s);
    // Pyongyang's own summit decision (rules 2.0): attend or snub a ready Trump–Kim table.
    if (isSummitDecision(s) && a.actor === 'KP' && (a.type === 'attend' || a.type === 'snub')) bump(c, ['kpSummitDecisions']);
    if (a.type === 'attend' || a.type === 'snub' || a.type === 'sweeten' || a.type === 'spoil' || a.type === 'pass') bump(c, ['summitChoices', a.actor, a.type === 'attend' ? `attend:${a.precondition ?? 'none'}` : a.type]);
    if (!table) return;
    const here = `${s.round}|${table}`;
    if (!opened.has(here)) {
      opened.add(here);
      bump(c, ['tables', table, 'opened']);
    }
    // The first position of this table where the host may propose (after any decision that comes first).
    const ev = evaluated.has(here) ? null : evaluatePackages(s);
    if (ev) {
      evaluated.add(here);
      bump(c, ['tables', table, 'positions']);
      if (ev.hostBest) bump(c, ['tables', table, 'hostBest', ev.hostBest]);
      if (ev.guestBest) bump(c, ['tables', table, 'guestBest', ev.guestBest]);
      for (const k of ev.bestForBoth) bump(c, ['tables', table, 'bestForBoth', k]);
      if (ev.bestForBoth.length > 0) bump(c, ['tables', table, 'positionsWithBestForBoth']);
    }
    bump(c, ['tables', table, 'moves', `${a.actor}:${a.type}`]);
  });
  const s = p.state;
  bump(c, ['games']);
  if (p.winner) bump(c, ['wins', p.winner]);
  if (s.end?.reason === 'catastrophe') bump(c, ['catastrophes']);
  if (tiedAtTop(s)) bump(c, ['ties']);
  for (const a of ACTORS) {
    bump(c, ['vp', a], s.actors[a].vp + VP_SHIFT);
    const id = s.actors[a].objective;
    bump(c, ['objectives', id, 'held']);
    if (s.end?.reason === 'calendar' && OBJECTIVE_BY_ID.get(id)?.met(s)) bump(c, ['objectives', id, 'met']);
    if (p.winner === a) bump(c, ['objectives', id, 'wins']);
  }
  const dealt = new Set<TableId>();
  for (const d of s.deals) {
    bump(c, ['tables', d.table, 'deals']);
    bump(c, ['tables', d.table, 'packages', [...d.terms].sort().join('+')]);
    dealt.add(d.table);
  }
  for (const t of dealt) bump(c, ['tables', t, 'dealGames']);
  return p;
}

// ───────────────────────── tasks ─────────────────────────

/** One slice of the work. Tasks are independent and pure: any thread may run any of them. */
export type Task =
  /** Heuristic games [from, to): the winners (paired baselines), fully observed below `observeBelow`. */
  | { readonly kind: 'heuristic'; readonly from: number; readonly to: number; readonly observeBelow: number }
  | { readonly kind: 'class'; readonly from: number; readonly to: number }
  | { readonly kind: 'random'; readonly from: number; readonly to: number }
  | { readonly kind: 'strategy'; readonly actor: ActorId; readonly strategy: string; readonly from: number; readonly to: number }
  | { readonly kind: 'search'; readonly from: number; readonly to: number };

export interface TaskResult {
  readonly counts: Counts;
  /** Heuristic tasks: the winner of each game from `from` on ('-' for none), for the paired baselines. */
  readonly winners?: string;
}

/** The actor a search game seats the search bot in: rotated, so every seat gets the same number of games. */
export const searchSeat = (index: number): ActorId => ACTORS[index % ACTORS.length]!;

/** One letter per game: the winner's index in ACTORS, or '-'. Compact for the trip between threads. */
const winnerCode = (w: ActorId | null) => (w === null ? '-' : String(ACTORS.indexOf(w)));
const fromCode = (ch: string): ActorId | null => (ch === '-' ? null : ACTORS[Number(ch)]!);

export function runTask(env: AnalysisEnv, o: AnalysisOptions, t: Task): TaskResult {
  const c: Counts = {};
  switch (t.kind) {
    case 'heuristic': {
      let winners = '';
      for (let i = t.from; i < t.to; i++) {
        const seed = env.gameSeed(o.seed, i);
        const p = i < t.observeBelow ? observe(env, seed, FULL_ROUNDS, c) : play(env, seed, FULL_ROUNDS, everySeat(bot('heuristic')));
        winners += winnerCode(p.winner);
      }
      return { counts: c, winners };
    }
    case 'class':
      for (let i = t.from; i < t.to; i++) {
        play(env, env.gameSeed(o.seed, i), CLASS_ROUNDS, everySeat(bot('heuristic')), (_, a) => bump(c, ['decisions', a.actor]));
        bump(c, ['games']);
      }
      return { counts: { class: c } };
    case 'random':
      for (let i = t.from; i < t.to; i++) {
        const p = play(env, env.gameSeed(o.seed, i), FULL_ROUNDS, everySeat(bot('random')));
        bump(c, ['games']);
        if (p.winner) bump(c, ['wins', p.winner]);
        if (p.state.end?.reason === 'catastrophe') bump(c, ['catastrophes']);
        for (const a of ACTORS) bump(c, ['vp', a], p.state.actors[a].vp + VP_SHIFT);
      }
      return { counts: { random: c } };
    case 'strategy': {
      const st = parseStrategy(t.strategy);
      if (!st) throw new Error(`Unknown strategy "${t.strategy}".`);
      const seats = { ...everySeat(bot('heuristic')), [t.actor]: withStrategy(st) };
      for (let i = t.from; i < t.to; i++) {
        const p = play(env, env.gameSeed(o.seed, i), FULL_ROUNDS, seats);
        bump(c, ['strategies', t.actor, t.strategy, 'games']);
        if (p.winner === t.actor) bump(c, ['strategies', t.actor, t.strategy, 'wins']);
      }
      return { counts: c };
    }
    case 'search':
      for (let i = t.from; i < t.to; i++) {
        const hero = searchSeat(i);
        const seats = { ...everySeat(bot('heuristic')), [hero]: bot('search', o.searchIterations) };
        const p = play(env, env.gameSeed(o.seed, i), FULL_ROUNDS, seats);
        bump(c, ['search', hero, 'games']);
        if (p.winner === hero) bump(c, ['search', hero, 'wins']);
      }
      return { counts: c };
  }
}

/** Slices of this many games: small enough to share the slow experiments fairly between threads. */
const CHUNK = { heuristic: 25, class: 50, random: 200, strategy: 50, search: 2 } as const;

function slices(n: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < n; from += size) out.push([from, Math.min(n, from + size)]);
  return out;
}

/** Every task of a run, slowest kinds first so parallel threads finish together. */
export function planTasks(o: AnalysisOptions): Task[] {
  const tasks: Task[] = [];
  for (const [from, to] of slices(o.searchGames, CHUNK.search)) tasks.push({ kind: 'search', from, to });
  for (const actor of ACTORS) {
    for (const st of strategiesOf(actor)) {
      for (const [from, to] of slices(o.strategyGames, CHUNK.strategy)) tasks.push({ kind: 'strategy', actor, strategy: strategyName(st), from, to });
    }
  }
  const baseline = Math.max(o.games, o.strategyGames, o.searchGames);
  for (const [from, to] of slices(baseline, CHUNK.heuristic)) tasks.push({ kind: 'heuristic', from, to, observeBelow: o.games });
  for (const [from, to] of slices(o.games, CHUNK.class)) tasks.push({ kind: 'class', from, to });
  for (const [from, to] of slices(o.games, CHUNK.random)) tasks.push({ kind: 'random', from, to });
  return tasks;
}

// ───────────────────────── the report ─────────────────────────

type PerActor<T> = Record<ActorId, T>;

export interface AnalysisReport {
  readonly games: number;
  readonly seed: number;
  readonly rulesVersion: string;
  /** What the numbers are: every rate is a share from 0 to 1; `counts` holds the raw numbers. */
  readonly units: string;
  readonly wins: PerActor<number>;
  readonly ties: number;
  readonly catastrophes: number;
  /** Mean final VP per actor in the heuristic games (where the points come from: compare with the wins). */
  readonly meanVp: PerActor<number>;
  readonly counts: { readonly wins: PerActor<number>; readonly ties: number; readonly catastrophes: number };
  readonly objectives: Record<string, { readonly actor: ActorId; readonly held: number; readonly met: number | null; readonly wins: number | null }>;
  readonly topMoveShare: PerActor<{ readonly move: string; readonly share: number } | null>;
  readonly moveShares: PerActor<Record<string, number>>;
  /** Card plays in which a card's event happened: played for its event, or a rival's card played for ops (its event fires). */
  readonly eventShare: number;
  /** Card plays for the player's own event only. */
  readonly ownEventShare: number;
  readonly summitChoices: PerActor<Record<string, number>>;
  readonly summits: Record<string, {
    readonly opened: number;
    readonly deals: number;
    readonly dealGames: number;
    readonly paretoBestPackages: number | null;
    readonly positions: number;
    readonly bestForBothShare: number | null;
    readonly bestForBoth: { readonly terms: string; readonly share: number } | null;
    readonly hostBest: { readonly terms: string; readonly share: number } | null;
    readonly guestBest: { readonly terms: string; readonly share: number } | null;
    readonly topDeal: { readonly terms: string; readonly share: number } | null;
    readonly moves: Record<string, number>;
  }>;
  readonly kpSummitDecisionsPerGame: number;
  readonly fixedStrategies: PerActor<{
    readonly best: string;
    readonly bestWinRate: number;
    readonly heuristicWinRate: number;
    readonly games: number;
    readonly strategies: Record<string, number>;
  }> | null;
  readonly search: {
    readonly iterations: number;
    readonly winRate: number;
    readonly games: number;
    readonly heuristicWinRate: number;
    readonly seats: PerActor<{ readonly games: number; readonly winRate: number; readonly heuristicWinRate: number }>;
  } | null;
  readonly decisionsPerTeam: Record<string, {
    readonly rounds: number;
    readonly games: number;
    readonly perTeam: PerActor<number>;
    readonly total: number;
    readonly classMinutes: number;
  }>;
  readonly random: { readonly wins: PerActor<number>; readonly catastrophes: number; readonly games: number; readonly meanVp: PerActor<number> };
}

/** Four decimals: short, and identical from run to run. */
const r4 = (x: number) => Number(x.toFixed(4));
const share = (n: number, of: number): number => (of > 0 ? r4(n / of) : 0);
const num = (c: Counts | undefined, ...path: string[]): number => {
  let node: number | Counts | undefined = c;
  for (const k of path) node = node && typeof node === 'object' ? node[k] : undefined;
  return typeof node === 'number' ? node : 0;
};
const sub = (c: Counts | undefined, ...path: string[]): Counts => {
  let node: number | Counts | undefined = c;
  for (const k of path) node = node && typeof node === 'object' ? node[k] : undefined;
  return node && typeof node === 'object' ? node : {};
};
const perActor = <T>(f: (a: ActorId) => T): PerActor<T> => Object.fromEntries(ACTORS.map((a) => [a, f(a)])) as PerActor<T>;
/** Mean final VP per actor from counts holding `games` and `vp` (each summed with VP_SHIFT added). */
const meanVp = (c: Counts | undefined): PerActor<number> => {
  const games = num(c, 'games');
  return perActor((a) => (games > 0 ? Number((num(c, 'vp', a) / games - VP_SHIFT).toFixed(2)) : 0));
};

/** Most frequent key (first in key order on a tie, so the answer does not depend on merge order). */
function top(c: Counts): { key: string; n: number; total: number } | null {
  let best: { key: string; n: number } | null = null;
  let total = 0;
  for (const k of Object.keys(c).sort()) {
    const n = num(c, k);
    total += n;
    if (!best || n > best.n) best = { key: k, n };
  }
  return best ? { ...best, total } : null;
}

const sortedShares = (c: Counts, of: number): Record<string, number> =>
  Object.fromEntries(Object.keys(c).sort((a, b) => num(c, b) - num(c, a) || (a < b ? -1 : 1)).map((k) => [k, share(num(c, k), of)]));

/** Puts the task results together. Order-independent: every figure comes from summed counts. */
export function buildReport(o: AnalysisOptions, tasks: readonly Task[], results: readonly TaskResult[]): AnalysisReport {
  const c: Counts = {};
  const winners: (ActorId | null)[] = [];
  tasks.forEach((t, i) => {
    const res = results[i]!;
    addCounts(c, res.counts);
    if (t.kind === 'heuristic' && res.winners !== undefined) [...res.winners].forEach((ch, k) => (winners[t.from + k] = fromCode(ch)));
  });
  const g = num(c, 'games');
  const pairedRate = (n: number, seatOf: (i: number) => ActorId | null) => {
    let w = 0;
    for (let i = 0; i < n; i++) if (winners[i] !== undefined && winners[i] === seatOf(i)) w++;
    return share(w, n);
  };

  const objectives: AnalysisReport['objectives'] = {};
  for (const ob of OBJECTIVES) {
    const held = num(c, 'objectives', ob.id, 'held');
    objectives[ob.id] = {
      actor: ob.actor, held,
      met: held ? share(num(c, 'objectives', ob.id, 'met'), held) : null,
      wins: held ? share(num(c, 'objectives', ob.id, 'wins'), held) : null,
    };
  }

  let plays = 0;
  let events = 0;
  let fired = 0;
  for (const a of ACTORS) fired += num(c, 'firedEvents', a);
  const topMoveShare = perActor((a) => {
    const t = top(sub(c, 'cardPlays', a));
    plays += t?.total ?? 0;
    events += num(c, 'cardPlays', a, 'event');
    return t ? { move: t.key, share: share(t.n, t.total) } : null;
  });
  const moveShares = perActor((a) => {
    const m = sub(c, 'cardPlays', a);
    return sortedShares(m, top(m)?.total ?? 0);
  });

  const summits: Record<string, AnalysisReport['summits'][string]> = {};
  for (const table of TABLES) {
    const t = sub(c, 'tables', table);
    const positions = num(t, 'positions');
    const both = sub(t, 'bestForBoth');
    const pick = (k: string, of: number) => {
      const x = top(sub(t, k));
      return x ? { terms: x.key, share: share(x.n, of) } : null;
    };
    summits[table] = {
      opened: num(t, 'opened'),
      deals: num(t, 'deals'),
      dealGames: share(num(t, 'dealGames'), g),
      paretoBestPackages: positions ? Object.keys(both).length : null,
      positions,
      bestForBothShare: positions ? share(num(t, 'positionsWithBestForBoth'), positions) : null,
      bestForBoth: pick('bestForBoth', positions),
      hostBest: pick('hostBest', positions),
      guestBest: pick('guestBest', positions),
      topDeal: pick('packages', num(t, 'deals')),
      moves: Object.fromEntries(Object.keys(sub(t, 'moves')).sort().map((k) => [k, num(t, 'moves', k)])),
    };
  }

  let fixedStrategies: AnalysisReport['fixedStrategies'] = null;
  if (o.strategyGames > 0) {
    fixedStrategies = perActor((a) => {
      const rates: Record<string, number> = {};
      let best = '';
      for (const st of strategiesOf(a)) {
        const name = strategyName(st);
        const n = num(c, 'strategies', a, name, 'games');
        rates[name] = share(num(c, 'strategies', a, name, 'wins'), n);
        if (best === '' || rates[name]! > rates[best]!) best = name;
      }
      return { best, bestWinRate: rates[best]!, heuristicWinRate: pairedRate(o.strategyGames, () => a), games: o.strategyGames, strategies: rates };
    });
  }

  let search: AnalysisReport['search'] = null;
  if (o.searchGames > 0) {
    let wins = 0;
    const seats = perActor((a) => {
      const n = num(c, 'search', a, 'games');
      wins += num(c, 'search', a, 'wins');
      let hw = 0;
      for (let i = 0; i < o.searchGames; i++) if (searchSeat(i) === a && winners[i] === a) hw++;
      return { games: n, winRate: share(num(c, 'search', a, 'wins'), n), heuristicWinRate: share(hw, n) };
    });
    search = { iterations: o.searchIterations, winRate: share(wins, o.searchGames), games: o.searchGames, heuristicWinRate: pairedRate(o.searchGames, searchSeat), seats };
  }

  const decisions = (counts: Counts, rounds: number, games: number) => {
    const perTeam = perActor((a) => (games ? Number((num(counts, 'decisions', a) / games).toFixed(2)) : 0));
    const total = Number(ACTORS.reduce((n, a) => n + (games ? num(counts, 'decisions', a) / games : 0), 0).toFixed(2));
    // Turns are taken one after another, so the class clock runs through every team's decisions.
    return { rounds, games, perTeam, total, classMinutes: Number(((total * SECONDS_PER_TURN) / 60).toFixed(1)) };
  };
  const classCounts = sub(c, 'class');

  const random = sub(c, 'random');
  return {
    games: o.games,
    seed: o.seed,
    rulesVersion: RULES_VERSION,
    units: 'Rates are shares of games from 0 to 1 (wins, ties, catastrophes, dealGames, win rates); objectives.met and objectives.wins are shares of the games in which the objective was held; counts, held, opened, deals and positions are numbers of games or events.',
    wins: perActor((a) => share(num(c, 'wins', a), g)),
    ties: share(num(c, 'ties'), g),
    catastrophes: share(num(c, 'catastrophes'), g),
    meanVp: meanVp(c),
    counts: { wins: perActor((a) => num(c, 'wins', a)), ties: num(c, 'ties'), catastrophes: num(c, 'catastrophes') },
    objectives,
    topMoveShare,
    moveShares,
    eventShare: share(events + fired, plays),
    ownEventShare: share(events, plays),
    summitChoices: perActor((a) => Object.fromEntries(Object.keys(sub(c, 'summitChoices', a)).sort().map((k) => [k, num(c, 'summitChoices', a, k)]))),
    summits,
    kpSummitDecisionsPerGame: g ? r4(num(c, 'kpSummitDecisions') / g) : 0,
    fixedStrategies,
    search,
    decisionsPerTeam: {
      [String(CLASS_ROUNDS)]: decisions(classCounts, CLASS_ROUNDS, num(classCounts, 'games')),
      [String(FULL_ROUNDS)]: decisions(c, FULL_ROUNDS, g),
    },
    random: { wins: perActor((a) => share(num(random, 'wins', a), num(random, 'games'))), catastrophes: share(num(random, 'catastrophes'), num(random, 'games')), games: num(random, 'games'),
      meanVp: meanVp(random) },
  };
}

/** Runs every task on this thread: the tests, and the CLI with one worker. */
export function analyze(env: AnalysisEnv, o: AnalysisOptions): AnalysisReport {
  const tasks = planTasks(o);
  return buildReport(o, tasks, tasks.map((t) => runTask(env, o, t)));
}
