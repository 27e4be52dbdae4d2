import type { ReactNode } from 'react';
import { type Card, type CardSide, describeCard, PERIOD_INFO, SIDE_NAMES } from '../../engine';
import { ACTOR_ART } from '../board/actorArt';
import { count } from '../common/words';

/** Coalition sides have no capital: a printed mark instead of an actor's emblem. */
const SIDE_MARK: Readonly<Partial<Record<CardSide, string>>> = { axis: '⚔', allies: '⛨', neutral: '◎' };

function Emblem({ side }: { side: CardSide }) {
  const art = (ACTOR_ART as Readonly<Partial<Record<string, { emblem: string }>>>)[side];
  return art ? <img className="card-emblem" src={art.emblem} alt="" width="22" height="22" /> : <span className="card-emblem card-emblem--mark" aria-hidden="true">{SIDE_MARK[side] ?? '◇'}</span>;
}

/**
 * A printed card: side band with emblem, ops and cost, title and date, then its event text (from the
 * engine's own data) and flavor. In the tray the text sits in a fold that opens above the card on
 * hover or keyboard focus (it stays in the accessibility tree when folded); the moves stay in place.
 */
export function CardFace({ card, note, dated, children, headingLevel = 3 }: { card: Card; note?: string; dated?: string; children?: ReactNode; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="card" data-side={card.side} aria-label={`Card: ${card.name}`}>
      <div className="card-band">
        <Emblem side={card.side} />
        <span className="card-side">{SIDE_NAMES[card.side]}</span>
        <span className="card-ops" title="Operation points">
          <span className="card-ops-n">{card.ops}</span> <span className="card-ops-l">{card.ops === 1 ? 'op' : 'ops'}</span>
        </span>
      </div>
      <H className="card-name">{card.name}</H>
      <p className="card-meta">
        <span className="card-date">{PERIOD_INFO[card.period].name} · {card.date}</span>
        <span className="card-cost">{card.cost === 0 ? 'Event free' : `Event: ${count(card.cost, 'capital', 'capital')}`}</span>
      </p>
      <div className="card-more">
        <p className="card-text">{describeCard(card)}</p>
        <p className="card-flavor">{card.flavor}</p>
        <p className="card-source">Source: {card.source}</p>
        {note ? <p className="card-note"><span aria-hidden="true">⊘ </span>{note}</p> : null}
      </div>
      {dated ? <p className="card-dated"><span aria-hidden="true">★ </span>{dated}</p> : null}
      {children ? <div className="card-actions">{children}</div> : null}
    </article>
  );
}
