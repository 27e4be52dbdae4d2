import { describeActorChange, describeTrackChange, type StepDiff } from './diff';

/** What the current step changed, in words: the same facts the board highlights. */
export function StepChanges({ step, diff }: { readonly step: number; readonly diff: StepDiff }) {
  const none = diff.tracks.length === 0 && diff.actors.length === 0;
  return (
    <section className="rp-changes" aria-labelledby="rp-changes-h">
      <h3 id="rp-changes-h">{step === 0 ? 'At the start' : `What step ${step} changed`}</h3>
      {step > 0 && none && <p>No track, resource or score moved.</p>}
      {(diff.tracks.length > 0 || diff.actors.length > 0) && (
        <ul>
          {diff.tracks.map((c) => <li key={c.track}>{describeTrackChange(c)}</li>)}
          {diff.actors.map((c) => <li key={`${c.actor}-${c.what}`}>{describeActorChange(c)}</li>)}
        </ul>
      )}
      {diff.chronicle.length > 0 && (
        <>
          <h4>Chronicle</h4>
          <ul className="rp-chronicle">
            {diff.chronicle.map((c, i) => <li key={i}>{c.text}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
