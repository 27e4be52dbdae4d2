import { useId, useState } from 'react';
import {
  type Action, ACTOR_INFO, type ActorId, check, currentTable, describeEffects, type GameState, SUMMIT_OFFER_COST,
  TABLE_INFO, TABLE_TERMS, type TableId, TERM_INFO, type TermId, TRACK_INFO,
} from '../../engine';
import { ActorBadge } from '../common/ActorBadge';
import { ActionButton } from './ActionButton';
import { same } from './Hand';

type Chooser = { onChoose: (a: Action) => void; onPreview: (a: Action | null) => void; pending: Action | null };

const sameSet = (a: readonly TermId[], b: readonly TermId[]) => a.length === b.length && a.every((t) => b.includes(t));

/**
 * The summit as an exchange. The host composes a package of terms (Propose is enabled only when the
 * engine lists that package as legal) or declines; the guest accepts, rejects or counters; the host answers.
 */
export function SummitPanel({ state, seat, legal, ...chooser }: { state: GameState; seat: ActorId; legal: readonly Action[] } & Chooser) {
  const table = currentTable(state)!;
  const info = TABLE_INFO[table];
  const offer = state.summit!.offer;
  const [countering, setCountering] = useState(false);
  const readiness = state.tracks[info.readiness];
  const counters = legal.filter((a): a is Extract<Action, { type: 'counter' }> => a.type === 'counter');
  const accept = legal.find((a) => a.type === 'accept');
  const reject = legal.find((a) => a.type === 'reject');
  const decline = legal.find((a) => a.type === 'decline');
  // The engine's own reason when a composed package is not allowed (e.g. the host cannot pay for it).
  const why = (type: 'propose' | 'counter') => (terms: readonly TermId[]) => check(state, { type, actor: seat, terms: [...terms] } as Action)?.message ?? null;

  return (
    <section className="summit" aria-labelledby="summit-title">
      <header className="summit-head">
        <p className="summit-kicker">Summit step · table {state.summit!.index + 1} of {state.summit!.tables.length}</p>
        <h2 id="summit-title">{info.name}</h2>
        <p className="summit-parties">
          <ActorBadge actor={info.host} withName /> <span className="summit-role">hosts</span> · <ActorBadge actor={info.guest} withName /> <span className="summit-role">is the guest</span> · {TRACK_INFO[info.readiness].name}: {readiness}
        </p>
      </header>

      {!offer ? (
        <>
          <p className="summit-instructions">
            You host this table. Compose a package with at least one concession from each side, and propose it (costs {SUMMIT_OFFER_COST} capital), or decline to hold the summit.
          </p>
          <Composer key={`${table}-${state.step}`} table={table} legalPackages={legal.filter((a): a is Extract<Action, { type: 'propose' }> => a.type === 'propose')} initial={[]} verb="Propose this package" why={why('propose')} {...chooser} />
          {decline && (
            <div className="button-row">
              <ActionButton action={decline} label="Decline the summit" className="btn-danger" {...chooser} selected={same(chooser.pending, decline)} />
            </div>
          )}
        </>
      ) : (
        <>
          <div className="offer" aria-labelledby="offer-title">
            <h3 id="offer-title">
              {offer.countered ? 'Counter-offer' : 'Offer'} from {ACTOR_INFO[offer.from].name}
            </h3>
            <TermList terms={offer.terms} />
            <p className="summit-instructions">
              {offer.countered
                ? 'This is a counter-offer: your answer is final. Accept and the deal is done; reject and the talks break down.'
                : `Accept and the deal is done; reject and the talks break down; or counter once with a package of your own.`}
            </p>
          </div>
          <div className="button-row">
            {accept && <ActionButton action={accept} label="Accept the deal" className="btn-good" {...chooser} selected={same(chooser.pending, accept)} />}
            {reject && <ActionButton action={reject} label="Reject" className="btn-danger" {...chooser} selected={same(chooser.pending, reject)} />}
            {counters.length > 0 && (
              <button type="button" className="btn" aria-expanded={countering} onClick={() => setCountering((c) => !c)}>
                {countering ? 'Close counter-offer' : 'Compose a counter-offer…'}
              </button>
            )}
          </div>
          {countering && counters.length > 0 && (
            <Composer key={`${table}-${state.step}-counter`} table={table} legalPackages={counters} initial={offer.terms} verb="Send counter-offer" why={why('counter')} {...chooser} />
          )}
        </>
      )}
    </section>
  );
}

function TermList({ terms }: { terms: readonly TermId[] }) {
  return (
    <ul className="term-list">
      {terms.map((t) => (
        <li key={t}>
          <ActorBadge actor={TERM_INFO[t].giver} /> <strong>{TERM_INFO[t].name}</strong> <span className="term-giver">({ACTOR_INFO[TERM_INFO[t].giver].name} gives)</span>
          <span className="term-effects">{describeEffects(TERM_INFO[t].effects)}</span>
        </li>
      ))}
    </ul>
  );
}

function Composer({ table, legalPackages, initial, verb, why, ...chooser }: {
  table: TableId;
  why: (terms: readonly TermId[]) => string | null;
  legalPackages: readonly (Action & { terms: readonly TermId[] })[];
  initial: readonly TermId[];
  verb: string;
} & Chooser) {
  const [picked, setPicked] = useState<readonly TermId[]>(initial);
  const id = useId();
  const info = TABLE_INFO[table];
  const match = legalPackages.find((a) => sameSet(a.terms, picked)) ?? null;
  const givers = [info.host, info.guest];
  const toggle = (t: TermId) => setPicked((p) => (p.includes(t) ? p.filter((x) => x !== t) : TABLE_TERMS[table].filter((x) => x === t || p.includes(x))));
  const hint = match
    ? `${picked.length} terms selected.`
    : picked.length === 0
      ? 'Pick the terms of the package.'
      : givers.some((g) => !picked.some((t) => TERM_INFO[t].giver === g))
        ? 'A package needs at least one concession from each side.'
        : `This package is not allowed: ${why(picked) ?? 'the engine does not list it as a legal move here.'}`;
  return (
    <div className="composer">
      <div className="composer-columns">
        {givers.map((g) => (
          <fieldset key={g} className="composer-side">
            <legend><ActorBadge actor={g} /> {ACTOR_INFO[g].name} gives</legend>
            {TABLE_TERMS[table].filter((t) => TERM_INFO[t].giver === g).map((t) => (
              <label key={t} className={`term-option ${picked.includes(t) ? 'is-picked' : ''}`}>
                <input type="checkbox" checked={picked.includes(t)} onChange={() => toggle(t)} aria-describedby={`${id}-${t}`} />
                <span className="term-name">{TERM_INFO[t].name}</span>
                <span id={`${id}-${t}`} className="term-effects">{describeEffects(TERM_INFO[t].effects)}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <p className="composer-hint" id={`${id}-hint`} role="status">{hint}</p>
      {match ? (
        <ActionButton action={match} label={verb} className="btn-primary" {...chooser} selected={same(chooser.pending, match)} />
      ) : (
        <button type="button" className="btn btn-primary" disabled aria-describedby={`${id}-hint`}>{verb}</button>
      )}
    </div>
  );
}
