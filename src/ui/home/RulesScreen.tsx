import {
  ACTOR_INFO, ACTOR_OPS, ACTORS, AGENDA, APEC_MAX_TENSION, APEC_MIN_PREP, CATASTROPHE_PENALTY, CULPRIT_PENALTY,
  DEAL_VP, HAND_SIZE, OP_INFO, RESOURCE_INFO, RESOURCES, SUMMIT_OFFER_COST, SUMMIT_READY, TRACK_INFO, TRACKS,
} from '../../engine';
import { ActorBadge } from '../common/ActorBadge';

/** A rules summary built from the engine's own data, so it says what the game does. */
export function RulesScreen() {
  return (
    <article className="rules page">
      <h1 tabIndex={-1}>How to play</h1>
      <p className="lead">
        Five powers play the autumn of 2025, from Victory Day in Beijing to APEC in Gyeongju. Each scores its own public agenda every
        round and a secret objective at the end. Push tension too far and everyone loses.
      </p>

      <h2>A round</h2>
      <ol>
        <li><strong>World events</strong> happen by themselves: the calendar's headline, then a random one.</li>
        <li><strong>Action turns</strong>: in the order United States, North Korea, China, Russia, South Korea, twice, each actor plays one card from a hand of {HAND_SIZE}.</li>
        <li><strong>Summit step</strong>: every summit table with readiness {SUMMIT_READY} or more opens. The host (Washington) proposes a package of terms for {SUMMIT_OFFER_COST} capital, or declines. The guest accepts, rejects or counters once; then the host accepts or rejects the counter. A deal gives both sides {DEAL_VP} VP and every term takes effect.</li>
        <li><strong>Scoring</strong>: each public agenda item met is worth 1 VP. Then everyone gains diplomatic capital.</li>
      </ol>

      <h2>Cards: event or ops</h2>
      <p>
        Play a card <strong>for its event</strong> if it is your side's (or a bloc you belong to, or neutral) and you can pay its capital cost.
        Or play <strong>any</strong> card <strong>for its ops</strong> (1–3 points) to run one of your operations. Some events offer two readings, A or B: you choose.
      </p>
      <ul className="rules-ops">
        {ACTORS.map((a) => (
          <li key={a}><ActorBadge actor={a} withName />: {ACTOR_OPS[a].map((o) => OP_INFO[o].name).join(', ')}</li>
        ))}
      </ul>

      <h2>Shared tracks</h2>
      <dl className="rules-dl">
        {TRACKS.map((t) => (
          <div key={t}><dt>{TRACK_INFO[t].name} ({TRACK_INFO[t].min}–{TRACK_INFO[t].max})</dt><dd>{TRACK_INFO[t].help}</dd></div>
        ))}
      </dl>

      <h2>Resources</h2>
      <dl className="rules-dl">
        {RESOURCES.map((r) => (
          <div key={r}><dt>{RESOURCE_INFO[r].name}</dt><dd>{RESOURCE_INFO[r].help}</dd></div>
        ))}
      </dl>

      <h2>Public agendas</h2>
      <ul className="rules-agenda">
        {ACTORS.map((a) => (
          <li key={a}>
            <ActorBadge actor={a} withName /> — {ACTOR_INFO[a].agenda}
            <ul>{AGENDA[a].map((i) => <li key={i.text}>{i.text}</li>)}</ul>
          </li>
        ))}
      </ul>

      <h2>The end</h2>
      <p>
        APEC is judged in APEC week: a success needs preparation {APEC_MIN_PREP}+ and tension {APEC_MAX_TENSION} or less. After the last round,
        hidden objectives are revealed and scored; most VP wins. If tension reaches {TRACK_INFO.tension.max}, catastrophe: the game ends, nobody
        wins, everyone loses {CATASTROPHE_PENALTY} VP and whoever pushed it there loses {CULPRIT_PENALTY} more and ranks last.
      </p>

      <h2>Hot-seat play</h2>
      <p>
        Pass the device when the screen asks: each player sees only their own hand and hidden objective. Any actor can be a bot.
        Undo takes back your last move (and the bot moves after it). Keys: <kbd>U</kbd> or <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo, <kbd>?</kbd> help.
      </p>
      <p><a className="btn btn-primary" href="#/setup">Start a new game</a></p>
    </article>
  );
}
