import { useMemo, useState } from 'react';
import { ACTOR_INFO, type Action, type ActorId, type GameState, legalActions } from '../../engine';
import { useGameStore } from '../../store/game';
import { ConfirmBar } from '../game/ConfirmBar';
import { moveNote } from '../game/moveNotes';
import { Hand } from '../game/Hand';
import { SeatPanel } from '../game/SeatPanel';
import { SetupPanel } from '../game/SetupPanel';
import { SummitPanel } from '../game/SummitPanel';
import { Countdown } from './Countdown';
import { teamLabel } from '../common/words';

/**
 * A team's secret step on the shared device: only this team's papers (resources, agenda, hidden
 * objective), its hand and its legal moves, with the hot-seat game's own hand, summit and confirm
 * components. Every move offered is one the engine listed; the screen never decides legality.
 */
export function SecretStep({ state, actor, team, onDone }: { state: GameState; actor: ActorId; team: string; onDone: () => void }) {
  const legal = useMemo(() => legalActions(state, actor), [state, actor]);
  const [pending, setPending] = useState<Action | null>(null);
  const [preview, setPreview] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!pending) return;
    const e = useGameStore.getState().dispatch(pending);
    if (e) setError(e.message);
    else onDone();
  };

  return (
    <section className="secret-step" aria-labelledby="secret-title">
      <div className="secret-head">
        <div>
          <h1 id="secret-title" tabIndex={-1}>{teamLabel(team)} ({ACTOR_INFO[actor].name}) — your move</h1>
          <p className="secret-note">Only your team should see this screen. It returns to the facilitator view after your move.</p>
        </div>
        <Countdown label="Your time" controls={false} />
      </div>
      <div className="secret-grid">
        <SeatPanel state={state} seat={actor} who={teamLabel(team)} />
        <div className="secret-moves">
          {state.phase === 'setup' ? (
            <SetupPanel state={state} seat={actor} legal={legal} pending={pending} onChoose={setPending} onPreview={setPreview} />
          ) : state.phase === 'summit' ? (
            <SummitPanel state={state} seat={actor} legal={legal} pending={pending} onChoose={setPending} onPreview={setPreview} />
          ) : (
            <Hand state={state} seat={actor} legal={legal} pending={pending} onChoose={setPending} onPreview={setPreview} />
          )}
          <ConfirmBar pending={pending} preview={preview} error={error} onConfirm={confirm} onCancel={() => setPending(null)} note={(a) => moveNote(state, a)} state={state} />
        </div>
      </div>
      <p>
        <button type="button" className="secondary" onClick={onDone}>Hide my screen (back to the facilitator view)</button>
      </p>
    </section>
  );
}
