import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseAction } from '../../ai/bot';
import {
  type Action, type ActorId, apply, type GameState, legalActions, newGameOrThrow, OBJECTIVE_BY_ID, READING_INFO, READINGS,
  TERM_INFO, toMove,
} from '../../engine';
import { SetupPanel } from './SetupPanel';
import { SummitPanel } from './SummitPanel';

/** The rules 2.0 decisions as a seat meets them: the secret setup and each summit stage. */

afterEach(cleanup);

const step = (s: GameState, a: Action): GameState => {
  const r = apply(s, a);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Heuristic bots play from a new game until `stop` holds. */
function playUntil(stop: (s: GameState) => boolean): GameState {
  for (let seed = 1; seed < 300; seed++) {
    let s = newGameOrThrow({ seed: `decisions-${seed}`, rounds: 6 });
    while (s.phase !== 'ended' && !stop(s)) s = step(s, chooseAction(s, toMove(s)!, 'heuristic', { seed: s.step + seed }));
    if (s.phase !== 'ended') return s;
  }
  throw new Error('position not reached');
}

function renderPanel(Panel: typeof SetupPanel | typeof SummitPanel, s: GameState, seat: ActorId) {
  const onChoose = vi.fn();
  render(<Panel state={s} seat={seat} legal={legalActions(s, seat)} pending={null} onChoose={onChoose} onPreview={() => {}} />);
  return onChoose;
}

describe('setup: keep an objective, then forecast', () => {
  it('shows the two objectives dealt side by side, with their text, VP and today\'s position, and keeps the one clicked', async () => {
    const s = newGameOrThrow({ seed: 'setup-1', rounds: 4 });
    expect(s.phase).toBe('setup');
    const onChoose = renderPanel(SetupPanel, s, 'US');
    const cards = within(screen.getByRole('list', { name: 'Your two objectives' })).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    s.actors.US.objectiveChoices.forEach((id, i) => {
      const o = OBJECTIVE_BY_ID.get(id)!;
      expect(cards[i]).toHaveTextContent(o.name);
      expect(cards[i]).toHaveTextContent(o.text);
      expect(cards[i]).toHaveTextContent(`+${o.vp} VP at the end`);
      expect(cards[i]).toHaveTextContent(/In today's position: . (already met|not met yet)/);
    });
    const second = OBJECTIVE_BY_ID.get(s.actors.US.objectiveChoices[1]!)!;
    await userEvent.click(screen.getByRole('button', { name: `Keep ${second.name}` }));
    expect(onChoose).toHaveBeenCalledWith({ type: 'keepObjective', actor: 'US', objective: second.id });
    expect(screen.queryByRole('list', { name: "The analysts' readings" })).not.toBeInTheDocument();
  });

  it('then offers the three analysts\' readings in the article\'s words', async () => {
    const s0 = newGameOrThrow({ seed: 'setup-2', rounds: 4 });
    const s = step(s0, { type: 'keepObjective', actor: 'US', objective: s0.actors.US.objectiveChoices[0]! });
    const onChoose = renderPanel(SetupPanel, s, 'US');
    const readings = within(screen.getByRole('list', { name: "The analysts' readings" })).getAllByRole('listitem');
    expect(readings).toHaveLength(3);
    READINGS.forEach((r, i) => {
      expect(readings[i]).toHaveTextContent(READING_INFO[r].name);
      expect(readings[i]).toHaveTextContent(READING_INFO[r].analyst);
      expect(readings[i]).toHaveTextContent(READING_INFO[r].text);
    });
    await userEvent.click(screen.getByRole('button', { name: `Forecast: ${READING_INFO.noSummit.name}` }));
    expect(onChoose).toHaveBeenCalledWith({ type: 'forecast', actor: 'US', reading: 'noSummit' });
  });
});

describe('summit stages', () => {
  const attendStage = () => playUntil((s) => s.phase === 'summit' && s.summit!.stage === 'attend');

  it('North Korea attends (with or without a precondition the US gives) or snubs, each with what it means', async () => {
    const s = attendStage();
    expect(toMove(s)).toBe('KP');
    const onChoose = renderPanel(SummitPanel, s, 'KP');
    expect(screen.getByText(/North Korea decides whether to attend/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Attend with no precondition' })).toBeInTheDocument();
    const conditional = screen.getAllByRole('button', { name: /^Attend on condition: / });
    expect(conditional.length).toBeGreaterThan(0);
    // Each precondition says what it gives North Korea and what it costs Washington, in plain words.
    expect(screen.getByRole('button', { name: `Attend on condition: ${TERM_INFO.recognition.name}` }).closest('li')).toHaveTextContent(/can be refused at no cost.*It costs Washington:/);
    expect(screen.getByRole('button', { name: 'Snub the summit' }).closest('li')).toHaveTextContent(/The table closes: readiness (−\d|stays)/);
    await userEvent.click(screen.getByRole('button', { name: `Attend on condition: ${TERM_INFO.recognition.name}` }));
    expect(onChoose).toHaveBeenCalledWith({ type: 'attend', actor: 'KP', precondition: 'recognition' });
  });

  it('a third party sweetens, spoils or stays out, each with its cost and payoff in words', () => {
    const s = step(attendStage(), { type: 'attend', actor: 'KP', precondition: 'recognition' });
    expect(s.summit!.stage).toBe('intervene');
    const seat = toMove(s)!;
    renderPanel(SummitPanel, s, seat);
    // What is already decided at the table is public: North Korea's condition.
    expect(screen.getByRole('list', { name: 'Decided at this table' })).toHaveTextContent(`came on one condition: ${TERM_INFO.recognition.name}`);
    const stay = screen.getByRole('button', { name: 'Stay out' });
    expect(stay.closest('li')).toHaveTextContent('No cost, no stake in the outcome.');
    if (s.actors[seat].resources.capital >= 1) {
      expect(screen.getByRole('button', { name: 'Sweeten the deal' }).closest('li')).toHaveTextContent(/Costs \d capital\. If a deal is reached: you \+\d VP/);
      expect(screen.getByRole('button', { name: 'Spoil the talks' }).closest('li')).toHaveTextContent(/Costs \d capital.*If no deal is reached: you \+\d VP/);
    }
  });

  it('the host sees North Korea\'s precondition, the warnings, and what every term costs its giver', async () => {
    let s = step(attendStage(), { type: 'attend', actor: 'KP', precondition: 'recognition' });
    while (s.summit!.stage === 'intervene') s = step(s, { type: 'pass', actor: toMove(s)! });
    expect(toMove(s)).toBe('US');
    renderPanel(SummitPanel, s, 'US');
    expect(screen.getByText(/named its precondition/)).toHaveTextContent(TERM_INFO.recognition.name);
    expect(screen.getByText(/named its precondition/)).toHaveTextContent('An offer without it can be refused at no cost to North Korea');
    expect(screen.getByText(/the public\s+refusal costs you \d standing/)).toBeInTheDocument();
    const freeze = screen.getByRole('checkbox', { name: new RegExp(TERM_INFO.freeze.name) });
    expect(freeze).toHaveAccessibleDescription(/Costs: North Korea: /);
    // A package without the condition is allowed, with the warning in the hint.
    await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(TERM_INFO.sanctionsRelief.name) }));
    await userEvent.click(freeze);
    expect(screen.getByRole('status')).toHaveTextContent(`It leaves out North Korea's condition (${TERM_INFO.recognition.name})`);
    await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(TERM_INFO.recognition.name) }));
    expect(screen.getByRole('status')).not.toHaveTextContent('leaves out');
  });
});
