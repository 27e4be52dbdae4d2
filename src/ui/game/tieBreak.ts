import { ACTOR_INFO, type GameState, standings } from '../../engine';

/**
 * How the engine's final order split actors level on VP, in words, e.g. "China and Russia are level
 * on 12 VP: China ranks ahead on domestic standing (7 to 5)." The order is the engine's own
 * (standings: VP, then domestic standing, then turn order); this only explains it.
 */
export function tieBreakNotes(s: GameState): string[] {
  const rows = standings(s);
  const culprit = s.end?.reason === 'catastrophe' ? s.end.culprit : null;
  const notes: string[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (a.vp !== b.vp || b.actor === culprit || a.actor === culprit) continue;
    const sa = s.actors[a.actor].resources.standing;
    const sb = s.actors[b.actor].resources.standing;
    const how = sa !== sb ? `on domestic standing (${sa} to ${sb})` : 'on turn order (level on domestic standing too)';
    notes.push(`${ACTOR_INFO[a.actor].name} and ${ACTOR_INFO[b.actor].name} are level on ${a.vp} VP: ${ACTOR_INFO[a.actor].name} ranks ahead ${how}.`);
  }
  return notes;
}
