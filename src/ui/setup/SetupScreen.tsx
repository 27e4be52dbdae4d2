import { type FormEvent, useId, useRef, useState } from 'react';
import { BOT_LEVELS, type BotLevel } from '../../ai/bot';
import { ACTOR_INFO, ACTORS, type ActorId, CALENDAR, STANDARD_ROUNDS } from '../../engine';
import type { SeatSpec, Seats } from '../../log/seats';
import { MAX_NAME_LENGTH } from '../../log/format';
import { cleanNameInput, normalizeName } from '../../log/names';
import { selectGameState, useGameStore } from '../../store/game';
import { ActorBadge } from '../common/ActorBadge';
import { ACTOR_STYLE } from '../common/actorStyle';
import { navigate } from '../common/route';

const MIN_SETUP_ROUNDS = 3;
const LEVEL_NAMES: Readonly<Record<BotLevel, string>> = { random: 'Random (easy)', heuristic: 'Heuristic (fair)', search: 'Search (strong)' };

interface SeatDraft {
  human: boolean;
  level: BotLevel;
  name: string;
}
type Draft = Record<ActorId, SeatDraft>;

const seat = (human: boolean): SeatDraft => ({ human, level: 'heuristic', name: '' });
const PRESETS: readonly { label: string; humans: readonly ActorId[] }[] = [
  { label: '2 players: USA vs DPRK', humans: ['US', 'KP'] },
  { label: '3 players', humans: ['US', 'KP', 'CN'] },
  { label: '5 players', humans: ACTORS },
  { label: 'Solo as USA', humans: ['US'] },
  { label: 'Watch bots play', humans: [] },
];

const fromPreset = (humans: readonly ActorId[], prev?: Draft): Draft =>
  Object.fromEntries(ACTORS.map((a) => [a, { ...(prev?.[a] ?? seat(false)), human: humans.includes(a) }])) as Draft;

const randomSeed = () => Math.floor(Math.random() * 1_000_000);

function toSeats(d: Draft): Seats {
  const out = {} as Record<ActorId, SeatSpec>;
  for (const a of ACTORS) {
    const name = normalizeName(d[a].name);
    const base: SeatSpec = d[a].human ? { kind: 'human' } : { kind: 'bot', level: d[a].level };
    out[a] = name ? { ...base, name } : base;
  }
  return out;
}

/** New game: who sits at each actor (a person or a bot), the seed and the length. */
export function SetupScreen() {
  const startGame = useGameStore((s) => s.startGame);
  // A game in progress is not replaced: it stays in Saved games (the form says so).
  const hasGame = useGameStore((s) => s.header !== null && selectGameState(s)?.phase !== 'ended');
  const [draft, setDraft] = useState<Draft>(() => fromPreset(['US', 'KP']));
  const [seed, setSeed] = useState<string>(() => String(randomSeed()));
  const [rounds, setRounds] = useState<number>(STANDARD_ROUNDS);
  const [problem, setProblem] = useState<string | null>(null);
  // One game per submit: a double click must not start two games (or ask about the one just started).
  const starting = useRef(false);
  const seedId = useId();
  const roundsId = useId();
  const humans = ACTORS.filter((a) => draft[a].human).length;
  const seedNumber = Number(seed);
  const seedOk = seed.trim() !== '' && Number.isInteger(seedNumber) && seedNumber >= 0 && seedNumber <= 0xffffffff;

  const update = (a: ActorId, patch: Partial<SeatDraft>) => setDraft((d) => ({ ...d, [a]: { ...d[a], ...patch } }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!seedOk || starting.current) return;
    starting.current = true;
    const refused = startGame({ seed: String(seedNumber), rounds }, toSeats(draft));
    if (refused) {
      starting.current = false;
      setProblem(refused.message);
      return;
    }
    navigate('/play');
  };

  return (
    <form className="setup page" onSubmit={onSubmit} aria-labelledby="setup-title">
      <h1 id="setup-title" tabIndex={-1}>New game</h1>
      <p className="lead">Choose who plays each actor. People share this screen and pass it around; bots fill the other seats.</p>

      <fieldset className="presets">
        <legend>Quick setups</legend>
        <div className="button-row">
          {PRESETS.map((p) => {
            const active = ACTORS.every((a) => draft[a].human === p.humans.includes(a));
            return (
              <button key={p.label} type="button" className={`btn btn-chip ${active ? 'is-active' : ''}`} aria-pressed={active} onClick={() => setDraft((d) => fromPreset(p.humans, d))}>
                {p.label}
              </button>
            );
          })}
        </div>
      </fieldset>

      <div className="seat-grid">
        {ACTORS.map((a) => (
          <SeatEditor key={a} actor={a} draft={draft[a]} onChange={(p) => update(a, p)} />
        ))}
      </div>

      <div className="setup-options">
        <div className="field">
          <label htmlFor={seedId}>Seed</label>
          <div className="input-row">
            <input id={seedId} type="number" inputMode="numeric" min={0} max={0xffffffff} step={1} value={seed} onChange={(e) => setSeed(e.target.value)} aria-describedby={`${seedId}-help`} aria-invalid={!seedOk} />
            <button type="button" className="btn" onClick={() => setSeed(String(randomSeed()))}>Random seed</button>
          </div>
          <p id={`${seedId}-help`} className="help">{seedOk ? 'The same seed deals the same cards and world events.' : 'Enter a whole number from 0 to 4294967295.'}</p>
        </div>
        <div className="field">
          <label htmlFor={roundsId}>Game length</label>
          <select id={roundsId} value={rounds} onChange={(e) => setRounds(Number(e.target.value))}>
            {CALENDAR.slice(MIN_SETUP_ROUNDS - 1).map((c, i) => {
              const n = i + MIN_SETUP_ROUNDS;
              return <option key={n} value={n}>{n} rounds — to {c.label}{n === STANDARD_ROUNDS ? ' (full autumn)' : ''}</option>;
            })}
          </select>
          <p className="help">About 5 minutes per round with people at the table.</p>
        </div>
      </div>

      <div className="setup-submit">
        <p className="setup-summary" role="status">
          {humans === 0 ? 'No human players: the bots play while you watch.' : `${humans} ${humans === 1 ? 'player' : 'players'} and ${5 - humans} ${5 - humans === 1 ? 'bot' : 'bots'}.`}
          {hasGame ? ' The game in progress stays in Saved games.' : ''}
        </p>
        {problem && <p className="notice notice-error" role="alert">{problem}</p>}
        <button type="submit" className="btn btn-primary btn-large" disabled={!seedOk}>Start the game</button>
      </div>
    </form>
  );
}

function SeatEditor({ actor, draft, onChange }: { actor: ActorId; draft: SeatDraft; onChange: (p: Partial<SeatDraft>) => void }) {
  const id = useId();
  const info = ACTOR_INFO[actor];
  return (
    <fieldset className={`seat-card ${draft.human ? 'is-human' : 'is-bot'}`} style={{ ['--actor' as string]: ACTOR_STYLE[actor].color }}>
      <legend className="sr-only">{info.name}</legend>
      <div className="seat-head" aria-hidden="true">
        <ActorBadge actor={actor} />
        <span className="seat-title">{info.name}</span>
      </div>
      <p className="seat-leader">{info.leader}</p>
      <div className="segmented" role="radiogroup" aria-label={`${info.name} is played by`}>
        <label className={draft.human ? 'is-on' : ''}>
          <input type="radio" name={`${id}-kind`} checked={draft.human} onChange={() => onChange({ human: true })} />
          Human
        </label>
        <label className={!draft.human ? 'is-on' : ''}>
          <input type="radio" name={`${id}-kind`} checked={!draft.human} onChange={() => onChange({ human: false })} />
          Bot
        </label>
      </div>
      {draft.human ? (
        <div className="field">
          <label htmlFor={`${id}-name`}>Player name <span className="optional">(optional)</span></label>
          <input id={`${id}-name`} type="text" maxLength={MAX_NAME_LENGTH} value={draft.name} placeholder={info.leader} onChange={(e) => onChange({ name: cleanNameInput(e.target.value) })} autoComplete="off" />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-level`}>Bot strength</label>
          <select id={`${id}-level`} value={draft.level} onChange={(e) => onChange({ level: e.target.value as BotLevel })}>
            {BOT_LEVELS.map((l) => <option key={l} value={l}>{LEVEL_NAMES[l]}</option>)}
          </select>
        </div>
      )}
      <p className="seat-agenda">{info.agenda}</p>
    </fieldset>
  );
}
