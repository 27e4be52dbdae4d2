import { ACTOR_INFO, type ActorId } from './actors';
import { RESOURCE_INFO, type ResourceId } from './resources';
import { TRACK_INFO, type TrackId } from './tracks';

/** Who an effect touches: a named actor, or the actor playing the card. */
export type EffectTarget = ActorId | 'self';

/** Card, event and term effects are data, so the engine, the rulebook and the UI read one source. */
export type Effect =
  /** `floor`: a fall never takes the track below it (and leaves a track already under it alone). */
  | { readonly kind: 'track'; readonly track: TrackId; readonly delta: number; readonly floor?: number }
  | { readonly kind: 'resource'; readonly actor: EffectTarget; readonly resource: ResourceId; readonly delta: number }
  | { readonly kind: 'vp'; readonly actor: EffectTarget; readonly delta: number };

export const track = (t: TrackId, delta: number, floor?: number): Effect => (floor === undefined ? { kind: 'track', track: t, delta } : { kind: 'track', track: t, delta, floor });
export const res = (actor: EffectTarget, resource: ResourceId, delta: number): Effect => ({ kind: 'resource', actor, resource, delta });
export const vp = (actor: EffectTarget, delta: number): Effect => ({ kind: 'vp', actor, delta });

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
/** `self` names the player when known (the chronicle); card texts, written for whoever plays them, say "you". */
const who = (t: EffectTarget, self?: ActorId) => (t === 'self' ? (self ? ACTOR_INFO[self].name : 'you') : ACTOR_INFO[t].name);

export function describeEffect(e: Effect, self?: ActorId): string {
  switch (e.kind) {
    case 'track':
      return `${TRACK_INFO[e.track].name} ${signed(e.delta)}${e.floor !== undefined ? ` (not below ${e.floor})` : ''}`;
    case 'resource':
      return `${who(e.actor, self)}: ${RESOURCE_INFO[e.resource].name.toLowerCase()} ${signed(e.delta)}`;
    case 'vp':
      return `${who(e.actor, self)}: ${signed(e.delta)} VP`;
  }
}

/**
 * Texts of effect lists, remembered per list and player: the lists are static data (cards, operations,
 * terms), and the chronicle asks for the same few texts on every move of the replay path.
 */
const described = new WeakMap<readonly Effect[], Map<string, string>>();

export function describeEffects(effects: readonly Effect[], self?: ActorId): string {
  let byWho = described.get(effects);
  if (!byWho) {
    byWho = new Map();
    described.set(effects, byWho);
  }
  const key = self ?? '';
  let text = byWho.get(key);
  if (text === undefined) {
    text = effects.length === 0 ? 'No effect.' : effects.map((e) => describeEffect(e, self)).join('; ') + '.';
    byWho.set(key, text);
  }
  return text;
}
