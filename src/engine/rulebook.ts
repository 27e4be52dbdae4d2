/**
 * The rulebook's generated parts: pure functions that render Markdown from engine data, so every
 * number a player reads in rules/RULES.md or a role briefing is the number the engine plays by.
 * `npm run rules` writes these between `<!-- BEGIN GENERATED: name -->` / `<!-- END GENERATED: name -->`
 * markers; a test fails when a file drifts from the data. No I/O here: the CLI reads and writes files.
 */
import { ACTORS, ACTOR_INFO, type ActorId } from './actors';
import { DECLINE_READINESS_LOSS, REJECT_READINESS_LOSS, REJECT_TENSION, SUMMIT_OFFER_COST } from './apply';
import { FORECAST_VP, READINGS, READING_INFO } from './readings';
import { APEC_MAX_TENSION, APEC_MIN_PREP, CALENDAR, HEADLINES, roundLabel, type WorldEvent } from './calendar';
import { CARDS, CARD_SIDES, DATED_BONUS_VP, PERIOD_INFO, PERIODS, SIDE_MEMBERS, SIDE_NAMES, describeCard, getCard, type Card, type CardSide } from './cards';
import { describeEffects } from './effects';
import { AGENDA_ITEM_VP, CAPITAL_INCOME, CAPITAL_FINAL_VP, CRISIS_EFFECTS, SANCTIONS_BITE, SANCTIONS_BITE_AT, STANDING_BONUS, STANDING_BONUS_AT, STANDING_FINAL_VP } from './flow';
import { legalActions } from './legal';
import { objectivesOf, OBJECTIVES, OBJECTIVES_DEALT } from './objectives';
import { ACTOR_OPS, OP_INFO, REPEAT_PENALTY, type OpId } from './ops';
import { apply } from './apply';
import { RESOURCES, RESOURCE_INFO, RESOURCE_MAX, RESOURCE_MIN } from './resources';
import { AGENDA, APEC_FAILURE_VP, APEC_SUCCESS_VP, CATASTROPHE_PENALTY, CULPRIT_PENALTY, LAST_ROUND_AGENDA_MULTIPLIER } from './scoring';
import { START_RESOURCES, newGameOrThrow } from './setup';
import { HAND_SIZE, STANDARD_ROUNDS, TURNS_PER_ROUND, TURN_ORDER, type GameState } from './state';
import {
  AUDIENCE_COST, DEAL_VP, HOST_DEAL_BONUS_VP, PRECONDITION_TERMS, SUMMIT_ORDER, READINESS_AFTER_SUMMIT, RUSSIA_SPOIL_AXIS_COST, SNUB_GAINS, SNUB_READINESS_WORDS, tableOpensFrom, SPOIL_COST,
  SPOIL_GUEST_VP, SPOIL_VP, SUMMIT_READY, SWEETEN_COST, SWEETEN_GUEST_VP, SWEETEN_VP, TABLES, TABLE_INFO, TABLE_TERMS, TERM_INFO, WALKAWAY_GAINS,
} from './summit';
import { ACCIDENT_TENSION, ACCIDENT_TENSION_GRAVE, accidentChance, GRAVE_ACCIDENT_AT, BRINK_TENSION, CATASTROPHE_TENSION, CRISIS_TENSION, TRACKS, TRACK_INFO } from './tracks';
import { toMove } from './turn';

// ── Markdown helpers ────────────────────────────────────────────────────────────────────────────

/** Table cells may not hold a raw pipe or newline. */
const cell = (s: string | number) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: readonly (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const names = (ids: readonly ActorId[]) => ids.map((id) => ACTOR_INFO[id].name);
const andList = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** Which card sides an actor may play for the event: its own, its bloc, and neutral cards. */
export const sidesOf = (actor: ActorId): readonly CardSide[] => CARD_SIDES.filter((side) => SIDE_MEMBERS[side].includes(actor));

// ── Sections ────────────────────────────────────────────────────────────────────────────────────

export function renderComponents(): string {
  const bySide = CARD_SIDES.map((side) => `${CARDS.filter((c) => c.side === side).length} ${SIDE_NAMES[side]}`);
  return [
    `- **${plural(ACTORS.length, 'actor')}**: ${andList(names(ACTORS))}.`,
    `- **${plural(CARDS.length, 'card')}**: ${bySide.join(', ')}.`,
    `- **${plural(TRACKS.length, 'shared track')}**: ${andList(TRACKS.map((t) => TRACK_INFO[t].name))}.`,
    `- **${plural(RESOURCES.length, 'resource')} per actor** (each ${RESOURCE_MIN}–${RESOURCE_MAX}): ${andList(RESOURCES.map((r) => RESOURCE_INFO[r].name))}.`,
    `- **${plural(CARDS.length, 'card')} in three decks by period**: ${andList(PERIODS.map((p) => `${PERIOD_INFO[p].name} (${CARDS.filter((c) => c.period === p).length})`))}.`,
    `- **${plural(OBJECTIVES.length, 'hidden objective')}**, ${OBJECTIVES.length / ACTORS.length} per actor; each actor is dealt ${OBJECTIVES_DEALT} and secretly keeps one.`,
    `- **${plural(READINGS.length, 'forecast')}**: the analysts' readings of Pyongyang's silence; each actor secretly records one.`,
    `- **${plural(TABLES.length, 'summit table')}** (${andList(TABLES.map((t) => TABLE_INFO[t].name))}) with ${plural(Object.keys(TERM_INFO).length, 'negotiable term')}.`,
    `- **A calendar** of ${plural(CALENDAR.length, 'scripted round')} and ${plural(HEADLINES.length, 'random headline')}.`,
  ].join('\n');
}

export function renderActors(): string {
  return table(['Actor', 'Leader', 'Public agenda in one line'], ACTORS.map((id) => [`${ACTOR_INFO[id].name} (${id})`, ACTOR_INFO[id].leader, ACTOR_INFO[id].agenda]));
}

export function renderSetup(): string {
  const res = table(['Actor', ...RESOURCES.map((r) => RESOURCE_INFO[r].name)], ACTORS.map((id) => [ACTOR_INFO[id].name, ...RESOURCES.map((r) => START_RESOURCES[id][r])]));
  return [
    `1. Put every track marker on its start value (see **Tracks** below).`,
    `2. Give each actor its starting resources:`,
    '',
    res,
    '',
    `3. Shuffle the ${CARDS.filter((c) => c.period === 'september').length} ${PERIOD_INFO.september.name} cards into the deck; set the ${andList(PERIODS.filter((p) => p !== 'september').map((p) => PERIOD_INFO[p].name))} decks aside (see **Round**).`,
    `4. Deal each actor ${OBJECTIVES_DEALT} of its ${OBJECTIVES.length / ACTORS.length} hidden objectives at random.`,
    `5. **Setup turns**, one actor at a time in the order ${names(TURN_ORDER).join(' → ')}: the actor secretly **keeps one** of its two objectives (the other stays face down for the debrief), then secretly **records a forecast**: which analyst's reading of Pyongyang will the autumn bear out? (see **Forecasts**). Others see only that it has chosen.`,
    `6. Everyone starts on 0 VP. A standard game lasts ${plural(STANDARD_ROUNDS, 'round')}; once every actor has chosen, the first round begins with its world events, then every actor draws up to ${plural(HAND_SIZE, 'card')}.`,
  ].join('\n');
}

export function renderRound(): string {
  const order = names(TURN_ORDER);
  return [
    `1. **New deck and world events.** When a period begins (${andList(PERIODS.filter((p) => p !== 'september').map((p) => `${PERIOD_INFO[p].name} in round ${PERIOD_INFO[p].fromRound}`))}; earlier in a shorter game, APEC week's by the last round), its cards are shuffled into the deck. The calendar's scheduled event for the round (if any) takes effect, then one random headline. Then, at the brink (tension ${BRINK_TENSION} or more), a seeded accident may happen (see **Catastrophe**).`,
    `2. **Draw.** Every actor, in turn order, draws back up to ${plural(HAND_SIZE, 'card')}. When the deck runs out, the discard pile is shuffled into a new deck.`,
    `3. **Action turns.** ${(TURNS_PER_ROUND as number) === 1 ? 'Once' : `${TURNS_PER_ROUND} times`} around the table in the order ${order.join(' → ')}: each actor plays one card for its event or its ops (${plural(TURN_ORDER.length * TURNS_PER_ROUND, 'turn')} a round).`,
    `4. **Summit step.** Each summit table in its season (see **Summits**) whose readiness is at least ${SUMMIT_READY} and that has not yet reached a deal opens, in the order ${andList(SUMMIT_ORDER.map((t) => TABLE_INFO[t].name))}: North Korea decides whether to attend the Trump–Kim table, third parties may sweeten or spoil, then the host proposes (see **Summits**).`,
    `5. **Scoring.** In the APEC round the APEC summit is judged. Then every actor scores its public agenda, and upkeep follows (see **Scoring**).`,
  ].join('\n');
}

export function renderTracks(): string {
  return table(['Track', 'Range', 'Start', 'What it means'], TRACKS.map((t) => {
    const i = TRACK_INFO[t];
    return [i.name, `${i.min}–${i.max}`, i.start, i.help];
  }));
}

export function renderResources(): string {
  return [
    table(['Resource', 'Range', 'What it means'], RESOURCES.map((r) => [RESOURCE_INFO[r].name, `${RESOURCE_MIN}–${RESOURCE_MAX}`, RESOURCE_INFO[r].help])),
    '',
    `Resources and tracks never leave their range: a change that would pass the edge stops there.`,
  ].join('\n');
}

const opRow = (op: OpId) => [OP_INFO[op].name, ...([1, 2, 3] as const).map((p) => describeEffects(OP_INFO[op].effects(p)))];
const OP_HEAD = ['Operation', '1-ops card', '2-ops card', '3-ops card'];
/** Operations every actor has. */
export const commonOps = (): readonly OpId[] => ACTOR_OPS[ACTORS[0]].filter((op) => ACTORS.every((a) => ACTOR_OPS[a].includes(op)));

export function renderActorOps(actor: ActorId): string {
  return table(OP_HEAD, ACTOR_OPS[actor].map(opRow));
}

export function renderOps(): string {
  const common = commonOps();
  const parts = [
    `- **Repeats give less.** Each earlier use of the same operation in the same round takes ${plural(REPEAT_PENALTY, 'point')} off the card (at 0 or less it does nothing).`,
    `- **A rival's card fires for its side.** Playing for ops a card whose event belongs to another actor or to a bloc you are not part of fires that event first, for its side (as in Twilight Struggle), whether it helps you or not. Neutral cards never fire.`,
    `- **Dated cards.** A card with its own fortnight earns ${signed(DATED_BONUS_VP)} VP when played for its event in that round.`,
    '',
    `**Every actor** (${andList(common.map((op) => OP_INFO[op].name))}):`, '', table(OP_HEAD, common.map(opRow))];
  for (const id of ACTORS) {
    const own = ACTOR_OPS[id].filter((op) => !common.includes(op));
    parts.push('', `**${ACTOR_INFO[id].name}** also has:`, '', table(OP_HEAD, own.map(opRow)));
  }
  return parts.join('\n');
}

export function renderSummit(): string {
  const tables = table(['Table', 'Host (proposes)', 'Guest', 'Third parties', 'Opens when'], TABLES.map((t) => {
    const i = TABLE_INFO[t];
    return [i.name, ACTOR_INFO[i.host].name, ACTOR_INFO[i.guest].name, andList(names(i.thirdParties)), `${TRACK_INFO[i.readiness].name} is ${SUMMIT_READY} or more, from ${roundLabel(tableOpensFrom(t, STANDARD_ROUNDS))} (round ${tableOpensFrom(t, STANDARD_ROUNDS)})`];
  }));
  const parts = [
    tables,
    '',
    `A table opens when its readiness is ${SUMMIT_READY} or more. Readiness built earlier waits for the table's season: ${andList(TABLES.map((t) => `the ${TABLE_INFO[t].name} opens from ${roundLabel(tableOpensFrom(t, STANDARD_ROUNDS))}`))} (a shorter game brings the seasons forward). So a Kim who sits down before Busan follows his own calculation, and one who waits for it defers to Xi. Once a table is ready, no card or operation takes it below ${SUMMIT_READY}: only the summit step closes it. The tables sit in the order ${andList(SUMMIT_ORDER.map((t) => TABLE_INFO[t].name))}.`,
    '',
    `1. **Pyongyang decides** (Trump–Kim table only). North Korea **attends** — naming, if it likes, one precondition among the terms Washington can give (${andList(PRECONDITION_TERMS.map((t) => TERM_INFO[t].name))}) — or **snubs** the table: it closes for the round, ${SNUB_READINESS_WORDS}, and ${describeEffects(SNUB_GAINS).replace(/\.$/, '')}. Every decision is recorded for the forecasts and the debrief.`,
    `2. **Sweeten or spoil.** Each third party the table names, in turn order, may **sweeten** it (${SWEETEN_COST} capital; if a deal is reached it scores ${signed(SWEETEN_VP)} VP and the guest ${signed(SWEETEN_GUEST_VP)} VP), **spoil** it (${SPOIL_COST} capital, and Russia also axis cohesion ${signed(-RUSSIA_SPOIL_AXIS_COST)}; if no deal is reached it scores ${signed(SPOIL_VP)} VP, and a deal costs the guest ${SPOIL_GUEST_VP} VP), or **pass**. A spoiler cannot close the table: the host still decides.`,
    `3. **Open or decline.** The host either pays ${SUMMIT_OFFER_COST} diplomatic capital and proposes a package of terms, or declines: readiness ${signed(-DECLINE_READINESS_LOSS)}.`,
    `   A **valid package** uses distinct terms of that table only, with at least one concession from each side. Every term costs the side that concedes it (see the tables below), so no package is best for both sides: a deal is a trade.`,
    `4. **Answer.** The guest accepts, rejects, or makes one counter-offer (a different valid package). A counter-offer goes back to the host, who can only accept or reject it.`,
    `   - **Accept: a deal.** The host scores ${signed(DEAL_VP + HOST_DEAL_BONUS_VP)} VP and the guest ${signed(DEAL_VP)} VP, every term in the package takes effect with its cost, and the table's readiness drops to ${READINESS_AFTER_SUMMIT}. That summit has been held: the table does not open again this game.`,
    `   - **Reject: talks break down** (like Hanoi): readiness ${signed(-REJECT_READINESS_LOSS)} and tension ${signed(REJECT_TENSION)}, blamed on whoever rejected. The proposer of the refused offer loses ${AUDIENCE_COST} domestic standing (audience costs); a guest who walks away gains ${describeEffects(WALKAWAY_GAINS.KP, 'KP').replace(/^North Korea: /, '').replace(/\.$/, '')}.`,
    `   - **Kim's demand.** If North Korea named a precondition and the offer leaves it out, North Korea may refuse at no cost: no tension is added.`,
  ];
  for (const t of TABLES) {
    parts.push('', `**Terms at the ${TABLE_INFO[t].name}**`, '', table(['Term', 'Conceded by', 'Effects if agreed', 'What it costs the giver'], TABLE_TERMS[t].map((id) => {
      const term = TERM_INFO[id];
      return [term.name, ACTOR_INFO[term.giver].name, describeEffects(term.effects), describeEffects(term.cost)];
    })));
  }
  return parts.join('\n');
}

export function renderForecasts(): string {
  return [
    table(['Forecast', 'Analyst', 'The reading', 'Right if'], READINGS.map((r) => [READING_INFO[r].name, READING_INFO[r].analyst, READING_INFO[r].text, READING_INFO[r].judged])),
    '',
    `At the end of the game every forecast is revealed; each right one scores ${signed(FORECAST_VP)} VP. Exactly one reading is right in every game that runs the calendar.`,
  ].join('\n');
}

const eventLine = (ev: WorldEvent) => `${ev.name}: ${describeEffects(ev.effects)}`;

export function renderCalendar(): string {
  const rounds = table(['Round', 'Scheduled world event', 'Note'], CALENDAR.map((r, i) => [
    `${i + 1}. ${r.label}`,
    r.scheduled ? eventLine(r.scheduled) : '—',
    r.apec ? 'APEC is judged at this round’s scoring' : '',
  ]));
  return [
    rounds,
    '',
    `Rounds after round ${CALENDAR.length} (long practice games) have no scheduled event. If the game ends before the APEC round, APEC is judged at the last round’s scoring.`,
    '',
    `**Headlines** (one drawn at random every round, any of them can repeat):`,
    '',
    table(['Headline', 'Effects'], HEADLINES.map((h) => [h.name, describeEffects(h.effects)])),
  ].join('\n');
}

export function renderActorAgenda(actor: ActorId): string {
  return AGENDA[actor].map((a) => `- ${a.text} (${signed(a.vp * AGENDA_ITEM_VP)} VP)`).join('\n') + `\n\nEach item met at a round’s scoring is worth the VP shown, every round; the last round’s scoring counts ${LAST_ROUND_AGENDA_MULTIPLIER} times.`;
}

export function renderAgenda(): string {
  return table(['Actor', ...AGENDA[ACTORS[0]].map((_, i) => `Item ${i + 1}`)], ACTORS.map((id) => [ACTOR_INFO[id].name, ...AGENDA[id].map((a) => `${a.text} (${signed(a.vp * AGENDA_ITEM_VP)} VP)`)]))
    + `\n\nEach item met at a round’s scoring is worth the VP shown (harder items are worth more), every round; the last round’s scoring counts ${LAST_ROUND_AGENDA_MULTIPLIER} times.`;
}

export function renderActorObjectives(actor: ActorId): string {
  return objectivesOf(actor).map((o) => `- **${o.name}** (${signed(o.vp)} VP): ${o.text}`).join('\n');
}

export function renderObjectives(): string {
  return table(['Actor', 'Objective', 'Condition at the end', 'VP'], OBJECTIVES.map((o) => [ACTOR_INFO[o.actor].name, o.name, o.text, signed(o.vp)]));
}

export function renderScoring(): string {
  return [
    `**Every round**, after the summit step:`,
    '',
    `1. *APEC* (in the APEC round only): APEC succeeds if APEC preparation is at least ${APEC_MIN_PREP} and Tension at most ${APEC_MAX_TENSION}; otherwise it fails. It is judged once per game.`,
    '',
    table(['APEC result', ...ACTORS.map((id) => ACTOR_INFO[id].short)], [
      ['Success', ...ACTORS.map((id) => signed(APEC_SUCCESS_VP[id]))],
      ['Failure', ...ACTORS.map((id) => signed(APEC_FAILURE_VP[id]))],
    ]),
    '',
    `2. *Agenda*: each actor scores the VP of every public agenda item it meets (see **Public agendas**); ${LAST_ROUND_AGENDA_MULTIPLIER} times as much in the last round.`,
    `3. *Upkeep*: every actor gains ${signed(CAPITAL_INCOME)} diplomatic capital, ${signed(STANDING_BONUS)} more if its domestic standing is ${STANDING_BONUS_AT} or more. If Sanctions pressure is ${SANCTIONS_BITE_AT} or more, North Korea loses ${SANCTIONS_BITE} economy. In a crisis (tension ${CRISIS_TENSION} or more): ${describeEffects(CRISIS_EFFECTS).replace(/\.$/, '')}.`,
    '',
    `**At the end of the last round** every actor reveals its kept objective and scores its VP if the condition is met; every point of diplomatic capital left scores ${CAPITAL_FINAL_VP} VP and every point of domestic standing ${STANDING_FINAL_VP} VP; then the forecasts are revealed and every right one scores ${signed(FORECAST_VP)} VP.`,
    '',
    `**Ranking**: most VP wins. Ties go to higher domestic standing, then to the earlier actor in the order ${ACTORS.map((id) => ACTOR_INFO[id].short).join(', ')}; the end screen says in words how a tie at the top was settled.`,
  ].join('\n');
}

export function renderCatastrophe(): string {
  return [
    `When ${TRACK_INFO.tension.name} reaches ${CATASTROPHE_TENSION}, the game ends at once, even in the middle of a turn or a round:`,
    '',
    `- Nobody wins.`,
    `- Every actor loses ${CATASTROPHE_PENALTY} VP.`,
    `- The culprit — the actor whose card, operation or rejected offer pushed tension to ${CATASTROPHE_TENSION} — loses ${CULPRIT_PENALTY} VP more and ranks last whatever its score.`,
    `- If a world event, a headline or an accident tipped it over, there is no culprit.`,
    '',
    `**The brink.** At tension ${BRINK_TENSION} or more, each round opens (after its world events) with a seeded chance of an accident — ${Math.round(accidentChance(BRINK_TENSION) * 100)}% at ${BRINK_TENSION}, ${Math.round(accidentChance(BRINK_TENSION + 1) * 100)}% at ${BRINK_TENSION + 1} — that adds ${ACCIDENT_TENSION} tension, or ${ACCIDENT_TENSION_GRAVE} from tension ${GRAVE_ACCIDENT_AT} on: brinkmanship can backfire even with careful players.`,
  ].join('\n');
}

function cardEntry(card: Card): string {
  const cost = card.cost === 0 ? 'event free' : `event costs ${card.cost} capital`;
  const own = card.round !== undefined ? ` · its own round: ${card.round}` : '';
  return [
    `- **${card.name}** — ${SIDE_NAMES[card.side]} · ${card.ops} ops · ${cost} · ${PERIOD_INFO[card.period].name} deck${own}  `,
    `  Event: ${describeCard(card)}  `,
    `  *${card.flavor}*  `,
    `  ${card.date} — ${card.source}`,
  ].join('\n');
}

const cardsOfSide = (side: CardSide) => CARDS.filter((c) => c.side === side);

export function renderCards(): string {
  const parts: string[] = [];
  for (const side of CARD_SIDES) {
    const cards = cardsOfSide(side);
    if (cards.length === 0) continue;
    const who = SIDE_MEMBERS[side].length === ACTORS.length ? 'any actor' : andList(names(SIDE_MEMBERS[side]));
    parts.push(`### ${SIDE_NAMES[side]} (${plural(cards.length, 'card')}; event playable by ${who})`, '', ...cards.map(cardEntry), '');
  }
  return parts.join('\n').trimEnd();
}

/** An actor's own and bloc cards, compact for a one-page briefing (neutral cards are in the rulebook). */
export function renderActorCards(actor: ActorId): string {
  const rows: (string | number)[][] = [];
  for (const side of sidesOf(actor)) {
    if (side === 'neutral') continue;
    for (const card of cardsOfSide(side)) rows.push([`**${card.name}**`, SIDE_MEMBERS[side].length > 1 ? SIDE_NAMES[side] : 'own', card.ops, card.cost, `${PERIOD_INFO[card.period].name}${card.round !== undefined ? ` (round ${card.round})` : ''}`, describeCard(card)]);
  }
  const neutral = cardsOfSide('neutral').length;
  return table(['Card', 'Side', 'Ops', 'Event cost', 'Deck', 'Event'], rows)
    + `\n\nYou may also play the ${neutral} neutral cards for their events (see the rulebook), and any card at all for its ops — but a rival's card played for ops fires its event for its side first.`;
}

export function renderActorStart(actor: ActorId): string {
  return table(RESOURCES.map((r) => RESOURCE_INFO[r].name), [RESOURCES.map((r) => START_RESOURCES[actor][r])]);
}

export function renderActorSummit(actor: ActorId): string {
  const mine = TABLES.filter((t) => TABLE_INFO[t].host === actor || TABLE_INFO[t].guest === actor);
  if (mine.length === 0) {
    const third = TABLES.filter((t) => TABLE_INFO[t].thirdParties.includes(actor));
    const watch = `You sit at no summit table as host or guest, but you may sweeten (${SWEETEN_COST} capital, ${signed(SWEETEN_VP)} VP if a deal is reached) or spoil (${SPOIL_COST} capital${actor === 'RU' ? `, axis cohesion ${signed(-RUSSIA_SPOIL_AXIS_COST)}` : ''}; ${signed(SPOIL_VP)} VP if none) the ${andList(third.map((t) => TABLE_INFO[t].name))}, and the terms agreed there move tracks you score on. Watch ${andList(TABLES.map((t) => TRACK_INFO[TABLE_INFO[t].readiness].name))}.`;
    const touching = TABLES.flatMap((t) => TABLE_TERMS[t].filter((id) => TERM_INFO[id].effects.some((e) => e.kind !== 'track' && e.actor === actor)).map((id) => [TABLE_INFO[t].name, TERM_INFO[id].name, ACTOR_INFO[TERM_INFO[id].giver].name, describeEffects(TERM_INFO[id].effects)]));
    if (touching.length === 0) return `${watch} No term names ${ACTOR_INFO[actor].name} directly.`;
    return `${watch} These terms name ${ACTOR_INFO[actor].name} directly:\n\n${table(['Table', 'Term', 'Conceded by', 'Effects if agreed'], touching)}`;
  }
  const parts: string[] = [];
  for (const t of mine) {
    const i = TABLE_INFO[t];
    const role = i.host === actor ? `host: you propose (cost ${SUMMIT_OFFER_COST} capital) or decline` : t === 'USKP' ? 'guest: first you attend (naming a precondition, or none) or snub; then you accept, reject or counter once' : 'guest: you accept, reject or counter once';
    parts.push(`**${i.name}** — you are the ${role}. Opens when ${TRACK_INFO[i.readiness].name} is ${SUMMIT_READY} or more; a deal is ${signed(DEAL_VP)} VP to each side.`, '');
    parts.push(table(['Term', 'Conceded by', 'Effects if agreed', 'What it costs the giver'], TABLE_TERMS[t].map((id) => [TERM_INFO[id].name, TERM_INFO[id].giver === actor ? 'you' : ACTOR_INFO[TERM_INFO[id].giver].name, describeEffects(TERM_INFO[id].effects), describeEffects(TERM_INFO[id].cost)])), '');
  }
  const third = TABLES.filter((t) => TABLE_INFO[t].thirdParties.includes(actor));
  if (third.length > 0) parts.push(`At the ${andList(third.map((t) => TABLE_INFO[t].name))} you are a third party: sweeten (${SWEETEN_COST} capital, ${signed(SWEETEN_VP)} VP if a deal is reached), spoil (${SPOIL_COST} capital${actor === 'RU' ? `, axis cohesion ${signed(-RUSSIA_SPOIL_AXIS_COST)}` : ''}; ${signed(SPOIL_VP)} VP if none) or pass.`);
  return parts.join('\n').trimEnd();
}

// ── A worked example from a real game ───────────────────────────────────────────────────────────

export const EXAMPLE_SEED = '2025';

/** The first turns of a real game (fixed seed), each actor playing its first event it can afford, else ops. */
export function renderExample(): string {
  let s: GameState = newGameOrThrow({ seed: EXAMPLE_SEED, rounds: STANDARD_ROUNDS });
  // Setup: every team keeps the first objective dealt and records the first reading (the example is about the round).
  while (s.phase === 'setup') {
    const r = apply(s, legalActions(s, toMove(s)!)[0]!);
    if (!r.ok) break;
    s = r.value;
  }
  const lines: string[] = [`A game started with seed ${EXAMPLE_SEED}. The round opens with its world events:`, ''];
  for (const e of s.chronicle) lines.push(`- ${e.text}`);
  const us = s.actors[TURN_ORDER[0]!];
  lines.push('', `${ACTOR_INFO[TURN_ORDER[0]!].name} holds ${andList(us.hand.map((id) => `“${getCard(id)!.name}”`))}, with ${us.resources.capital} diplomatic capital.`, '');
  for (let turn = 0; turn < TURN_ORDER.length && s.phase === 'action'; turn++) {
    const seat = toMove(s)!;
    const legal = legalActions(s, seat);
    const act = legal.find((a) => a.type === 'playEvent') ?? legal[0]!;
    const before = s;
    const r = apply(s, act);
    if (!r.ok) break;
    s = r.value;
    const moved = [
      ...TRACKS.filter((t) => before.tracks[t] !== s.tracks[t]).map((t) => `${TRACK_INFO[t].name} ${before.tracks[t]} → ${s.tracks[t]}`),
      ...ACTORS.flatMap((id) => RESOURCES.filter((r) => before.actors[id].resources[r] !== s.actors[id].resources[r])
        .map((r) => `${ACTOR_INFO[id].short} ${RESOURCE_INFO[r].name.toLowerCase()} ${before.actors[id].resources[r]} → ${s.actors[id].resources[r]}`)),
      ...ACTORS.filter((id) => before.actors[id].vp !== s.actors[id].vp).map((id) => `${ACTOR_INFO[id].short} VP ${before.actors[id].vp} → ${s.actors[id].vp}`),
    ];
    const how = act.type === 'playEvent' ? 'for its event' : 'for ops';
    lines.push(`${turn + 1}. **${ACTOR_INFO[seat].name}** plays a card ${how}. The chronicle reads: “${s.chronicle[s.chronicle.length - 1]!.text}”${moved.length ? `  \n   What moved: ${moved.join('; ')}.` : ''}`);
  }
  return lines.join('\n');
}

// ── Documents and markers ───────────────────────────────────────────────────────────────────────

export interface GeneratedDoc {
  /** Path from the repository root. */
  readonly path: string;
  /** Section name → Markdown body. */
  readonly sections: Readonly<Record<string, string>>;
}

export const briefingPath = (actor: ActorId) => `rules/briefings/${actor}.md`;

export function briefingSections(actor: ActorId): Record<string, string> {
  return {
    start: renderActorStart(actor),
    agenda: renderActorAgenda(actor),
    objectives: renderActorObjectives(actor),
    ops: renderActorOps(actor),
    summit: renderActorSummit(actor),
    cards: renderActorCards(actor),
  };
}

export function rulebookSections(): Record<string, string> {
  return {
    components: renderComponents(),
    actors: renderActors(),
    setup: renderSetup(),
    round: renderRound(),
    tracks: renderTracks(),
    resources: renderResources(),
    ops: renderOps(),
    summit: renderSummit(),
    forecasts: renderForecasts(),
    calendar: renderCalendar(),
    agenda: renderAgenda(),
    objectives: renderObjectives(),
    scoring: renderScoring(),
    catastrophe: renderCatastrophe(),
    example: renderExample(),
    cards: renderCards(),
  };
}

/** Every file with generated sections, and what they must contain. */
export function generatedDocs(): readonly GeneratedDoc[] {
  return [{ path: 'rules/RULES.md', sections: rulebookSections() }, ...ACTORS.map((id) => ({ path: briefingPath(id), sections: briefingSections(id) }))];
}

const MARKER = /<!-- BEGIN GENERATED: ([\w-]+) -->\n([\s\S]*?)<!-- END GENERATED: \1 -->/g;

/** The generated sections as they stand in a file: name → body (without the trailing newline). */
export function readGenerated(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(MARKER)) out.set(m[1]!, m[2]!.replace(/\n$/, ''));
  return out;
}

export interface FillResult {
  readonly text: string;
  /** Sections the data has but the file has no markers for. */
  readonly missing: readonly string[];
  /** Markers in the file the data does not know. */
  readonly unknown: readonly string[];
}

/** Rewrites every generated section of a file from the data; prose outside the markers is kept as is. */
export function fillGenerated(text: string, sections: Readonly<Record<string, string>>): FillResult {
  const seen = new Set<string>();
  const unknown: string[] = [];
  const out = text.replace(MARKER, (whole, name: string) => {
    const body = sections[name];
    if (body === undefined) {
      unknown.push(name);
      return whole;
    }
    seen.add(name);
    return `<!-- BEGIN GENERATED: ${name} -->\n${body}\n<!-- END GENERATED: ${name} -->`;
  });
  return { text: out, missing: Object.keys(sections).filter((n) => !seen.has(n)), unknown };
}

/** For showing a rules file in the app: drops the generated-section markers, keeps their content. */
export const stripGeneratedMarkers = (md: string): string => md.replace(/<!-- (?:BEGIN|END) GENERATED: [\w-]+ -->\n?/g, '');

