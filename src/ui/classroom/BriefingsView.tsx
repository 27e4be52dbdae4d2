import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { ACTORS, ACTOR_INFO, type ActorId, FORECAST_VP, READING_INFO, READINGS } from '../../engine';
import US from '../../../rules/briefings/US.md?raw';
import KP from '../../../rules/briefings/KP.md?raw';
import CN from '../../../rules/briefings/CN.md?raw';
import RU from '../../../rules/briefings/RU.md?raw';
import KR from '../../../rules/briefings/KR.md?raw';
import { teamName, useClassroomStore } from '../../store/classroom';
import { Markdown } from './Markdown';
import { teamLabel } from '../common/words';

/** The role briefings written in rules/briefings, bundled as text and rendered as React elements. */
export const BRIEFINGS: Readonly<Record<ActorId, string>> = { US, KP, CN, RU, KR };

/**
 * One printable page per actor (print CSS breaks the page after each). "Print all" prints the
 * set; each briefing has its own button that prints only that team's pages.
 */
export function BriefingsView({ onBack }: { onBack: () => void }) {
  const settings = useClassroomStore((s) => s.settings);
  const [only, setOnly] = useState<ActorId | null>(null);

  useEffect(() => {
    const reset = () => setOnly(null);
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);

  const print = (actor: ActorId | null) => {
    // The print-only marker must be in the DOM before the print dialog snapshots the page.
    flushSync(() => setOnly(actor));
    window.print();
  };

  return (
    <section className="briefings" data-print-only={only ?? undefined} aria-labelledby="briefings-title">
      <div className="no-print">
        <h1 id="briefings-title" tabIndex={-1}>Role briefings</h1>
        <p>
          One briefing per actor, one page each when printed. Hand each team its own page. At the start each team comes to the
          device in turn, behind its own Ready screen: it keeps one of the two objectives the game deals it, and records its
          forecast, which of the three analysts reads Pyongyang right. Both stay secret until the end.
        </p>
        <p className="button-row">
          <button type="button" className="primary" onClick={() => print(null)}>Print briefings</button>
          <button type="button" className="secondary" onClick={onBack}>Back</button>
        </p>
        <nav aria-label="Briefings">
          <ul className="inline-list">
            {ACTORS.map((a) => <li key={a}><a href={`#/classroom`} onClick={(e) => { e.preventDefault(); document.getElementById(`briefing-${a}`)?.scrollIntoView(); }}>{ACTOR_INFO[a].name}</a></li>)}
          </ul>
        </nav>
      </div>
      {ACTORS.map((a) => {
        const team = teamName(settings, a);
        return (
          <article key={a} id={`briefing-${a}`} className="briefing" data-print={only === a ? 'yes' : undefined} aria-label={`Briefing: ${ACTOR_INFO[a].name}`}>
            <p className="briefing-team">{team ? teamLabel(team) : 'Played by a bot in this session'} — {ACTOR_INFO[a].name}</p>
            <Markdown source={BRIEFINGS[a]} headingOffset={1} />
            <ForecastSheet />
            <p className="no-print">
              <button type="button" onClick={() => print(a)}>Print the {ACTOR_INFO[a].name} briefing</button>
            </p>
          </article>
        );
      })}
    </section>
  );
}

/**
 * The forecast each team records at the device before round 1 (rules 2.0): the three analysts' readings
 * in the article's words, to discuss before choosing. Printed with every briefing.
 */
function ForecastSheet() {
  return (
    <section className="forecast-sheet" aria-label="Your forecast">
      <h3>Your forecast: who reads Pyongyang right?</h3>
      <p>
        Before round 1 your team secretly records which of these readings it believes. A forecast that comes true scores {FORECAST_VP} VP
        at the end, and the debrief compares every team's forecast with what North Korea did.
      </p>
      <ol>
        {READINGS.map((r) => (
          <li key={r}>
            <strong>{READING_INFO[r].name}</strong> ({READING_INFO[r].analyst}): {READING_INFO[r].text} <em>{READING_INFO[r].judged}</em>
          </li>
        ))}
      </ol>
    </section>
  );
}
