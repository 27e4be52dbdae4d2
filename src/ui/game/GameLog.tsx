import { memo, useEffect, useRef, useState } from 'react';
import { type ChronicleEntry, type ChronicleKind, roundLabel } from '../../engine';
import { ActorBadge } from '../common/ActorBadge';

const KIND_ICON: Readonly<Record<ChronicleKind, string>> = { world: '◍', card: '▤', ops: '⚙', summit: '⇄', scoring: '✚', end: '⚑' };
const KIND_NAME: Readonly<Record<ChronicleKind, string>> = { world: 'World event', card: 'Card event', ops: 'Operations', summit: 'Summit', scoring: 'Scoring', end: 'Game end' };

/** The game's chronicle in plain language, newest first; new lines are announced politely. */
export function GameLog({ chronicle }: { chronicle: readonly ChronicleEntry[] }) {
  const seen = useRef(chronicle.length);
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    if (chronicle.length > seen.current) setAnnounce(chronicle.slice(seen.current).map((e) => e.text).join(' '));
    // Undone: the taken-back move must not linger (its card is back in a hidden hand).
    else if (chronicle.length < seen.current) setAnnounce('');
    seen.current = chronicle.length;
  }, [chronicle]);
  const entries = chronicle.map((e, i) => ({ e, i })).reverse();
  return (
    <section className="game-log" aria-labelledby="log-title">
      <h2 id="log-title">Chronicle</h2>
      <p className="sr-only" aria-live="polite" aria-atomic="true">{announce}</p>
      <ol className="log-list" tabIndex={0} aria-label="Chronicle, newest first">
        {entries.map(({ e, i }, k) => (
          <LogItem key={i} entry={e} withRound={k === 0 || entries[k - 1]!.e.round !== e.round} />
        ))}
      </ol>
    </section>
  );
}

/** Entries never change once written (the engine keeps their identity), so each is drawn once. */
const LogItem = memo(function LogItem({ entry: e, withRound }: { entry: ChronicleEntry; withRound: boolean }) {
  return (
    <li className={`log-entry log-${e.kind}`}>
      {withRound && <span className="log-round">Round {e.round} · {roundLabel(e.round)}</span>}
      <span className="log-line">
        <span className="log-icon" title={KIND_NAME[e.kind]} aria-label={KIND_NAME[e.kind]} role="img">{KIND_ICON[e.kind]}</span>
        {e.actor ? <ActorBadge actor={e.actor} /> : null}
        <span className="log-text">{e.text}</span>
      </span>
    </li>
  );
});
