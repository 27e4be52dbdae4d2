import { ACTOR_INFO, type ActorId, AGENDA, type GameState, objectiveIn, READING_INFO, RESOURCE_INFO, RESOURCES } from '../../engine';
import { ActorBadge } from '../common/ActorBadge';
import { Met } from './Met';

/** The seat's own papers: resources, public agenda (met or not right now) and the hidden objective. */
export function SeatPanel({ state, seat, who }: { state: GameState; seat: ActorId; who: string }) {
  const me = state.actors[seat];
  const objective = objectiveIn(state.rulesVersion, me.objective);
  return (
    <section className="seat-panel" aria-labelledby="seat-title">
      <h2 id="seat-title" className="seat-panel-title">
        <ActorBadge actor={seat} withName /> <span className="seat-who">{who}</span>
      </h2>
      <dl className="seat-resources">
        {RESOURCES.map((r) => (
          <div key={r} title={RESOURCE_INFO[r].help}>
            <dt>{RESOURCE_INFO[r].name}</dt>
            <dd>{me.resources[r]}</dd>
          </div>
        ))}
        <div><dt>Victory points</dt><dd>{me.vp}</dd></div>
      </dl>
      {objective && (
        <div className="objective">
          <h3>Hidden objective <span className="objective-vp">+{objective.vp} VP at the end</span></h3>
          <p className="objective-name">{objective.name}</p>
          <p>{objective.text}</p>
          <Met met={objective.met(state)} metText="On track now" unmetText="Not met yet" />
        </div>
      )}
      {me.forecast && (
        <div className="objective seat-forecast">
          <h3>Your forecast <span className="objective-vp">judged at the end</span></h3>
          <p className="objective-name">{READING_INFO[me.forecast].name}</p>
          <p>{READING_INFO[me.forecast].judged}</p>
        </div>
      )}
      <div className="agenda">
        <h3>Public agenda <span className="agenda-note">1 VP each at every round's scoring</span></h3>
        <p className="agenda-line">{ACTOR_INFO[seat].agenda}</p>
        <ul>
          {AGENDA[seat].map((item) => (
            <li key={item.text}><Met met={item.met(state)} /> {item.text}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
