import { memo } from 'react';
import { ACTOR_INFO, ACTORS } from '../../engine';
import { type OpenedLog, originLabel } from './openLog';

/** Which game this is: where it came from, its seats, its outcome, and the verified final hash. */
export const LogSummary = memo(function LogSummary({ opened, verified }: { readonly opened: OpenedLog; readonly verified: boolean }) {
  const { log, states, native, rules } = opened;
  const final = states[states.length - 1]!;
  // Who won is decided by the log's own rules (their tie-breaks differ between versions).
  const win = rules.winner(native[native.length - 1]);
  const outcome =
    final.phase !== 'ended'
      ? `Unfinished: the log stops in round ${final.round}.`
      : final.end?.reason === 'catastrophe'
        ? `Catastrophe: tension reached the top and nobody wins${final.end.culprit ? ` (${ACTOR_INFO[final.end.culprit].name} pushed it there)` : ''}.`
        : `${win ? ACTOR_INFO[win].name : 'Nobody'} wins. Final scores: ${rules.standings(native[native.length - 1]).map((s) => `${ACTOR_INFO[s.actor].short} ${final.actors[s.actor].vp}`).join(', ')}.`;
  return (
    <section className="rp-summary" aria-labelledby="rp-summary-h">
      <h2 id="rp-summary-h">Game log: {log.actions.length} moves, seed {log.options.seed}, {log.options.rounds} rounds, rules {log.rulesVersion}</h2>
      <p>
        Opened from {originLabel(opened.origin)}
        {log.source ? <>; written by {log.source}</> : null}
        {log.createdAt ? <> on <time dateTime={log.createdAt}>{log.createdAt.slice(0, 10)}</time></> : null}.
      </p>
      <p>{outcome}</p>
      <p data-testid="final-hash" data-verified={verified ? 'yes' : 'no'}>
        {verified
          ? 'Verified: every move is legal and every state matches its recorded hash.'
          : 'Every move is legal and the final state matches; checking the recorded hash of each step…'}{' '}
        Final state hash: <code>{log.finalHash}</code>
        {log.headerHash === undefined ? ' An older (format 1) log: its seats, names and source are not covered by a hash, so an edit to them would not show.' : null}
      </p>
      <ul className="rp-seats" aria-label="Seats">
        {ACTORS.map((a) => {
          const seat = log.seats[a];
          const who = seat.kind === 'human' ? (seat.name ?? 'a player (no name given)') : `${seat.level} bot${seat.name ? ` (${seat.name})` : ''}`;
          return <li key={a}>{ACTOR_INFO[a].name}: {who}</li>;
        })}
      </ul>
    </section>
  );
});
