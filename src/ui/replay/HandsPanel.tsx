import { ACTOR_INFO, ACTORS, getCard, objectiveIn, type GameView, READING_INFO } from '../../engine';

/** Each actor's hand, hidden objective (and the one passed over) and forecast, as far as the chosen perspective may see them. */
export function HandsPanel({ view }: { readonly view: GameView }) {
  return (
    <section className="rp-hands" aria-labelledby="rp-hands-h">
      <h3 id="rp-hands-h">Hands and objectives</h3>
      <dl>
        {ACTORS.map((id) => {
          const a = view.actors[id];
          return (
            <div key={id} className="rp-hand">
              <dt>{ACTOR_INFO[id].name}</dt>
              <dd>
                {a.hand
                  ? a.hand.length ? `Hand: ${a.hand.map((c) => getCard(c)?.name ?? c).join('; ')}` : 'Hand: empty'
                  : `Hand: ${a.handCount} ${a.handCount === 1 ? 'card' : 'cards'}, hidden`}
              </dd>
              <dd>{objectiveLine(a, view.rulesVersion)}</dd>
              <dd>{a.forecast ? `Forecast: ${READING_INFO[a.forecast].name}` : a.objectiveChoices ? 'Forecast: not recorded yet' : 'Forecast: hidden'}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

/** The kept objective (and the one passed over), the two dealt while none is kept yet, or "hidden". */
function objectiveLine(a: GameView['actors'][keyof GameView['actors']], rulesVersion: string): string {
  const name = (id: string) => objectiveIn(rulesVersion, id)?.name ?? id;
  const kept = a.objective ? objectiveIn(rulesVersion, a.objective) : undefined;
  const other = (a.objectiveChoices ?? []).filter((id) => id !== a.objective);
  if (kept) return `Objective: ${kept.name} — ${kept.text}${other.length ? ` (passed over: ${other.map(name).join(', ')})` : ''}`;
  if (a.objectiveChoices?.length) return `Objective: not kept yet (dealt: ${a.objectiveChoices.map(name).join(' or ')})`;
  return 'Objective: hidden';
}
