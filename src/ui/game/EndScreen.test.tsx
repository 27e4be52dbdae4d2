import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTOR_INFO, apply, type GameState, newGameOrThrow, OBJECTIVE_BY_ID, READING_INFO, standings, TERM_INFO, toMove, winner } from '../../engine';
import { chooseAction } from '../../ai/bot';
import { ALL_BOT_SEATS } from '../../log';
import { EndScreen } from './EndScreen';

afterEach(cleanup);

/** A finished random-bot game; `want` picks how it must have ended. */
function finished(want: 'calendar' | 'catastrophe'): GameState {
  for (let seed = 1; seed < 400; seed++) {
    let s = newGameOrThrow({ seed: String(seed), rounds: want === 'calendar' ? 2 : 6 });
    for (let seat = toMove(s); seat; seat = toMove(s)) {
      const r = apply(s, chooseAction(s, seat, 'random', { seed }));
      if (!r.ok) throw new Error(r.error.message);
      s = r.value;
    }
    if (s.end?.reason === want) return s;
  }
  throw new Error(`no ${want} game found`);
}

describe('end screen', () => {
  it('names the winner and explains every actor\'s score and objective', () => {
    const s = finished('calendar');
    render(<EndScreen state={s} seats={ALL_BOT_SEATS} actions={null} />);
    const w = winner(s)!;
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`${ACTOR_INFO[w].name} wins`);
    const rows = within(screen.getByRole('table', { name: 'Final standings' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    standings(s).forEach((st, i) => {
      expect(rows[i]).toHaveTextContent(ACTOR_INFO[st.actor].name);
      expect(rows[i]).toHaveTextContent(String(st.vp));
      const obj = OBJECTIVE_BY_ID.get(s.actors[st.actor].objective)!;
      expect(rows[i]).toHaveTextContent(obj.name);
      expect(rows[i]).toHaveTextContent(obj.met(s) ? /✔ Met/ : /✘ Not met/);
    });
  });

  it('shows each actor\'s kept objective and the one passed over, its forecast and whether it came true', () => {
    const s = finished('calendar');
    render(<EndScreen state={s} seats={ALL_BOT_SEATS} actions={null} />);
    const rows = within(screen.getByRole('table', { name: 'Final standings' })).getAllByRole('row').slice(1);
    expect(s.reading).not.toBeNull();
    standings(s).forEach((st, i) => {
      const a = s.actors[st.actor];
      const other = a.objectiveChoices.find((id) => id !== a.objective)!;
      expect(rows[i]).toHaveTextContent(`Passed over: ${OBJECTIVE_BY_ID.get(other)!.name}`);
      expect(rows[i]).toHaveTextContent(READING_INFO[a.forecast!].name);
      expect(rows[i]).toHaveTextContent(a.forecast === s.reading ? /✔ Came true/ : /✘ Did not come true/);
    });
    expect(screen.getByText(/The analysts' verdict:/).closest('p')).toHaveTextContent(READING_INFO[s.reading!].name);
  });

  it('lists North Korea\'s decision at each Trump–Kim table, and the engine\'s tie-break words', () => {
    const s0 = finished('calendar');
    const s: GameState = {
      ...s0,
      summitsHeld: [{ round: 1, table: 'USKP', attended: false, precondition: null }, { round: 2, table: 'USKP', attended: true, precondition: 'recognition' }],
      end: { ...s0.end!, tieBreak: 'China and Russia were level on 12 VP: China placed first on agenda items met.' },
    };
    render(<EndScreen state={s} seats={ALL_BOT_SEATS} actions={null} />);
    const list = screen.getByRole('heading', { name: 'North Korea at the Trump–Kim table' }).nextElementSibling!;
    expect(list).toHaveTextContent('Round 1: snubbed the summit.');
    expect(list).toHaveTextContent(`Round 2: attended, on condition: ${TERM_INFO.recognition.name}`);
    expect(screen.getByText(/^Tie-break:/).closest('p')).toHaveTextContent('Tie-break: China and Russia were level on 12 VP: China placed first on agenda items met.');
  });

  it('after a catastrophe: nobody wins, and the culprit is named and last', () => {
    const s = finished('catastrophe');
    render(<EndScreen state={s} seats={ALL_BOT_SEATS} actions={null} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Nobody wins');
    const rows = within(screen.getByRole('table', { name: 'Final standings' })).getAllByRole('row').slice(1);
    if (s.end!.culprit) {
      expect(document.querySelector(".end-sub")).toHaveTextContent(`${ACTOR_INFO[s.end!.culprit].name} pushed it over the edge and ranks last.`);
      expect(rows[4]).toHaveTextContent(ACTOR_INFO[s.end!.culprit].name);
      expect(rows[4]).toHaveTextContent('culprit');
    }
  });
});
