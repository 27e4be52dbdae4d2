import { ACTOR_INFO, ACTORS, getCard, OBJECTIVE_BY_ID, type GameView } from '../../engine';

/** Each actor's hand and hidden objective, as far as the chosen perspective may see them. */
export function HandsPanel({ view }: { readonly view: GameView }) {
  return (
    <section className="rp-hands" aria-labelledby="rp-hands-h">
      <h3 id="rp-hands-h">Hands and objectives</h3>
      <dl>
        {ACTORS.map((id) => {
          const a = view.actors[id];
          const objective = a.objective ? OBJECTIVE_BY_ID.get(a.objective) : undefined;
          return (
            <div key={id} className="rp-hand">
              <dt>{ACTOR_INFO[id].name}</dt>
              <dd>
                {a.hand
                  ? a.hand.length ? `Hand: ${a.hand.map((c) => getCard(c)?.name ?? c).join('; ')}` : 'Hand: empty'
                  : `Hand: ${a.handCount} ${a.handCount === 1 ? 'card' : 'cards'}, hidden`}
              </dd>
              <dd>{objective ? `Objective: ${objective.name} — ${objective.text}` : 'Objective: hidden'}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
