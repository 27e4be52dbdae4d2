import { useEffect, useState } from 'react';
import { ACTORS, ACTOR_INFO } from '../../engine';
import { BOT_LEVELS, type BotLevel } from '../../ai/bot';
import { MAX_NAME_LENGTH } from '../../log/format';
import {
  type ExpiryRule, MAX_TIMER_SECONDS, MIN_TIMER_SECONDS, PRESET_IDS, PRESETS, type PresetId, type TimerScope, useClassroomStore,
} from '../../store/classroom';
import { ActorBadge } from '../common/ActorBadge';
import { MAX_TYPED_SEED, SEED_HELP, SEED_PROBLEM, typedSeedOk } from '../common/seedField';

const BOT_DELAYS = [0, 400, 800, 1500] as const;
const MAX_CLASS_ROUNDS = 12;

/**
 * A whole-number input that lets the facilitator type freely: the setting changes as soon as the
 * text is a number in range, and the field snaps back to the setting when it loses focus.
 */
function NumberField({ id, min, max, value, disabled, onCommit }: { id: string; min: number; max: number; value: number; disabled?: boolean; onCommit: (n: number) => void }) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      value={text}
      disabled={disabled}
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max && n !== value) onCommit(n);
      }}
      onBlur={() => setText(String(value))}
    />
  );
}

/** The facilitator's form: scenario preset, teams per actor (empty name: a bot), rounds, timer and its rule. */
export function ClassroomSetup({ onStart, canResume, onResume, onBriefings }: { onStart: () => void; canResume: boolean; onResume: () => void; onBriefings: () => void }) {
  const s = useClassroomStore((st) => st.settings);
  const update = useClassroomStore((st) => st.updateSettings);
  const setTeam = useClassroomStore((st) => st.setTeam);
  const applyPreset = useClassroomStore((st) => st.applyPreset);
  const custom = (patch: Parameters<typeof update>[0]) => update({ ...patch, preset: 'custom' });
  const humans = ACTORS.filter((a) => s.teams[a].name.trim()).length;

  return (
    <section className="classroom-setup" aria-labelledby="setup-title">
      <h1 id="setup-title" tabIndex={-1}>Classroom session</h1>
      <p>Run one session of 45–90 minutes with up to five teams. Teams take their secret steps on this device; the shared screen shows only the public board.</p>
      <form onSubmit={(e) => { e.preventDefault(); if (typedSeedOk(s.seed)) onStart(); }}>
        <fieldset>
          <legend>Scenario</legend>
          <span className="field">
            <label htmlFor="cls-preset">Preset</label>
            <select id="cls-preset" value={s.preset} onChange={(e) => applyPreset(e.target.value as PresetId)}>
              {PRESET_IDS.map((p) => <option key={p} value={p}>{PRESETS[p].label}</option>)}
            </select>
          </span>
          <span className="field">
            <label htmlFor="cls-rounds">Rounds</label>
            <NumberField id="cls-rounds" min={1} max={MAX_CLASS_ROUNDS} value={s.rounds} onCommit={(rounds) => custom({ rounds })} />
          </span>
          <span className="field">
            <label htmlFor="cls-seed">Seed</label>
            <input id="cls-seed" type="text" autoComplete="off" spellCheck={false} maxLength={MAX_TYPED_SEED + 16} value={s.seed} onChange={(e) => update({ seed: e.target.value })} aria-describedby="cls-seed-help" aria-invalid={!typedSeedOk(s.seed)} />
            <span id="cls-seed-help" className="muted">{typedSeedOk(s.seed) ? SEED_HELP : SEED_PROBLEM}</span>
          </span>
        </fieldset>

        <fieldset>
          <legend>Teams</legend>
          <p className="muted" id="teams-help">Leave a name empty and a bot plays that actor.</p>
          <table className="teams">
            <thead><tr><th scope="col">Actor</th><th scope="col">Team name</th><th scope="col">Bot level if empty</th></tr></thead>
            <tbody>
              {ACTORS.map((a) => (
                <tr key={a}>
                  <th scope="row"><ActorBadge actor={a} withName /></th>
                  <td>
                    <input
                      type="text"
                      maxLength={MAX_NAME_LENGTH}
                      aria-label={`Team name for ${ACTOR_INFO[a].name}`}
                      aria-describedby="teams-help"
                      placeholder="Bot"
                      value={s.teams[a].name}
                      onChange={(e) => setTeam(a, { name: e.target.value })}
                    />
                  </td>
                  <td>
                    <select aria-label={`Bot level for ${ACTOR_INFO[a].name}`} value={s.teams[a].level} disabled={s.teams[a].name.trim() !== ''} onChange={(e) => setTeam(a, { level: e.target.value as BotLevel })}>
                      {BOT_LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{humans} team{humans === 1 ? '' : 's'}, {5 - humans} bot{5 - humans === 1 ? '' : 's'}.</p>
        </fieldset>

        <fieldset>
          <legend>Timer</legend>
          <div role="radiogroup" aria-labelledby="cls-scope-label" className="radios">
            <span id="cls-scope-label" className="radios-label">The timer runs:</span>
            {([['turn', 'Per turn (each move)'], ['round', 'Per round'], ['off', 'No timer']] as const).map(([v, label]) => (
              <label key={v}><input type="radio" name="timer-scope" value={v} checked={s.timerScope === v} onChange={() => custom({ timerScope: v as TimerScope })} /> {label}</label>
            ))}
          </div>
          <span className="field">
            <label htmlFor="cls-seconds">Seconds</label>
            <NumberField id="cls-seconds" min={MIN_TIMER_SECONDS} max={MAX_TIMER_SECONDS} value={s.timerSeconds} disabled={s.timerScope === 'off'} onCommit={(timerSeconds) => custom({ timerSeconds })} />
          </span>
          <div role="radiogroup" aria-labelledby="cls-expiry-label" className="radios">
            <span id="cls-expiry-label" className="radios-label">When time runs out:</span>
            {([['bot', 'A bot plays the team\'s move (heuristic)'], ['pause', 'Pause and alert the facilitator']] as const).map(([v, label]) => (
              <label key={v}><input type="radio" name="timer-expiry" value={v} checked={s.onExpire === v} disabled={s.timerScope === 'off'} onChange={() => update({ onExpire: v as ExpiryRule })} /> {label}</label>
            ))}
          </div>
          <span className="field">
            <label htmlFor="cls-delay">Bot delay</label>
            <select id="cls-delay" value={s.botDelayMs} onChange={(e) => update({ botDelayMs: Number(e.target.value) })}>
              {BOT_DELAYS.map((d) => <option key={d} value={d}>{d === 0 ? 'none' : `${d / 1000} s`}</option>)}
            </select>
          </span>
        </fieldset>

        <p className="muted">Secret steps appear on this device. If it is mirrored to a projector, freeze or blank the projector before a team presses Ready.</p>
        <p className="button-row">
          <button type="submit" className="primary" disabled={!typedSeedOk(s.seed)}>Start session</button>
          {canResume && <button type="button" onClick={onResume}>Back to the running session</button>}
          <button type="button" className="secondary" onClick={onBriefings}>Print briefings</button>
        </p>
      </form>
    </section>
  );
}
