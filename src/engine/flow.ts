import { ACTORS, ACTOR_INFO, type ActorId } from './actors';
import { quoted } from './words';
import { calendarRound, HEADLINES, roundLabel, APEC_MIN_PREP, APEC_MAX_TENSION, type WorldEvent } from './calendar';
import { CARDS_OF_PERIOD, type CardId, PERIOD_INFO, PERIODS, periodStart } from './cards';
import type { Draft } from './draft';
import { type Effect, describeEffects } from './effects';
import { OBJECTIVE_BY_ID } from './objectives';
import { FORECAST_VP, READING_INFO, type ReadingId } from './readings';
import { nextFloat, nextInt, shuffle } from './prng';
import { RESOURCE_MAX, RESOURCE_MIN } from './resources';
import { agendaScore, APEC_FAILURE_VP, APEC_SUCCESS_VP, CATASTROPHE_PENALTY, CULPRIT_PENALTY, LAST_ROUND_AGENDA_MULTIPLIER, tieBreakWords } from './scoring';
import type { ChronicleKind, GameState } from './state';
import { HAND_SIZE, TURN_ORDER, TURNS_PER_ROUND } from './state';
import { tableOpensFrom, READINESS_TRACKS, SPOIL_GUEST_VP, SPOIL_VP, SUMMIT_READY, SUMMIT_ORDER, SWEETEN_GUEST_VP, SWEETEN_VP, TABLE_INFO, type TableId } from './summit';
import { accidentChance, accidentTension, CATASTROPHE_TENSION, CRISIS_TENSION, TRACK_INFO } from './tracks';

/** The automatic parts of a round: world events, effects, summit opening, scoring, upkeep, the end. */

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

/** Round-end rule numbers, named so the rulebook and the balance work read one source. */
/** VP for each public agenda item met at a round's scoring. */
export const AGENDA_ITEM_VP = 1;
/** Diplomatic capital every actor gains at the end of each round. */
export const CAPITAL_INCOME = 1;
/** Extra capital for an actor whose domestic standing is at least STANDING_BONUS_AT. */
export const STANDING_BONUS = 1;
export const STANDING_BONUS_AT = 6;
/** Sanctions pressure at or above SANCTIONS_BITE_AT costs North Korea SANCTIONS_BITE economy each round. */
export const SANCTIONS_BITE_AT = 7;
export const SANCTIONS_BITE = 1;
/** At the end, VP for each point of diplomatic capital left. */
export const CAPITAL_FINAL_VP = 2;
/**
 * At the end, VP for each point of domestic standing. Half a capital point's worth: every other award is
 * even, so this odd step is what separates close totals (with objectives weighted by difficulty, ties at the top
 * fell from 15.9% to 8.6% of games in the balance report).
 */
export const STANDING_FINAL_VP = 1;

export function log(d: Draft, actor: ActorId | null, kind: ChronicleKind, text: string, card?: CardId): void {
  d.chronicle.push(card === undefined ? { step: d.step, round: d.round, actor, kind, text } : { step: d.step, round: d.round, actor, kind, text, card });
}

/** Applies effects in order. `self` resolves 'self'; `by` is blamed if tension reaches the top. */
export function applyEffects(d: Draft, effects: readonly Effect[], self: ActorId | null, by: ActorId | null): void {
  for (const e of effects) {
    switch (e.kind) {
      case 'track': {
        const info = TRACK_INFO[e.track];
        const v = d.tracks[e.track];
        // A ready summit table stays ready: only the summit step (a snub, a refusal, a decline) closes it.
        let lo = READINESS_TRACKS.includes(e.track) && v >= SUMMIT_READY ? SUMMIT_READY : info.min;
        // An effect's own floor: it never takes the track below it (and does nothing to a track already under it).
        if (e.floor !== undefined) lo = Math.max(lo, Math.min(v, e.floor));
        d.tracks[e.track] = clamp(v + e.delta, lo, info.max);
        break;
      }
      case 'resource': {
        const who = e.actor === 'self' ? self : e.actor;
        if (who === null) break;
        const r = d.actors[who].resources;
        r[e.resource] = clamp(r[e.resource] + e.delta, RESOURCE_MIN, RESOURCE_MAX);
        break;
      }
      case 'vp': {
        const who = e.actor === 'self' ? self : e.actor;
        if (who !== null) d.actors[who].vp += e.delta;
        break;
      }
    }
  }
  if (d.tracks.tension >= CATASTROPHE_TENSION && d.phase !== 'ended') catastrophe(d, by);
}

function catastrophe(d: Draft, culprit: ActorId | null): void {
  d.phase = 'ended';
  d.summit = null;
  d.end = { reason: 'catastrophe', culprit, tieBreak: null };
  for (const id of ACTORS) d.actors[id].vp -= CATASTROPHE_PENALTY + (id === culprit ? CULPRIT_PENALTY : 0);
  log(d, culprit, 'end', `Catastrophe: tension reaches ${CATASTROPHE_TENSION}. ${culprit ? `${ACTOR_INFO[culprit].name} pushed it over the edge and ranks last.` : 'A world event tipped it over.'} Everyone loses ${CATASTROPHE_PENALTY} VP; nobody wins.`);
  recordRound(d);
}

function draw(d: Draft, actor: ActorId): void {
  const hand = d.actors[actor].hand;
  while (hand.length < HAND_SIZE) {
    if (d.deck.length === 0) {
      if (d.discard.length === 0) return;
      [d.deck, d.rng] = shuffle(d.discard, d.rng);
      d.discard = [];
    }
    hand.push(d.deck.pop()!);
  }
}

function worldEvent(d: Draft, ev: WorldEvent): void {
  log(d, null, 'world', `${ev.name}: ${describeEffects(ev.effects)}`);
  applyEffects(d, ev.effects, null, null);
}

/** A function, not an inline test, because TypeScript narrows `phase` across the calls that change it. */
const isOver = (d: Draft): boolean => d.phase === 'ended';

/** Crisis effects at a round's end, while tension is at CRISIS_TENSION or more. */
export const CRISIS_EFFECTS: readonly Effect[] = [{ kind: 'track', track: 'apec', delta: -1 }, { kind: 'resource', actor: 'KR', resource: 'economy', delta: -1 }];

export function startRound(d: Draft): void {
  // A new period's deck is shuffled into the draw pile when its period begins.
  if (d.round > 1) {
    const entering = PERIODS.filter((p) => periodStart(p, d.options.rounds) === d.round);
    if (entering.length > 0) {
      [d.deck, d.rng] = shuffle([...d.deck, ...entering.flatMap((p) => CARDS_OF_PERIOD[p])], d.rng);
      log(d, null, 'world', `The ${entering.map((p) => PERIOD_INFO[p].name).join(' and ')} cards are shuffled into the deck.`);
    }
  }
  const cal = calendarRound(d.round);
  if (cal.scheduled) worldEvent(d, cal.scheduled);
  if (isOver(d)) return;
  let i: number;
  [i, d.rng] = nextInt(d.rng, HEADLINES.length);
  worldEvent(d, HEADLINES[i]!);
  if (isOver(d)) return;
  // At the brink, careful players can still be overtaken by an accident.
  const chance = accidentChance(d.tracks.tension);
  if (chance > 0) {
    let roll: number;
    [roll, d.rng] = nextFloat(d.rng);
    if (roll < chance) {
      log(d, null, 'world', `Accident at the brink (a ${Math.round(chance * 100)}% chance at tension ${d.tracks.tension}): a patrol boat collision in the Yellow Sea. Tension +${accidentTension(d.tracks.tension)}.`);
      applyEffects(d, [{ kind: 'track', track: 'tension', delta: accidentTension(d.tracks.tension) }], null, null);
      if (isOver(d)) return;
    }
  }
  for (const id of TURN_ORDER) {
    draw(d, id);
    if (d.actors[id].opsThisRound.length > 0) d.actors[id].opsThisRound = [];
  }
  d.phase = 'action';
  d.turn = 0;
  d.summit = null;
}

export const TURNS_IN_ROUND = TURN_ORDER.length * TURNS_PER_ROUND;

/** Called after every action turn: next turn, or the summit step, or the round's end. */
export function advanceTurn(d: Draft): void {
  if (d.phase === 'ended') return;
  d.turn += 1;
  if (d.turn < TURNS_IN_ROUND) return;
  // A table that has reached its deal has held its summit: it does not open again this autumn.
  const inSeason = SUMMIT_ORDER.filter((t) => d.round >= tableOpensFrom(t, d.options.rounds));
  const tables = inSeason.filter((t) => d.tracks[TABLE_INFO[t].readiness] >= SUMMIT_READY && !d.deals.some((x) => x.table === t));
  if (tables.length === 0) {
    log(d, null, 'summit', inSeason.length === 0 ? `No summit yet: the first table opens in ${roundLabel(Math.min(...SUMMIT_ORDER.map((t) => tableOpensFrom(t, d.options.rounds))))}.` : 'No summit table is ready this round.');
    endRound(d);
    return;
  }
  d.phase = 'summit';
  log(d, null, 'summit', `Summit step: ${tables.map((t) => TABLE_INFO[t].name).join(' and ')} ${tables.length > 1 ? 'are' : 'is'} on the table.`);
  openTable(d, tables, 0);
}

/** Sets up table `index`: the Trump–Kim table waits for Pyongyang's decision; the others go to the third parties. */
function openTable(d: Draft, tables: readonly TableId[], index: number): void {
  const table = tables[index]!;
  if (table === 'USKP') {
    d.summit = { tables, index, stage: 'attend', precondition: null, interventions: [], waiting: [], offer: null };
    return;
  }
  d.summitsHeld = [...d.summitsHeld, { round: d.round, table, attended: true, precondition: null }];
  startInterventions(d, tables, index, null);
}

/** After the guest sits down: each third party the table names, in turn order, may sweeten or spoil it. */
export function startInterventions(d: Draft, tables: readonly TableId[], index: number, precondition: SummitStepPrecondition): void {
  const waiting = TABLE_INFO[tables[index]!].thirdParties;
  d.summit = { tables, index, stage: waiting.length > 0 ? 'intervene' : 'offer', precondition, interventions: [], waiting, offer: null };
}
type SummitStepPrecondition = NonNullable<Draft['summit']>['precondition'];

/**
 * Called when a table closes (deal, breakdown, declined or snubbed): the sweeteners and spoilers are paid
 * by the outcome, then the next table opens or the round ends.
 */
export function advanceTable(d: Draft, dealt = false): void {
  if (d.phase === 'ended' || !d.summit) return;
  const st = d.summit;
  const table = TABLE_INFO[st.tables[st.index]!];
  for (const iv of st.interventions) {
    const who = ACTOR_INFO[iv.actor].name;
    if (iv.kind === 'sweeten' && dealt) {
      d.actors[iv.actor].vp += SWEETEN_VP;
      d.actors[table.guest].vp += SWEETEN_GUEST_VP;
      log(d, iv.actor, 'summit', `${who}'s sweetener paid off: ${who} +${SWEETEN_VP} VP, ${ACTOR_INFO[table.guest].name} +${SWEETEN_GUEST_VP} VP.`);
    } else if (iv.kind === 'spoil' && dealt) {
      d.actors[table.guest].vp -= SPOIL_GUEST_VP;
      log(d, iv.actor, 'summit', `${who}'s displeasure costs ${ACTOR_INFO[table.guest].name} ${SPOIL_GUEST_VP} VP.`);
    } else if (iv.kind === 'spoil') {
      d.actors[iv.actor].vp += SPOIL_VP;
      log(d, iv.actor, 'summit', `No deal, as ${who} wanted: +${SPOIL_VP} VP.`);
    }
  }
  const index = st.index + 1;
  if (index < st.tables.length) {
    openTable(d, st.tables, index);
    return;
  }
  d.summit = null;
  endRound(d);
}

function judgeApec(d: Draft): void {
  const success = d.tracks.apec >= APEC_MIN_PREP && d.tracks.tension <= APEC_MAX_TENSION;
  d.apecResult = success ? 'success' : 'failure';
  const table = success ? APEC_SUCCESS_VP : APEC_FAILURE_VP;
  for (const id of ACTORS) d.actors[id].vp += table[id];
  log(d, 'KR', 'scoring', success
    ? `APEC in Gyeongju is a success (preparation ${d.tracks.apec}, tension ${d.tracks.tension}).`
    : `APEC in Gyeongju disappoints (needs preparation ${APEC_MIN_PREP}+ and tension ${APEC_MAX_TENSION} or less).`);
}

function recordRound(d: Draft): void {
  const vp = {} as Record<ActorId, number>;
  for (const id of ACTORS) vp[id] = d.actors[id].vp;
  d.history = [...d.history, { round: d.round, tracks: { ...d.tracks }, vp }];
}

function endRound(d: Draft): void {
  const view = d as unknown as GameState;
  const last = d.round >= d.options.rounds;
  if (d.apecResult === 'pending' && (calendarRound(d.round).apec || last)) judgeApec(d);
  const gains: string[] = [];
  for (const id of ACTORS) {
    const met = agendaScore(view, id) * AGENDA_ITEM_VP * (last ? LAST_ROUND_AGENDA_MULTIPLIER : 1);
    d.actors[id].vp += met;
    if (met > 0) gains.push(`${ACTOR_INFO[id].short} +${met}`);
  }
  log(d, null, 'scoring', `Round ${d.round} scoring: ${gains.length ? gains.join(', ') : 'nobody meets an agenda item'}.`);
  // Upkeep: capital income, and sanctions bite.
  for (const id of ACTORS) {
    const r = d.actors[id].resources;
    r.capital = clamp(r.capital + CAPITAL_INCOME + (r.standing >= STANDING_BONUS_AT ? STANDING_BONUS : 0), RESOURCE_MIN, RESOURCE_MAX);
  }
  if (d.tracks.sanctions >= SANCTIONS_BITE_AT) {
    const r = d.actors.KP.resources;
    r.economy = clamp(r.economy - SANCTIONS_BITE, RESOURCE_MIN, RESOURCE_MAX);
  }
  if (d.tracks.tension >= CRISIS_TENSION) {
    log(d, null, 'world', `Crisis (tension ${d.tracks.tension}): ${describeEffects(CRISIS_EFFECTS)}`);
    applyEffects(d, CRISIS_EFFECTS, null, null);
  }
  if (last) {
    finish(d);
    return;
  }
  recordRound(d);
  d.round += 1;
  startRound(d);
}

/** Which analyst's reading the autumn bore out, from North Korea's decisions at the Trump–Kim table. */
export function readingOf(s: Pick<GameState, 'summitsHeld' | 'deals'>): ReadingId {
  const first = s.summitsHeld.find((h) => h.table === 'USKP' && h.attended);
  if (!first) return 'noSummit';
  // The Trump–Xi table sits first in a summit step, so a deal there in the same round came before.
  return s.deals.some((d) => d.table === 'USCN' && d.round <= first.round) ? 'defersToXi' : 'ownCalculation';
}

function finish(d: Draft): void {
  const view = d as unknown as GameState;
  for (const id of ACTORS) {
    const a = d.actors[id];
    const obj = OBJECTIVE_BY_ID.get(a.objective);
    if (obj && obj.met(view)) {
      a.vp += obj.vp;
      log(d, id, 'scoring', `${ACTOR_INFO[id].name} reveals and meets its hidden objective ${quoted(obj.name)}: +${obj.vp} VP.`);
    } else if (obj) {
      log(d, id, 'scoring', `${ACTOR_INFO[id].name} reveals its hidden objective ${quoted(obj.name)}, not met.`);
    }
  }
  // Capital kept to the end is influence in reserve, and standing at home is the autumn's verdict on each
  // government: both score, so a concession's cost in standing and a rejected offer's audience cost count.
  const banked: string[] = [];
  for (const id of ACTORS) {
    const { capital, standing } = d.actors[id].resources;
    const n = capital * CAPITAL_FINAL_VP + standing * STANDING_FINAL_VP;
    if (n > 0) {
      d.actors[id].vp += n;
      banked.push(`${ACTOR_INFO[id].short} +${n}`);
    }
  }
  if (banked.length) log(d, null, 'scoring', `Capital in reserve (${CAPITAL_FINAL_VP} VP a point) and standing at home (${STANDING_FINAL_VP} VP a point): ${banked.join(', ')}.`);
  const reading = readingOf(d);
  d.reading = reading;
  const right: string[] = [];
  for (const id of ACTORS) {
    if (d.actors[id].forecast !== reading) continue;
    d.actors[id].vp += FORECAST_VP;
    right.push(ACTOR_INFO[id].short);
  }
  log(d, null, 'scoring', `The autumn bore out ${READING_INFO[reading].analyst}: "${READING_INFO[reading].name}". ${right.length ? `Right forecasts (+${FORECAST_VP} VP): ${right.join(', ')}.` : 'Nobody forecast it.'}`);
  d.phase = 'ended';
  d.end = { reason: 'calendar', culprit: null, tieBreak: tieBreakWords(view) };
  d.summit = null;
  recordRound(d);
  log(d, null, 'end', `The autumn is over. Final scores are in.${d.end.tieBreak ? ` ${d.end.tieBreak}` : ''}`);
}

/** Called after each setup action: when every actor has kept an objective and forecast, round 1 begins. */
export function advanceSetup(d: Draft): void {
  for (const id of TURN_ORDER) if (d.actors[id].objective === '' || d.actors[id].forecast === null) return;
  log(d, null, 'world', 'Every team has kept its objective and recorded its forecast. The autumn begins.');
  startRound(d);
}
