import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseAction } from '../../ai/bot';
import type { Seats } from '../../log/seats';
import { useGameStore } from '../../store/game';
import { useSettings } from '../../store/settings';
import { GameScreen } from './GameScreen';

// Bots answer at once, on the main thread (no Worker in happy-dom).
vi.mock('../../ai/client', () => ({
  botMove: vi.fn(async (...args: Parameters<typeof chooseAction>) => chooseAction(...args)),
}));

const TWO_HUMANS: Seats = {
  US: { kind: 'human', name: 'Ann' },
  KP: { kind: 'human' },
  CN: { kind: 'bot', level: 'random' },
  RU: { kind: 'bot', level: 'random' },
  KR: { kind: 'bot', level: 'random' },
};

beforeEach(() => {
  localStorage.clear();
  useGameStore.getState().clear();
  useSettings.getState().setBotDelay(0);
});
afterEach(cleanup);

/** The seat's secret setup on screen: keep the first objective, confirm, forecast the first reading, confirm. */
async function setUp(user: ReturnType<typeof userEvent.setup>) {
  const objectives = screen.getByRole('list', { name: 'Your two objectives' });
  expect(within(objectives).getAllByRole('listitem')).toHaveLength(2);
  await user.click(within(objectives).getAllByRole('button', { name: /^Keep / })[0]!);
  await user.click(screen.getByRole('button', { name: 'Confirm move' }));
  const readings = screen.getByRole('list', { name: "The analysts' readings" });
  await user.click(within(readings).getAllByRole('button', { name: /^Forecast: / })[0]!);
  await user.click(screen.getByRole('button', { name: 'Confirm move' }));
}

async function playFirstOps(user: ReturnType<typeof userEvent.setup>) {
  const hand = screen.getByRole('list', { name: 'Your hand' });
  await user.click(within(hand).getAllByRole('button', { name: / for ops: Lobby$/ })[0]!);
  expect(screen.getByText(/Confirm your move:/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Confirm move' }));
}

describe('hot-seat game screen', () => {
  it('hides each hand behind a pass screen and only offers the engine\'s legal moves', async () => {
    const user = userEvent.setup();
    useGameStore.getState().startGame({ seed: '5', rounds: 3 }, TWO_HUMANS);
    render(<GameScreen />);
    // Nothing private before Ready.
    expect(screen.getByRole('heading', { name: 'Pass to Ann' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Your hand' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Hidden objective/ })).not.toBeInTheDocument();
    // Focus moves once the frame is painted (focusAfterPaint).
    await waitFor(() => expect(screen.getByRole('button', { name: /Ready/ })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: /Ready/ }));
    // First the secret setup, Ann's alone; then North Korea's behind its own pass screen; the bots' at once.
    expect(screen.getByRole('heading', { name: 'Your secret setup, United States' })).toBeInTheDocument();
    await setUp(user);
    expect(await screen.findByRole('heading', { name: "Pass to North Korea's player" })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Your two objectives' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Ready/ }));
    await setUp(user);
    expect(await screen.findByRole('heading', { name: 'Pass to Ann' })).toBeInTheDocument();
    expect(useGameStore.getState().log).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: /Ready/ }));

    const hand = screen.getByRole('list', { name: 'Your hand' });
    expect(within(hand).getAllByRole('article')).toHaveLength(4);
    // Six United States operations per card, each with its effect as the description.
    const ops = within(hand).getAllByRole('button', { name: / for ops: / });
    expect(ops).toHaveLength(4 * 6);
    expect(ops[0]).toHaveAccessibleDescription(/.+/);
    expect(screen.getByRole('heading', { name: /Hidden objective/ })).toBeInTheDocument();

    await playFirstOps(user);
    // The next human seat is covered until its player is ready.
    expect(await screen.findByRole('heading', { name: "Pass to North Korea's player" })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Your hand' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Ready/ }));
    await playFirstOps(user);
    // Three bots move, then it is Ann's turn again: covered again.
    expect(await screen.findByRole('heading', { name: 'Pass to Ann' })).toBeInTheDocument();
    expect(useGameStore.getState().log).toHaveLength(15);
  });

  it('undo (button and U key) rewinds to the last human decision', async () => {
    const user = userEvent.setup();
    useGameStore.getState().startGame({ seed: '8', rounds: 3 }, TWO_HUMANS);
    render(<GameScreen />);
    const undo = screen.getByRole('button', { name: /Undo/ });
    expect(undo).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Ready/ }));
    await setUp(user);
    await user.click(await screen.findByRole('button', { name: /Ready/ }));
    await setUp(user);
    await user.click(await screen.findByRole('button', { name: /Ready/ }));
    await playFirstOps(user);
    await user.click(await screen.findByRole('button', { name: /Ready/ }));
    await playFirstOps(user);
    await screen.findByRole('heading', { name: 'Pass to Ann' });
    expect(useGameStore.getState().cursor).toBe(15);
    await user.keyboard('u');
    expect(useGameStore.getState().cursor).toBe(11); // back before North Korea's move; the bot moves are gone too
    expect(screen.getByRole('heading', { name: "Pass to North Korea's player" })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(useGameStore.getState().cursor).toBe(10);
    // Further back: North Korea's forecast, through its pass screen (never Ann's papers).
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(useGameStore.getState().cursor).toBe(3);
    expect(screen.getByRole('heading', { name: "Pass to North Korea's player" })).toBeInTheDocument();
  });

  it('bots alone play a game to its end screen', async () => {
    const bots: Seats = { US: { kind: 'bot', level: 'random' }, KP: { kind: 'bot', level: 'random' }, CN: { kind: 'bot', level: 'random' }, RU: { kind: 'bot', level: 'random' }, KR: { kind: 'bot', level: 'random' } };
    useGameStore.getState().startGame({ seed: '2', rounds: 1 }, bots);
    render(<GameScreen />);
    expect(screen.getByRole('heading', { name: 'Watching the bots play' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Final standings' }, { timeout: 60_000 })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Final standings' })).getAllByRole('row')).toHaveLength(6);
    await act(async () => {});
  }, 120_000);
});
