import {
  ACTORS, ACTOR_INFO, type Action, type ActorId, apply, type ChronicleEntry, currentTable, type GameOptions, type GameState,
  getCard, READING_INFO, roundLabel, type RoundRecord, SUMMIT_READY, TABLE_INFO, type TableId, TERM_INFO, TRACKS, TRACK_INFO, type TrackId, TURN_ORDER,
} from '../../engine';
import { playPrefix } from '../../log/replay';

/**
 * The debrief's reading of one finished (or abandoned) game: chart rows, turning points and
 * discussion prompts. Pure: states in, plain data out, so it is tested without a browser.
 */

// ── Replay ──────────────────────────────────────────────────────────────────────────────────────

/** states[0] is the new game, states[i] the state after action i. Stops quietly at an illegal action. */
export const replaySteps = (options: GameOptions, actions: readonly Action[]): GameState[] => playPrefix(options, actions).states;

// ── Chart rows ──────────────────────────────────────────────────────────────────────────────────

export type TrackRow = { readonly round: number; readonly label: string } & Readonly<Record<TrackId, number>>;
export type VpRow = { readonly round: number; readonly label: string } & Readonly<Record<ActorId, number>>;

/** "Start" for round 0, then the calendar's name for each round. */
export const roundName = (round: number): string => (round === 0 ? 'Start' : `R${round} ${roundLabel(round)}`);

export function trackRows(history: readonly RoundRecord[]): TrackRow[] {
  return history.map((h) => ({ round: h.round, label: roundName(h.round), ...h.tracks }));
}

export function vpRows(history: readonly RoundRecord[]): VpRow[] {
  return history.map((h) => ({ round: h.round, label: roundName(h.round), ...h.vp }));
}

// ── Turning points ──────────────────────────────────────────────────────────────────────────────

export interface TrackChange {
  readonly track: TrackId;
  readonly from: number;
  readonly to: number;
}

export interface VpChange {
  readonly actor: ActorId;
  readonly delta: number;
}

export interface TurningPoint {
  /** 1-based number of the action (the log's step after it). */
  readonly step: number;
  readonly round: number;
  readonly actor: ActorId;
  readonly action: Action;
  /** The card behind the move, from the chronicle entry; null for summit moves. */
  readonly card: string | null;
  readonly cardName: string | null;
  /** The chronicle's own line for the move. */
  readonly text: string;
  readonly tracks: readonly TrackChange[];
  readonly vp: readonly VpChange[];
  /** Size of the swing: track points moved plus VP won or lost, summed over everyone. */
  readonly swing: number;
}

/**
 * The state a move would lead to on its own, without the automatic round end it may trigger.
 * The last action of a round also runs scoring, upkeep and the next round's world events; measured
 * naively, every round's last card would look like a landslide. So the move is replayed by the
 * engine on a copy where it cannot close the round: the same mover one lap earlier in the turn
 * order, or the same summit table listed twice. The engine's own effects, clamps and catastrophe
 * rule still apply; only the round end is left out.
 */
export function moveOnly(before: GameState, action: Action): GameState | null {
  let probe: GameState = before;
  if (before.phase === 'action' && before.turn >= TURN_ORDER.length) {
    probe = { ...before, turn: before.turn - TURN_ORDER.length };
  } else if (before.phase === 'summit' && before.summit) {
    const table = before.summit.tables[before.summit.index]!;
    probe = { ...before, summit: { ...before.summit, tables: [...before.summit.tables, table] } };
  }
  const r = apply(probe, action);
  return r.ok ? r.value : null;
}

/** The chronicle line the move itself wrote: the first entry added by this step. */
function moveEntry(before: GameState, after: GameState): ChronicleEntry | null {
  return after.chronicle[before.chronicle.length] ?? null;
}

export function measureMove(before: GameState, action: Action, step: number): TurningPoint | null {
  const after = moveOnly(before, action);
  if (!after) return null;
  const tracks: TrackChange[] = [];
  for (const t of TRACKS) if (after.tracks[t] !== before.tracks[t]) tracks.push({ track: t, from: before.tracks[t], to: after.tracks[t] });
  const vp: VpChange[] = [];
  for (const a of ACTORS) {
    const delta = after.actors[a].vp - before.actors[a].vp;
    if (delta !== 0) vp.push({ actor: a, delta });
  }
  const swing = tracks.reduce((n, c) => n + Math.abs(c.to - c.from), 0) + vp.reduce((n, c) => n + Math.abs(c.delta), 0);
  const entry = moveEntry(before, after);
  const card = entry?.card ?? ('card' in action ? action.card : null);
  return {
    step,
    round: before.round,
    actor: action.actor,
    action,
    card,
    cardName: card ? getCard(card)?.name ?? card : null,
    text: entry?.text ?? '',
    tracks,
    vp,
    swing,
  };
}

/**
 * The moves with the biggest swings, biggest first (ties: the earlier move). `states` are the
 * per-step states of the game (states[i] after actions[i - 1]); moves that changed nothing are left out.
 */
export function turningPoints(states: readonly GameState[], actions: readonly Action[], limit = 5): TurningPoint[] {
  const all: TurningPoint[] = [];
  for (let i = 0; i < actions.length && i + 1 < states.length; i++) {
    const m = measureMove(states[i]!, actions[i]!, i + 1);
    if (m && m.swing > 0) all.push(m);
  }
  all.sort((a, b) => b.swing - a.swing || a.step - b.step);
  return all.slice(0, limit);
}

/** One line per change, e.g. "Tension 4 → 6", "North Korea +2 VP". */
export function describeChanges(tp: TurningPoint): string[] {
  return [
    ...tp.tracks.map((c) => `${TRACK_INFO[c.track].name} ${c.from} → ${c.to}`),
    ...tp.vp.map((c) => `${ACTOR_INFO[c.actor].name} ${c.delta > 0 ? '+' : '−'}${Math.abs(c.delta)} VP`),
  ];
}

// ── Discussion prompts ──────────────────────────────────────────────────────────────────────────

export const ANALYSTS = {
  'kim-jong': {
    name: 'Kim Jong',
    affiliation: 'Graduate School of North Korean Studies',
    reading: 'A Trump–Kim summit at APEC is highly unlikely: Washington\'s overtures fall short of Pyongyang\'s demands, and North Korea has no incentive to distract from Xi\'s diplomacy.',
  },
  'kim-jae-cheon': {
    name: 'Kim Jae-cheon',
    affiliation: 'Sogang University, Graduate School of International Studies',
    reading: 'North Korea is quietly manoeuvring so that Xi comes out of the US–China summit the winner; Choe\'s Moscow trip and the missile launches are authoritarian solidarity with China and Russia.',
  },
  'park-won-gon': {
    name: 'Park Won-gon',
    affiliation: 'Ewha Womans University, Department of North Korean Studies',
    reading: 'North Korea\'s silence is its own strategic calculation, not deference to Xi: Kim\'s September address demands the US drop denuclearization first, and Hanoi and Panmunjom left Pyongyang feeling betrayed.',
  },
} as const;
export type AnalystId = keyof typeof ANALYSTS;

export interface Prompt {
  readonly id: string;
  /** The analyst whose reading the prompt tests; null for prompts about this game alone. */
  readonly analyst: AnalystId | null;
  /** What happened in this game that bears on it, in plain words. */
  readonly evidence: readonly string[];
  readonly question: string;
  /** How strongly this game speaks to it: prompts are listed strongest first. */
  readonly weight: number;
}

/** The facts of a game the prompts are chosen from. */
export interface GameFacts {
  readonly rounds: number;
  readonly start: Readonly<Record<TrackId, number>>;
  readonly end: Readonly<Record<TrackId, number>>;
  readonly peak: Readonly<Record<TrackId, number>>;
  readonly deals: readonly { round: number; table: TableId; terms: readonly string[] }[];
  /** Every event played, with its reading when the card has two. */
  readonly events: readonly { actor: ActorId; card: string; choice?: 0 | 1; round: number }[];
  readonly ops: readonly { actor: ActorId; op: string; round: number }[];
  /** Summit answers and refusals: who, what, at which table, in which round. */
  readonly summitMoves: readonly { actor: ActorId; type: Action['type']; table: TableId; round: number; terms?: readonly string[] }[];
  readonly final: GameState;
}

export function gameFacts(states: readonly GameState[], actions: readonly Action[]): GameFacts {
  const first = states[0]!;
  const final = states[states.length - 1]!;
  const peak = { ...first.tracks } as Record<TrackId, number>;
  for (const s of states) for (const t of TRACKS) peak[t] = Math.max(peak[t], s.tracks[t]);
  for (const h of final.history) for (const t of TRACKS) peak[t] = Math.max(peak[t], h.tracks[t]);
  const events: GameFacts['events'][number][] = [];
  const ops: GameFacts['ops'][number][] = [];
  const summitMoves: GameFacts['summitMoves'][number][] = [];
  for (let i = 0; i < actions.length && i + 1 < states.length; i++) {
    const a = actions[i]!;
    const s = states[i]!;
    if (a.type === 'playEvent') events.push(a.choice === undefined ? { actor: a.actor, card: a.card, round: s.round } : { actor: a.actor, card: a.card, choice: a.choice, round: s.round });
    else if (a.type === 'playOps') ops.push({ actor: a.actor, op: a.op, round: s.round });
    else {
      const table = currentTable(s);
      if (table) summitMoves.push({ actor: a.actor, type: a.type, table, round: s.round, ...('terms' in a ? { terms: a.terms } : {}) });
    }
  }
  return {
    rounds: final.round,
    start: final.history[0]?.tracks ?? first.tracks,
    end: final.tracks,
    peak,
    deals: final.deals,
    events,
    ops,
    summitMoves,
    final,
  };
}

const cardName = (id: string) => getCard(id)?.name ?? id;
const played = (f: GameFacts, actor: ActorId | null, ids: readonly string[]) =>
  f.events.filter((e) => (actor === null || e.actor === actor) && ids.includes(e.card));
const reading = (f: GameFacts, card: string, choice: 0 | 1) => f.events.filter((e) => e.card === card && e.choice === choice);
const terms = (ts: readonly string[]) => ts.map((t) => TERM_INFO[t as keyof typeof TERM_INFO]?.name.toLowerCase() ?? t).join(', ');
const moved = (f: GameFacts, t: TrackId) => `${TRACK_INFO[t].name} went from ${f.start[t]} to ${f.end[t]}`;
const playedBy = (e: { actor: ActorId; card: string; round: number }) => `${ACTOR_INFO[e.actor].name} played "${cardName(e.card)}" (round ${e.round}).`;

function kimJong(f: GameFacts): Prompt {
  const dealsKP = f.deals.filter((d) => d.table === 'USKP');
  const evidence: string[] = [];
  let weight = 1;
  for (const e of reading(f, 'reading-no-summit', 0)) { evidence.push(`${ACTOR_INFO[e.actor].name} chose Kim Jong's reading of "${cardName(e.card)}" (round ${e.round}).`); weight += 1; }
  const declined = f.summitMoves.filter((m) => m.table === 'USKP' && (m.type === 'decline' || m.type === 'reject'));
  for (const h of kimDecisions(f)) {
    evidence.push(h.attended
      ? `Round ${h.round}: North Korea came to the Trump–Kim table${h.precondition ? `, on one condition: ${TERM_INFO[h.precondition].name}` : ' with no precondition'}.`
      : `Round ${h.round}: North Korea snubbed the Trump–Kim table.`);
    if (!h.attended) weight += 1;
  }
  if (dealsKP.length === 0) {
    weight += 1;
    evidence.unshift(`No Trump–Kim deal was made; ${moved(f, 'summitUSKP')} (its highest was ${f.peak.summitUSKP}; a table opens at ${SUMMIT_READY}).`);
    for (const m of declined) evidence.push(`Round ${m.round}: ${ACTOR_INFO[m.actor].name} ${m.type === 'decline' ? 'declined to open' : 'rejected an offer at'} the Trump–Kim table.`);
    const offered = f.summitMoves.filter((m) => m.table === 'USKP' && (m.type === 'propose' || m.type === 'counter') && m.terms);
    for (const m of offered) evidence.push(`Round ${m.round}: ${ACTOR_INFO[m.actor].name} ${m.type === 'propose' ? 'offered' : 'countered with'} ${terms(m.terms!)}.`);
    return {
      id: 'kim-jong-no-summit',
      analyst: 'kim-jong',
      evidence,
      weight,
      question: 'Prof. Kim Jong expected no Trump–Kim summit because Washington\'s overtures fell short of Pyongyang\'s demands. Was that true at your table? What would the United States team have had to put on offer to give North Korea a reason to come?',
    };
  }
  for (const d of dealsKP) evidence.unshift(`A Trump–Kim deal was made in round ${d.round}: ${terms(d.terms)}.`);
  return {
    id: 'kim-jong-summit-happened',
    analyst: 'kim-jong',
    evidence,
    weight: weight + 2,
    question: 'Prof. Kim Jong judged a Trump–Kim summit highly unlikely, yet your game produced one. What did the United States concede that the real Washington had not, and what did North Korea gain that made the meeting worth it?',
  };
}

const SOLIDARITY_CARDS = ['strengthen-xis-hand', 'authoritarian-solidarity', 'three-on-tiananmen', 'choe-meets-putin', 'summoned-to-moscow', 'victory-day-parade'];

function kimJaeCheon(f: GameFacts): Prompt {
  const axisRose = f.end.axis > f.start.axis;
  const dealsCN = f.deals.filter((d) => d.table === 'USCN');
  const evidence: string[] = [moved(f, 'axis') + '.'];
  for (const d of dealsCN) evidence.push(`A Trump–Xi deal was made in round ${d.round}: ${terms(d.terms)}.`);
  if (dealsCN.length === 0) evidence.push(`No Trump–Xi deal was made; ${moved(f, 'summitUSCN')}.`);
  for (const e of played(f, null, SOLIDARITY_CARDS)) if (e.actor !== 'CN') evidence.push(playedBy(e));
  for (const e of reading(f, 'reading-defer-to-xi', 0)) evidence.push(`${ACTOR_INFO[e.actor].name} chose Kim Jae-cheon's reading of "${cardName(e.card)}" (round ${e.round}).`);
  const help = played(f, null, SOLIDARITY_CARDS).filter((e) => e.actor === 'KP' || e.actor === 'RU').length + reading(f, 'reading-defer-to-xi', 0).length;
  const base = { id: '', analyst: 'kim-jae-cheon' as const, evidence };
  if (axisRose && dealsCN.length > 0) {
    return { ...base, id: 'kim-jae-cheon-solidarity-paid', weight: 4 + help, question: 'Axis cohesion rose and Beijing got its deal with Washington, just as Prof. Kim Jae-cheon\'s reading of authoritarian solidarity predicts. Did the North Korea and Russia teams deliberately strengthen Xi\'s hand? What did each of them get back from China?' };
  }
  if (axisRose) {
    return { ...base, id: 'kim-jae-cheon-solidarity-unpaid', weight: 2 + help, question: 'Axis cohesion rose, but China never closed a deal with Washington. If Pyongyang and Moscow were working for Xi\'s victory, why did it not pay off? Or was the solidarity serving Moscow rather than Beijing?' };
  }
  if (dealsCN.length > 0) {
    return { ...base, id: 'kim-jae-cheon-deal-without-axis', weight: 2 + help, question: 'China got its deal with Washington while axis cohesion did not rise. Did Beijing need North Korean and Russian solidarity at all? What does that say about Prof. Kim Jae-cheon\'s reading?' };
  }
  return { ...base, id: 'kim-jae-cheon-neither', weight: 1 + help, question: 'Neither the axis nor the Trump–Xi summit moved forward. Prof. Kim Jae-cheon saw North Korea working for Xi\'s victory: did anyone at your table try, and what stopped them?' };
}

function parkWonGon(f: GameFacts): Prompt {
  const evidence: string[] = [];
  let weight = 1;
  for (const e of played(f, 'KP', ['september-address', 'cold-shoulder', 'srbm-test', 'cruise-missile'])) { evidence.push(playedBy(e)); weight += 1; }
  for (const e of reading(f, 'reading-defer-to-xi', 1)) { evidence.push(`${ACTOR_INFO[e.actor].name} chose Park Won-gon's reading of "${cardName(e.card)}" (round ${e.round}).`); weight += 1; }
  for (const e of reading(f, 'hanoi-memory', 0)) { evidence.push(`${ACTOR_INFO[e.actor].name} played "${cardName(e.card)}" as betrayal remembered (round ${e.round}).`); weight += 1; }
  const tests = f.ops.filter((o) => o.actor === 'KP' && o.op === 'test').length;
  if (tests > 0) { evidence.push(`North Korea ran ${tests} weapons test${tests > 1 ? 's' : ''} as operations.`); weight += 1; }
  const kpRefusals = f.summitMoves.filter((m) => m.actor === 'KP' && m.type === 'reject');
  for (const m of kpRefusals) { evidence.push(`Round ${m.round}: North Korea rejected the offer at the Trump–Kim table and talks broke down, like Hanoi.`); weight += 2; }
  if (f.end.nuclear > f.start.nuclear) evidence.push(moved(f, 'nuclear') + '.');
  const precondition = f.summitMoves.some((m) => m.table === 'USKP' && m.terms?.includes('recognition'));
  evidence.push(precondition
    ? 'Dropping the denuclearization precondition was put on the table at least once.'
    : 'Nobody ever offered to drop the denuclearization precondition, Kim\'s September demand.');
  return {
    id: 'park-won-gon-own-calculation',
    analyst: 'park-won-gon',
    evidence,
    weight,
    question: 'Prof. Park Won-gon argued that Pyongyang follows its own calculation, not Xi\'s: no meeting unless Washington drops denuclearization, and the memory of Hanoi and Panmunjom. Where did the North Korea team act for itself rather than for Beijing? Would any offer have overcome that sense of betrayal?',
  };
}

/** North Korea's attend/snub decisions at the Trump–Kim table (rules 2.0; none in older games). */
const kimDecisions = (f: GameFacts) => (f.final.summitsHeld ?? []).filter((h) => h.table === 'USKP');

/**
 * The teams' forecasts against what happened (rules 2.0). Forecasts are secret until the game ends, so
 * a session ended early gets no such prompt.
 */
function forecastPrompt(f: GameFacts): Prompt | null {
  if (f.final.phase !== 'ended' || !f.final.reading) return null;
  const actual = f.final.reading;
  const made = ACTORS.filter((a) => f.final.actors[a].forecast);
  if (made.length === 0) return null;
  const evidence = [
    `What happened: ${READING_INFO[actual].name}. ${READING_INFO[actual].judged}`,
    ...made.map((a) => {
      const r = f.final.actors[a].forecast!;
      return `${ACTOR_INFO[a].name} forecast "${READING_INFO[r].name}" (${READING_INFO[r].analyst}): ${r === actual ? 'it came true' : 'it did not come true'}.`;
    }),
  ];
  const right = made.filter((a) => f.final.actors[a].forecast === actual);
  return {
    id: 'forecasts',
    analyst: null,
    evidence,
    weight: 5,
    question: right.length === 0
      ? 'No team read Pyongyang right. What did every team expect North Korea to do, and what did the North Korea team weigh that the others missed?'
      : `${right.map((a) => ACTOR_INFO[a].name).join(', ')} read Pyongyang right. Did they foresee it, or did they play to make their forecast come true? Which analyst's reasoning did your own team's moves bear out?`,
  };
}

function gamePrompts(f: GameFacts): Prompt[] {
  const out: Prompt[] = [];
  const forecasts = forecastPrompt(f);
  if (forecasts) out.push(forecasts);
  const end = f.final.end;
  if (end?.reason === 'catastrophe') {
    out.push({
      id: 'catastrophe',
      analyst: null,
      evidence: [`Tension reached ${TRACK_INFO.tension.max} in round ${f.final.round}${end.culprit ? `, pushed over the edge by ${ACTOR_INFO[end.culprit].name}` : ' after a world event'}. Nobody won.`],
      weight: 10,
      question: 'The game ended in catastrophe. At which moment could someone still have stepped back, and why did nobody? Was anyone counting on the others to de-escalate?',
    });
  }
  if (f.final.apecResult !== 'pending') {
    const ok = f.final.apecResult === 'success';
    out.push({
      id: ok ? 'apec-success' : 'apec-failure',
      analyst: null,
      evidence: [`APEC in Gyeongju was judged a ${ok ? 'success' : 'disappointment'} (preparation ${f.end.apec}, tension peak ${f.peak.tension}).`],
      weight: 1,
      question: ok
        ? 'Gyeongju went well. Who helped South Korea host it, and who quietly benefited from a calm APEC week?'
        : 'Gyeongju disappointed. Whose moves made APEC week tense or unprepared, and did South Korea have any way to stop them?',
    });
  }
  return out;
}

/** Prompts for the debrief: the three analysts' readings tested against this game, strongest first, then the game's own. */
export function discussionPrompts(f: GameFacts): Prompt[] {
  const analysts = [kimJong(f), kimJaeCheon(f), parkWonGon(f)].sort((a, b) => b.weight - a.weight);
  const first = (p: Prompt) => p.id === 'catastrophe' || p.id === 'forecasts';
  return [...gamePrompts(f).filter(first), ...analysts, ...gamePrompts(f).filter((p) => !first(p))];
}
