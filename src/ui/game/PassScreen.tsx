import { useEffect, useRef } from 'react';
import { ACTOR_INFO, type ActorId } from '../../engine';
import { ActorBadge } from '../common/ActorBadge';
import { focusAfterPaint } from '../common/focusAfterPaint';
import { ACTOR_STYLE } from '../common/actorStyle';
import { possessive } from '../common/words';

/** Covers the private area between human seats so nobody sees another's hand or objective. */
export function PassScreen({ actor, who, onReady, setup = false }: { actor: ActorId; who: string; onReady: () => void; setup?: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  // After the paint: focusing inside the click that brought this screen would lay the table out twice.
  useEffect(() => focusAfterPaint(() => ref.current), [actor]);
  return (
    <section className="pass-screen" aria-labelledby="pass-title" style={{ ['--actor' as string]: ACTOR_STYLE[actor].color }}>
      <div className="pass-token" aria-hidden="true">{ACTOR_STYLE[actor].symbol}</div>
      <h2 id="pass-title">Pass to {who}</h2>
      <p className="pass-sub"><ActorBadge actor={actor} withName /> moves next.</p>
      <p>
        Everyone else, look away: the next screen shows {setup
          ? `the two objectives dealt to ${ACTOR_INFO[actor].name}, which keeps one in secret and then records its forecast.`
          : `${possessive(ACTOR_INFO[actor].name)} hand and hidden objective.`}
      </p>
      <button ref={ref} type="button" className="btn btn-primary btn-large" onClick={onReady}>
        Ready — show {possessive(ACTOR_INFO[actor].name)} {setup ? 'secret setup' : 'hand'}
      </button>
    </section>
  );
}
