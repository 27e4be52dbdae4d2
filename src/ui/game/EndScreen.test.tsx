import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTOR_INFO, apply, type GameState, newGameOrThrow, OBJECTIVE_BY_ID, standings, toMove, winner } from '../../engine';
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
