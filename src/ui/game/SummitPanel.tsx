import { useId, useState } from 'react';
import {
  type Action, ACTOR_INFO, type ActorId, AUDIENCE_COST, check, currentTable, describeEffects, explainAction, type GameState,
  SUMMIT_OFFER_COST, type SummitStep, TABLE_INFO, TABLE_TERMS, type TableId, TERM_INFO, type TermId, TRACK_INFO,
} from '../../engine';
import { ActorBadge } from '../common/ActorBadge';
import { possessive } from '../common/words';
import { ActionButton } from './ActionButton';
import { same } from './Hand';

type Chooser = { onChoose: (a: Action) => void; onPreview: (a: Action | null) => void; pending: Action | null };

const sameSet = (a: readonly TermId[], b: readonly TermId[]) => a.length === b.length && a.every((t) => b.includes(t));

const STAGE_WORDS: Readonly<Record<SummitStep['stage'], string>> = {
  attend: 'North Korea decides whether to attend',
  intervene: 'Third parties sweeten, spoil or stay out',
  offer: 'The bargaining',
};

/**
 * The summit, stage by stage (rules 2.0): at the Trump–Kim table North Korea first attends (naming a
 * precondition or none) or snubs it; then each third party the table names sweetens, spoils or stays
 * out; then the host composes a package (Propose is enabled only when the engine lists it as legal) or
 * declines, and the guest accepts, rejects or counters. Every choice shows what it costs and what it pays.
 */
export function SummitPanel({ state, seat, legal, ...chooser }: { state: GameState; seat: ActorId; legal: readonly Action[] } & Chooser) {
  const table = currentTable(state)!;
  const info = TABLE_INFO[table];
  const st = state.summit!;
  const readiness = state.tracks[info.readiness];

  return (
    <section className="summit" aria-labelledby="summit-title">
      <header className="summit-head">
        <p className="summit-kicker">Summit step · table {st.index + 1} of {st.tables.length} · {STAGE_WORDS[st.stage]}</p>
        <h2 id="summit-title">{info.name}</h2>
        <p className="summit-parties">
          <ActorBadge actor={info.host} withName /> <span className="summit-role">hosts</span> · <ActorBadge actor={info.guest} withName /> <span className="summit-role">is the guest</span> · {TRACK_INFO[info.readiness].name}: {readiness}
        </p>
      </header>
      <TableSoFar step={st} table={table} />
      {st.stage === 'attend' ? (
        <AttendChoice legal={legal} {...chooser} />
      ) : st.stage === 'intervene' ? (
        <InterveneChoice table={table} seat={seat} legal={legal} {...chooser} />
      ) : (
        <Bargaining state={state} seat={seat} table={table} legal={legal} {...chooser} />
      )}
    </section>
  );
}

/** What is already decided at this table: North Korea's condition and the third parties' moves (public). */
function TableSoFar({ step, table }: { step: SummitStep; table: TableId }) {
  const info = TABLE_INFO[table];
  if (step.precondition === null && step.interventions.length === 0) return null;
  return (
    <ul className="summit-so-far" aria-label="Decided at this table">
      {step.precondition !== null && (
        <li>
          <ActorBadge actor={info.guest} /> {ACTOR_INFO[info.guest].name} came on one condition: <strong>{TERM_INFO[step.precondition].name}</strong>.
          {' '}An offer without it can be refused at no cost to {ACTOR_INFO[info.guest].name}.
        </li>
      )}
      {step.interventions.map((iv) => (
        <li key={iv.actor}>
          <ActorBadge actor={iv.actor} /> {ACTOR_INFO[iv.actor].name} {iv.kind === 'sweeten' ? 'sweetens the table: it gains if a deal is reached.' : 'works to spoil the table: it gains if no deal is reached.'}
        </li>
      ))}
    </ul>
  );
}

/** A move with what it does written out in full (not only in its tooltip): these choices are read, not skimmed. */
function Choice({ action, label, className = '', ...chooser }: { action: Action; label: string; className?: string } & Chooser) {
  return (
    <li className={`summit-choice ${same(chooser.pending, action) ? 'is-picked' : ''}`}>
      <ActionButton action={action} label={label} className={className} wide {...chooser} selected={same(chooser.pending, action)} />
      <p className="summit-choice-text">{explainAction(action)}</p>
    </li>
  );
}

/** North Korea at the Trump–Kim table: attend (with a precondition the US must give, or none) or snub. */
function AttendChoice({ legal, ...chooser }: { legal: readonly Action[] } & Chooser) {
  const attend = legal.filter((a): a is Extract<Action, { type: 'attend' }> => a.type === 'attend');
  const snub = legal.find((a) => a.type === 'snub');
  const bare = attend.find((a) => a.precondition === null);
  const conditional = attend.filter((a) => a.precondition !== null);
  return (
    <>
      <p className="summit-instructions">
        Washington has invited you. Sit down with Trump, or snub him. If you attend you may name one term the United States
        must give; an offer without it you can refuse at no cost. Your decision is public and goes on the record the
        analysts' forecasts are judged by.
      </p>
      <h3 className="summit-sub">Attend</h3>
      <ul className="summit-choices">
        {bare && <Choice action={bare} label="Attend with no precondition" className="btn-good" {...chooser} />}
        {conditional.map((a) => (
          <li key={a.precondition} className={`summit-choice ${same(chooser.pending, a) ? 'is-picked' : ''}`}>
            <ActionButton action={a} label={`Attend on condition: ${TERM_INFO[a.precondition!].name}`} className="btn-good" wide {...chooser} selected={same(chooser.pending, a)} />
            <p className="summit-choice-text">
              {explainAction(a)} If the United States gives it: {describeEffects(TERM_INFO[a.precondition!].effects)} It costs Washington: {describeEffects(TERM_INFO[a.precondition!].cost)}
            </p>
          </li>
        ))}
      </ul>
      {snub && (
        <>
          <h3 className="summit-sub">Stay away</h3>
          <ul className="summit-choices">
            <Choice action={snub} label="Snub the summit" className="btn-danger" {...chooser} />
          </ul>
        </>
      )}
    </>
  );
}

/** A third party the table names: sweeten (stake on a deal), spoil (stake on no deal) or stay out. */
function InterveneChoice({ table, seat, legal, ...chooser }: { table: TableId; seat: ActorId; legal: readonly Action[] } & Chooser) {
  const info = TABLE_INFO[table];
  const sweeten = legal.find((a) => a.type === 'sweeten');
  const spoil = legal.find((a) => a.type === 'spoil');
  const pass = legal.find((a) => a.type === 'pass');
  return (
    <>
      <p className="summit-instructions">
        The {info.name} names {ACTOR_INFO[seat].name} as a third party. Put something on the table for a deal, work against
        one, or stay out. A spoiler cannot close the table by itself: {ACTOR_INFO[info.host].name} and {ACTOR_INFO[info.guest].name} still decide.
      </p>
      <ul className="summit-choices">
        {sweeten && <Choice action={sweeten} label="Sweeten the deal" className="btn-good" {...chooser} />}
        {spoil && <Choice action={spoil} label="Spoil the talks" className="btn-danger" {...chooser} />}
        {pass && <Choice action={pass} label="Stay out" {...chooser} />}
      </ul>
      {(!sweeten || !spoil) && <p className="summit-choice-text">Sweetening or spoiling costs diplomatic capital you do not have now.</p>}
    </>
  );
}

/** The offers: the host composes or declines; the guest accepts, rejects or counters once. */
function Bargaining({ state, seat, table, legal, ...chooser }: { state: GameState; seat: ActorId; table: TableId; legal: readonly Action[] } & Chooser) {
  const info = TABLE_INFO[table];
  const st = state.summit!;
  const offer = st.offer;
  const precondition = st.precondition;
  const [countering, setCountering] = useState(false);
  const counters = legal.filter((a): a is Extract<Action, { type: 'counter' }> => a.type === 'counter');
  const accept = legal.find((a) => a.type === 'accept');
  const reject = legal.find((a) => a.type === 'reject');
  const decline = legal.find((a) => a.type === 'decline');
  // The engine's own reason when a composed package is not allowed (e.g. the host cannot pay for it).
  const why = (type: 'propose' | 'counter') => (terms: readonly TermId[]) => check(state, { type, actor: seat, terms: [...terms] } as Action)?.message ?? null;
  const lacksCondition = offer !== null && precondition !== null && !offer.terms.includes(precondition);

  return !offer ? (
    <>
      <p className="summit-instructions">
        You host this table. Compose a package with at least one concession from each side, and propose it (costs {SUMMIT_OFFER_COST} capital),
        or decline to hold the summit. Every term costs the side that gives it. If {ACTOR_INFO[info.guest].name} refuses your offer, the public
        refusal costs you {AUDIENCE_COST} standing.
      </p>
      {precondition !== null && (
        <p className="summit-warning">
          <span aria-hidden="true">⚠ </span>{ACTOR_INFO[info.guest].name} named its precondition: <strong>{TERM_INFO[precondition].name}</strong>.
          {' '}An offer without it can be refused at no cost to {ACTOR_INFO[info.guest].name}, and you still lose the standing.
        </p>
      )}
      <Composer key={`${table}-${state.step}`} table={table} precondition={precondition} legalPackages={legal.filter((a): a is Extract<Action, { type: 'propose' }> => a.type === 'propose')} initial={[]} verb="Propose this package" why={why('propose')} {...chooser} />
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
        <TermList terms={offer.terms} precondition={precondition} />
        {precondition !== null && seat === info.guest && (
          <p className={lacksCondition ? 'summit-warning' : 'summit-instructions'}>
            {lacksCondition
              ? `This offer lacks your condition (${TERM_INFO[precondition].name}): you can refuse it at no cost.`
              : `This offer includes your condition (${TERM_INFO[precondition].name}).`}
          </p>
        )}
        <p className="summit-instructions">
          {offer.countered
            ? 'This is a counter-offer: your answer is final. Accept and the deal is done; reject and the talks break down.'
            : `Accept and the deal is done; reject and the talks break down (the refusal costs ${ACTOR_INFO[offer.from].name} ${AUDIENCE_COST} standing); or counter once with a package of your own.`}
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
        <>
          <p className="summit-instructions">If your counter-offer is refused, the refusal costs you {AUDIENCE_COST} standing.</p>
          <Composer key={`${table}-${state.step}-counter`} table={table} precondition={precondition} legalPackages={counters} initial={offer.terms} verb="Send counter-offer" why={why('counter')} {...chooser} />
        </>
      )}
    </>
  );
}

/** What a term does, and what it costs its giver (every concession costs the side that makes it). */
function TermWords({ term }: { term: TermId }) {
  const t = TERM_INFO[term];
  return (
    <>
      <span className="term-effects">{describeEffects(t.effects)}</span>
      <span className="term-cost">Costs: {describeEffects(t.cost)}</span>
    </>
  );
}

function TermList({ terms, precondition }: { terms: readonly TermId[]; precondition: TermId | null }) {
  return (
    <ul className="term-list">
      {terms.map((t) => (
        <li key={t}>
          <ActorBadge actor={TERM_INFO[t].giver} /> <strong>{TERM_INFO[t].name}</strong> <span className="term-giver">({ACTOR_INFO[TERM_INFO[t].giver].name} gives)</span>
          {t === precondition && <span className="term-condition"> · North Korea's condition</span>}
          <TermWords term={t} />
        </li>
      ))}
    </ul>
  );
}

function Composer({ table, precondition, legalPackages, initial, verb, why, ...chooser }: {
  table: TableId;
  precondition: TermId | null;
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
  const omits = precondition !== null && picked.length > 0 && !picked.includes(precondition);
  const hint = match
    ? `${picked.length} terms selected.${omits ? ` It leaves out ${possessive(ACTOR_INFO[info.guest].name)} condition (${TERM_INFO[precondition].name}): it can be refused at no cost to ${ACTOR_INFO[info.guest].name}.` : ''}`
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
                <span className="term-name">{TERM_INFO[t].name}{t === precondition && <span className="term-condition"> · {possessive(ACTOR_INFO[info.guest].name)} condition</span>}</span>
                <span id={`${id}-${t}`} className="term-words"><TermWords term={t} /></span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <p className={`composer-hint ${omits ? 'is-warning' : ''}`} id={`${id}-hint`} role="status">{hint}</p>
      {match ? (
        <ActionButton action={match} label={verb} className="btn-primary" {...chooser} selected={same(chooser.pending, match)} />
      ) : (
        <button type="button" className="btn btn-primary" disabled aria-describedby={`${id}-hint`}>{verb}</button>
      )}
    </div>
  );
}
