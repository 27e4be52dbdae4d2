import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accidentChance, ACTOR_INFO, ACTORS, BRINK_TENSION, CATASTROPHE_TENSION, CRISIS_TENSION, type GameView, RESOURCES, newGameOrThrow, SUMMIT_READY, TRACK_INFO, TRACKS, view,
} from '../../engine';
import { ACTOR_ART } from './actorArt';
import { Board } from './Board';
import { findGame, playUntil } from './scenarios';
import { startedGame } from '../../engine/testkit';

afterEach(cleanup);

// Round 1's first action turn (the secret setup played).
const fresh = () => view(startedGame({ seed: '1' }), null);
const tracksTable = () => screen.getByRole('table', { name: 'Shared tracks' });
const actorsTable = () => screen.getByRole('table', { name: 'Actors' });
const rowOf = (table: HTMLElement, name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}\\b`) });
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('Board', () => {
  it('is a labelled figure with a described picture', () => {
    render(<Board view={fresh()} />);
    const region = screen.getByRole('figure', { name: 'Board' });
    const img = within(region).getByRole('img', { name: 'Summitry board' });
    expect(img).toHaveAccessibleDescription(/Round 1 of 6: Early September\. Action turn 1 of 10: United States to move\./);
  });

  it('shows every track with its value, in the picture and in the table, for a fresh game', () => {
    const v = fresh();
    const { container } = render(<Board view={v} />);
    for (const t of TRACKS) {
      const row = rowOf(tracksTable(), TRACK_INFO[t].name);
      expect(cells(row)[0]).toBe(String(v.tracks[t]));
      expect(cells(row)[1]).toBe(`${TRACK_INFO[t].min}–${TRACK_INFO[t].max}`);
      const g = container.querySelector(`g.board-track[data-track="${t}"]`)!;
      expect(g.querySelector('.board-marker-num')!.textContent).toBe(String(v.tracks[t]));
      expect(g.querySelector('.board-track-value')!.textContent).toBe(`${v.tracks[t]} / ${TRACK_INFO[t].max}`);
      // One printed space per value.
      expect(g.querySelectorAll('.board-space')).toHaveLength(TRACK_INFO[t].max - TRACK_INFO[t].min + 1);
    }
    expect(cells(rowOf(tracksTable(), 'Tension'))[2]).toMatch(/Catastrophe at 10/);
    expect(cells(rowOf(tracksTable(), 'Summit readiness US–DPRK'))[2]).toBe(`Summit table opens at ${SUMMIT_READY}`);
  });

  it('prints the tension thresholds and, when tension is high, the crisis and the accident risk now, in words', () => {
    const calm = fresh();
    const { container, rerender } = render(<Board view={calm} />);
    const marks = () => cells(rowOf(tracksTable(), 'Tension'))[2];
    // The numbers are the engine's (they are tuned by the balance figures).
    const pct = (t: number) => `${Math.round(accidentChance(t) * 100)}%`;
    expect(marks()).toContain(`Accidents at ${BRINK_TENSION}+: each round opens with a chance of an accident`);
    expect(marks()).toContain(`${pct(BRINK_TENSION)} at ${BRINK_TENSION}`);
    expect(marks()).toContain(`${pct(CATASTROPHE_TENSION - 1)} at ${CATASTROPHE_TENSION - 1}`);
    expect(marks()).toMatch(new RegExp(`Crisis at ${CRISIS_TENSION}\\+: at each round's end`));
    expect(calm.tracks.tension).toBeLessThan(CRISIS_TENSION);
    expect(marks()).not.toMatch(/Now:/);
    const hot = Math.max(CRISIS_TENSION, BRINK_TENSION);
    rerender(<Board view={{ ...calm, tracks: { ...calm.tracks, tension: hot } }} />);
    expect(marks()).toContain(`Now: crisis costs at each round's end; accident risk ${pct(hot)} at the start of each round.`);
    expect(container.querySelector('g.board-track[data-track="tension"] .board-track-live')!.textContent).toBe(`Crisis now · accident risk ${pct(hot)} a round`);
  });

  it('gives each actor its own emblem file', () => {
    expect(new Set(ACTORS.map((a) => ACTOR_ART[a].emblem)).size).toBe(5);
    expect(new Set(ACTORS.map((a) => ACTOR_ART[a].shape)).size).toBe(5);
  });

  it('shows each actor with an emblem, VP, hand size and resources', () => {
    const v = fresh();
    const { container } = render(<Board view={v} />);
    const us = cells(rowOf(actorsTable(), 'United States'));
    expect(us).toEqual(['star, US', '0', '4', String(v.actors.US.resources.capital), String(v.actors.US.resources.economy), String(v.actors.US.resources.military), String(v.actors.US.resources.standing), 'to move']);
    for (const a of ['US', 'KP', 'CN', 'RU', 'KR'] as const) {
      const g = container.querySelector(`g.board-actor[data-actor="${a}"]`)!;
      expect(g.querySelector('.board-plaque-name')!.textContent).toBe(ACTOR_INFO[a].short);
      expect(g.querySelectorAll('.board-pip.is-on')).toHaveLength(Object.values(v.actors[a].resources).reduce((x, y) => x + y, 0));
      expect(g.querySelector('image')!.getAttribute('href')).toBe(ACTOR_ART[a].emblem);
    }
  });

  it('marks the actor to move, in action turns and in the summit step', () => {
    const { container, rerender } = render(<Board view={fresh()} />);
    const marked = () => [...container.querySelectorAll('g.board-actor.is-to-move')].map((g) => g.getAttribute('data-actor'));
    expect(marked()).toEqual(['US']);
    expect(container.querySelector('.board-status-text')!.textContent).toBe('Action turn 1 of 10 · United States to move');
    expect(container.querySelector('.board-tomove-flag')!.textContent).toMatch(/TO MOVE/);
    const kpTurn = view(playUntil(1, 6, (s) => s.turn === 1).state, null);
    rerender(<Board view={kpTurn} />);
    expect(marked()).toEqual(['KP']);
    expect(cells(rowOf(actorsTable(), 'North Korea'))[7]).toBe('to move');
    const summit = findGame((s) => s.phase === 'summit' && !!s.summit?.offer);
    expect(summit).not.toBeNull();
    const sv = view(summit!.state, null);
    rerender(<Board view={sv} />);
    expect(marked()).toEqual([sv.summit!.offer!.to]);
    expect(container.querySelector('.board-summit.is-now .board-summit-state')!.textContent).toBe('Negotiating');
    expect(container.querySelector('.board-offer')).not.toBeNull();
    expect(container.querySelector('.board-status-text')!.textContent).toMatch(/^Summit step · Trump–(Kim|Xi) summit · (DPRK|PRC|USA) to answer$/);
  });

  it('highlights what changed, with deltas when the previous view is given', () => {
    // The first move of a seeded game that moves both a track and an actor's resources or VP.
    let before = fresh();
    let after = fresh();
    for (let step = 1; step < 60; step++) {
      const { state, previous } = playUntil(2, 6, (s) => s.step === step);
      before = view(previous!, null);
      after = view(state, null);
      const movedActor = ACTORS.some((a) => RESOURCES.some((r) => after.actors[a].resources[r] !== before.actors[a].resources[r]));
      if (movedActor && TRACKS.some((t) => after.tracks[t] !== before.tracks[t])) break;
    }
    const { container } = render(<Board view={after} previous={before} />);
    const changedTracks = TRACKS.filter((t) => after.tracks[t] !== before.tracks[t]);
    const shown = [...container.querySelectorAll('g.board-track.is-changed')].map((g) => g.getAttribute('data-track'));
    expect(shown).toEqual(changedTracks);
    for (const t of changedTracks) {
      const d = after.tracks[t] - before.tracks[t];
      expect(container.querySelector(`g.board-track[data-track="${t}"] .board-changed-badge`)!.textContent).toContain(d > 0 ? `+${d}` : `−${-d}`);
      expect(cells(rowOf(tracksTable(), TRACK_INFO[t].name))[3]).toMatch(/^changed [+−]\d+$/);
    }
    const changedActors = ACTORS.filter((a) => after.actors[a].vp !== before.actors[a].vp || RESOURCES.some((r) => after.actors[a].resources[r] !== before.actors[a].resources[r]));
    expect(changedActors.length).toBeGreaterThan(0);
    expect([...container.querySelectorAll('g.board-actor.is-changed')].map((g) => g.getAttribute('data-actor'))).toEqual(changedActors);
  });

  it('highlights an explicit changed list without deltas', () => {
    const { container } = render(<Board view={fresh()} changed={{ tracks: ['tension', 'apec'], actors: ['KR'] }} />);
    expect([...container.querySelectorAll('g.board-track.is-changed')].map((g) => g.getAttribute('data-track'))).toEqual(['tension', 'apec']);
    expect(container.querySelector('g.board-track[data-track="tension"] .board-changed-badge')!.textContent).toBe('changed');
    expect([...container.querySelectorAll('g.board-actor.is-changed')].map((g) => g.getAttribute('data-actor'))).toEqual(['KR']);
    expect(cells(rowOf(actorsTable(), 'South Korea'))[7]).toBe('changed');
    expect(cells(rowOf(tracksTable(), 'Axis cohesion'))[3]).toBe('');
  });

  it('shows a catastrophe: banner, nobody wins, the culprit last', () => {
    const base = fresh();
    const v: GameView = { ...base, phase: 'ended', tracks: { ...base.tracks, tension: 10 }, end: { reason: 'catastrophe', culprit: 'KP', tieBreak: null } };
    const { container } = render(<Board view={v} />);
    const banner = screen.getByTestId('board-end');
    expect(banner).toHaveTextContent('CATASTROPHE');
    expect(banner).toHaveTextContent('North Korea pushed it over the edge and ranks last.');
    expect(container.querySelector('g.board-track[data-track="tension"]')).toHaveClass('is-catastrophe');
    expect(container.querySelector('g.board-actor[data-actor="KP"] .board-rank')!.textContent).toBe('Culprit · last');
    expect(container.textContent).not.toMatch(/winner/);
    expect(container.querySelectorAll('g.board-actor.is-to-move')).toHaveLength(0);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/Game over: catastrophe\. Tension reached 10; nobody wins\./);
  });

  it('shows a game ended by the calendar with the ranking', () => {
    const g = findGame((s) => s.end?.reason === 'calendar', 1, 5)!;
    const v = view(g.state, null);
    const { container } = render(<Board view={v} />);
    expect(screen.getByTestId('board-end')).toHaveTextContent('THE AUTUMN IS OVER');
    expect(container.querySelectorAll('.board-rank')).toHaveLength(5);
    expect([...container.querySelectorAll('.board-rank')].filter((r) => r.textContent === '1st · winner')).toHaveLength(1);
  });

  it('draws deals on the summit lines', () => {
    const base = fresh();
    const v: GameView = { ...base, deals: [{ round: 1, table: 'USKP', terms: ['sanctionsRelief', 'freeze'] }, { round: 2, table: 'USKP', terms: ['remains', 'exercisesPause'] }] };
    const { container } = render(<Board view={v} />);
    expect(container.querySelectorAll('g.board-summit[data-table="USKP"] .board-deal')).toHaveLength(2);
    expect(container.querySelectorAll('g.board-summit[data-table="USCN"] .board-deal')).toHaveLength(0);
    expect(screen.getByRole('row', { name: /Trump–Kim summit/ })).toHaveTextContent('round 1: Ease sanctions, Freeze nuclear tests; round 2');
  });

  it('handles a 100-round game: the scripted calendar plus an extra-round counter', () => {
    // Random play may end in catastrophe first: the first seed that reaches round 8.
    const { state } = findGame((s) => s.round === 8, 100)!;
    const v = view(state, null);
    expect(v.round).toBe(8);
    const { container } = render(<Board view={v} />);
    expect(container.querySelectorAll('g.board-cal[data-round]')).toHaveLength(7);
    const extra = container.querySelector('g.board-cal[data-round="extra"]')!;
    expect(extra).toHaveClass('is-now');
    expect(extra.querySelector('.board-cal-counter')!.textContent).toBe('8');
    expect(extra.textContent).toContain('of 100');
    expect(container.querySelectorAll('g.board-cal.is-past')).toHaveLength(6);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/^Round 8 of 100: Extra round 8\./);
  });

  it('greys out scripted rounds a short game never reaches, and marks the APEC round', () => {
    const v = view(newGameOrThrow({ seed: '1', rounds: 3 }), null);
    const { container } = render(<Board view={v} />);
    expect(container.querySelectorAll('g.board-cal.is-unplayed[data-round]')).toHaveLength(4); // rounds 4–6 and the extra box
    // APEC is judged in the last round when the game ends before APEC week.
    expect(container.querySelector('g.board-cal[data-round="3"] .board-cal-apec')).not.toBeNull();
    expect(container.querySelector('g.board-cal[data-round="1"]')).toHaveClass('is-now');
    expect(container.querySelector('g.board-track[data-track="apec"] .board-track-live')!.textContent).toBe('Judged in round 3');
  });

  it('can show its text tables visibly', () => {
    const { container, rerender } = render(<Board view={fresh()} />);
    expect(container.querySelector('.board-sr-only .board-summary')).not.toBeNull();
    rerender(<Board view={fresh()} showSummary />);
    expect(container.querySelector('.board-summary-wrap .board-summary')).not.toBeNull();
  });
});
