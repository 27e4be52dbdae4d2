import { ACTOR_INFO, type ActorId } from '../../engine';
import { ACTOR_STYLE } from './actorStyle';

/** An actor token: shape + short code on the actor's colour, with the full name for screen readers. */
export function ActorBadge({ actor, withName = false }: { actor: ActorId; withName?: boolean }) {
  const st = ACTOR_STYLE[actor];
  return (
    <span className="actor-badge" data-actor={actor}>
      <span className="actor-token" style={{ background: st.color, color: st.ink }} aria-hidden="true">
        {st.symbol} {ACTOR_INFO[actor].short}
      </span>
      {withName ? <span className="actor-name">{ACTOR_INFO[actor].name}</span> : <span className="sr-only">{ACTOR_INFO[actor].name}</span>}
    </span>
  );
}
