import {
  type Action, type ActorId, FORECAST_VP, type GameState, objectiveIn, READING_INFO, type ReadingId,
} from '../../engine';
import { ActionButton } from './ActionButton';
import { same } from './Hand';
import { Met } from './Met';

type Chooser = { onChoose: (a: Action) => void; onPreview: (a: Action | null) => void; pending: Action | null };
type Keep = Extract<Action, { type: 'keepObjective' }>;
type Forecast = Extract<Action, { type: 'forecast' }>;

/**
 * The seat's secret setup step (rules 2.0): keep one of the two objectives it was dealt, then record
 * its forecast (one of the three analysts' readings of Pyongyang). Only the moves the engine lists are
 * offered; nothing here is shown to another seat (the table renders it only for the seat that pressed Ready).
 */
export function SetupPanel({ state, seat, legal, ...chooser }: { state: GameState; seat: ActorId; legal: readonly Action[] } & Chooser) {
  const keeps = legal.filter((a): a is Keep => a.type === 'keepObjective');
  const forecasts = legal.filter((a): a is Forecast => a.type === 'forecast');
  return (
    <section className="setup-step" aria-labelledby="setup-step-title">
      <p className="summit-kicker">Before round 1 · secret</p>
      {keeps.length > 0 ? (
        <>
          <h3 id="setup-step-title">Keep one of your two objectives</h3>
          <p className="setup-step-note">
            You keep one in secret and pass over the other; nobody else learns either until the game ends. The one you keep
            scores its VP if it is met when the game ends (after round {state.options.rounds}).
          </p>
          <ul className="objective-choices" aria-label="Your two objectives">
            {keeps.map((a) => {
              const o = objectiveIn(state.rulesVersion, a.objective);
              if (!o) return null;
              return (
                <li key={o.id} className={`objective-choice ${same(chooser.pending, a) ? 'is-picked' : ''}`}>
                  <h4 className="objective-name">{o.name}</h4>
                  <p className="objective-vp">+{o.vp} VP at the end</p>
                  <p>{o.text}</p>
                  <p className="objective-now">In today's position: <Met met={o.met(state)} metText="already met" unmetText="not met yet" /></p>
                  <ActionButton action={a} label={`Keep ${o.name}`} className="btn-primary" wide {...chooser} selected={same(chooser.pending, a)} />
                </li>
              );
            })}
          </ul>
        </>
      ) : forecasts.length > 0 ? (
        <>
          <h3 id="setup-step-title">Record your forecast</h3>
          <p className="setup-step-note">
            Three analysts read Pyongyang's silence three ways. Which one is right? Your forecast stays secret until the game
            ends; if it comes true you score {FORECAST_VP} VP.
          </p>
          <ul className="reading-choices" aria-label="The analysts' readings">
            {forecasts.map((a) => (
              <li key={a.reading} className={`reading-choice ${same(chooser.pending, a) ? 'is-picked' : ''}`}>
                <ReadingText reading={a.reading} />
                <ActionButton action={a} label={`Forecast: ${READING_INFO[a.reading].name}`} className="btn-primary" wide {...chooser} selected={same(chooser.pending, a)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** One analyst's reading in the article's words, and how the forecast is judged at the end. */
export function ReadingText({ reading, headingLevel = 4 }: { reading: ReadingId; headingLevel?: 4 | 5 }) {
  const r = READING_INFO[reading];
  const H = headingLevel === 4 ? 'h4' : 'h5';
  return (
    <>
      <H className="reading-name">{r.name}</H>
      <blockquote className="reading-quote">
        <p>{r.text}</p>
        <footer>— {r.analyst}</footer>
      </blockquote>
      <p className="reading-judged">{r.judged}</p>
    </>
  );
}
