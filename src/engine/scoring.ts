import { ACTOR_INFO, ACTORS, type ActorId } from './actors';
import type { GameState } from './state';

/** Public agenda: three conditions per actor, each worth its VP at every round's scoring. */
export interface AgendaItem {
  readonly text: string;
  readonly met: (s: GameState) => boolean;
  /** VP at each round's scoring, weighted by how hard the item is to hold. */
  readonly vp: number;
}

export const AGENDA: Readonly<Record<ActorId, readonly AgendaItem[]>> = {
  US: [
    { text: 'US–DPRK summit readiness at 4 or more, or North Korea has sat down at a Trump–Kim summit', met: (s) => s.tracks.summitUSKP >= 4 || s.summitsHeld.some((h) => h.table === 'USKP' && h.attended), vp: 4 },
    { text: 'US–China summit readiness at 4 or more, or a US–China deal concluded', met: (s) => s.tracks.summitUSCN >= 4 || s.deals.some((d) => d.table === 'USCN'), vp: 2 },
    { text: 'US economy at 6 or more', met: (s) => s.actors.US.resources.economy >= 6, vp: 4 },
  ],
  KP: [
    { text: 'Nuclear status at 4 or more', met: (s) => s.tracks.nuclear >= 4, vp: 2 },
    { text: 'Sanctions pressure at 5 or less', met: (s) => s.tracks.sanctions <= 5, vp: 2 },
    { text: 'North Korean military at 6 or more', met: (s) => s.actors.KP.resources.military >= 6, vp: 4 },
  ],
  CN: [
    { text: 'US–China summit readiness at 4 or more, or a US–China deal concluded', met: (s) => s.tracks.summitUSCN >= 4 || s.deals.some((d) => d.table === 'USCN'), vp: 2 },
    { text: 'Tension at 4 or less', met: (s) => s.tracks.tension <= 4, vp: 4 },
    { text: 'Axis cohesion at 6 or more (Beijing keeps its neighbours close)', met: (s) => s.tracks.axis >= 6, vp: 2 },
  ],
  RU: [
    { text: 'Axis cohesion at 8 or more', met: (s) => s.tracks.axis >= 8, vp: 2 },
    { text: 'Tension at 4 or more (Washington distracted)', met: (s) => s.tracks.tension >= 4, vp: 4 },
    // Not a readiness item: Moscow's stake in the Trump–Kim table is played at the table (spoilers), not by freezing it.
    { text: 'Russian economy at 6 or more', met: (s) => s.actors.RU.resources.economy >= 6, vp: 4 },
  ],
  KR: [
    { text: 'Tension at 5 or less', met: (s) => s.tracks.tension <= 5, vp: 2 },
    { text: 'Alliance health at 3 or more', met: (s) => s.tracks.alliance >= 3, vp: 2 },
    { text: 'APEC preparation at 4 or more, or APEC judged a success', met: (s) => s.tracks.apec >= 4 || s.apecResult === 'success', vp: 4 },
  ],
};

/** VP an actor's public agenda scores in this position (before the last round's doubling). */
export const agendaScore = (s: GameState, actor: ActorId): number => AGENDA[actor].reduce((n, a) => n + (a.met(s) ? a.vp : 0), 0);

/** The last round's agenda scoring counts this many times: the finish matters, and fewer games end tied. */
export const LAST_ROUND_AGENDA_MULTIPLIER = 2;

/** APEC outcome VP. */
export const APEC_SUCCESS_VP: Readonly<Record<ActorId, number>> = { US: 4, KP: 0, CN: 2, RU: 0, KR: 4 };
export const APEC_FAILURE_VP: Readonly<Record<ActorId, number>> = { US: 0, KP: 0, CN: 0, RU: 2, KR: -2 };

/** Catastrophe: everyone loses this much; the culprit loses CULPRIT_PENALTY more. */
export const CATASTROPHE_PENALTY = 10;
export const CULPRIT_PENALTY = 20;

export interface Standing {
  readonly actor: ActorId;
  readonly vp: number;
  readonly rank: number;
}

/** Final order: most VP; ties go to higher domestic standing, then to turn order. The culprit of a catastrophe is always last. */
export function standings(s: GameState): readonly Standing[] {
  const culprit = s.end?.reason === 'catastrophe' ? s.end.culprit : null;
  const order = ACTORS.slice().sort((a, b) => {
    if (a === culprit) return 1;
    if (b === culprit) return -1;
    const d = s.actors[b].vp - s.actors[a].vp;
    if (d !== 0) return d;
    const st = s.actors[b].resources.standing - s.actors[a].resources.standing;
    if (st !== 0) return st;
    return ACTORS.indexOf(a) - ACTORS.indexOf(b);
  });
  return order.map((actor, i) => ({ actor, vp: s.actors[actor].vp, rank: i + 1 }));
}

/** The winner of a finished game; null while it runs and after a catastrophe, when nobody wins. */
export function winner(s: GameState): ActorId | null {
  if (s.phase !== 'ended' || s.end?.reason !== 'calendar') return null;
  return standings(s)[0]!.actor;
}

/**
 * Plain words for how a tie at the top of the final standings is settled, or null when one actor has
 * the most VP alone. Shown on the end screen.
 */
export function tieBreakWords(s: GameState): string | null {
  const order = standings(s);
  const top = order[0]!;
  const tied = order.filter((x) => x.vp === top.vp);
  if (tied.length < 2) return null;
  const names = tied.map((x) => ACTOR_INFO[x.actor].name);
  const list = names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const standingOf = (id: ActorId) => s.actors[id].resources.standing;
  const second = tied[1]!;
  const how = standingOf(top.actor) > standingOf(second.actor)
    ? `on higher domestic standing (${standingOf(top.actor)} against ${standingOf(second.actor)})`
    : `on equal standing (${standingOf(top.actor)}), by turn order`;
  return `${list} tied on ${top.vp} VP; ${ACTOR_INFO[top.actor].name} ranks first ${how}.`;
}
