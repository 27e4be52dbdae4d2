import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_BOT_SEATS, encodeShare, loadRuleset, makeLog, randomGameActions, rulesetFor, serializeLog } from '../../log';
import { useGameStore } from '../../store/game';
import { bombLink } from '../../log/lzBomb';
import { ReplayScreen } from './ReplayScreen';

const options = { seed: '11', rounds: 2 };
const seats = { ...ALL_BOT_SEATS, KP: { kind: 'human' as const, name: '<b>Kim</b>' } };
const log = makeLog({ options, seats, actions: randomGameActions(options, 2), source: 'component test' });
const text = serializeLog(log);

beforeEach(() => {
  history.replaceState(null, '', '#/replay');
  localStorage.clear();
  vi.stubGlobal('fetch', vi.fn(async () => new Response('not found', { status: 404 })));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function openFile(content: string, name = 'game.json') {
  const input = screen.getByLabelText('Choose a log file (.json)');
  await userEvent.upload(input, new File([content], name, { type: 'application/json' }));
}

const current = () => screen.getByRole('navigation', { name: 'Moves' }).querySelector('[aria-current="step"]');

describe('ReplayScreen', () => {
  it('says so when no samples are installed', async () => {
    render(<ReplayScreen />);
    expect(await screen.findByText('No sample games are installed in this copy of Summitry.')).toBeInTheDocument();
  });

  it('opens a file, steps with keys, jumps by clicking a move, and keeps the step in the address', async () => {
    render(<ReplayScreen />);
    await openFile(text);
    expect(await screen.findByText(/Final state hash/)).toHaveTextContent(log.finalHash);
    expect(current()).toHaveTextContent('0. Start of the game');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(current()).toHaveTextContent(/^2\./);
    expect(location.hash).toBe('#/replay?step=2');
    await userEvent.keyboard('{End}');
    expect(current()).toHaveTextContent(`${log.actions.length}.`);
    await userEvent.keyboard('{Home}');
    expect(current()).toHaveTextContent('0.');
    await userEvent.click(screen.getByRole('button', { name: /^5\. / }));
    expect(screen.getByRole('button', { name: /^5\. / })).toHaveAttribute('aria-current', 'step');
    expect(current()).toHaveTextContent(/^5\./);
    expect(screen.getByTestId('replay-now')).toHaveTextContent('Step 5 of');
    fireEvent.change(screen.getByLabelText('Step'), { target: { value: '7' } });
    expect(current()).toHaveTextContent('7.');
    // Names from the file are text, never markup.
    expect(screen.getByText(/^North Korea: <b>Kim<\/b>$/)).toBeInTheDocument();
    expect(document.querySelector('.rp b')).toBeNull();
  });

  it('arrow keys inside a text field do not move the replay', async () => {
    render(<ReplayScreen />);
    await openFile(text);
    await screen.findByText(/Final state hash/);
    await userEvent.click(screen.getByLabelText('Paste a share link or log text'));
    await userEvent.keyboard('{ArrowRight}');
    expect(current()).toHaveTextContent('0.');
  });

  it('refuses a bad file with one alert naming what and where, and keeps the open log', async () => {
    render(<ReplayScreen />);
    await openFile(text);
    await screen.findByText(/Final state hash/);
    await openFile('{"type": "summitry-log", "version": 1', 'cut.json');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not open the file "cut.json": The file ends too early');
    expect(screen.getByText(/Final state hash/)).toBeInTheDocument();
    const tampered = JSON.parse(text);
    tampered.hashes[3] = 'ffffffffffffff';
    await openFile(JSON.stringify(tampered), 'tampered.json');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent('state after action 4');
  });

  it('after a reload at a step of a file-opened game, opening the file again lands on that step', async () => {
    history.replaceState(null, '', '#/replay?step=9');
    render(<ReplayScreen />);
    expect(screen.getByText(/points at step 9 of a game opened from a file/)).toBeInTheDocument();
    await openFile(text);
    await screen.findByText(/Final state hash/);
    expect(current()).toHaveTextContent(/^9\. /);
  });

  it('at the last step the nav buttons stay focusable and Play starts again from the beginning', async () => {
    render(<ReplayScreen />);
    await openFile(text);
    await screen.findByText(/Final state hash/);
    const last = screen.getByRole('button', { name: 'Last »' });
    await userEvent.click(last);
    expect(last).toHaveAttribute('aria-disabled', 'true');
    expect(last).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '▶ Play from the start' }));
    expect(current()).toHaveTextContent(/^0\. /);
    expect(screen.getByRole('button', { name: '⏸ Pause' })).toBeInTheDocument();
  });

  it('a long log shows at once, then is refused if a step hash turns out wrong, bringing back what was open', async () => {
    let long: ReturnType<typeof randomGameActions> = [];
    let o = { seed: '100', rounds: 60 };
    // Random bots often end a game in catastrophe: take the first seed that plays 400 moves.
    while ((long = randomGameActions(o, 1, 400)).length < 400) o = { ...o, seed: String(Number(o.seed) + 1) };
    const bigLog = makeLog({ options: o, seats: ALL_BOT_SEATS, actions: long });
    const doc = JSON.parse(serializeLog(bigLog));
    render(<ReplayScreen />);
    await openFile(serializeLog(bigLog), 'long.json');
    await waitFor(() => expect(screen.getByTestId('final-hash')).toHaveAttribute('data-verified', 'yes'));
    expect(screen.getByTestId('final-hash')).toHaveTextContent('Verified: every move is legal');

    await openFile(text, 'short.json');
    await screen.findByText(/Opened from the file "short.json"/);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    doc.hashes[350] = '00000000000000';
    await openFile(JSON.stringify(doc), 'tampered-long.json');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not open the file "tampered-long.json": The state after action 351');
    expect(screen.getByText(/Opened from the file "short.json"/)).toBeInTheDocument();
    expect(current()).toHaveTextContent(/^3\. /);
  });

  it('a link in the address that unpacks to more than 2 MB is refused at once and leaves the address bar', async () => {
    // A 70,000-character link that would unpack to 400 MB (it froze the tab on every reload).
    history.replaceState(null, '', `#/replay?log=${bombLink(28_300)}&step=3`);
    render(<ReplayScreen />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The share link unpacks to more than 2 MB; a Summitry log is at most 2 MB.');
    expect(location.hash).toBe('#/replay');
  });

  it('a damaged link in the address goes back to what was open', async () => {
    render(<ReplayScreen />);
    await openFile(text);
    await screen.findByText(/Final state hash/);
    await userEvent.keyboard('{ArrowRight}');
    expect(location.hash).toBe('#/replay?step=1');
    act(() => {
      history.pushState(null, '', '#/replay?log=NoThInG');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/share link/);
    expect(location.hash).toBe('#/replay?step=1');
    expect(screen.getByTestId('final-hash')).toHaveTextContent(log.finalHash);
  });

  // Older rules come in their own chunk (log/rulesets.ts): nothing in this file loads them up front.
  const olderText = (path: string) => readFileSync(join(__dirname, '..', '..', 'log', 'fixtures', path), 'utf8');

  it('opens a rules 2.1.0 file once its rules are loaded, as it was played', async () => {
    const older = JSON.parse(olderText('2.1.0/trump-kim-summit.json')) as { finalHash: string };
    expect(rulesetFor('2.1.0')).toBeNull();
    render(<ReplayScreen />);
    await openFile(olderText('2.1.0/trump-kim-summit.json'), 'old.json');
    expect(await screen.findByText(/Final state hash/)).toHaveTextContent(older.finalHash);
    expect(screen.getByTestId('final-hash')).toHaveAttribute('data-verified', 'yes');
    expect(screen.getByRole('heading', { name: /rules 2\.1\.0$/ })).toBeInTheDocument();
    expect(screen.getByText(/China wins/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a log opened while an older one waits for its rules stays open when those rules arrive', async () => {
    expect(rulesetFor('2.0.0')).toBeNull();
    render(<ReplayScreen />);
    const paste = (t: string) => {
      fireEvent.change(screen.getByLabelText('Paste a share link or log text'), { target: { value: t } });
      fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    };
    paste(olderText('2.0.0/snub.json')); // waits for rules 2.0.0
    paste(text); // today's rules: opens at once
    expect(screen.getByTestId('final-hash')).toHaveTextContent(log.finalHash);
    await act(async () => {
      await loadRuleset('2.0.0');
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.getByTestId('final-hash')).toHaveTextContent(log.finalHash);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens a share link from the address at its step', async () => {
    history.replaceState(null, '', `#/replay?log=${encodeShare(log)}&step=3`);
    render(<ReplayScreen />);
    expect(await screen.findByText(/Final state hash/)).toHaveTextContent(log.finalHash);
    expect(current()).toHaveTextContent('3.');
  });

  it('opens a pasted link and shows hands as one seat sees them', async () => {
    render(<ReplayScreen />);
    await userEvent.click(screen.getByLabelText('Paste a share link or log text'));
    await userEvent.paste(`https://example.org/#/replay?log=${encodeShare(log)}`);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByText(/Final state hash/);
    const hands = screen.getByRole('region', { name: 'Hands and objectives' });
    expect(within(hands).queryAllByText(/hidden/)).toHaveLength(0);
    await userEvent.selectOptions(screen.getByLabelText(/Show hands and objectives/), 'as seen by China');
    expect(within(hands).getAllByText(/cards, hidden/)).toHaveLength(4);
  });

  it('plays one move per tick at the chosen speed, and pauses', async () => {
    render(<ReplayScreen />);
    await openFile(text);
    await screen.findByText(/Final state hash/);
    // Fake timers only from here, and without shouldAdvanceTime: the clock moves only when the test moves
    // it, so a slow or busy machine cannot add or drop a tick.
    vi.useFakeTimers();
    try {
      const stepNow = () => Number(/^(\d+)\./.exec(current()?.textContent ?? '')?.[1]);
      const tick = (ms: number) => act(async () => { await vi.advanceTimersByTimeAsync(ms); });
      fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '400' } });
      fireEvent.click(screen.getByRole('button', { name: '▶ Play' }));
      await tick(399);
      expect(stepNow()).toBe(0);
      for (let n = 1; n <= 3; n++) {
        await tick(400);
        expect(stepNow()).toBe(n);
      }
      fireEvent.click(screen.getByRole('button', { name: '⏸ Pause' }));
      await tick(10_000);
      expect(stepNow()).toBe(3);
      expect(screen.getByRole('button', { name: '▶ Play' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('continues a new game from the current step; with a game in progress it says the new game is added and the old one kept, then asks', async () => {
    useGameStore.getState().clear();
    useGameStore.getState().startGame({ seed: '99', rounds: 6 }, ALL_BOT_SEATS);
    const mine = useGameStore.getState().header;
    render(<ReplayScreen />);
    await openFile(text);
    await screen.findByText(/Final state hash/);
    // Opening a log left the game in progress alone.
    expect(useGameStore.getState().header).toBe(mine);
    await userEvent.click(screen.getByRole('button', { name: /^4\. / }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue playing from step 4' }));
    // An empty game (no moves yet) is not worth asking about.
    expect(location.hash).toBe('#/play');
    expect(useGameStore.getState().header?.options).toEqual(options);
    expect(useGameStore.getState().log).toEqual(log.actions.slice(0, 4));

    history.replaceState(null, '', '#/replay?step=6');
    cleanup();
    render(<ReplayScreen />);
    await openFile(text);
    await screen.findByText(/Final state hash/);
    await userEvent.click(screen.getByRole('button', { name: /^6\. / }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue playing from step 6' }));
    const ask = screen.getByRole('group', { name: 'Start a new game from step 6?' });
    expect(ask).toHaveFocus();
    expect(ask).toHaveTextContent(/adds a new hot-seat game.* to Saved games/);
    expect(ask).toHaveTextContent('Your game in progress is not changed: it stays in Saved games');
    expect(ask).not.toHaveTextContent(/replace/i);
    const first = useGameStore.getState().gameId;
    await userEvent.click(screen.getByRole('button', { name: 'Stay in the replay' }));
    expect(useGameStore.getState().log).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Continue playing from step 6' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start the new game from step 6' }));
    expect(useGameStore.getState().log).toEqual(log.actions.slice(0, 6));
    // A new library entry: the game it left is another record, not overwritten.
    expect(useGameStore.getState().gameId).not.toBe(first);
    useGameStore.getState().clear();
  });
});
