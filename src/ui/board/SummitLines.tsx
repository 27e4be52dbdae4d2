import { ACTOR_INFO, type GameView, SUMMIT_READY, TABLE_INFO, TABLES, type TableId, TERM_INFO } from '../../engine';
import { ACTOR_ART } from './actorArt';
import { currentTableOf } from './boardModel';

interface TableGeo {
  readonly path: string;
  /** Where the table's medallion sits; the line passes through it. */
  readonly at: readonly [number, number];
  readonly label: string;
}

const [ux, uy] = ACTOR_ART.US.token;
const [kx, ky] = ACTOR_ART.KP.token;
const [cx, cy] = ACTOR_ART.CN.token;

/** Each summit table is a line from Washington's corner to the guest's capital, through the table's medallion. */
const TABLE_GEO: Readonly<Record<TableId, TableGeo>> = {
  USKP: { path: `M${ux} ${uy}Q560 790 436 572T${kx} ${ky}`, at: [436, 572], label: 'US–DPRK' },
  USCN: { path: `M${ux} ${uy + 20}Q660 900 556 884T${cx} ${cy}`, at: [556, 884], label: 'US–China' },
};

/** Seals drawn per table; longer games show the latest ones and a count. */
const MAX_SEALS = 4;

/** Wide enough for the longest term line (about 7 units a character at 13px). */
const noteWidth = (terms: readonly (keyof typeof TERM_INFO)[]) => Math.max(220, 30 + 7.6 * Math.max(...terms.map((t) => TERM_INFO[t].name.length + 6)));

/** Summit tables on the map: a faint line while readiness is low, a bold one when the table is open, seals for deals. */
export function SummitLines({ view }: { view: GameView }) {
  const current = currentTableOf(view);
  return (
    <g className="board-summits">
      {TABLES.map((t) => {
        const info = TABLE_INFO[t];
        const geo = TABLE_GEO[t];
        const readiness = view.tracks[info.readiness];
        const open = view.phase === 'summit' ? !!view.summit?.tables.includes(t) : readiness >= SUMMIT_READY;
        const now = current === t;
        const deals = view.deals.filter((d) => d.table === t);
        const state = now ? 'Negotiating' : open ? 'Table open' : `Ready ${readiness}/${SUMMIT_READY}`;
        const cls = `board-summit${open ? ' is-open' : ''}${now ? ' is-now' : ''}`;
        return (
          <g key={t} className={cls} data-table={t}>
            <title>{`${info.name}: readiness ${readiness} of ${SUMMIT_READY} needed; ${open ? 'the table is open' : 'not open'}; ${deals.length} ${deals.length === 1 ? 'deal' : 'deals'} concluded.`}</title>
            <path d={geo.path} className="board-summit-line-bg" />
            <path d={geo.path} className="board-summit-line" />
            <g transform={`translate(${geo.at[0]} ${geo.at[1]})`}>
              <circle r="40" className="board-summit-medal" />
              <circle r="35" className="board-summit-medal-rim" />
              <text y="-10" className="board-summit-name">{geo.label}</text>
              <text y="7" className="board-summit-sub">summit</text>
              <text y="24" className="board-summit-state">{state}</text>
              {deals.length > MAX_SEALS && (
                <text x="40" y="34" className="board-deal-more">{`${deals.length} deals`}</text>
              )}
              {deals.slice(-MAX_SEALS).map((d, i) => (
                <g key={`${d.round}-${i}`} transform={`translate(${50 + i * 34} ${-20 + (i % 2) * 26}) scale(1.3)`} className="board-deal">
                  <title>{`Deal in round ${d.round}: ${d.terms.map((x) => TERM_INFO[x].name).join(', ')}`}</title>
                  <path d="M0-15l4 5 6-2 0 6 6 2-4 5 4 5-6 2 0 6-6-2-4 5-4-5-6 2 0-6-6-2 4-5-4-5 6-2 0-6 6 2Z" className="board-deal-seal" />
                  <text y="-1" className="board-deal-text">Deal</text>
                  <text y="9" className="board-deal-text">{`R${d.round}`}</text>
                </g>
              ))}
            </g>
            {now && view.summit?.offer && (
              <g transform={`translate(${geo.at[0] - 46 - noteWidth(view.summit.offer.terms)} ${geo.at[1] - 30 - view.summit.offer.terms.length * 9})`} className="board-offer">
                <rect width={noteWidth(view.summit.offer.terms)} height={44 + view.summit.offer.terms.length * 18} rx="6" className="board-offer-card" />
                <text x="10" y="20" className="board-offer-title">{`${ACTOR_INFO[view.summit.offer.from].short} ${view.summit.offer.countered ? 'counters' : 'offers'} → ${ACTOR_INFO[view.summit.offer.to].short}`}</text>
                {view.summit.offer.terms.map((x, i) => (
                  <text key={x} x="14" y={40 + i * 18} className="board-offer-term">{`${ACTOR_ART[TERM_INFO[x].giver].monogram}: ${TERM_INFO[x].name}`}</text>
                ))}
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
}
