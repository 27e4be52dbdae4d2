import { memo } from 'react';
import { TRACK_INFO, TRACKS, type TrackId } from '../../engine';
import { signed, tensionNow, TRACK_MARKS } from './boardModel';

export const SPACE = 42;
export const ROW_H = 80;
const LEFT = 16;

/** One track's printed spaces: numbers, threshold zones and their words. Static per track, so memoised. */
const TrackSpaces = memo(function TrackSpaces({ track }: { track: TrackId }) {
  const info = TRACK_INFO[track];
  const marks = TRACK_MARKS[track];
  const n = info.max - info.min + 1;
  const toneOf = (v: number) => marks.find((m) => v >= m.from && v <= m.to)?.tone ?? null;
  const last = marks[marks.length - 1];
  return (
    <g className="board-track-spaces">
      {Array.from({ length: n }, (_, k) => {
        const v = info.min + k;
        const tone = toneOf(v);
        return (
          <g key={v} transform={`translate(${LEFT + k * SPACE} 30)`}>
            <rect width={SPACE - 4} height={SPACE - 4} rx="6" className={`board-space${tone ? ` board-space--${tone}` : ''}`} />
            {track === 'tension' && v === info.max ? (
              <path d="M19 4L23 13L33 10L27 18L35 25L24 25L22 35L17 26L8 32L11 22L3 18L12 15Z" className="board-burst" />
            ) : null}
            <text x={(SPACE - 4) / 2} y={SPACE / 2 + 4} className="board-space-num">{v}</text>
          </g>
        );
      })}
      {marks.map((m) => {
        // Bracket under the zone, labelled, so the threshold reads without colour.
        const x1 = LEFT + (m.from - info.min) * SPACE;
        const x2 = LEFT + (m.to - info.min + 1) * SPACE - 4;
        return (
          <g key={m.label} className={`board-zone board-zone--${m.tone}`}>
            <path d={`M${x1} ${30 + SPACE}v5H${x2}v-5`} />
          </g>
        );
      })}
      {last && n < 11 ? (
        <text x={LEFT + n * SPACE + 6} y={30 + SPACE / 2 + 4} className="board-zone-note">{last.label}</text>
      ) : null}
    </g>
  );
});

interface RowProps {
  readonly track: TrackId;
  /** A live note beside the name (the APEC track says when it is judged and how it went). */
  readonly note?: string;
  readonly value: number;
  readonly changed: boolean;
  readonly delta: number | undefined;
  readonly y: number;
}

/** The zone words printed beside a track's name: as many as fit before the value (the table lists them all). */
const HEAD_CHARS = 34;
function headNote(labels: readonly string[]): string {
  let n = labels.length;
  while (n > 1 && labels.slice(0, n).join(' · ').length > HEAD_CHARS) n--;
  return labels.slice(0, n).join(' · ');
}

const TrackRow = memo(function TrackRow({ track, note, value, changed, delta, y }: RowProps) {
  const info = TRACK_INFO[track];
  const marks = TRACK_MARKS[track];
  const n = info.max - info.min + 1;
  const x = LEFT + (value - info.min) * SPACE + (SPACE - 4) / 2;
  const hot = track === 'tension' && value >= info.max;
  return (
    <g className={`board-track${changed ? ' is-changed' : ''}${hot ? ' is-catastrophe' : ''}`} data-track={track} transform={`translate(0 ${y})`}>
      <title>{`${info.name}: ${value} (range ${info.min}–${info.max}). ${info.help}`}</title>
      {changed && <rect x="4" y="-2" width="534" height={ROW_H - 4} rx="10" className="board-changed-outline" />}
      <text x={LEFT} y="20" className="board-track-name">{info.name}</text>
      <text x={LEFT + 11 * SPACE - 4} y="20" className="board-track-value">{`${value} / ${info.max}`}</text>
      {n >= 11 && marks.length > 0 && !note ? (
        <text x={LEFT + 11 * SPACE - 76} y="20" className="board-zone-note board-zone-note--head">{headNote(marks.map((m) => m.label))}</text>
      ) : null}
      {note ? <text x={LEFT + 11 * SPACE - 76} y="20" className="board-zone-note board-zone-note--head board-track-live">{note}</text> : null}
      <TrackSpaces track={track} />
      <g className="board-marker" style={{ transform: `translate(${x}px, ${30 + (SPACE - 4) / 2}px)` }}>
        <circle r="16" cy="3" className="board-marker-shadow" />
        <circle r="16" className="board-marker-disc" />
        <circle r="11" className="board-marker-rim" />
        <text y="5" className="board-marker-num">{value}</text>
      </g>
      {changed && (
        <g transform={`translate(${LEFT + 11 * SPACE} ${30 + (SPACE - 4) / 2})`} className="board-changed-badge">
          <rect x="0" y="-11" width="58" height="22" rx="11" />
          <text x="29" y="5">{delta === undefined ? 'changed' : `${delta > 0 ? '▲' : '▼'} ${signed(delta)}`}</text>
        </g>
      )}
    </g>
  );
});

interface Props {
  readonly tracks: Readonly<Record<TrackId, number>>;
  readonly apecNote: string;
  readonly changed: ReadonlySet<TrackId>;
  readonly delta: Readonly<Partial<Record<TrackId, number>>>;
}

/** The shared tracks, printed like a board's track rows with a marker token on each. */
export function TrackBoard({ tracks, apecNote, changed, delta }: Props) {
  return (
    <g className="board-tracks">
      {TRACKS.map((t, i) => (
        <TrackRow key={t} track={t} note={t === 'apec' ? apecNote : t === 'tension' ? tensionNow(tracks.tension, true) || undefined : undefined} value={tracks[t]} changed={changed.has(t)} delta={delta[t]} y={i * ROW_H} />
      ))}
    </g>
  );
}
