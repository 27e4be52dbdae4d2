import type { ActorId } from './actors';
import { type GameState, RULES_VERSION } from './state';
import { OBJECTIVES as OBJECTIVES_2_0 } from './v2_0/objectives';
import { OBJECTIVES as OBJECTIVES_2_1 } from './v2_1/objectives';
import { OBJECTIVES as OBJECTIVES_2_2 } from './v2_2/objectives';
import { TERM_INFO } from './summit';

/**
 * Hidden objectives: each actor is dealt two of its three at setup, keeps one in secret and scores it at
 * the end. The one passed over stays in the record for the debrief.
 */
export interface Objective {
  readonly id: string;
  readonly actor: ActorId;
  readonly name: string;
  readonly text: string;
  readonly vp: number;
  readonly met: (s: GameState) => boolean;
}

/** Objectives dealt to each actor at setup (it keeps one). */
export const OBJECTIVES_DEALT = 2;

const deals = (s: GameState, table?: 'USKP' | 'USCN') => s.deals.filter((d) => table === undefined || d.table === table).length;
/** Rounds in which North Korea sat down at the Trump–Kim table. */
const attended = (s: GameState) => s.summitsHeld.filter((h) => h.table === 'USKP' && h.attended).length;
/** Rounds in which North Korea walked away from a ready Trump–Kim table. */
const snubbed = (s: GameState) => s.summitsHeld.filter((h) => h.table === 'USKP' && !h.attended).length;
/** A Trump–Kim deal that gave North Korea the precondition it named for that summit. */
const dealOnKimsTerms = (s: GameState) => s.deals.some((d) => {
  if (d.table !== 'USKP') return false;
  const held = s.summitsHeld.find((h) => h.table === 'USKP' && h.round === d.round && h.attended);
  return held !== undefined && held.precondition !== null && d.terms.includes(held.precondition);
});

/** A US–China deal concluded, and no Trump–Kim summit attended before its round. */
const xiFirst = (s: GameState) => {
  const cn = s.deals.find((d) => d.table === 'USCN');
  if (!cn) return false;
  return !s.summitsHeld.some((h) => h.table === 'USKP' && h.attended && h.round < cn.round);
};

/** Each objective's VP is weighted by how hard it is to meet, set by the balance report so an actor's objectives win alike. */
export const OBJECTIVES: readonly Objective[] = [
  { id: 'us-dealmaker', actor: 'US', name: 'Dealmaker in Chief', text: 'A deal concluded at both tables: Trump–Kim and Trump–Xi.', vp: 21, met: (s) => deals(s, 'USKP') >= 1 && deals(s, 'USCN') >= 1 },
  { id: 'us-pressure-holds', actor: 'US', name: 'Maximum Pressure 2.0', text: 'Sanctions pressure at 3 or more at the end.', vp: 30, met: (s) => s.tracks.sanctions >= 3 },
  { id: 'us-handshake', actor: 'US', name: 'The Historic Handshake', text: 'North Korea sits down at a Trump–Kim summit at least once.', vp: 21, met: (s) => attended(s) >= 1 },
  { id: 'kp-empty-chair-twice', actor: 'KP', name: 'The Empty Chair', text: 'North Korea snubs a ready Trump–Kim table twice and never sits down, and nuclear status at 5 or more at the end.', vp: 24, met: (s) => snubbed(s) >= 2 && attended(s) === 0 && s.tracks.nuclear >= 5 },
  { id: 'kp-sanctions-zero', actor: 'KP', name: 'Sanctions Busting', text: 'Sanctions pressure at 0 at the end.', vp: 22, met: (s) => s.tracks.sanctions <= 0 },
  { id: 'kp-on-our-terms-no-freeze', actor: 'KP', name: 'On Our Terms', text: 'A Trump–Kim deal that includes the precondition North Korea named for that summit, and no nuclear freeze.', vp: 26, met: (s) => dealOnKimsTerms(s) && !s.deals.some((d) => d.table === 'USKP' && d.terms.includes('freeze')) },
  { id: 'cn-busan-chips', actor: 'CN', name: 'Victory in Busan', text: 'A US–China deal that eases chip export controls, in which Washington concedes more terms than Beijing, and Beijing does not lean on Pyongyang.', vp: 24, met: (s) => s.deals.some((d) => d.table === 'USCN' && d.terms.includes('chipExports') && !d.terms.includes('pressurePyongyang') && d.terms.filter((t) => TERM_INFO[t].giver === 'US').length > d.terms.filter((t) => TERM_INFO[t].giver === 'CN').length) },
  { id: 'cn-indispensable-axis', actor: 'CN', name: 'The Indispensable Broker', text: 'Tension at 4 or less and axis cohesion at 7 or more at the end.', vp: 17, met: (s) => s.tracks.tension <= 4 && s.tracks.axis >= 7 },
  { id: 'cn-xi-first-steady', actor: 'CN', name: 'Xi Goes First', text: 'A US–China deal concluded before North Korea sits down with Trump (if it ever does), and tension at 5 or less at the end.', vp: 18, met: (s) => xiFirst(s) && s.tracks.tension <= 5 },
  { id: 'ru-axis-of-upheaval', actor: 'RU', name: 'Axis of Upheaval', text: 'Axis cohesion at 10 or more and Russia\'s military at 9 or more at the end.', vp: 30, met: (s) => s.tracks.axis >= 10 && s.actors.RU.resources.military >= 9 },
  { id: 'ru-spoiler-standing', actor: 'RU', name: 'The Spoiler', text: 'No US–DPRK deal concluded in the whole game, and Russia\'s domestic standing at 5 or more at the end.', vp: 23, met: (s) => deals(s, 'USKP') === 0 && s.actors.RU.resources.standing >= 5 },
  { id: 'ru-distraction', actor: 'RU', name: 'Washington Distracted', text: 'Tension at 5 or more at the end (without a catastrophe).', vp: 25, met: (s) => s.tracks.tension >= 5 },
  { id: 'kr-gyeongju-triumph', actor: 'KR', name: 'Gyeongju Triumph', text: 'APEC judged a success, tension at 4 or less and South Korea\'s economy at 6 or more at the end.', vp: 17, met: (s) => s.apecResult === 'success' && s.tracks.tension <= 4 && s.actors.KR.resources.economy >= 6 },
  { id: 'kr-ironclad-drills', actor: 'KR', name: 'Ironclad Alliance', text: 'Alliance health at 6 or more and South Korea\'s military at 10 or more at the end, and no deal paused the joint exercises.', vp: 17, met: (s) => s.tracks.alliance >= 6 && s.actors.KR.resources.military >= 10 && !s.deals.some((d) => d.terms.includes('exercisesPause')) },
  { id: 'kr-peacemaker', actor: 'KR', name: 'The Peacemaker', text: 'Tension at 4 or less at the end, and North Korea sat down at a Trump–Kim summit.', vp: 26, met: (s) => attended(s) >= 1 && s.tracks.tension <= 4 },
];

/**
 * Every objective by id: today's, and those of rules 2.0.0, 2.1.0 and 2.2.0 that later rules retuned (under new ids) or
 * retired, so a game replayed under its own older rules shows its objectives as they were. An id kept by later
 * rules means what the latest rules say (later entries win). Only OBJECTIVES are dealt.
 */
export const OBJECTIVE_BY_ID: ReadonlyMap<string, Objective> = new Map<string, Objective>([...OBJECTIVES_2_0, ...OBJECTIVES_2_1, ...OBJECTIVES_2_2, ...OBJECTIVES].map((o) => [o.id, o as Objective]));

/** Each rules version's own objectives, so a replay or an older save shows the VP and words its rules scored. */
const BY_VERSION: ReadonlyMap<string, ReadonlyMap<string, Objective>> = new Map(
  ([['2.0.0', OBJECTIVES_2_0], ['2.1.0', OBJECTIVES_2_1], ['2.2.0', OBJECTIVES_2_2], [RULES_VERSION, OBJECTIVES]] as const).map(
    ([v, list]) => [v, new Map<string, Objective>(list.map((o) => [o.id, o as Objective]))],
  ),
);

/** An objective as the game's own rules define it (2.3 doubled every VP award under the same ids). */
export const objectiveIn = (rulesVersion: string, id: string): Objective | undefined => BY_VERSION.get(rulesVersion)?.get(id) ?? OBJECTIVE_BY_ID.get(id);

export const objectivesOf = (actor: ActorId) => OBJECTIVES.filter((o) => o.actor === actor);
