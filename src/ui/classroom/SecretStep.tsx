import { useMemo, useState } from 'react';
import {
  ACTOR_INFO, ACTOR_OPS, type Action, type ActorId, currentTable, describeAction, describeCard, explainAction, type GameState,
  getCard, legalActions, OBJECTIVE_BY_ID, OP_INFO, type OpId, SIDE_NAMES, TABLE_INFO, TABLE_TERMS, TERM_INFO, type TermId, view,
} from '../../engine';
import { useGameStore } from '../../store/game';
import { Countdown } from './Countdown';

/**
 * A team's secret step on the shared device: only this team's hand, hidden objective and legal
 * moves, read from the engine's redacted view for its seat. Every button is a legal action the
 * engine listed; the screen never decides legality itself.
 */
export function SecretStep({ state, actor, team, onDone }: { state: GameState; actor: ActorId; team: string; onDone: () => void }) {
  const mine = view(state, actor).actors[actor];
  const legal = useMemo(() => legalActions(state, actor), [state, actor]);
  const [error, setError] = useState<string | null>(null);
  const objective = mine.objective ? OBJECTIVE_BY_ID.get(mine.objective) : undefined;

  const play = (a: Action) => {
    const e = useGameStore.getState().dispatch(a);
    if (e) setError(e.message);
    else onDone();
  };

  return (
    <section className="secret-step" aria-labelledby="secret-title">
      <h1 id="secret-title" tabIndex={-1}>Team {team} ({ACTOR_INFO[actor].name}) — your move</h1>
      <p className="secret-note">Only your team should see this screen. It returns to the facilitator view after your move.</p>
      <Countdown label="Your time" controls={false} />
      {error && <p role="alert" className="error">{error}</p>}
      <div className="secret-grid">
        <section aria-labelledby="secret-objective" className="panel">
          <h2 id="secret-objective">Your hidden objective</h2>
          {objective ? (
            <p><strong>{objective.name}</strong> (+{objective.vp} VP at the end): {objective.text}</p>
          ) : <p>None.</p>}
          <h2>Your resources</h2>
          <ul className="resources">
            <li>Diplomatic capital {mine.resources.capital}</li>
            <li>Economy {mine.resources.economy}</li>
            <li>Military {mine.resources.military}</li>
            <li>Domestic standing {mine.resources.standing}</li>
            <li>{mine.vp} VP</li>
          </ul>
        </section>
        {state.phase === 'action' ? (
          <HandMoves state={state} actor={actor} hand={mine.hand ?? []} legal={legal} onPlay={play} />
        ) : (
          <SummitMoves state={state} actor={actor} legal={legal} onPlay={play} />
        )}
      </div>
      <p>
        <button type="button" className="secondary" onClick={onDone}>Hide my screen (back to the facilitator view)</button>
      </p>
    </section>
  );
}

function HandMoves({ actor, hand, legal, onPlay }: { state: GameState; actor: ActorId; hand: readonly string[]; legal: readonly Action[]; onPlay: (a: Action) => void }) {
  return (
    <section aria-labelledby="secret-hand-title" className="panel hand-panel">
      <h2 id="secret-hand-title">Your hand</h2>
      <p>Play one card: for its event (if it is yours to play) or for its ops.</p>
      <ul className="secret-hand">
        {hand.map((id) => {
          const card = getCard(id);
          if (!card) return null;
          const events = legal.filter((a): a is Extract<Action, { type: 'playEvent' }> => a.type === 'playEvent' && a.card === id);
          return (
            <li key={id} className="secret-card">
              <h3>{card.name}</h3>
              <p className="card-meta">{SIDE_NAMES[card.side]} · {card.ops} ops · event costs {card.cost} capital</p>
              <p>{describeCard(card)}</p>
              <div className="card-actions">
                {events.length === 0 && <p className="muted">The event is not playable by you now.</p>}
                {events.map((a) => (
                  <button key={a.choice ?? 'e'} type="button" onClick={() => onPlay(a)} title={explainAction(a)}>
                    {a.choice === undefined ? `Play event "${card.name}"` : `Play event: ${card.alternatives![a.choice]!.label}`}
                  </button>
                ))}
                <OpsPicker actor={actor} card={id} legal={legal} onPlay={onPlay} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function OpsPicker({ actor, card, legal, onPlay }: { actor: ActorId; card: string; legal: readonly Action[]; onPlay: (a: Action) => void }) {
  const ops = legal.filter((a): a is Extract<Action, { type: 'playOps' }> => a.type === 'playOps' && a.card === card);
  const [op, setOp] = useState<OpId | ''>(ops[0]?.op ?? '');
  const chosen = ops.find((a) => a.op === op);
  const name = getCard(card)?.name ?? card;
  if (ops.length === 0) return null;
  return (
    <span className="ops-picker">
      <label>
        Operation for "{name}"{' '}
        <select value={op} onChange={(e) => setOp(e.target.value as OpId)}>
          {ACTOR_OPS[actor].filter((o) => ops.some((a) => a.op === o)).map((o) => <option key={o} value={o}>{OP_INFO[o].name}</option>)}
        </select>
      </label>
      <button type="button" disabled={!chosen} onClick={() => chosen && onPlay(chosen)}>Play "{name}" for ops</button>
      {chosen && <span className="muted"> {explainAction(chosen)}</span>}
    </span>
  );
}

function SummitMoves({ state, actor, legal, onPlay }: { state: GameState; actor: ActorId; legal: readonly Action[]; onPlay: (a: Action) => void }) {
  const table = currentTable(state)!;
  const info = TABLE_INFO[table];
  const offer = state.summit?.offer ?? null;
  const [picked, setPicked] = useState<readonly TermId[]>([]);
  const simple = legal.filter((a) => a.type === 'decline' || a.type === 'accept' || a.type === 'reject');
  const packType = offer ? 'counter' : 'propose';
  const match = legal.find((a) => a.type === packType && a.terms.length === picked.length && a.terms.every((t) => picked.includes(t)));
  const canPack = legal.some((a) => a.type === packType);
  const toggle = (t: TermId) => setPicked((p) => (p.includes(t) ? p.filter((x) => x !== t) : [...p, t]));
  return (
    <section aria-labelledby="secret-summit" className="panel">
      <h2 id="secret-summit">{info.name}</h2>
      {offer ? (
        <p>{ACTOR_INFO[offer.from].name} offers: {offer.terms.map((t) => TERM_INFO[t].name).join(', ')}.{offer.countered ? ' This is a counter-offer: accept or reject it.' : ''}</p>
      ) : (
        <p>You host this table: propose terms (at least one concession from each side) or decline.</p>
      )}
      <div className="card-actions">
        {simple.map((a) => (
          <button key={a.type} type="button" onClick={() => onPlay(a)} title={explainAction(a)}>{describeAction(a).replace(`${ACTOR_INFO[actor].name} `, '').replace(/^./, (c) => c.toUpperCase())}</button>
        ))}
      </div>
      {canPack && (
        <fieldset>
          <legend>{offer ? 'Or counter once with different terms' : 'Terms to propose'}</legend>
          {TABLE_TERMS[table].map((t) => (
            <label key={t} className="term">
              <input type="checkbox" checked={picked.includes(t)} onChange={() => toggle(t)} />
              {' '}{TERM_INFO[t].name} <span className="muted">({ACTOR_INFO[TERM_INFO[t].giver].short} gives)</span>
            </label>
          ))}
          <button type="button" disabled={!match} onClick={() => match && onPlay(match)}>{offer ? 'Counter with these terms' : 'Propose these terms'}</button>
          {!match && picked.length > 0 && <p className="muted">Pick at least one concession from each side{offer ? ', different from the offer' : ''}.</p>}
        </fieldset>
      )}
    </section>
  );
}
