import { ACTOR_INFO, ACTORS, roundLabel } from '../../engine';
import { useGameStore, useGameState } from '../../store/game';
import { ActorBadge } from '../common/ActorBadge';
import { DamagedSave } from '../common/DamagedSave';

/** The title screen: start, resume, or go to replay, classroom and the rules. */
export function HomeScreen() {
  const state = useGameState();
  const seats = useGameStore((s) => s.header?.seats);
  const humans = seats ? ACTORS.filter((a) => seats[a].kind === 'human').length : 0;
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <p className="hero-kicker">Autumn 2025 · The Korean Peninsula</p>
        <h1 id="home-title" tabIndex={-1}>Summitry</h1>
        <p className="hero-tagline">A game of sanctions and summits for 2–5 players. Five powers, one peninsula, and a calendar that runs out at APEC in Gyeongju.</p>
        <ul className="hero-actors" aria-label="The five actors">
          {ACTORS.map((a) => (
            <li key={a}><ActorBadge actor={a} withName /> <span className="hero-leader">{ACTOR_INFO[a].leader}</span></li>
          ))}
        </ul>
        <DamagedSave />
        <div className="hero-actions">
          {state && (
            <a className="btn btn-primary btn-large" href="#/play">
              {state.phase === 'ended' ? 'See the final result' : 'Resume saved game'}
              <span className="btn-sub">
                {state.phase === 'ended' ? 'Game over' : `Round ${state.round}: ${roundLabel(state.round)}`} · {humans} {humans === 1 ? 'player' : 'players'}
              </span>
            </a>
          )}
          <a className={`btn btn-large ${state ? '' : 'btn-primary'}`} href="#/setup">
            Start a new game
            <span className="btn-sub">Choose who plays each actor</span>
          </a>
        </div>
      </section>
      <nav className="home-links" aria-label="More">
        <a className="home-link" href="#/games"><strong>Saved games</strong><span>Resume, replay or export any game</span></a>
        <a className="home-link" href="#/rules"><strong>How to play</strong><span>The rules in five minutes</span></a>
        <a className="home-link" href="#/replay"><strong>Replay</strong><span>Step through a saved game log</span></a>
        <a className="home-link" href="#/classroom"><strong>Classroom</strong><span>Run a timed session with teams</span></a>
      </nav>
    </div>
  );
}
