import type { ActorId } from './actors';
import type { GameState } from './state';

/** Hidden objectives: each actor draws one of two at setup and scores it at the end. Secret until then. */
export interface Objective {
  readonly id: string;
  readonly actor: ActorId;
  readonly name: string;
  readonly text: string;
  readonly vp: number;
  readonly met: (s: GameState) => boolean;
}

const deals = (s: GameState, table?: 'USKP' | 'USCN') => s.deals.filter((d) => table === undefined || d.table === table).length;

export const OBJECTIVES: readonly Objective[] = [
  { id: 'us-dealmaker', actor: 'US', name: 'Dealmaker in Chief', text: 'At least two summit deals concluded.', vp: 4, met: (s) => deals(s) >= 2 },
  { id: 'us-max-pressure', actor: 'US', name: 'Maximum Pressure 2.0', text: 'Sanctions pressure at 7 or more and nuclear status at 3 or less at the end.', vp: 4, met: (s) => s.tracks.sanctions >= 7 && s.tracks.nuclear <= 3 },
  { id: 'kp-nuclear-state', actor: 'KP', name: 'An Irreversible Nuclear State', text: 'Nuclear status at 5 or more at the end.', vp: 4, met: (s) => s.tracks.nuclear >= 5 },
  { id: 'kp-sanctions-busting', actor: 'KP', name: 'Sanctions Busting', text: 'Sanctions pressure at 3 or less at the end.', vp: 4, met: (s) => s.tracks.sanctions <= 3 },
  { id: 'cn-win-in-busan', actor: 'CN', name: 'Victory in Busan', text: 'A US–China deal concluded and China\'s economy at 7 or more at the end.', vp: 4, met: (s) => deals(s, 'USCN') >= 1 && s.actors.CN.resources.economy >= 7 },
  { id: 'cn-indispensable', actor: 'CN', name: 'The Indispensable Broker', text: 'Tension at 3 or less and axis cohesion at 5 or more at the end.', vp: 4, met: (s) => s.tracks.tension <= 3 && s.tracks.axis >= 5 },
  { id: 'ru-axis-of-upheaval', actor: 'RU', name: 'Axis of Upheaval', text: 'Axis cohesion at 8 or more at the end.', vp: 4, met: (s) => s.tracks.axis >= 8 },
  { id: 'ru-spoiler', actor: 'RU', name: 'The Spoiler', text: 'No US–DPRK deal concluded in the whole game.', vp: 4, met: (s) => deals(s, 'USKP') === 0 },
  { id: 'kr-gyeongju', actor: 'KR', name: 'Gyeongju Triumph', text: 'APEC judged a success.', vp: 4, met: (s) => s.apecResult === 'success' },
  { id: 'kr-ironclad', actor: 'KR', name: 'Ironclad Alliance', text: 'Alliance health at 5 or more and South Korea\'s military at 6 or more at the end.', vp: 4, met: (s) => s.tracks.alliance >= 5 && s.actors.KR.resources.military >= 6 },
];

export const OBJECTIVE_BY_ID: ReadonlyMap<string, Objective> = new Map(OBJECTIVES.map((o) => [o.id, o]));
export const objectivesOf = (actor: ActorId) => OBJECTIVES.filter((o) => o.actor === actor);
