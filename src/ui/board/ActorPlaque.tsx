import { memo } from 'react';
import { ACTOR_INFO, type ActorId, type ActorView, RESOURCE_INFO, RESOURCE_MAX, RESOURCES, type ResourceId } from '../../engine';
import { ACTOR_ART, PLAQUE_H, PLAQUE_W } from './actorArt';
import { type ActorDelta, signed } from './boardModel';

const RES_LABEL: Readonly<Record<ResourceId, string>> = { capital: 'Capital', economy: 'Economy', military: 'Military', standing: 'Standing' };
const PIP = 12.5;
const LABEL_W = 78;

interface Props {
  readonly id: ActorId;
  readonly actor: ActorView;
  readonly toMove: boolean;
  readonly changed: boolean;
  readonly delta: ActorDelta | undefined;
  readonly rank: number | null;
  readonly culprit: boolean;
  /** The game ended by the calendar: rank 1 is the winner. After a catastrophe nobody wins. */
  readonly hasWinner: boolean;
}

/** An actor on the map: its emblem token at the capital, and a plaque with VP, hand and resources. */
export const ActorPlaque = memo(function ActorPlaque({ id, actor, toMove, changed, delta, rank, culprit, hasWinner }: Props) {
  const art = ACTOR_ART[id];
  const info = ACTOR_INFO[id];
  const [px, py] = art.plaque;
  const [tx, ty] = art.token;
  // Leader line from the plaque's nearest edge to the token.
  const lx = Math.min(Math.max(tx, px + 20), px + PLAQUE_W - 20);
  const ly = ty < py ? py : ty > py + PLAQUE_H ? py + PLAQUE_H : py + PLAQUE_H / 2;
  const cls = `board-actor board-actor--${id}${toMove ? ' is-to-move' : ''}${changed ? ' is-changed' : ''}`;
  const resText = RESOURCES.map((r) => `${RESOURCE_INFO[r].name} ${actor.resources[r]}`).join(', ');
  return (
    <g className={cls} data-actor={id} style={{ ['--actor' as string]: art.color, ['--ink' as string]: art.ink }}>
      <title>{`${info.name} (${info.leader}): ${actor.vp} VP, ${actor.handCount} cards in hand; ${resText}${toMove ? '. To move.' : ''}`}</title>
      {id !== 'US' && <line x1={lx} y1={ly} x2={tx} y2={ty} className="board-leader" />}
      <g transform={`translate(${tx} ${ty})`} className="board-token">
        {toMove && <circle r="34" className="board-token-ring" />}
        <circle r="25" cy="3" className="board-token-shadow" />
        <image href={art.emblem} x="-24" y="-24" width="48" height="48" />
      </g>
      <g transform={`translate(${px} ${py})`}>
        {changed && <rect x="-7" y="-7" width={PLAQUE_W + 14} height={PLAQUE_H + 14} rx="14" className="board-changed-outline" />}
        <rect x="3" y="4" width={PLAQUE_W} height={PLAQUE_H} rx="10" className="board-plaque-shadow" />
        <rect width={PLAQUE_W} height={PLAQUE_H} rx="10" className="board-plaque" />
        <path d={`M0 10a10 10 0 0 1 10-10H${PLAQUE_W - 10}a10 10 0 0 1 10 10V40H0Z`} fill={art.color} />
        <image href={art.emblem} x="8" y="4" width="32" height="32" />
        <text x="46" y="20" className="board-plaque-name" fill={art.ink}>{info.short}</text>
        <text x="46" y="34" className="board-plaque-leader" fill={art.ink}>{info.leader}</text>
        <g transform={`translate(${PLAQUE_W - 30} 20)`}>
          <circle r="18" className="board-vp-disc" />
          <text y="5" className={Math.abs(actor.vp) >= 100 ? 'board-vp-num board-vp-num--long' : 'board-vp-num'}>{actor.vp}</text>
          <text x="-25" y="5" className="board-vp-label" fill={art.ink}>VP</text>
        </g>
        {RESOURCES.map((r, i) => {
          const v = actor.resources[r];
          const d = delta?.resources[r] ?? 0;
          const y = 58 + i * 25;
          return (
            <g key={r} transform={`translate(10 ${y})`} className={`board-res${d !== 0 ? ' is-changed' : ''}`}>
              <text y="5" className="board-res-label">{RES_LABEL[r]}</text>
              {Array.from({ length: RESOURCE_MAX }, (_, k) => (
                <rect key={k} x={LABEL_W + k * PIP} y="-7" width={PIP - 3} height="13" rx="2" className={k < v ? 'board-pip is-on' : 'board-pip'} />
              ))}
              <text x={LABEL_W + RESOURCE_MAX * PIP + 5} y="6" className="board-res-num">{v}</text>
              {d !== 0 && <text x={LABEL_W + RESOURCE_MAX * PIP + 30} y="6" className="board-res-delta">{signed(d)}</text>}
            </g>
          );
        })}
        <g transform={`translate(10 ${PLAQUE_H - 22})`} className="board-hand">
          {Array.from({ length: Math.min(actor.handCount, 6) }, (_, k) => (
            <rect key={k} x={k * 9} y="-8" width="13" height="18" rx="2" className="board-card" />
          ))}
          <text x={Math.min(actor.handCount, 6) * 9 + 12} y="6" className="board-hand-text">{`${actor.handCount} ${actor.handCount === 1 ? 'card' : 'cards'} in hand`}</text>
          {rank !== null && <text x={PLAQUE_W - 20} y="6" className="board-rank">{culprit ? 'Culprit · last' : rank === 1 && hasWinner ? '1st · winner' : `Rank ${rank}`}</text>}
        </g>
        {delta && delta.vp !== 0 && (
          <g transform={`translate(${PLAQUE_W - 30} 46)`}>
            <rect x="-18" y="-9" width="36" height="17" rx="8" className="board-delta-pill" />
            <text y="4" className="board-delta-text">{signed(delta.vp)}</text>
          </g>
        )}
        {toMove && (
          <g transform={`translate(${PLAQUE_W / 2 - 20} ${PLAQUE_H + 4})`} className="board-tomove-flag">
            <path d="M-52-16H52L46-2L52 12H-52L-46-2Z" />
            <text y="3">▶ TO MOVE</text>
          </g>
        )}
        {changed && (
          <g transform={`translate(${PLAQUE_W - 8} ${PLAQUE_H - 2})`} className="board-changed-badge">
            <rect x="-70" y="-12" width="74" height="22" rx="11" />
            <text x="-33" y="4">changed</text>
          </g>
        )}
      </g>
    </g>
  );
});
