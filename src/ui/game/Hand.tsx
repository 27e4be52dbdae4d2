import { type Action, type ActorId, check, DATED_BONUS_VP, explainAction, type GameState, getCard, OP_INFO, rivalEventOwner, SIDE_NAMES } from '../../engine';
import { count } from '../common/words';
import { ActionButton } from './ActionButton';
import { CardFace } from './CardFace';
import { isOnItsDate, moveNote } from './moveNotes';

/**
 * Short labels for the tray's op buttons, so six of them fit a card in two rows; each is a word of
 * the op's full name, which stays the accessible name. An op without one shows its full name.
 */
const OP_SHORT: Readonly<Record<string, string>> = {
  lobby: 'Lobby', build: 'Economy', deescalate: 'De-escalate', outreachKP: 'Pyongyang', outreachCN: 'Beijing',
  pressure: 'Sanctions', test: 'Test', evade: 'Evade', mediate: 'Mediate', court: 'Court', arm: 'Arms',
  spoil: 'Spoil', prepare: 'APEC', reassure: 'Alliance',
};

/**
 * The seat's hand, each card with the moves the engine allows for it: its event (or readings A and B)
 * and each operation. When the event is not allowed, the engine's own reason is shown.
 */
export function Hand({ state, seat, legal, pending, onChoose, onPreview }: {
  state: GameState;
  seat: ActorId;
  legal: readonly Action[];
  pending: Action | null;
  onChoose: (a: Action) => void;
  onPreview: (a: Action | null) => void;
}) {
  const hand = state.actors[seat].hand;
  return (
    <ul className="hand" aria-label="Your hand">
      {hand.map((id) => {
        const card = getCard(id)!;
        const mine = legal.filter((a) => (a.type === 'playEvent' || a.type === 'playOps') && a.card === id);
        const events = mine.filter((a): a is Extract<Action, { type: 'playEvent' }> => a.type === 'playEvent');
        const ops = mine.filter((a): a is Extract<Action, { type: 'playOps' }> => a.type === 'playOps');
        const why = events.length === 0 ? check(state, { type: 'playEvent', actor: seat, card: id, ...(card.alternatives ? { choice: 0 as const } : {}) })?.message : null;
        // Rules 2.0: a rival's card played for ops fires its event for that side; a dated card's event pays more on its date.
        const rival = rivalEventOwner(card, seat);
        const fires = rival ? `its event fires for ${SIDE_NAMES[rival.side]}` : null;
        const onDate = isOnItsDate(state, id);
        return (
          <li key={id} className="hand-slot">
            <CardFace card={card} note={why ? `Event unavailable: ${why}` : undefined} dated={onDate ? `Its own fortnight: the event earns +${DATED_BONUS_VP} VP this round` : undefined}>
              <div className="action-group" role="group" aria-label={`Event: ${card.name}`}>
                {events.map((a) => (
                  <ActionButton
                    key={a.choice ?? 'e'}
                    action={a}
                    className="btn-event"
                    wide
                    label={a.choice === undefined ? 'Play event' : `Event ${a.choice === 0 ? 'A' : 'B'}: ${card.alternatives![a.choice].label}`}
                    ariaLabel={a.choice === undefined ? `Play event: ${card.name}` : `Event ${a.choice === 0 ? 'A' : 'B'}: ${card.alternatives![a.choice].label} (${card.name})`}
                    note={moveNote(state, a)}
                    onChoose={onChoose}
                    onPreview={onPreview}
                    selected={same(pending, a)}
                  />
                ))}
                {/* The reason is the card's note (in its fold); this short line is for the eye only. */}
                {why ? <p className="event-blocked" aria-hidden="true">⊘ Event unavailable</p> : null}
              </div>
              <div className="action-group ops-group" role="group" aria-label={`Play ${card.name} for ${count(card.ops, 'op')}${fires ? ` (${fires})` : ''}`}>
                <span className="ops-label" aria-hidden="true">For {count(card.ops, 'op')}:</span>
                {fires ? <p className="ops-warning" aria-hidden="true"><span aria-hidden="true">⚠ </span>For ops, {fires}</p> : null}
                {ops.map((a) => {
                  const repeat = (state.actors[seat].opsThisRound ?? []).includes(a.op);
                  return (
                    <ActionButton
                      key={a.op}
                      action={a}
                      className={`btn-op ${repeat ? 'is-repeat' : ''}`}
                      label={`${OP_SHORT[a.op] ?? OP_INFO[a.op].name}${repeat ? ' ↻' : ''}`}
                      ariaLabel={`${card.name} for ops: ${OP_INFO[a.op].name}${repeat ? ' ↻ (again this round)' : ''}`}
                      explanation={explainAction(a, state)}
                      onChoose={onChoose}
                      onPreview={onPreview}
                      selected={same(pending, a)}
                    />
                  );
                })}
              </div>
            </CardFace>
          </li>
        );
      })}
    </ul>
  );
}

export const same = (a: Action | null, b: Action): boolean => a !== null && JSON.stringify(a) === JSON.stringify(b);
