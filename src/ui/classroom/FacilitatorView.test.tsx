import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACTORS, getCard, newGameOrThrow, OBJECTIVE_BY_ID } from '../../engine';
import type { Seats } from '../../log/seats';
import { FacilitatorView, stepLabel } from './FacilitatorView';

afterEach(cleanup);

const seats: Seats = {
  US: { kind: 'human', name: 'Eagles' },
  KP: { kind: 'human', name: 'Juche' },
  CN: { kind: 'bot', level: 'heuristic' },
  RU: { kind: 'bot', level: 'random' },
  KR: { kind: 'bot', level: 'heuristic' },
};
const runner = { notice: null, error: null, retry: vi.fn(), playForTeam: vi.fn() };

describe('FacilitatorView', () => {
  it('shows the public game and calls the team to the device, never a hand or a hidden objective', () => {
    const state = newGameOrThrow({ seed: '7', rounds: 2 });
    const { container } = render(<FacilitatorView state={state} seats={seats} runner={runner} onDebrief={() => {}} />);
    expect(screen.getByText(/Team Eagles \(United States\) — come to the device/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Ready: show Team Eagles/ })).toBeInTheDocument();
    const text = container.textContent ?? '';
    for (const a of ACTORS) {
      // No card has been played yet, so no card in any hand may be named anywhere on the shared screen.
      for (const id of state.actors[a].hand) expect(text).not.toContain(getCard(id)!.name);
      expect(text).not.toContain(OBJECTIVE_BY_ID.get(state.actors[a].objective)!.name);
    }
    expect(screen.getByRole('table', { name: 'Scores' })).toHaveTextContent('Bot (random)');
  });

  it('names the step in the game\'s words', () => {
    const s = newGameOrThrow({ seed: '1', rounds: 4 });
    expect(stepLabel(s)).toBe('Round 1 of 4 — Early September · Action turn 1 of 10');
    expect(stepLabel({ ...s, phase: 'summit', summit: { tables: ['USCN'], index: 0, stage: 'offer', precondition: null, interventions: [], waiting: [], offer: null } })).toBe('Round 1 of 4 — Early September · Summit step: Trump–Xi summit');
  });
});
