import { flushSync } from 'react-dom';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ACTOR_INFO, ACTORS, roundLabel, toMove } from '../../engine';
import { Board } from '../board/Board';
import { diffStates, highlightOf, NO_DIFF } from './diff';
import { HandsPanel } from './HandsPanel';
import { LoadPanel } from './LoadPanel';
import { LogSummary } from './LogSummary';
import { MoveList } from './MoveList';
import { type LogOrigin, type Opened, type OpenedLog, openShare, openText, readLogFile, refusedLate } from './openLog';
import { checkStepHashes } from '../../log';
import { type Perspective, viewAs } from './perspective';
import { ReplayControls } from './ReplayControls';
import { ReplayExport } from './ReplayExport';
import { parseReplayHash, REPLAY_PATH, replayHash, shareDataOf } from './route';
import { fetchSamples, fetchSampleText, type Sample, type SamplesState } from './samples';
import { StepChanges } from './StepChanges';
import './replay.css';

const phaseName = { setup: 'setup', action: 'action step', summit: 'summit step', ended: 'game over' } as const;

/** The address for what is open: a sample or link can be reopened from it; a file only keeps its step. */
function hashFor(o: LogOrigin, step: number): string {
  if (o.kind === 'link') return replayHash({ log: o.data, step });
  if (o.kind === 'sample') return replayHash({ sample: o.file, step });
  return replayHash({ step });
}

/** Fields that use the arrow keys themselves (text, selects, the scrubber), and any open dialog. */
const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'file', 'submit', 'reset', 'image', 'color']);
function isTyping(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || t.closest('textarea, select, dialog')) return true;
  return t instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(t.type);
}

/**
 * The replay viewer. A log is replayed once on opening; the per-step states live in `opened.states`
 * (component state, not the game store), and navigation only moves a cursor. Opening a log never
 * touches the game in progress.
 */
export function ReplayScreen() {
  useEffect(() => {
    document.title = 'Replay — Summitry';
  }, []);
  const [opened, setOpened] = useState<OpenedLog | null>(null);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [perspective, setPerspective] = useState<Perspective>('all');
  const [playing, setPlaying] = useState(false);
  const [speedMs, setSpeedMs] = useState(1000);
  const [samples, setSamples] = useState<SamplesState>({ status: 'loading' });
  // A step in the address with no sample or link to go with it (the log came from a file): the
  // next file opened starts there, so a reload and re-open lands where the user was.
  const [orphanStep] = useState(() => {
    const r = parseReplayHash(location.hash);
    return r && r.log === undefined && r.sample === undefined ? r.step : undefined;
  });
  const pendingStep = useRef(orphanStep);
  const rootRef = useRef<HTMLDivElement>(null);
  const loadStart = useRef<number | null>(null);
  const jumpStart = useRef<number | null>(null);
  const last = opened ? opened.states.length - 1 : 0;
  const lastRef = useRef(last);
  lastRef.current = last;
  const stepRef = useRef(step);
  stepRef.current = step;
  const openedRef = useRef(opened);
  openedRef.current = opened;

  /** What was open before a log still being checked, to go back to if the check fails. */
  const fallback = useRef<{ opened: OpenedLog | null; step: number }>({ opened: null, step: 0 });

  /** Shows an opened log (or the one clear message why not; whatever was open stays open). */
  const show = useCallback((r: Opened, startStep = 0) => {
    if (!r.ok) {
      loadStart.current = null;
      setError(r.message);
      return;
    }
    if (!r.value.verified) fallback.current = { opened: openedRef.current, step: stepRef.current };
    setError(null);
    setPlaying(false);
    setOpened(r.value);
    // An unfinished game opens in the public view: its players may be the ones looking.
    setPerspective(r.value.states[r.value.states.length - 1]!.phase === 'ended' ? 'all' : 'public');
    setStep(Math.min(Math.max(0, startStep), r.value.states.length - 1));
  }, []);

  /** Which open is the latest: a log waiting for its older rules to load is dropped if another was opened meanwhile. */
  const opening = useRef(0);

  /**
   * Parses, replays and verifies, timing that part apart from drawing (data-replay-ms). Synchronous, except for
   * a log under older rules not loaded yet: then the answer (ok or not) comes once they are, or never if another
   * log was opened meanwhile.
   */
  const timed = useCallback((open: () => Opened | Promise<Opened>, startStep: number, then?: (ok: boolean) => void): void => {
    const t0 = performance.now();
    loadStart.current = t0;
    const ticket = ++opening.current;
    const finish = (r: Opened) => {
      if (ticket !== opening.current) return;
      rootRef.current?.setAttribute('data-replay-ms', (performance.now() - t0).toFixed(1));
      // Drawn at once rather than queued behind other tasks: opening is what the user is waiting for.
      flushSync(() => show(r, startStep));
      then?.(r.ok);
    };
    const r = open();
    if (r instanceof Promise) void r.then(finish);
    else finish(r);
  }, [show]);

  const openTextAs = useCallback((text: string, origin: LogOrigin, startStep = 0) => timed(() => openText(text, origin), startStep), [timed]);
  const openLink = useCallback((data: string, startStep = 0) => {
    timed(() => openShare(data), startStep, (ok) => {
      if (ok) return;
      // A refused link leaves the address bar (back to what is open, if anything), so a reload does not
      // meet it again: a hostile link could otherwise stall the page on every reload.
      if (parseReplayHash(location.hash)?.log === data) {
        const o = openedRef.current;
        history.replaceState(history.state, '', o ? hashFor(o.origin, stepRef.current) : REPLAY_PATH);
      }
    });
  }, [timed]);

  const openSample = useCallback(async (s: Sample, startStep = 0) => {
    const r = await fetchSampleText(s.file);
    if (!r.ok) setError(r.message);
    else openTextAs(r.text, { kind: 'sample', file: s.file, title: s.title }, startStep);
  }, [openTextAs]);

  const openFile = useCallback(async (file: File) => {
    const r = await readLogFile(file);
    if (!r.ok) setError(r.message);
    else {
      openTextAs(r.text, { kind: 'file', name: file.name }, pendingStep.current ?? 0);
      pendingStep.current = undefined;
    }
  }, [openTextAs]);

  const openPasted = useCallback((text: string) => {
    if (text.trim().startsWith('{')) return openTextAs(text, { kind: 'pasted' });
    const data = shareDataOf(text);
    if (data === null) setError('Could not open the pasted text: it is neither a Summitry share link nor a log (a log starts with "{").');
    else openLink(data);
  }, [openLink, openTextAs]);

  const goTo = useCallback((n: number) => {
    const to = Math.min(Math.max(0, n), lastRef.current);
    jumpStart.current = performance.now();
    setStep(to);
  }, []);

  // What the address asks for, on arrival and whenever it changes (back/forward, an edited or pasted URL).
  useEffect(() => {
    const follow = () => {
      const route = parseReplayHash(location.hash);
      if (!route) return;
      const o = openedRef.current?.origin;
      if (route.log !== undefined && !(o?.kind === 'link' && o.data === route.log)) openLink(route.log, route.step);
      else if (route.sample !== undefined && !(o?.kind === 'sample' && o.file === route.sample)) void openSample({ file: route.sample, title: route.sample }, route.step);
      else if (route.step !== undefined && openedRef.current) goTo(route.step);
    };
    // After this effect, not inside it: opening draws synchronously (flushSync), which React refuses during a commit.
    queueMicrotask(follow);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [goTo, openLink, openSample]);

  // A long log's step hashes are checked in slices after it is shown, so the page never stalls; if one
  // does not match, the log is refused after all and whatever was open before comes back.
  const [verifiedFor, setVerifiedFor] = useState<OpenedLog | null>(null);
  useEffect(() => {
    if (!opened || opened.verified) return;
    const SLICE = 250;
    let from = 1;
    let timer = 0;
    const slice = () => {
      const problem = checkStepHashes(opened.log, opened, from, from + SLICE);
      if (problem) {
        setOpened(fallback.current.opened);
        setStep(fallback.current.step);
        setError(refusedLate(opened, problem));
        return;
      }
      from += SLICE;
      if (from >= opened.states.length) setVerifiedFor(opened);
      else timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [opened]);
  const verified = opened !== null && (opened.verified || verifiedFor === opened);

  useEffect(() => {
    let live = true;
    void fetchSamples().then((s) => live && setSamples(s));
    return () => {
      live = false;
    };
  }, []);

  // Keep the step in the address (replaceState: no history entry per move), so the page can be linked at this step.
  useEffect(() => {
    if (!opened || parseReplayHash(location.hash) === null) return;
    const hash = hashFor(opened.origin, step);
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }, [opened, step]);

  // Timings for the "open and jump under 50 ms" bar: measured to the DOM commit, exposed for the e2e test.
  useLayoutEffect(() => {
    if (loadStart.current === null || !opened) return;
    const ms = performance.now() - loadStart.current;
    loadStart.current = null;
    jumpStart.current = null;
    rootRef.current?.setAttribute('data-load-ms', ms.toFixed(1));
    console.info(`[replay] opened ${opened.log.actions.length} actions in ${ms.toFixed(1)} ms`);
  }, [opened]);
  useLayoutEffect(() => {
    if (jumpStart.current === null) return;
    const ms = performance.now() - jumpStart.current;
    jumpStart.current = null;
    rootRef.current?.setAttribute('data-jump-ms', ms.toFixed(1));
  }, [step]);

  // ←/→/Home/End step through the moves, except while typing in a field.
  useEffect(() => {
    if (!opened) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const keys: Record<string, () => void> = {
        ArrowLeft: () => setStepBy(-1),
        ArrowRight: () => setStepBy(1),
        Home: () => goTo(0),
        End: () => goTo(lastRef.current),
      };
      const f = keys[e.key];
      if (!f) return;
      e.preventDefault();
      setPlaying(false);
      f();
    };
    const setStepBy = (d: number) => goTo(stepRef.current + d);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened, goTo]);

  // Playback: one move per tick until the end.
  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const t = setTimeout(() => goTo(step + 1), speedMs);
    return () => clearTimeout(t);
  }, [playing, step, last, speedMs, goTo]);

  const state = opened?.states[step];
  const gameView = useMemo(() => (state ? viewAs(state, perspective) : null), [state, perspective]);
  const diff = useMemo(() => (opened && step > 0 ? diffStates(opened.states[step - 1]!, opened.states[step]!) : NO_DIFF), [opened, step]);
  const changed = useMemo(() => highlightOf(diff), [diff]);
  const onControlStep = useCallback((n: number) => {
    setPlaying(false);
    goTo(n);
  }, [goTo]);
  const previousView = useMemo(() => (opened && step > 0 ? viewAs(opened.states[step - 1]!, perspective) : undefined), [opened, step, perspective]);
  const move = opened && step > 0 ? opened.rules.describe(opened.log.actions[step - 1]!) : null;
  const mover = state ? toMove(state) : null;

  return (
    <div className="rp" ref={rootRef} data-step={opened ? step : undefined}>
      <h1 tabIndex={-1}>Replay a saved game</h1>
      <LoadPanel folded={opened !== null} samples={samples} onFile={(f) => void openFile(f)} onPaste={openPasted} onSample={(s) => void openSample(s)} />
      {error && <p className="rp-error" role="alert">{error}</p>}
      {!opened && !error && orphanStep !== undefined && (
        <p className="rp-note">This address points at step {orphanStep} of a game opened from a file. Open that file again to go back to that step.</p>
      )}
      <p className="rp-visually-hidden" aria-live="polite" aria-atomic="true">
        {opened && state ? (step === 0 ? `Step 0 of ${last}: start of the game, ${roundLabel(state.round)}.` : `Step ${step} of ${last}: ${move}.`) : ''}
      </p>
      {opened && state && gameView && (
        <>
          {/* The controls stay at the top while the board and the moves scroll under them. */}
          <div className="rp-bar">
            <ReplayControls step={step} last={last} playing={playing} speedMs={speedMs} onStep={onControlStep} onPlaying={setPlaying} onSpeed={setSpeedMs} />
            <p className="rp-now" data-testid="replay-now">
              <strong>Step {step} of {last}</strong>
              {' · '}Round {state.round}: {roundLabel(state.round)} · {phaseName[state.phase]}
              {mover ? ` · ${ACTOR_INFO[mover].name} to move` : ''}
              {move ? <><br />Last move: {move}</> : null}
            </p>
          </div>
          <div className="rp-main">
            <div className="rp-board">
              <label className="rp-perspective">
                Show hands and objectives{' '}
                <select value={perspective} onChange={(e) => setPerspective(e.target.value as Perspective)}>
                  <option value="all">of everyone (post-game view)</option>
                  <option value="public">of nobody (public table)</option>
                  {ACTORS.map((a) => <option key={a} value={a}>as seen by {ACTOR_INFO[a].name}</option>)}
                </select>
              </label>
              <Board view={gameView} changed={changed} previous={previousView} />
              <StepChanges step={step} diff={diff} />
              <HandsPanel view={gameView} />
            </div>
            <MoveList actions={opened.log.actions} states={opened.states} step={step} onJump={onControlStep} describe={opened.rules.describe} />
          </div>
          <LogSummary opened={opened} verified={verified} />
          <ReplayExport opened={opened} step={step} />
        </>
      )}
    </div>
  );
}
