import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CARDS, canPlayEvent, DATED_BONUS_VP, type GameState, legalActions, PERIOD_INFO } from '../../engine';
import { edit, startedGame } from '../../engine/testkit';
import { Hand } from './Hand';

/** The hand tray under rules 2.0: period, date and source; rival cards; repeated operations; dated cards. */

afterEach(cleanup);

const rivalCard = CARDS.find((c) => c.side === 'CN' && c.period === 'september')!;
const datedCard = CARDS.find((c) => c.round !== undefined && canPlayEvent(c, 'US') && !c.requires)!;
const ownCard = CARDS.find((c) => c.side === 'US' && c.id !== datedCard.id && c.round === undefined)!;

function position(): GameState {
  return edit(startedGame({ seed: 'hand-1', rounds: 6 }), (d) => {
    d.actors.US.hand = [rivalCard.id, datedCard.id, ownCard.id];
    d.actors.US.opsThisRound = ['lobby'];
    // In the dated card's own fortnight, with the capital to play its event.
    d.round = datedCard.round!;
    d.actors.US.resources.capital = Math.max(d.actors.US.resources.capital, datedCard.cost);
  });
}

function renderHand(s: GameState) {
  render(<Hand state={s} seat="US" legal={legalActions(s, 'US')} pending={null} onChoose={() => {}} onPreview={() => {}} />);
  return screen.getByRole('list', { name: 'Your hand' });
}

describe('hand tray (rules 2.0)', () => {
  it('prints each card\'s period, date and source', () => {
    const hand = renderHand(position());
    const card = within(hand).getByRole('article', { name: `Card: ${rivalCard.name}` });
    expect(card).toHaveTextContent(`${PERIOD_INFO[rivalCard.period].name} · ${rivalCard.date}`);
    expect(card).toHaveTextContent(`Source: ${rivalCard.source}`);
  });

  it('warns on a rival\'s card that its event fires for that side when played for ops', () => {
    const hand = renderHand(position());
    const rival = within(hand).getByRole('article', { name: `Card: ${rivalCard.name}` });
    expect(rival).toHaveTextContent('⚠ For ops, its event fires for China');
    expect(within(rival).getByRole('group', { name: /\(its event fires for China\)$/ })).toBeInTheDocument();
    expect(within(rival).getAllByRole('button', { name: / for ops: / })[0]).toHaveAccessibleDescription(/Its event fires for China first: /);
    const own = within(hand).getByRole('article', { name: `Card: ${ownCard.name}` });
    expect(own).not.toHaveTextContent('its event fires');
  });

  it('marks an operation already run this round, and says it gives less', () => {
    const hand = renderHand(position());
    const own = within(hand).getByRole('article', { name: `Card: ${ownCard.name}` });
    const lobby = within(own).getByRole('button', { name: new RegExp(`${ownCard.name} for ops: .* ↻ \\(again this round\\)$`) });
    expect(lobby).toHaveTextContent('↻');
    expect(lobby).toHaveAccessibleDescription(/^Already run this round: /);
    const other = within(own).getAllByRole('button', { name: / for ops: / }).find((b) => !b.textContent!.includes('↻'))!;
    expect(other).not.toHaveAccessibleDescription(/Already run this round/);
  });

  it('shows the dated-card bonus in the card\'s own fortnight only', () => {
    const s = position();
    expect(s.round).toBe(datedCard.round);
    let hand = renderHand(s);
    const dated = within(hand).getByRole('article', { name: `Card: ${datedCard.name}` });
    expect(dated).toHaveTextContent(`★ Its own fortnight: the event earns +${DATED_BONUS_VP} VP this round`);
    expect(within(dated).getByRole('button', { name: `Play event: ${datedCard.name}` })).toHaveAccessibleDescription(new RegExp(`On its own date: \\+${DATED_BONUS_VP} VP\\.$`));
    cleanup();
    hand = renderHand({ ...s, round: datedCard.round! + 1 });
    expect(within(hand).getByRole('article', { name: `Card: ${datedCard.name}` })).not.toHaveTextContent('Its own fortnight');
  });
});
