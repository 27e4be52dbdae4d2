import type { BotLevel } from '../../ai/bot';
import { ACTOR_INFO, type ActorId } from '../../engine';
import type { SeatSpec } from '../../log/seats';
import { possessive } from '../common/words';

export const LEVEL_LABEL: Readonly<Record<BotLevel, string>> = { random: 'random bot', heuristic: 'heuristic bot', search: 'search bot' };

/** Who sits at an actor, in words: "Alice", "North Korea's player", "United States' player", "heuristic bot". */
export function seatLabel(actor: ActorId, spec: SeatSpec): string {
  if (spec.name) return spec.name;
  return spec.kind === 'human' ? `${possessive(ACTOR_INFO[actor].name)} player` : LEVEL_LABEL[spec.level];
}
