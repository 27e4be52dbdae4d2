import { memo } from 'react';
import mapUrl from '../../../assets/map.svg';
import { CITIES, MAP_H, MAP_W } from './geo';

const LABEL_DX = { left: -12, right: 12, above: 0, below: 0 } as const;
const LABEL_DY = { left: 5, right: 5, above: -12, below: 24 } as const;
/** Cities where an actor's token stands: their names sit clear of the token. */
const TOKEN_CITIES = new Set(['beijing', 'pyongyang', 'seoul', 'vladivostok']);
const dx = (id: string, side: keyof typeof LABEL_DX) => LABEL_DX[side] * (TOKEN_CITIES.has(id) ? 2.6 : 1);
const dy = (id: string, side: keyof typeof LABEL_DY) => (TOKEN_CITIES.has(id) && side === 'below' ? 52 : LABEL_DY[side]);
const ANCHOR = { left: 'end', right: 'start', above: 'middle', below: 'middle' } as const;

/**
 * The unchanging map layer: terrain art, cities, and the off-map pointers to Moscow and Washington.
 * Memoised with no props, so a move never re-renders it.
 */
export const MapArt = memo(function MapArt() {
  return (
    <g className="board-map" aria-hidden="true">
      <image href={mapUrl} width={MAP_W} height={MAP_H} preserveAspectRatio="none" />
      <g className="board-cities">
        {CITIES.map((c) => (
          <g key={c.id} transform={`translate(${c.at[0]} ${c.at[1]})`} className={`board-city board-city--${c.kind}`}>
            {c.kind === 'capital' ? (
              <><circle r="8" className="board-city-ring" /><circle r="3.5" className="board-city-dot" /></>
            ) : c.kind === 'site' ? (
              <path d="M0-8L2.4-2.5 8-2.5 3.5 1 5.3 7 0 3.5-5.3 7-3.5 1-8-2.5-2.4-2.5Z" className="board-city-site" />
            ) : (
              <circle r="4.5" className="board-city-dot board-city-dot--small" />
            )}
            <text x={dx(c.id, c.label)} y={dy(c.id, c.label)} textAnchor={ANCHOR[c.label]} className="board-city-name">{c.name}</text>
          </g>
        ))}
      </g>
      <g className="board-offmap" transform="translate(300 44)">
        <path d="M0 0L16-10V-4H150V4H16V10Z" className="board-offmap-arrow" />
        <text x="24" y="28" className="board-offmap-text">To Moscow · 6,400 km</text>
      </g>
    </g>
  );
});
