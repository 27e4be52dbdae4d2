import type { ReactNode } from 'react';
import { type Card, describeCard, SIDE_NAMES } from '../../engine';

/** A printed card: side band, ops and cost, event text (from the engine's own data), date and flavor. */
export function CardFace({ card, children, headingLevel = 3 }: { card: Card; children?: ReactNode; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="card" data-side={card.side} aria-label={`Card: ${card.name}`}>
      <div className="card-band">
        <span className="card-side">{SIDE_NAMES[card.side]}</span>
        <span className="card-ops" title="Operation points">
          <span className="card-ops-n">{card.ops}</span> <span className="card-ops-l">ops</span>
        </span>
      </div>
      <H className="card-name">{card.name}</H>
      <p className="card-meta">
        <span className="card-date">{card.date}</span>
        <span className="card-cost">{card.cost === 0 ? 'Event free' : `Event costs ${card.cost} capital`}</span>
      </p>
      <p className="card-text">{describeCard(card)}</p>
      <p className="card-flavor">{card.flavor}</p>
      {children ? <div className="card-actions">{children}</div> : null}
    </article>
  );
}
